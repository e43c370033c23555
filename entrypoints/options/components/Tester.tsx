// The live tester: a customer message and a draft, analysed as the agent would see them with the
// settings being edited (before they are saved): highlights, findings and the service-model checklist.

import { useEffect, useRef, useState } from 'preact/hooks';
import { MODELS, STEP_LABELS } from '../../../lib/engine/checklist';
import type { Channel, Report, ServiceModelId, Settings } from '../../../lib/engine/types';
import { plural } from '../../../lib/ui/plural';
import { segments } from './segments';
import { useEngine } from './use-engine';

export const SAMPLE_CUSTOMER =
  'I was charged twice for order #4471 and nobody has answered my emails for a week. This is ridiculous.';
export const SAMPLE_DRAFT =
  'Hi {{ticket.requester.first_name}},\n\nUnfortunately we can’t refund the second charge until it clears. I’ve escalated this to T2 and they will get back to you soon.\n\nThanks';

const SEVERITY: Record<string, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };

export function Tester(props: { settings: Settings; usingPack: string | null; dirty: boolean }) {
  const engine = useEngine();
  const [customer, setCustomer] = useState(SAMPLE_CUSTOMER);
  const [draft, setDraft] = useState(SAMPLE_DRAFT);
  const [channel, setChannel] = useState<Channel>('email');
  const [model, setModel] = useState<ServiceModelId | ''>('');
  const [report, setReport] = useState<Report | null>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!engine) return;
    const t = setTimeout(() => {
      const settings = model ? { ...props.settings, model } : props.settings;
      setReport(engine.analyze({ draft, customer, channel }, settings));
    }, 150);
    return () => clearTimeout(t);
  }, [engine, draft, customer, channel, model, props.settings]);

  const select = (start: number, end: number) => {
    const ta = draftRef.current;
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(start, end);
  };

  const ease = report && engine ? engine.readingEase(draft, report.stats.sentences) : null;

  return (
    <section class="card" aria-labelledby="tester-h" id="tester">
      <h2 id="tester-h">Try it</h2>
      <p class="muted">
        Paste a customer message and a reply: Reply Coach checks it exactly as an agent would see it, with the settings
        on this page{props.dirty ? ' — including the changes you have not saved yet' : ''}
        {props.usingPack ? `, and the pack “${props.usingPack}” from the box below instead of the team pack` : ''}.
        Nothing you type here is kept.
      </p>
      <div class="tester-grid">
        <div class="tester-inputs">
          <label for="t-customer">
            <strong>Customer’s message</strong>
          </label>
          <textarea
            id="t-customer"
            rows={4}
            value={customer}
            onInput={(e) => setCustomer((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <label for="t-draft">
            <strong>Reply</strong>
          </label>
          <textarea
            id="t-draft"
            ref={draftRef}
            rows={8}
            value={draft}
            aria-describedby="t-summary"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="row">
            <label>
              Channel{' '}
              <select
                value={channel}
                onChange={(e) => setChannel((e.currentTarget as HTMLSelectElement).value as Channel)}
              >
                <option value="email">Email</option>
                <option value="chat">Chat</option>
                <option value="social">Social</option>
              </select>
            </label>
            <label>
              Model{' '}
              <select
                value={model}
                onChange={(e) => setModel((e.currentTarget as HTMLSelectElement).value as ServiceModelId | '')}
              >
                <option value="">As set ({props.settings.model ?? 'LAST'})</option>
                {(Object.keys(MODELS) as ServiceModelId[]).map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>

        <div class="tester-output" aria-live="polite" aria-busy={!report}>
          {!report ? (
            <p class="muted">Loading the checker…</p>
          ) : (
            <>
              <p id="t-summary" class="counts">
                <span class="sev-error">{plural(report.stats.errors, 'error')}</span> ·{' '}
                <span class="sev-warning">{plural(report.stats.warnings, 'warning')}</span> ·{' '}
                <span class="sev-suggestion">{plural(report.stats.suggestions, 'suggestion')}</span>
                <span class="muted">
                  {' '}
                  · {plural(report.stats.words, 'word')} · {plural(report.stats.sentences, 'sentence')}
                  {ease !== null ? ` · reading ease ${ease} (${engine!.readingEaseLabel(ease)})` : ''}
                </span>
              </p>
              <div class="preview" aria-label="The reply with its highlights" role="region">
                {segments(draft, report.findings).map((s) =>
                  s.severity ? (
                    <mark
                      key={s.start}
                      class={`hl hl-${s.severity}`}
                      title={s.findings.map((i) => report.findings[i]!.message).join('\n')}
                    >
                      {s.text}
                    </mark>
                  ) : (
                    <span key={s.start}>{s.text}</span>
                  ),
                )}
              </div>
              <h3 class="h3">Findings</h3>
              {report.findings.length === 0 ? (
                <p class="muted">Nothing to fix: this reply is ready to send.</p>
              ) : (
                <ul class="findings" aria-label="Findings">
                  {report.findings.map((f, i) => (
                    <li
                      key={`${f.ruleId}-${f.start}-${i}`}
                      class={`finding sev-border-${f.severity}`}
                      data-rule={f.ruleId}
                    >
                      <div class="finding-head">
                        <span class={`badge sev-${f.severity}`}>{SEVERITY[f.severity]}</span>
                        <span class="badge">{STEP_LABELS[f.step]}</span>
                        <code class="muted small">{f.ruleId}</code>
                      </div>
                      <p class="message">{f.message}</p>
                      <div class="actions">
                        {f.fixes[0] && <span class="muted small">Fix offered: {f.fixes[0].label}</span>}
                        {f.end > f.start && (
                          <button type="button" class="link" onClick={() => select(f.start, f.end)}>
                            Select in reply
                          </button>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              <h3 class="h3">{report.checklist.name}</h3>
              <ol class="checklist">
                {report.checklist.items.map((i) => (
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
            </>
          )}
        </div>
      </div>
    </section>
  );
}
