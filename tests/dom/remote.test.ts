// The content script's link to the background: requests and the wake-up throttle.
import { fakeBrowser } from '../storage/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestState, warmBackground, watchRemoteState } from '../../lib/runtime/remote';

describe('lib/runtime/remote.ts', () => {
  const seen: string[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    seen.length = 0;
    // The background's side, in the callback protocol the fake browser speaks.
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string }, _s: unknown, respond: (x: unknown) => void) => {
      seen.push(msg.type);
      respond(msg.type === 'state:get' ? { settings: { model: 'HEAT' }, sendGate: 'block' } : true);
      return true;
    }) as never);
  });

  it('wakes the background at most once per 20 s', async () => {
    warmBackground(1_000_000);
    warmBackground(1_005_000);
    warmBackground(1_019_999);
    warmBackground(1_021_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.filter((t) => t === 'engine:warm')).toHaveLength(2);
  });

  it('asks the background for the settings, and again when stored settings change (not usage counts)', async () => {
    expect(await requestState()).toEqual({ settings: { model: 'HEAT' }, sendGate: 'block' });
    const got: unknown[] = [];
    const stop = watchRemoteState((s) => got.push(s), ['usage']);
    await fakeBrowser.storage.local.set({ usage: { days: {} } });
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toHaveLength(0);
    await fakeBrowser.storage.local.set({ agentPrefs: { model: 'LAST' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([{ settings: { model: 'HEAT' }, sendGate: 'block' }]);
    stop();
    await fakeBrowser.storage.local.set({ agentPrefs: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toHaveLength(1);
  });
});
