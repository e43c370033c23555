// The content script's link to the engine and the settings, both of which live in the background script.
// The engine (compromise, the rules, their data, the language and sentiment models) is loaded once, in the
// background, instead of in every page and every frame that has a composer: the content script is the DOM
// bridge only (issue 8). The draft goes to the extension's own background over runtime messaging and the
// report comes back; nothing leaves the browser.

import { browser } from 'wxt/browser';
import type { AnalyzeInput, Report, Settings } from '../engine/types';
import { sendToExtension, type SendGateMode } from '../messaging';

/** Runs the engine on a draft. Resolves null when no report could be had (the background is gone). */
export type Analyzer = (input: AnalyzeInput, settings: Settings) => Promise<Report | null>;

/** The engine in the background script. */
export const backgroundAnalyzer: Analyzer = async (input, settings) =>
  (await sendToExtension('analyze', { input, settings })) ?? null;

let warmedAt = -Infinity;
/**
 * Wake the background before the first analysis is needed (the agent focused a composer). A browser stops
 * an idle extension worker after about 30 s; at most one wake-up per 20 s.
 */
export function warmBackground(now = Date.now()): void {
  if (now - warmedAt < 20_000) return;
  warmedAt = now;
  sendToExtension('engine:warm', {}).catch(() => undefined);
}

export interface RemoteState {
  settings: Settings;
  sendGate: SendGateMode;
}

/** The settings in force, resolved by the background (team pack < agent < policy). */
export async function requestState(): Promise<RemoteState> {
  const s = await sendToExtension('state:get', {});
  if (!s) throw new Error('Reply Coach: the background did not answer with the settings.');
  return s;
}

/**
 * Calls `cb` with the new state whenever any stored setting changes (the team pack, the agent's
 * preferences, the send gate, a policy in the managed area). Usage counts are stored too; changes to them
 * alone are skipped. Returns the unsubscribe.
 */
export function watchRemoteState(cb: (s: RemoteState) => void, ignoreKeys: readonly string[] = []): () => void {
  let queued = false;
  const onChanged = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).every((k) => ignoreKeys.includes(k))) return;
    if (queued) return; // several keys written together: one request
    queued = true;
    queueMicrotask(() => {
      queued = false;
      requestState().then(cb, () => undefined);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      /* the context is gone */
    }
  };
}
