// The browser bench's inputs and arithmetic (lib/cli/bench-browser-parts.ts), without a browser: drafts of an
// exact word count that are the same every run and hold sentences the coach flags, the argument parser,
// nearest-rank percentiles and the CPU profile's attribution to the extension.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import {
  benchDraft,
  CLOSING,
  countWords,
  cpuMsUnder,
  FLAGGED,
  GREETING,
  median,
  parseBenchArgs,
  percentile,
  PLAIN,
  typingSentences,
  UsageError,
} from '../../lib/cli/bench-browser-parts';

describe('benchDraft', () => {
  it.each([8, 9, 57, 300, 1000, 1003])('has exactly %i words, greeting first and closing last', (words) => {
    const d = benchDraft(words);
    expect(countWords(d.lines.join('\n'))).toBe(words);
    expect(d.words).toBe(words);
    expect(d.lines[0]).toBe(GREETING);
    expect(d.lines.at(-1)).toBe(CLOSING);
    for (const line of d.lines.slice(1, -1)) expect(line).toMatch(/[.!?]$/);
  });

  it('is the same draft for the same seed, another for another seed', () => {
    expect(benchDraft(300)).toEqual(benchDraft(300));
    expect(benchDraft(300, 2).lines).not.toEqual(benchDraft(300, 1).lines);
  });

  it('holds flagged sentences, about one in four, in paragraphs', () => {
    const d = benchDraft(1000);
    const body = d.lines.slice(1, -1).join(' ');
    const flaggedInBody = FLAGGED.reduce((n, s) => n + body.split(s).length - 1, 0);
    expect(d.flagged).toBe(flaggedInBody);
    expect(d.flagged).toBeGreaterThan(10);
    expect(d.lines.length).toBeGreaterThan(5);
  });

  it('refuses a word count it cannot make', () => {
    for (const bad of [0, 5, 2.5, NaN, -300]) expect(() => benchDraft(bad)).toThrow(RangeError);
  });
});

describe('the sentences', () => {
  const spansIn = (s: string) => {
    const draft = `${GREETING}\nThanks for writing. ${s}\n${CLOSING}`;
    const from = draft.indexOf(s);
    return analyze({ draft }, {}).findings.filter(
      (f) => f.end > f.start && f.start >= from && f.end <= from + s.length,
    );
  };
  it.each(FLAGGED)('the coach highlights something in %j', (s) => expect(spansIn(s).length).toBeGreaterThan(0));
  it.each(PLAIN)('the coach highlights nothing in %j', (s) => expect(spansIn(s)).toEqual([]));

  it('typingSentences: the same every run, every fourth one flagged', () => {
    const t = typingSentences(12);
    expect(t).toEqual(typingSentences(12));
    expect(t.map((s) => FLAGGED.includes(s))).toEqual(Array.from({ length: 12 }, (_, i) => i % 4 === 3));
  });
});

describe('statistics', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
  it('nearest-rank percentiles', () => {
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([3, 1, 2, 4], 50)).toBe(2);
    expect(percentile([7], 95)).toBe(7);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
  });
  it('median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty sample or a percentile outside 0..100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(/0\.\.100/);
    expect(() => percentile([1], NaN)).toThrow(RangeError);
  });
});

describe('parseBenchArgs', () => {
  it('30 s of typing and 15 keystroke pairs by default; --quick: 5 s and 10', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, build: false, typingSeconds: 30, trials: 15, headless: true });
    expect(parseBenchArgs(['--quick', '--build'])).toMatchObject({ quick: true, build: true, typingSeconds: 5, trials: 10 }); // prettier-ignore
    expect(parseBenchArgs(['--headed']).headless).toBe(false);
  });
  it('an unknown argument is a usage error naming it', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/"--fast"[\s\S]*usage: npm run bench:browser/);
  });
});

describe('cpuMsUnder', () => {
  // root → ext (content script) → native (a builtin called by it); root → page script; a look-alike host.
  const profile = {
    nodes: [
      { id: 1, callFrame: { url: '' }, children: [2, 4, 5] },
      { id: 2, callFrame: { url: 'chrome-extension://abc/content-scripts/gmail.js' }, children: [3] },
      { id: 3, callFrame: { url: '' } },
      { id: 4, callFrame: { url: 'https://mail.google.com/__fixture/plain.js' } },
      { id: 5, callFrame: { url: 'https://chrome-extension.example/x.js' } },
    ],
    samples: [3, 4, 2, 1, 5],
    timeDeltas: [1000, 2000, 3000, 4000, 5000],
  };
  it('counts the samples whose stack holds an extension frame, callees included', () => {
    expect(cpuMsUnder(profile, 'chrome-extension://')).toBe(4);
    expect(cpuMsUnder(profile, 'https://mail.google.com/')).toBe(2);
  });
  it('an empty profile is 0 ms', () => {
    expect(cpuMsUnder({ nodes: [] }, 'chrome-extension://')).toBe(0);
  });
});
