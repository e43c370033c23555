// Usage counts, numbers only: per local day and rule, how often it fired, was fixed and was ignored, and
// per day how many replies were sent with an error past the send gate ("send anyway"). Nothing else is
// kept: no draft, no finding text, no site, no customer. Pure (the background owns the one writer).
//
//   fired    a finding appeared in a draft (counted once while it stays: re-analysing the same draft
//            after each keystroke does not count it again; a new draft that has it again does)
//   fixed    one of its fixes was applied (card, keyboard or side panel)
//   ignored  the agent pressed "Ignore" on it (card or side panel)
//   sent     a reply went out with an error-level finding after the send gate warned

export const USAGE_VERSION = 1;
/** Days kept; older days are dropped when a new one starts. */
export const USAGE_DAYS = 90;

export type UsageKind = 'fired' | 'fixed' | 'ignored';

export interface DayUsage {
  /** ruleId → [fired, fixed, ignored] */
  rules: Record<string, [number, number, number]>;
  /** Replies sent with an error past the send gate. */
  sent: number;
}

export interface Usage {
  version: typeof USAGE_VERSION;
  /** 'YYYY-MM-DD' (local) → counts */
  days: Record<string, DayUsage>;
}

export type UsageEvent = { kind: UsageKind; ruleId: string } | { kind: 'sent' };

export const emptyUsage = (): Usage => ({ version: USAGE_VERSION, days: {} });

const KIND_INDEX: Record<UsageKind, 0 | 1 | 2> = { fired: 0, fixed: 1, ignored: 2 };
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayKey(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);

/** Whatever is in storage, as Usage: anything that is not a day of counts is dropped. */
export function sanitizeUsage(raw: unknown): Usage {
  const out = emptyUsage();
  const days = (raw as { days?: unknown } | null)?.days;
  if (!days || typeof days !== 'object') return out;
  for (const [day, v] of Object.entries(days as Record<string, unknown>)) {
    if (!DAY.test(day) || !v || typeof v !== 'object') continue;
    const d: DayUsage = { rules: {}, sent: count((v as DayUsage).sent) };
    const rules = (v as DayUsage).rules;
    if (rules && typeof rules === 'object')
      for (const [id, c] of Object.entries(rules))
        if (RULE_ID.test(id) && Array.isArray(c)) d.rules[id] = [count(c[0]), count(c[1]), count(c[2])];
    out.days[day] = d;
  }
  return out;
}

/** Add events to a day's counts (a new object; days beyond USAGE_DAYS are dropped). */
export function addUsage(usage: Usage, events: readonly UsageEvent[], day: string = dayKey()): Usage {
  const next = sanitizeUsage(usage);
  const d = (next.days[day] ??= { rules: {}, sent: 0 });
  for (const e of events) {
    if (e.kind === 'sent') d.sent++;
    else if (e.kind in KIND_INDEX && RULE_ID.test(e.ruleId)) {
      const c = (d.rules[e.ruleId] ??= [0, 0, 0]);
      c[KIND_INDEX[e.kind]]++;
    }
  }
  const keep = Object.keys(next.days).sort().slice(-USAGE_DAYS);
  next.days = Object.fromEntries(keep.map((k) => [k, next.days[k]!]));
  return next;
}

export interface RuleTotals {
  ruleId: string;
  fired: number;
  fixed: number;
  ignored: number;
}

/** Totals per rule over the days from `since` (inclusive), most fired first. */
export function ruleTotals(usage: Usage, since = '0000-00-00'): RuleTotals[] {
  const by = new Map<string, RuleTotals>();
  for (const [day, d] of Object.entries(usage.days)) {
    if (day < since) continue;
    for (const [ruleId, [fired, fixed, ignored]] of Object.entries(d.rules)) {
      const t = by.get(ruleId) ?? { ruleId, fired: 0, fixed: 0, ignored: 0 };
      t.fired += fired;
      t.fixed += fixed;
      t.ignored += ignored;
      by.set(ruleId, t);
    }
  }
  return [...by.values()].sort((a, b) => b.fired - a.fired || a.ruleId.localeCompare(b.ruleId));
}

export function sentTotal(usage: Usage, since = '0000-00-00'): number {
  return Object.entries(usage.days).reduce((n, [day, d]) => (day >= since ? n + d.sent : n), 0);
}

/** CSV, one row per day and rule (and one "(send gate)" row per day with sends past the gate). */
export function usageCsv(usage: Usage): string {
  const rows = ['date,rule,fired,fixed,ignored,sent_with_error'];
  for (const day of Object.keys(usage.days).sort()) {
    const d = usage.days[day]!;
    for (const id of Object.keys(d.rules).sort()) {
      const [fired, fixed, ignored] = d.rules[id]!;
      rows.push(`${day},${id},${fired},${fixed},${ignored},`);
    }
    if (d.sent) rows.push(`${day},(send gate),,,,${d.sent}`);
  }
  return `${rows.join('\n')}\n`;
}

/**
 * Which findings of a draft are new since the last report of the same composer: the key is the rule and
 * the position among that rule's findings with the same text, so editing elsewhere does not re-count.
 * Keys are kept in memory by the content script only; they never reach storage.
 */
export function findingKeys(findings: readonly { ruleId: string; actual: string }[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}\u0000${f.actual}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}
