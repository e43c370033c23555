import { useEffect, useRef, useState } from 'preact/hooks';
import { MODELS, STEP_LABELS } from '../../lib/engine/checklist';
import { compilePhrase } from '../../lib/engine/phrases';
import type { GlossaryEntry, PhraseEntry, ServiceModelId, Settings, Severity } from '../../lib/engine/types';
import type { SendGate } from '../../lib/packs/merge';
import { settingsToPack, type PackIssue } from '../../lib/packs/pack';
import {
  agentPrefsItem,
  clearTeamPack,
  importTeamPack,
  loadState,
  sendGateItem,
  watchState,
  type ResolvedState,
} from '../../lib/storage';
import { rules } from '../../rules/index';

const GATES: { id: SendGate; label: string; help: string }[] = [
  { id: 'off', label: 'Off', help: 'Never stop a reply from being sent.' },
  { id: 'warn', label: 'Warn', help: 'Ask before sending a reply with an error (placeholder, card number).' },
  { id: 'block', label: 'Block', help: 'Don’t send a reply with an error until it is fixed.' },
];

// Team phrase lists are edited as lines: "term = plain words", "phrase => reframe", "phrase".
export function glossaryToText(list: GlossaryEntry[] = []): string {
  return list.map((g) => `${g.term} = ${g.plain.join('; ')}`).join('\n');
}
export function textToGlossary(text: string): GlossaryEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('='))
    .map((l) => {
      const [term, plain] = [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1)];
      return {
        term,
        plain: plain
          .split(';')
          .map((p) => p.trim())
          .filter(Boolean),
      };
    })
    .filter((g) => g.term && g.plain.length);
}
export function phrasesToText(list: PhraseEntry[] = [], withReplacements = true): string {
  return list
    .map((p) => (withReplacements && p.replacements?.length ? `${p.phrase} => ${p.replacements.join('; ')}` : p.phrase))
    .join('\n');
}
export function textToPhrases(text: string): PhraseEntry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const i = l.indexOf('=>');
      if (i < 0) return { phrase: l };
      const replacements = l
        .slice(i + 2)
        .split(';')
        .map((r) => r.trim())
        .filter(Boolean);
      return { phrase: l.slice(0, i).trim(), ...(replacements.length ? { replacements } : {}) };
    })
    .filter((p) => p.phrase);
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OptionsApp() {
  const [state, setState] = useState<ResolvedState | null>(null);
  const [prefs, setPrefs] = useState<Settings>({});
  const [status, setStatusText] = useState({ text: '', error: false });
  const setStatus = (text: string, error = false) => setStatusText({ text, error });
  const [importIssues, setImportIssues] = useState<PackIssue[]>([]);
  const [packText, setPackText] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const refresh = async () => {
    setState(await loadState());
    setPrefs(await agentPrefsItem.getValue());
  };
  useEffect(() => {
    void refresh();
    return watchState(() => void refresh());
  }, []);

  if (!state) return <main class="page" aria-busy="true" />;

  const effective = state.settings;
  const savePrefs = async (next: Settings, message: string) => {
    setPrefs(next);
    await agentPrefsItem.setValue(next);
    setStatus(message);
  };
  const savePhrases = (list: 'negative' | 'banned', text: string) => {
    const entries = textToPhrases(text);
    for (const [i, e] of entries.entries()) {
      try {
        compilePhrase(e.phrase);
      } catch (err) {
        setStatus(`Not saved: line ${i + 1}: ${(err as Error).message}`, true);
        return;
      }
    }
    void savePrefs({ ...prefs, phrases: { ...prefs.phrases, [list]: entries } }, 'Phrases saved.');
  };
  const setRule = (id: string, patch: { enabled?: boolean; severity?: Severity }) =>
    savePrefs(
      { ...prefs, rules: { ...(prefs.rules ?? {}), [id]: { ...(prefs.rules?.[id] ?? {}), ...patch } } },
      'Saved.',
    );
  const model: ServiceModelId = effective.model ?? 'LAST';

  const doImport = async (text: string, source: string) => {
    const r = await importTeamPack(text);
    if (r.ok) {
      setImportIssues([]);
      setPackText('');
      setStatus(`Imported the team pack${r.pack.name ? ` “${r.pack.name}”` : ''} from ${source}.`);
    } else {
      setImportIssues(r.issues);
      setStatus(
        `The pack from ${source} was not imported: ${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}. Your settings are unchanged.`,
      );
    }
  };

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    await doImport(await file.text(), file.name);
    if (fileRef.current) fileRef.current.value = '';
  };

  const exportPack = () => {
    const name = state.teamPack?.name ?? 'Reply Coach team rules';
    download('reply-coach-pack.json', `${JSON.stringify(settingsToPack(effective, name), null, 2)}\n`);
    setStatus('Exported the settings in force as reply-coach-pack.json.');
  };

  const locked = (id: string) => state.lockedRules.has(id);

  return (
    <main class="page">
      <header class="page-head">
        <h1>Reply Coach settings</h1>
        <p class="muted">
          Choose what Reply Coach coaches and how. Your drafts never leave this browser: there is no server and no
          analytics.
        </p>
      </header>

      {(state.policyPack || state.lockedRules.size > 0 || state.modelLocked || state.sendGateLocked) && (
        <p class="notice" role="note">
          🔒 Your organisation manages some of these settings
          {state.policyPack?.name ? ` (“${state.policyPack.name}”)` : ''}. They are shown locked.
        </p>
      )}
      {state.policyError && (
        <p class="notice error" role="alert">
          Your organisation’s rule pack could not be read and is ignored: {state.policyError}
        </p>
      )}

      <div class={`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </div>

      <section class="card" aria-labelledby="model-h">
        <h2 id="model-h">Service model</h2>
        <p class="muted">The checklist in the side panel follows the steps of the model your team trains on.</p>
        <fieldset class="choices" disabled={state.modelLocked}>
          <legend class="visually-hidden">Service model</legend>
          {(Object.keys(MODELS) as ServiceModelId[]).map((id) => (
            <label key={id} class="choice">
              <input
                type="radio"
                name="model"
                value={id}
                checked={model === id}
                onChange={() => void savePrefs({ ...prefs, model: id }, `Service model set to ${MODELS[id].name}.`)}
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
                checked={state.sendGate === g.id}
                onChange={async () => {
                  await sendGateItem.setValue(g.id);
                  setStatus(`Send gate set to ${g.label.toLowerCase()}.`);
                }}
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
              const s = effective.rules?.[r.meta.id] ?? {};
              const on = s.enabled ?? true;
              const sev = s.severity ?? r.meta.defaultSeverity;
              const isLocked = locked(r.meta.id);
              return (
                <tr key={r.meta.id} class={on ? '' : 'off'}>
                  <td>
                    <input
                      type="checkbox"
                      id={`on-${r.meta.id}`}
                      checked={on}
                      disabled={isLocked}
                      aria-describedby={`desc-${r.meta.id}`}
                      onChange={(e) =>
                        void setRule(r.meta.id, { enabled: (e.currentTarget as HTMLInputElement).checked })
                      }
                    />
                  </td>
                  <td>
                    <label for={`on-${r.meta.id}`}>
                      <strong>{r.meta.title}</strong> <code class="muted">{r.meta.id}</code>
                      {isLocked && <span class="badge">🔒 managed</span>}
                    </label>
                    <div id={`desc-${r.meta.id}`} class="muted small">
                      {r.meta.description}
                    </div>
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
                        void setRule(r.meta.id, { severity: (e.currentTarget as HTMLSelectElement).value as Severity })
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
        <p class="muted">Added to the built-in lists. One per line.</p>
        <div class="phrase-grid">
          <PhraseBox
            id="jargon"
            label="Jargon glossary"
            hint="term = plain words; more plain words"
            placeholder={'FRT = first reply time\nT2 = our specialist team'}
            value={glossaryToText(prefs.phrases?.jargon)}
            onSave={(t) =>
              void savePrefs({ ...prefs, phrases: { ...prefs.phrases, jargon: textToGlossary(t) } }, 'Glossary saved.')
            }
          />
          <PhraseBox
            id="negative"
            label="Negative phrases and reframes"
            hint="phrase => what to say instead"
            placeholder={'no can do => Here’s what I can do'}
            value={phrasesToText(prefs.phrases?.negative)}
            onSave={(t) => savePhrases('negative', t)}
          />
          <PhraseBox
            id="banned"
            label="Never send"
            hint="a phrase the team never wants in a reply"
            placeholder={'per policy\nas per my last email'}
            value={phrasesToText(prefs.phrases?.banned, false)}
            onSave={(t) => savePhrases('banned', t)}
          />
        </div>
        <label class="signoff">
          Required sign-off{' '}
          <input
            type="text"
            value={prefs.signOff ?? ''}
            placeholder="Kind regards, the Acme team"
            onChange={(e) =>
              void savePrefs({ ...prefs, signOff: (e.currentTarget as HTMLInputElement).value }, 'Saved.')
            }
          />
        </label>
      </section>

      <section class="card" aria-labelledby="pack-h">
        <h2 id="pack-h">Team rule pack</h2>
        <p>
          {state.teamPack ? (
            <>
              In use: <strong>{state.teamPack.name ?? 'unnamed pack'}</strong>{' '}
              <button type="button" onClick={async () => (await clearTeamPack(), setStatus('Team pack removed.'))}>
                Remove
              </button>
            </>
          ) : (
            <span class="muted">No team pack. Import one your team lead shared, or export yours to share.</span>
          )}
        </p>
        <div class="row">
          <label class="button-like">
            Import a pack file…
            <input
              ref={fileRef}
              class="visually-hidden"
              type="file"
              accept=".json,application/json"
              onChange={onFile}
            />
          </label>
          <button type="button" onClick={exportPack}>
            Export settings as a pack
          </button>
        </div>
        <label for="pack-text" class="block">
          …or paste a pack
        </label>
        <textarea
          id="pack-text"
          rows={5}
          value={packText}
          aria-invalid={importIssues.length > 0}
          aria-describedby={importIssues.length ? 'pack-errors' : undefined}
          onInput={(e) => setPackText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="row">
          <button
            type="button"
            class="primary"
            disabled={!packText.trim()}
            onClick={() => void doImport(packText, 'the text box')}
          >
            Import
          </button>
        </div>
        {importIssues.length > 0 && (
          <ul id="pack-errors" class="errors" role="alert">
            {importIssues.map((i) => (
              <li key={`${i.line}:${i.column}:${i.path}`}>
                Line {i.line}, column {i.column} — <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function PhraseBox(props: {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
  value: string;
  onSave: (text: string) => void;
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
        onBlur={() => text !== props.value && props.onSave(text)}
      />
    </div>
  );
}
