// The content script's side of usage counts and the side panel's reading ease, kept apart from the runtime loop
// so that loop only calls these few functions. Counts go to the background (the one writer of
// `local:usage`) as rule ids and kinds: never any text.

import { readingEase as ease } from '../engine/readability';
import type { Finding, Report } from '../engine/types';
import { sendToExtension } from '../messaging';
import { findingKeys, type UsageEvent } from '../usage';

const previous = new Map<string, Set<string>>();
let queue: UsageEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  timer = undefined;
  const events = queue;
  queue = [];
  if (events.length) void sendToExtension('usage:events', { events }).catch(() => undefined);
}

function push(events: UsageEvent[]): void {
  if (!events.length) return;
  queue.push(...events);
  timer ??= setTimeout(flush, 500);
}

/** A composer's new report: count the findings that were not in its last one. */
export function usageReport(composerId: string, report: Report | null): void {
  try {
    countNew(composerId, report);
  } catch {
    /* counting must never stop the report */
  }
}

function countNew(composerId: string, report: Report | null): void {
  const keys = findingKeys(report?.findings ?? []);
  const before = previous.get(composerId) ?? new Set<string>();
  const fired: UsageEvent[] = [];
  keys.forEach((k, i) => {
    if (!before.has(k)) fired.push({ kind: 'fired', ruleId: report!.findings[i]!.ruleId });
  });
  previous.set(composerId, new Set(keys));
  push(fired);
}

export function usageFixed(finding: Finding): void {
  push([{ kind: 'fixed', ruleId: finding.ruleId }]);
}

export function usageIgnored(finding: Finding): void {
  push([{ kind: 'ignored', ruleId: finding.ruleId }]);
}

/** A reply went out with an error-level finding after the send gate warned. */
export function usageSentWithError(): void {
  push([{ kind: 'sent' }]);
  flush(); // the page may be about to change
}

/** Flesch reading ease of the draft for the side panel, or null if too short. */
export function readingEase(text: string, report: Report | null): number | null {
  try {
    return report ? ease(text, report.stats.sentences) : null;
  } catch {
    return null; // an extra: never in the way of the report
  }
}
