// Tone against real human politeness judgements (issue 10), from ../shared/real/ (development material, never
// in this repo): the Stanford Politeness Corpus half's bottom quartile must be flagged by a politeness-bearing
// Tone rule at least 0.4 of the time and its top quartile at most 0.08, and the MAIA agent replies annotated
// polite at most 0.08 — the figures `npm run eval:tone` prints. Skipped with a reason where the data is absent,
// required under CI=true. Reads ~3,000 texts once (tens of seconds on a loaded 2-core machine): explicit timeout.
import { describe, expect, it } from 'vitest';
import { runTone, TONE_DATA, type ToneRun } from '../../lib/cli/eval-tone';

const present = TONE_DATA.present();
const inCI = process.env.CI === 'true';
if (!present && !inCI) console.warn(`${TONE_DATA.politeness} not found: tone-corpus tests skipped`);

describe.runIf(present || inCI)('tone on real politeness judgements', () => {
  let run: ToneRun | undefined;
  const tone = () => (run ??= runTone());

  it('has its data (required under CI=true)', () => {
    expect(present, `${TONE_DATA.politeness} or ${TONE_DATA.replies} is missing`).toBe(true);
  });

  it('flags the impolite quartile, not the polite one, nor polite support replies', () => {
    if (!present) return;
    const { figures, bottomRows, topRows, maia } = tone();
    expect(bottomRows.length).toBeGreaterThan(1000);
    expect(topRows.length).toBeGreaterThan(1000);
    expect(maia.length).toBeGreaterThan(300);
    expect(figures.stanfordImpoliteFlagged).toBeGreaterThanOrEqual(0.4);
    expect(figures.stanfordPoliteFlagged).toBeLessThanOrEqual(0.08);
    expect(figures.maiaPoliteFlagRate).toBeLessThanOrEqual(0.08);
  }, 240_000);

  it('curt-tone carries most of it: it flags the impolite quartile several times as often as the polite one', () => {
    if (!present) return;
    const { flagged, bottomRows, topRows } = tone();
    const share = (rows: { id: string }[]) =>
      rows.filter((r) => (flagged.get(r.id) ?? []).some((f) => f.ruleId === 'curt-tone')).length / rows.length;
    expect(share(bottomRows)).toBeGreaterThanOrEqual(0.3);
    expect(share(bottomRows)).toBeGreaterThan(5 * share(topRows));
  }, 240_000);
});
