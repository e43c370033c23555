// The options page: the agent's settings (edited as a draft, applied on Save), the live tester with the
// draft settings, the team rule pack, usage counts and the keyboard shortcuts. Enterprise policy shows
// as locked; a malformed policy is reported here and ignored.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { MODELS, STEP_LABELS } from '../../lib/engine/checklist';
import { checkPackPhrase } from '../../lib/engine/phrases';
import type { RuleSetting, ServiceModelId, Settings, Severity } from '../../lib/engine/types';
import type { SendGate } from '../../lib/packs/merge';
import { settingsToPack, type RulePack } from '../../lib/packs/pack';
import {
  agentPrefsItem,
  loadState,
  previewSettings,
  sendGateItem,
  turnBackOn,
  watchState,
  type ResolvedState,
} from '../../lib/storage';
import { ruleCatalog as rules } from '../../rules/catalog';
import { PackSection } from './components/PackSection';
import { Shortcuts } from './components/Shortcuts';
import { Tester } from './components/Tester';
import { UsagePanel } from './components/UsagePanel';
import { download, glossaryToText, phrasesToText, textToGlossary, textToPhrases } from './lists';

const GATES: { id: SendGate; label: string; help: string }[] = [
  { id: 'off', label: 'Off', help: 'Never stop a reply from being sent.' },
  { id: 'warn', label: 'Warn', help: 'Ask before sending a reply with an error (placeholder, card number).' },
  { id: 'block', label: 'Block', help: 'Don’t send a reply with an error until it is fixed.' },
];

