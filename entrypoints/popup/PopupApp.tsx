import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../lib/ui/plural';
import { browser } from 'wxt/browser';
import { sendToExtension, type ReportUpdate } from '../../lib/messaging';

// Helpdesks Reply Coach knows (content scripts in the manifest): no permission to ask for there.
const BUILT_IN = [/\.zendesk\.com$/, /^mail\.google\.com$/];

type SiteState = 'built-in' | 'on' | 'off' | 'unsupported';

interface TabInfo {
  id: number | undefined;
  origin: string | null;
  host: string;
}

export function PopupApp() {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [site, setSite] = useState<SiteState>('unsupported');
  const [update, setUpdate] = useState<ReportUpdate | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void (async () => {
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      let origin: string | null = null;
      let host = '';
      try {
        const u = new URL(t?.url ?? '');
        if (u.protocol === 'https:' || u.protocol === 'http:') {
          origin = u.origin;
          host = u.host;
        }
      } catch {
        /* no URL: a browser page */
      }
      setTab({ id: t?.id, origin, host });
      if (!origin) setSite('unsupported');
      else if (BUILT_IN.some((re) => re.test(host))) setSite('built-in');
      else setSite((await browser.permissions.contains({ origins: [`${origin}/*`] })) ? 'on' : 'off');
      if (t?.id !== undefined) setUpdate((await sendToExtension('report:get', { tabId: t.id })) ?? null);
    })();
  }, []);

  const turnOn = async () => {
    if (!tab?.origin) return;
    // Must run in this click's user gesture: the browser shows its own permission prompt.
    const granted = await browser.permissions.request({ origins: [`${tab.origin}/*`] });
    if (!granted) return setMessage('Not turned on: the permission was not granted.');
    const r = await sendToExtension('site:enable', { origin: tab.origin });
    if (r?.ok) {
      setSite('on');
      setMessage(`Reply Coach now coaches reply boxes on ${tab.host}.`);
    } else setMessage(`Could not turn on: ${r?.error ?? 'no answer from the extension'}`);
  };

  const turnOff = async () => {
    if (!tab?.origin) return;
    await browser.permissions.remove({ origins: [`${tab.origin}/*`] });
    setSite('off');
    setMessage(`Turned off on ${tab.host}. Reload the page to remove the highlights.`);
  };

  const report = update?.report;
  const counts = report?.stats;
  return (
    <main class="popup">
      <header>
        <h1>Reply Coach</h1>
        <p class="muted small">Coaching stays in your browser. Nothing is sent anywhere.</p>
      </header>

      <section aria-labelledby="site-h" class="block">
        <h2 id="site-h" class="visually-hidden">
          This site
        </h2>
        {site === 'built-in' && (
          <p>
            <span aria-hidden="true">✅</span> Coaching on <strong>{tab?.host}</strong>.
          </p>
        )}
        {site === 'on' && (
          <>
            <p>
              <span aria-hidden="true">✅</span> You turned Reply Coach on for <strong>{tab?.host}</strong>.
            </p>
            <button type="button" onClick={() => void turnOff()}>
              Turn off on this site
            </button>
          </>
        )}
        {site === 'off' && (
          <>
            <p>Reply Coach is not active on {tab?.host}.</p>
            <button type="button" class="primary" onClick={() => void turnOn()}>
              Coach replies on {tab?.host}
            </button>
          </>
        )}
        {site === 'unsupported' && <p class="muted">Open a helpdesk or email tab to be coached.</p>}
        <p class="message" role="status" aria-live="polite">
          {message}
        </p>
      </section>

      {counts && (
        <section aria-labelledby="draft-h" class="block">
          <h2 id="draft-h">Current reply</h2>
          <p class="counts">
            <span class="sev-error">{plural(counts.errors, 'error')}</span> ·{' '}
            <span class="sev-warning">{plural(counts.warnings, 'warning')}</span> ·{' '}
            <span class="sev-suggestion">{plural(counts.suggestions, 'suggestion')}</span>
          </p>
          <ul class="checklist" aria-label={report.checklist.name}>
            {report.checklist.items.map((i) => (
              <li key={i.id} class={i.met ? 'met' : 'unmet'}>
                <span aria-hidden="true">{i.met ? '✓' : '✗'}</span> {i.label}
                <span class="visually-hidden">{i.met ? ': done' : `: ${i.reason}`}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer class="row">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </footer>
    </main>
  );
}
