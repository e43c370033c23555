// The background script's side of lib/runtime/remote.ts: a content script's `analyze` message, checked
// and run. A message is data, not trust: anything that is not a draft gets null, never an exception.

import { analyze } from './analyze';
import type { AnalyzeInput, Report, Settings } from './types';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const THREAD_FIELDS = ['customer', 'customerName', 'agentName', 'channel'] as const;

/** A draft to analyse: the draft a string, the thread's fields strings when present. */
export function isAnalyzeInput(x: unknown): x is AnalyzeInput {
  if (!isObject(x) || typeof x.draft !== 'string') return false;
  return THREAD_FIELDS.every((k) => x[k] === undefined || typeof x[k] === 'string');
}

/** The report of `payload.input` under `payload.settings` (no settings: the defaults); null for bad input. */
export function serveAnalyze(payload: unknown): Report | null {
  if (!isObject(payload) || !isAnalyzeInput(payload.input)) return null;
  const settings = isObject(payload.settings) ? (payload.settings as Settings) : {};
  return analyze(payload.input, settings);
}

let warmed = false;
/**
 * Run the engine once on a short reply, so the first real analysis after the worker starts does not pay for
 * compiling the rules and compromise's lexicon (about 0.3 s on a 2-core machine). Once per worker; true when
 * this call did the work.
 */
export function warmEngine(): boolean {
  if (warmed) return false;
  warmed = true;
  analyze({
    draft: 'Hi Sam, sorry for the wait. I have sent the label today. Thanks!',
    customer: 'My parcel is late.',
  });
  return true;
}
