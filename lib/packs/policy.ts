// Enterprise policy (storage.managed, described by public/managed-schema.json) is validated as a whole:
// the keys against the managed schema, the rule pack inside it as a pack. A policy with any problem is
// reported (the options page shows it) and ignored entirely — never half-applied.

import { Validator } from '@cfworker/json-schema';
import managedSchema from '../../public/managed-schema.json';
import type { RuleInfo, ServiceModelId } from '../engine/types';
import type { SendGate } from './merge';
import { parsePack, type RulePack } from './pack';
import { suggestion } from './suggest';

export interface Policy {
  pack: RulePack | null;
  serviceModel: ServiceModelId | null;
  sendGate: SendGate | null;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: string[] };

export const NO_POLICY: Policy = { pack: null, serviceModel: null, sendGate: null };

const validator = new Validator(structuredClone(managedSchema) as never, '2020-12', false);

/** Validate everything in storage.managed. Never throws. */
export function validatePolicy(raw: unknown, rules: readonly RuleInfo[]): PolicyResult {
  try {
    if (raw === undefined || raw === null) return { ok: true, policy: NO_POLICY };
    if (typeof raw !== 'object' || Array.isArray(raw))
      return { ok: false, errors: ['the policy is not an object of settings'] };
    const data = raw as Record<string, unknown>;
    const errors: string[] = [];
    const known = Object.keys(managedSchema.properties);
    for (const k of Object.keys(data))
      if (!known.includes(k))
        errors.push(`${k}: unknown policy setting${suggestion(k, known)} (settings: ${known.join(', ')})`);
    const r = validator.validate(data);
    if (!r.valid)
      for (const e of r.errors) {
        const key = e.instanceLocation.replace(/^#\/?/, '');
        if (!key || !known.includes(key)) continue;
        const prop = managedSchema.properties[key as keyof typeof managedSchema.properties] as {
          enum?: string[];
          type?: string;
        };
        errors.push(
          prop.enum
            ? `${key}: must be one of ${prop.enum.join(', ')} (got ${JSON.stringify(data[key])})`
            : `${key}: must be a ${prop.type} (got ${Array.isArray(data[key]) ? 'array' : typeof data[key]})`,
        );
      }
    let pack: RulePack | null = null;
    if (typeof data.rulePack === 'string' && data.rulePack.trim()) {
      const p = parsePack(data.rulePack, rules);
      if (p.ok) pack = p.pack;
      else
        for (const i of p.issues) errors.push(`rulePack line ${i.line}, column ${i.column}: ${i.path}: ${i.message}`);
    }
    if (errors.length) return { ok: false, errors: [...new Set(errors)] };
    return {
      ok: true,
      policy: {
        pack,
        serviceModel: (data.serviceModel as ServiceModelId | undefined) ?? null,
        sendGate: (data.sendGate as SendGate | undefined) ?? null,
      },
    };
  } catch (e) {
    return { ok: false, errors: [`the policy could not be checked: ${(e as Error)?.message ?? e}`] };
  }
}
