import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../lib/ui/plural';
import { browser } from 'wxt/browser';
import type { Finding } from '../../lib/engine/types';
import { STEP_LABELS } from '../../lib/engine/checklist';
import { onMessages, sendToExtension, sendToTab, type ReportUpdate } from '../../lib/messaging';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

async function activeTabId(): Promise<number | undefined> {
  // sidepanel.html?tab=<id> pins the panel to one tab (a popped-out panel, and the browser tests).
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id;
}

export function SidePanelApp() {
  const [update, setUpdate] = useState<ReportUpdate | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });

  const applyFix = async (findingIndex: number, fixIndex: number, label: string) => {
    if (tabId === undefined || !update) return;
    const r = await sendToTab(tabId, 'fix:apply', { composerId: update.composerId, findingIndex, fixIndex });
    if (r?.ok) setStatus({ text: `Applied: ${label}`, error: false });
    else
      setStatus({
        text: `Not applied: ${r?.error ?? 'the reply box did not answer (reload the page?)'}. Your text was not changed.`,
        error: true,
      });
  };
  const focusFinding = async (findingIndex: number) => {
    if (tabId === undefined || !update) return;
    const ok = await sendToTab(tabId, 'finding:focus', { composerId: update.composerId, findingIndex });
    if (!ok) setStatus({ text: 'Could not show that finding in the reply.', error: true });
  };

  useEffect(() => {
    const load = async () => {
      const id = await activeTabId();
      setTabId(id);
      setUpdate(id === undefined ? null : ((await sendToExtension('report:get', { tabId: id })) ?? null));
    };
    void load();
    const stopTabs = () => void load();
    browser.tabs.onActivated.addListener(stopTabs);
    // Content scripts broadcast their reports; take the ones from the tab on show.
    const stop = onMessages({
      'report:update': (u, sender) => {
        if (sender.tab?.id !== undefined && sender.tab.id === tabId) setUpdate(u);
        else void load();
      },
    });
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(stopTabs);
    };
  }, [tabId]);

  const report = update?.report;
  if (!report)
    return (
      <main class="panel empty">
        <h1>Reply Coach</h1>
        <p class="muted">
          Start typing a reply in Zendesk, Gmail or a site you turned Reply Coach on for: the findings and your
          service-model checklist appear here.
        </p>
      </main>
    );

  const { stats, checklist, findings } = report;
  return (
    <main class="panel">
      <header>
        <h1>Reply Coach</h1>
        <p class="counts" aria-label="Findings in this reply">
          <span class="sev-error">{plural(stats.errors, 'error')}</span> ·{' '}
          <span class="sev-warning">{plural(stats.warnings, 'warning')}</span> ·{' '}
          <span class="sev-suggestion">{plural(stats.suggestions, 'suggestion')}</span>
          <span class="muted"> · {stats.words} words</span>
        </p>
      </header>

      <p class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </p>

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

      <section aria-labelledby="findings-h">
        <h2 id="findings-h">Findings</h2>
        {findings.length === 0 && <p class="muted">Nothing to fix. This reply is ready to send.</p>}
        <ul class="findings">
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.start}-${i}`} class={`finding sev-border-${f.severity}`}>
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
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