interface Draft {
  prefs: Settings;
  sendGate: SendGate;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function OptionsApp() {
  const [state, setState] = useState<ResolvedState | null>(null);
  const [saved, setSaved] = useState<Draft | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [trying, setTrying] = useState<RulePack | null>(null);
  const [status, setStatusText] = useState({ text: '', error: false });
  const setStatus = (text: string, error = false) => setStatusText({ text, error });

  useEffect(() => {
    const refresh = async () => {
      const [s, prefs, gate] = await Promise.all([loadState(), agentPrefsItem.getValue(), sendGateItem.getValue()]);
      const next = { prefs, sendGate: gate };
      setState(s);
      // Keep unsaved edits when storage changes under us (another tab, the side panel).
      setSaved((old) => {
        setDraft((d) => (!d || !old || same(d, old) ? next : d));
        return next;
      });
    };
    void refresh();
    return watchState(() => void refresh());
  }, []);

  const preview = useMemo(
    () => (state && draft ? previewSettings(state, draft.prefs, trying ?? undefined) : null),
    [state, draft, trying],
  );

  if (!state || !draft || !saved || !preview) return <main class="page" aria-busy="true" />;

  const dirty = !same(draft, saved);
  const prefs = draft.prefs;
  const effective = preview.settings;
  const edit = (p: Settings) => setDraft({ ...draft, prefs: p });
  const setRule = (id: string, patch: RuleSetting) =>
    edit({ ...prefs, rules: { ...(prefs.rules ?? {}), [id]: { ...(prefs.rules?.[id] ?? {}), ...patch } } });
  const setOption = (id: string, key: string, value: unknown) =>
    setRule(id, { options: { ...(prefs.rules?.[id]?.options ?? {}), [key]: value } });
  const model: ServiceModelId = effective.model ?? 'LAST';
  const gate = state.sendGateLocked ? state.sendGate : draft.sendGate;

  const save = async () => {
    for (const list of ['negative', 'banned'] as const)
      for (const [i, e] of (prefs.phrases?.[list] ?? []).entries()) {
        try {
          checkPackPhrase(e.phrase);
        } catch (err) {
          const box = list === 'negative' ? 'Negative phrases' : 'Never send';
          setStatus(`Not saved: ${box}, line ${i + 1}: ${(err as Error).message}`, true);
          return;
        }
      }
    await agentPrefsItem.setValue(prefs);
    if (!state.sendGateLocked) await sendGateItem.setValue(draft.sendGate);
    setStatus('Saved. Reply Coach uses these settings now.');
  };
  const discard = () => {
    setDraft(saved);
    setStatus('Changes discarded.');
  };

  const exportPack = () => {
    const name = state.teamPack?.name ?? 'Reply Coach team rules';
    download(
      'reply-coach-pack.json',
      `${JSON.stringify(settingsToPack(effective, name, state.teamPack?.examples), null, 2)}\n`,
    );
    setStatus('Exported the settings in force as reply-coach-pack.json.');
  };

  const titles = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.title]));

  return (
    <main class="page">
      <header class="page-head">
        <h1>Reply Coach settings</h1>
        <p class="muted">
          Choose what Reply Coach coaches and how, try it on a reply, and roll it out as a team pack. Your drafts never
          leave this browser: there is no server and no analytics.
        </p>
        <nav aria-label="Sections" class="toc">
          <a href="#tester">Try it</a> · <a href="#model-h">Service model</a> · <a href="#rules-h">Rules</a> ·{' '}
          <a href="#phrases-h">Team words</a> · <a href="#pack">Rule pack</a> · <a href="#usage">Usage</a> ·{' '}
          <a href="#shortcuts">Shortcuts</a>
        </nav>
      </header>

      {(state.policyPack || state.lockedRules.size > 0 || state.modelLocked || state.sendGateLocked) && (
        <p class="notice" role="note">
          🔒 Your organisation manages some of these settings
          {state.policyPack?.name ? ` (“${state.policyPack.name}”)` : ''}. They are shown locked.
        </p>
      )}
      {state.policyErrors.length > 0 && (
        <div class="notice error" role="alert" id="policy-errors">
          <strong>Your organisation’s policy could not be read, so none of it is applied.</strong> Ask your
          administrator to fix:
          <ul>
            {state.policyErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      <Tester settings={effective} usingPack={trying ? (trying.name ?? 'unnamed') : null} dirty={dirty} />

      <section class="card" aria-labelledby="model-h">
        <h2 id="model-h">Service model</h2>
        <p class="muted">The checklist follows the steps of the model your team trains on.</p>
        <fieldset class="choices" disabled={state.modelLocked}>
          <legend class="visually-hidden">Service model</legend>
          {(Object.keys(MODELS) as ServiceModelId[]).map((id) => (
            <label key={id} class="choice">
              <input
                type="radio"
                name="model"
                value={id}
                checked={model === id}
                onChange={() => edit({ ...prefs, model: id })}
              />
              <span>
                <strong>{id}</strong> <span class="muted">{MODELS[id].name.replace(/^\w+ \((.*)\)$/, '$1')}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {state.modelLocked && <p class="muted">🔒 Set by your organisation.</p>}
      </section>

      <section class="card" aria-labelledby="gate-h">
        <h2 id="gate-h">Before sending</h2>
        <fieldset class="choices" disabled={state.sendGateLocked}>
          <legend class="visually-hidden">Send gate</legend>
          {GATES.map((g) => (
            <label key={g.id} class="choice">
              <input
                type="radio"
                name="gate"
                value={g.id}
                checked={gate === g.id}
                onChange={() => setDraft({ ...draft, sendGate: g.id })}
              />
              <span>
                <strong>{g.label}</strong> <span class="muted">{g.help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {state.sendGateLocked && <p class="muted">🔒 Set by your organisation.</p>}
      </section>

      <section class="card" aria-labelledby="rules-h">
        <h2 id="rules-h">Rules</h2>
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">Rule</th>
              <th scope="col">Step</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => {
              const id = r.meta.id;
              const s = effective.rules?.[id] ?? {};
              const on = s.enabled ?? true;
              const sev = s.severity ?? r.meta.defaultSeverity;
              const isLocked = state.lockedRules.has(id);
              const offForMe = state.agentOff.includes(id) && !isLocked;
              const options = Object.entries(r.meta.options ?? {}).filter(([, o]) => o.type !== 'string[]');
              return (
                <tr key={id} class={on ? '' : 'off'} data-rule={id}>
                  <td>
                    <input
                      type="checkbox"
                      id={`on-${id}`}
                      checked={on}
                      disabled={isLocked || offForMe}
                      aria-describedby={`desc-${id}`}
                      onChange={(e) => setRule(id, { enabled: (e.currentTarget as HTMLInputElement).checked })}
                    />
                  </td>
                  <td>
                    <label for={`on-${id}`}>
                      <strong>{r.meta.title}</strong> <code class="muted">{id}</code>
                      {isLocked && <span class="badge">🔒 managed</span>}
                    </label>
                    <div id={`desc-${id}`} class="muted small">
                      {r.meta.description}
                    </div>
                    {offForMe && (
                      <div class="small off-for-me">
                        You turned this off for yourself from the side panel.{' '}
                        <button
                          type="button"
                          class="link"
                          onClick={() => void turnBackOn(id).then(() => setStatus(`${r.meta.title} is back on.`))}
                        >
                          Turn back on
                        </button>
                      </div>
                    )}
                    {options.length > 0 && !isLocked && (
                      <details class="small">
                        <summary>Options</summary>
                        {options.map(([key, o]) => {
                          const value = s.options?.[key] ?? o.default;
                          const inputId = `opt-${id}-${key}`;
                          return (
                            <div key={key} class="option">
                              <label for={inputId}>{o.description}</label>{' '}
                              {o.type === 'boolean' ? (
                                <input
                                  id={inputId}
                                  type="checkbox"
                                  checked={value === true}
                                  onChange={(e) => setOption(id, key, (e.currentTarget as HTMLInputElement).checked)}
                                />
                              ) : (
                                <input
                                  id={inputId}
                                  {...(o.type === 'number' ? { type: 'number' as const } : { type: 'text' as const })}
                                  value={String(value ?? '')}
                                  onChange={(e) => {
                                    const v = (e.currentTarget as HTMLInputElement).value;
                                    const n = Number(v);
                                    if (o.type === 'number' && (v.trim() === '' || !Number.isFinite(n)))
                                      return setStatus(`${r.meta.title}: ${o.description} must be a number.`, true);
                                    setOption(id, key, o.type === 'number' ? n : v);
                                  }}
                                />
                              )}
                            </div>
                          );
                        })}
                      </details>
                    )}
                  </td>
                  <td>
                    <span class="badge">{STEP_LABELS[r.meta.step]}</span>
                  </td>
                  <td>
                    <select
                      aria-label={`Severity of ${r.meta.title}`}
                      value={sev}
                      disabled={isLocked || !on}
                      class={`sev-${sev}`}
                      onChange={(e) =>
                        setRule(id, { severity: (e.currentTarget as HTMLSelectElement).value as Severity })
                      }
                    >
                      <option value="error">Error</option>
                      <option value="warning">Warning</option>
                      <option value="suggestion">Suggestion</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section class="card" aria-labelledby="phrases-h">
        <h2 id="phrases-h">Your team’s words</h2>
        <p class="muted">Added to the built-in lists. One per line; the phrase syntax is in the README.</p>
        <div class="phrase-grid">
          <PhraseBox
            id="jargon"
            label="Jargon glossary"
            hint="term = plain words; more plain words"
            placeholder={'FRT = first reply time\nT2 = our specialist team'}
            value={glossaryToText(prefs.phrases?.jargon)}
            onChange={(t) => edit({ ...prefs, phrases: { ...prefs.phrases, jargon: textToGlossary(t) } })}
          />
          <PhraseBox
            id="negative"
            label="Negative phrases and reframes"
            hint="phrase => what to say instead"
            placeholder={'no can do => Here’s what I can do'}
            value={phrasesToText(prefs.phrases?.negative)}
            onChange={(t) => edit({ ...prefs, phrases: { ...prefs.phrases, negative: textToPhrases(t) } })}
          />
          <PhraseBox
            id="banned"
            label="Never send"
            hint="a phrase the team never wants in a reply"
            placeholder={'per policy\nas per my last email'}
            value={phrasesToText(prefs.phrases?.banned, false)}
            onChange={(t) => edit({ ...prefs, phrases: { ...prefs.phrases, banned: textToPhrases(t) } })}
          />
        </div>
        <label class="signoff">
          Required sign-off{' '}
          <input
            type="text"
            value={prefs.signOff ?? ''}
            placeholder="Kind regards, the Acme team"
            onInput={(e) => edit({ ...prefs, signOff: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      </section>

      <PackSection
        teamPack={state.teamPack}
        trying={!!trying}
        onTry={setTrying}
        onExport={exportPack}
        onStatus={setStatus}
      />

      <UsagePanel titles={titles} onStatus={setStatus} />

      <Shortcuts onStatus={setStatus} />

      <div class={`savebar${dirty ? ' dirty' : ''}`} role="region" aria-label="Save changes">
        <div class="savebar-text">
          <div class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
            {status.text}
          </div>
          <div class="muted small">
            {dirty ? 'You have unsaved changes. The tester already uses them.' : 'All changes saved.'}
          </div>
        </div>
        <button type="button" class="primary" disabled={!dirty} onClick={() => void save()}>
          Save
        </button>
        <button type="button" disabled={!dirty} onClick={discard}>
          Discard
        </button>
      </div>
    </main>
  );
}

/** A list edited as lines; parsed on leaving the box (so half-typed lines are not reformatted). */
function PhraseBox(props: {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  return (
    <div class="phrase-box">
      <label for={`ph-${props.id}`}>
        <strong>{props.label}</strong>
      </label>
      <div id={`ph-${props.id}-hint`} class="muted small">
        {props.hint}
      </div>
      <textarea
        id={`ph-${props.id}`}
        rows={4}
        aria-describedby={`ph-${props.id}-hint`}
        placeholder={props.placeholder}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => text !== props.value && props.onChange(text)}
      />
    </div>
  );
}
