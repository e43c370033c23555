import { browser } from 'wxt/browser';
import { serveAnalyze, warmEngine } from '../lib/engine/service';
import { onMessages, sendToTab, type CommandName, type ReportUpdate } from '../lib/messaging';
import { loadState } from '../lib/storage';
import { countUsage } from '../lib/storage-items';
import type { UsageEvent } from '../lib/usage';
import { badgeFor } from '../lib/ui/badge';

// The generic content script, registered at runtime for the origins the agent turned Reply Coach on for.
const GENERIC_ID = 'reply-coach-generic';
const GENERIC_JS = '/content-scripts/generic.js' as const;

let syncing: Promise<void> = Promise.resolve();

/** Register (or re-register) the generic content script for every origin the agent has granted. */
function syncGenericRegistration(): Promise<void> {
  // One at a time: permission events and "turn on" requests can arrive together.
  syncing = syncing.then(doSync, doSync);
  return syncing;
}

async function doSync(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  // The helpdesks in the manifest have their own content scripts: only the agent's extra sites.
  const own = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []));
  const optional = origins.filter((o) => !own.has(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GENERIC_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [GENERIC_ID] });
  if (!optional.length) return;
  await browser.scripting.registerContentScripts([
    { id: GENERIC_ID, js: [GENERIC_JS], matches: optional, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export default defineBackground(() => {
  // Open the side panel from the toolbar button where the browser has one (Chrome).
  const chromeLike = globalThis as unknown as {
    chrome?: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };
  };
  chromeLike.chrome?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

  // Keyboard commands (manifest `commands`) go to the active tab's content script.
  const relay = async (command: string, tabId?: number): Promise<boolean> => {
    if (command !== 'next-finding' && command !== 'apply-first-fix') return false;
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return false;
    return (await sendToTab(id, 'command', { command: command as CommandName })) ?? false;
  };
  browser.commands.onCommand.addListener((command, tab) => void relay(command, tab?.id));
  // The e2e tests call this from the service worker (headless Chromium has no command shortcuts).
  (globalThis as { replyCoachRelayCommand?: typeof relay }).replyCoachRelayCommand = relay;
  // …and read the usage writes through this (they finish after the message that caused them).
  (globalThis as { replyCoachUsageIdle?: () => Promise<void> }).replyCoachUsageIdle = () => writing;

  // The latest report per tab, for the side panel (kept in memory: the content script re-sends on change).
  // Per tab, the latest update of each composer; the panel and the badge follow the one in use.
  const reports = new Map<number, Map<string, ReportUpdate>>();
  browser.tabs.onRemoved.addListener((tabId) => reports.delete(tabId));
  // A new page in the tab: its old report and badge go.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) {
      reports.delete(tabId);
      showBadge(tabId, undefined);
    }
  });

  /** The composer in use in a tab: the last one updated with a draft in it, else the last one updated. */
  const current = (tabId: number): ReportUpdate | undefined => {
    const all = [...(reports.get(tabId)?.values() ?? [])];
    return all.findLast((u) => (u.report?.stats.words ?? 0) > 0) ?? all[all.length - 1];
  };

  // The toolbar badge: errors + warnings of the tab's composer (not counting what the agent ignored).
  const showBadge = (tabId: number, update: ReportUpdate | undefined) => {
    const b = badgeFor(update);
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    if (!action) return;
    void action.setBadgeText({ tabId, text: b.text }).catch(() => undefined);
    if (b.text) void action.setBadgeBackgroundColor({ tabId, color: b.color }).catch(() => undefined);
    void action.setTitle({ tabId, title: b.title }).catch(() => undefined);
  };

  // Usage counts: one writer, one write at a time (several tabs report at once).
  let writing: Promise<void> = Promise.resolve();
  const count = (events: UsageEvent[]) => (writing = countUsage(events));

  onMessages({
    // The engine, for every page: loaded once here rather than in each content script (issue 8).
    analyze: (payload) => serveAnalyze(payload),
    // The message starts the worker; the first one also runs the engine once, so the agent's first
    // analysis does not pay for its start-up.
    'engine:warm': () => {
      warmEngine();
      return true;
    },
    'state:get': async () => {
      const s = await loadState();
      return { settings: s.settings, sendGate: s.sendGate };
    },
    'report:update': (update, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const composers = reports.get(tabId) ?? new Map<string, ReportUpdate>();
      // Re-inserted so the map's order is the order of the last updates.
      composers.delete(update.composerId);
      if (update.report) composers.set(update.composerId, { ...update, tabId });
      reports.set(tabId, composers);
      showBadge(tabId, current(tabId));
    },
    'usage:events': ({ events }) => {
      if (Array.isArray(events)) void count(events.slice(0, 500));
    },
    'report:get': ({ tabId }) => current(tabId) ?? null,
    // "Turn on for this site": the permission itself must be requested from a page with a user gesture
    // (popup or side panel: browser.permissions.request); here we register the content script for it
    // and inject it into the tabs already open on that origin.
    'site:enable': async ({ origin }) => {
      try {
        const pattern = `${new URL(origin).origin}/*`;
        if (!(await browser.permissions.contains({ origins: [pattern] })))
          return { ok: false, error: 'Permission for this site was not granted.' };
        await syncGenericRegistration();
        const tabs = await browser.tabs.query({ url: pattern });
        for (const t of tabs)
          if (t.id !== undefined)
            await browser.scripting
              .executeScript({ target: { tabId: t.id }, files: [GENERIC_JS] })
              .catch(() => undefined);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: String((e as Error)?.message ?? e) };
      }
    },
  });
  browser.permissions.onAdded.addListener(() => void syncGenericRegistration().catch(() => undefined));
  browser.permissions.onRemoved.addListener((removed) => {
    void syncGenericRegistration().catch(() => undefined);
    // Turned off for a site: the pages already coached there stop now, not at their next reload.
    const origins = removed.origins ?? [];
    if (origins.length)
      void browser.tabs.query({}).then((tabs) => {
        for (const t of tabs) if (t.id !== undefined) void sendToTab(t.id, 'site:disable', { origins });
      });
  });
});
