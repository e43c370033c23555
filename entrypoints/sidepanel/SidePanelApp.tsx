import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding } from '../../lib/engine/types';
import { onMessages, sendToExtension, type ReportUpdate } from '../../lib/messaging';

const STEP_LABEL: Record<Finding['step'], string> = {
  listen: 'Listen',
  apologise: 'Apologise',
  solve: 'Solve',
  thank: 'Thank',
  tone: 'Tone',
  safety: 'Safety',
};
const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

async function activeTabId(): Promise<number | undefined> {
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id;
}

export function SidePanelApp() {
  const [update, setUpdate] = useState<ReportUpdate | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);

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
          <span class="sev-error">{stats.errors} errors</span> ·{' '}
          <span class="sev-warning">{stats.warnings} warnings</span> ·{' '}
          <span class="sev-suggestion">{stats.suggestions} suggestions</span>
          <span class="muted"> · {stats.words} words</span>
        </p>
      </header>

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
                <span class="badge">{STEP_LABEL[f.step]}</span>
                <code class="muted small">{f.ruleId}</code>
              </div>
              <p class="message">{f.message}</p>
              <details>
                <summary>Why</summary>
                <p class="small">{f.note}</p>
              </details>
              {f.fixes.length > 0 && (
                <p class="small muted">
                  Fix{f.fixes.length > 1 ? 'es' : ''}: {f.fixes.map((x) => x.label).join(' · ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
