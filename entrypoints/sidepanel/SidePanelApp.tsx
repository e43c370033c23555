import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STEP_LABELS } from '../../lib/engine/checklist';
import { readingEaseLabel } from '../../lib/engine/readability';
import type { Finding } from '../../lib/engine/types';
import { onMessages, sendToExtension, sendToTab, type ReportUpdate } from '../../lib/messaging';
import { agentOffItem, policyRuleIds, turnBackOn, turnOffForMe } from '../../lib/storage-items';
import { plural } from '../../lib/ui/plural';
import { siteState, type SiteState } from '../../lib/ui/site';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

interface TabInfo {
  id: number | undefined;
  url: string | undefined;
}

async function activeTab(): Promise<TabInfo> {
  // sidepanel.html?tab=<id> pins the panel to one tab (a popped-out panel, and the browser tests).
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) {
    const t = await browser.tabs.get(pinned).catch(() => undefined);
    return { id: pinned, url: t?.url };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: t?.id, url: t?.url };
}

interface Status {
  text: string;
  error?: boolean;
  /** "Undo" for a rule just turned off. */
  undoRule?: string;
}

export function SidePanelApp() {
  const [update, setUpdate] = useState<ReportUpdate | null>(null);
  const [tab, setTab] = useState<TabInfo>({ id: undefined, url: undefined });
  const [site, setSite] = useState<{ state: SiteState; origin: string; host: string } | null>(null);
  const [status, setStatus] = useState<Status>({ text: '' });
  const [locked, setLocked] = useState<string[]>([]);
  const [off, setOff] = useState<string[]>([]);

  useEffect(() => {
    void policyRuleIds().then(setLocked);
    void agentOffItem.getValue().then(setOff);
    return agentOffItem.watch((v) => setOff(v ?? []));
  }, []);

  useEffect(() => {
    const load = async () => {
      const t = await activeTab();
      setTab(t);
      setSite(await siteState(t.url));
      setUpdate(t.id === undefined ? null : ((await sendToExtension('report:get', { tabId: t.id })) ?? null));
    };
    void load();
    const onActivated = () => void load();
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tab.id && info.status === 'complete') void load();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // Content scripts broadcast their reports; take the ones from the tab on show.
    const stop = onMessages({
      'report:update': (u, sender) => {
        if (sender.tab?.id !== undefined && sender.tab.id === tab.id) {
          // Another composer of the page going away does not blank the one in use.
          setUpdate((prev) => (!u.report && prev?.report && prev.composerId !== u.composerId ? prev : u));
        } else if (sender.tab?.id === undefined) void load();
      },
    });
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tab.id]);

  const applyFix = async (findingIndex: number, fixIndex: number, label: string) => {
    if (tab.id === undefined || !update) return;
    const r = await sendToTab(tab.id, 'fix:apply', { composerId: update.composerId, findingIndex, fixIndex });
    if (r?.ok) setStatus({ text: `Applied: ${label}` });
    else
      setStatus({
        text: `Not applied: ${r?.error ?? 'the reply box did not answer (reload the page?)'}. Your text was not changed.`,
        error: true,
      });
  };
  const focusFinding = async (findingIndex: number) => {
    if (tab.id === undefined || !update) return;
    const ok = await sendToTab(tab.id, 'finding:focus', { composerId: update.composerId, findingIndex });
    if (!ok) setStatus({ text: 'Could not show that finding in the reply.', error: true });
  };
  const ignoreOnce = async (findingIndex: number, f: Finding) => {
    if (tab.id === undefined || !update) return;
    const ok = await sendToTab(tab.id, 'finding:ignore', { composerId: update.composerId, findingIndex });
    setStatus(
      ok
        ? { text: `Ignored ${f.actual ? `“${f.actual}”` : f.ruleId} in this reply.` }
        : { text: 'That finding is no longer in the reply.', error: true },
    );
  };
  const offForMe = async (ruleId: string) => {
    await turnOffForMe(ruleId);
    setStatus({ text: `Turned ${ruleId} off for you.`, undoRule: ruleId });
  };
  const undo = async (ruleId: string) => {
    await turnBackOn(ruleId);
    setStatus({ text: `${ruleId} is back on.` });
  };
  const turnOnSite = async () => {
    if (!site?.origin) return;
    // In this click's user gesture: the browser shows its own permission prompt.
    const granted = await browser.permissions.request({ origins: [`${site.origin}/*`] }).catch(() => false);
    if (!granted) return setStatus({ text: 'Not turned on: the permission was not granted.', error: true });
    const r = await sendToExtension('site:enable', { origin: site.origin });
    if (r?.ok) {
      setSite({ ...site, state: 'on' });
      setStatus({ text: `Reply Coach now coaches reply boxes on ${site.host}.` });
    } else setStatus({ text: `Could not turn on: ${r?.error ?? 'no answer from the extension'}`, error: true });
  };

  const action = browser.action as unknown as { openPopup?: () => Promise<void> } | undefined;
  const canOpenPopup = typeof action?.openPopup === 'function';
  const openPopup = async () => {
    try {
      await action!.openPopup!();
    } catch {
      setStatus({ text: 'Click the Reply Coach button in the toolbar.', error: true });
    }
  };

  const statusLine = (
    <p class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
      {status.text}
      {status.undoRule && (
        <>
          {' '}
          <button type="button" class="link" onClick={() => void undo(status.undoRule!)}>
            Undo
          </button>
        </>
      )}
    </p>
  );
  const offList = off.length > 0 && (
    <section aria-labelledby="off-h" class="off-list">
      <h2 id="off-h" class="small">
        Turned off for you
      </h2>
      <ul>
        {off.map((id) => (
          <li key={id}>
            <code>{id}</code>{' '}
            <button type="button" class="link" onClick={() => void undo(id)} aria-label={`Turn ${id} back on`}>
              Turn back on
            </button>
          </li>
        ))}
      </ul>
    </section>
  );

  const report = update?.report;
  if (!report) {
    let body;
    if (site?.state === 'off')
      body = (
        <div data-state="not-enabled">
          <p>
            Reply Coach is not on for <strong>{site.host}</strong>.
          </p>
          <button type="button" class="primary" onClick={() => void turnOnSite()}>
            Coach replies on {site.host}
          </button>
          <p class="muted small">The browser asks for this one site’s permission. Nothing is sent anywhere.</p>
        </div>
      );
    else if (site?.state === 'built-in' || site?.state === 'on')
      body = (
        <p class="muted" data-state="no-composer">
          No reply box on this page yet. Open a ticket or an email and click into the reply: Reply Coach starts as you
          type. (Internal notes are not coached.)
        </p>
      );
    else
      // The browser hides a tab's address from the panel unless the extension may run there (or the agent
      // clicked its toolbar button): say what to do on either kind of page.
      body = (
        <div data-state="not-coached">
          <p>Reply Coach is not coaching a reply in this tab.</p>
          <ul class="small">
            <li>On Zendesk or Gmail: open a ticket or an email and click into the reply.</li>
            <li>
              On another helpdesk: click the Reply Coach button in the toolbar and choose{' '}
              <em>Coach replies on this site</em>.
            </li>
          </ul>
          {canOpenPopup && (
            <button type="button" class="primary" onClick={() => void openPopup()}>
              Open the Reply Coach menu
            </button>
          )}
        </div>
      );
    return (
      <main class="panel empty">
        <h1>Reply Coach</h1>
        {statusLine}
        {body}
        {offList}
      </main>
    );
  }

  const ignored = new Set(update.ignored ?? []);
  const { stats, checklist } = report;
  const visible = report.findings.map((f, i) => ({ f, i })).filter(({ i }) => !ignored.has(i));
  const count = (sev: Finding['severity']) => visible.filter(({ f }) => f.severity === sev).length;
  const empty = stats.words === 0;
  const ease = update.readingEase;

  return (
    <main class="panel">
      <header>
        <h1>Reply Coach</h1>
        {!empty && (
          <p class="counts" aria-label="Findings in this reply">
            <span class="sev-error">{plural(count('error'), 'error')}</span> ·{' '}
            <span class="sev-warning">{plural(count('warning'), 'warning')}</span> ·{' '}
            <span class="sev-suggestion">{plural(count('suggestion'), 'suggestion')}</span>
          </p>
        )}
        {!empty && (
          <p class="stats muted small" aria-label="About this reply">
            {plural(stats.words, 'word')} · {plural(stats.sentences, 'sentence')}
            {typeof ease === 'number' ? ` · reading ease ${ease} (${readingEaseLabel(ease)})` : ''}
          </p>
        )}
      </header>

      {statusLine}

      {empty ? (
        <p class="muted" data-state="empty-draft">
          Start typing your reply: Reply Coach checks it as you go.
        </p>
      ) : (
        <>
          <section aria-labelledby="findings-h">
            <h2 id="findings-h">Findings</h2>
            {visible.length === 0 && (
              <p class="all-good" data-state="all-good">
                <span aria-hidden="true">✓</span> All good: nothing to fix. This reply is ready to send.
              </p>
            )}
            <ul class="findings">
              {visible.map(({ f, i }) => (
                <li key={`${f.ruleId}-${f.start}-${i}`} class={`finding sev-border-${f.severity}`} data-rule={f.ruleId}>
                  <div class="finding-head">
                    <span class={`badge sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                    <span class="badge">{STEP_LABELS[f.step]}</span>
                    <code class="muted small">{f.ruleId}</code>
                  </div>
                  <p class="message">{f.message}</p>
                  <details>
                    <summary>Why</summary>
                    <p class="small">{f.note}</p>
                  </details>
                  <div class="actions">
                    {f.fixes.map((x, j) => (
                      <button
                        key={j}
                        type="button"
                        class={j === 0 ? 'primary' : ''}
                        onClick={() => void applyFix(i, j, x.label)}
                      >
                        {x.label}
                      </button>
                    ))}
                    {f.end > f.start && (
                      <button type="button" class="link" onClick={() => void focusFinding(i)}>
                        Show in reply
                      </button>
                    )}
                  </div>
                  <div class="actions secondary">
                    <button
                      type="button"
                      class="link"
                      onClick={() => void ignoreOnce(i, f)}
                      aria-label={`Ignore once: ${f.message}`}
                    >
                      Ignore once
                    </button>
                    <button
                      type="button"
                      class="link"
                      disabled={locked.includes(f.ruleId)}
                      title={locked.includes(f.ruleId) ? 'Set by your organisation' : undefined}
                      onClick={() => void offForMe(f.ruleId)}
                      aria-label={`Turn off ${f.ruleId} for me`}
                    >
                      Turn off for me
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            {ignored.size > 0 && (
              <p class="muted small">
                {plural(ignored.size, 'finding')} ignored in this reply (they come back if you change those words).
              </p>
            )}
          </section>

          <section aria-labelledby="checklist-h" class="card">
            <h2 id="checklist-h">{checklist.name}</h2>
            <ol class="checklist">
              {checklist.items.map((i) => (
                <li key={i.id} class={i.met ? 'met' : 'unmet'}>
                  <span class="mark" aria-hidden="true">
                    {i.met ? '✓' : '✗'}
                  </span>
                  <div>
                    <strong>{i.label}</strong>
                    <span class="visually-hidden">{i.met ? ' — done' : ' — to do'}</span>
                    <div class="muted small">{i.met ? i.description : i.reason}</div>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      {offList}
    </main>
  );
}
