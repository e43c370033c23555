// The team rule pack: import (file or paste), test (validation and the pack's examples), try it in the
// tester before importing, export the settings as a pack, remove. A pack with a problem or a failing
// example is not imported, and the settings in force stay.

import { useRef, useState } from 'preact/hooks';
import type { ExampleResult } from '../../../lib/packs/examples';
import type { PackIssue, RulePack } from '../../../lib/packs/pack';
import { clearTeamPack, importTeamPack } from '../../../lib/storage';
import { plural } from '../../../lib/ui/plural';
import { loadEngine } from './use-engine';

interface Outcome {
  source: string;
  issues: PackIssue[];
  examples: ExampleResult[];
  pack: RulePack | null;
  imported: boolean;
}

export function PackSection(props: {
  teamPack: RulePack | null;
  trying: boolean;
  onTry: (pack: RulePack | null) => void;
  onExport: () => void;
  onStatus: (s: string, error?: boolean) => void;
}) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (packText: string, source: string, save: boolean) => {
    const engine = await loadEngine();
    const tested = save ? await importTeamPack(packText, engine.testPack) : engine.testPack(packText);
    const { result, examples } = tested;
    const pack = result.ok ? result.pack : null;
    setOutcome({ source, issues: result.ok ? [] : result.issues, examples, pack, imported: save && result.ok });
    if (!result.ok) props.onTry(null);
    const failing = examples.filter((e) => !e.ok).length;
    if (save && result.ok) {
      setText('');
      props.onTry(null);
      props.onStatus(`Imported the team pack${pack?.name ? ` “${pack.name}”` : ''} from ${source}.`);
    } else if (result.ok)
      props.onStatus(
        `The pack from ${source} is valid${examples.length ? ` and its ${plural(examples.length, 'example')} pass` : ''}.`,
      );
    else
      props.onStatus(
        `The pack from ${source} ${save ? 'was not imported' : 'has problems'}: ${
          failing ? `${plural(failing, 'example')} failing` : plural(result.issues.length, 'problem')
        }.${save ? ' Your settings are unchanged.' : ''}`,
        true,
      );
  };

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    await run(await file.text(), file.name, true);
    if (fileRef.current) fileRef.current.value = '';
  };

  const valid = outcome && !outcome.imported && outcome.pack && outcome.issues.length === 0;

  return (
    <section class="card" aria-labelledby="pack-h" id="pack">
      <h2 id="pack-h">Team rule pack</h2>
      <p>
        {props.teamPack ? (
          <>
            In use: <strong>{props.teamPack.name ?? 'unnamed pack'}</strong>
            {props.teamPack.examples?.length ? (
              <span class="muted"> · {plural(props.teamPack.examples.length, 'example')}, all passing</span>
            ) : null}{' '}
            <button
              type="button"
              onClick={async () => {
                await clearTeamPack();
                props.onStatus('Team pack removed.');
              }}
            >
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
          <input ref={fileRef} class="visually-hidden" type="file" accept=".json,application/json" onChange={onFile} />
        </label>
        <button type="button" onClick={props.onExport}>
          Export settings as a pack
        </button>
      </div>
      <label for="pack-text" class="block">
        …or paste a pack (JSON, see <code>pack.schema.json</code>)
      </label>
      <textarea
        id="pack-text"
        rows={7}
        spellcheck={false}
        value={text}
        aria-invalid={!!outcome && outcome.issues.length > 0}
        aria-describedby={outcome ? 'pack-results' : undefined}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          if (props.trying) props.onTry(null);
        }}
      />
      <div class="row">
        <button type="button" disabled={!text.trim()} onClick={() => void run(text, 'the text box', false)}>
          Test pack
        </button>
        <button
          type="button"
          class="primary"
          disabled={!text.trim()}
          onClick={() => void run(text, 'the text box', true)}
        >
          Import
        </button>
        {valid && (
          <label class="inline">
            <input
              type="checkbox"
              checked={props.trying}
              onChange={(e) => props.onTry((e.currentTarget as HTMLInputElement).checked ? outcome.pack : null)}
            />{' '}
            Try it in the tester above
          </label>
        )}
      </div>
      {outcome && (outcome.issues.length > 0 || outcome.examples.length > 0) && (
        <div id="pack-results" role={outcome.issues.length ? 'alert' : undefined}>
          {outcome.issues.length > 0 && (
            <ul class="errors" aria-label="Problems in the pack">
              {outcome.issues.map((i) => (
                <li key={`${i.line}:${i.column}:${i.path}`}>
                  Line {i.line}, column {i.column} — <code>{i.path}</code>: {i.message}
                </li>
              ))}
            </ul>
          )}
          {outcome.examples.length > 0 && (
            <ul class="examples" aria-label="The pack’s examples">
              {outcome.examples.map((e) => (
                <li key={e.index} class={e.ok ? 'pass' : 'fail'}>
                  <span aria-hidden="true">{e.ok ? '✓' : '✗'}</span>{' '}
                  <span class="visually-hidden">{e.ok ? 'Passes: ' : 'Fails: '}</span>
                  <strong>{e.name ?? `Example ${e.index + 1}`}</strong>{' '}
                  <span class="muted small">flagged {e.flagged.length ? e.flagged.join(', ') : 'nothing'}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
