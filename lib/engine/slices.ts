// Long drafts in slices: the analysis of a draft of any length as a series of short steps, so a page or the
// background script is never stuck for seconds, the region the agent is looking at first.
//
// The draft's structure (greeting, sign-off, quoted history, sentences: lib/engine/text.ts) is read once for the
// whole draft, which is cheap. The rules then run slice by slice: a slice is a run of whole paragraphs (a
// paragraph longer than a slice is cut between its lines, a line between its sentences: never inside a
// sentence). Each slice is analysed through a view of the draft whose sentences, lines and `scope` are the
// slice's (plus one sentence either side, so a rule reading the sentence before or after still can); the draft
// itself stays whole, so offsets are draft offsets and a rule's look around a match reads the real text.
//
// Rules that look at the reply as a whole are not run once per slice as if each were a reply:
// - "is it anywhere?" rules (an apology, thanks, restating the issue, a next step) are met when any slice meets
//   them; their finding stands only while no analysed slice does;
// - missing-greeting reads the first slice (where the greeting is), missing-closing the last (where the
//   closing and the sign-off are).
// Every other rule is local: its findings are kept by the slice they start in, so no finding is reported twice.
// Two local rules weigh the reply as a whole and so judge each slice as one on a long draft: curt-tone (its
// politeness model reads the whole text) and consumer-rights (a remedy offered anywhere clears every refusal).
// On such drafts they can report what analyze() would not (tests/engine/slices.test.ts checks that slices
// find everything analyze() finds).
//
// A draft up to WHOLE_CHARS is one step: analyze() itself, the same report. Past MAX_ANALYSED_CHARS only part
// is analysed (the priority region, the opening and the end, then outward from the priority region) and the
// report says so in `partial`.

import { rules as builtInRules } from '../../rules/index';
import { analyze, findingOf, now, prepare, reportOf, runs, type Prepared, type ResolvedRule } from './analyze';
import { createRuleContext, type SharedContext } from './context';
import { normalize, type Normalized } from './normalize';
import { firstStartingAtOrAfter, type DraftText, type Span } from './text';
import type { AnalyzeInput, Finding, FindingInput, PartialAnalysis, Report, Rule, Settings } from './types';

/**
 * Characters per slice, by default: a median of about 16 ms and a maximum under 40 ms per slice on a shared
 * 2-core machine, warm (`npm run bench:long`); the budget is 50 ms.
 */
export const SLICE_CHARS = 1_000;
/**
 * Drafts up to this many characters are analysed whole, by analyze() in one step (every reply an agent
 * normally writes: the corpora's longest is under 1,000), so their report is analyze()'s.
 */
export const WHOLE_CHARS = 4_000;
/** Past this many characters a draft is analysed in part (see PartialAnalysis), by default. */
export const MAX_ANALYSED_CHARS = 50_000;

/** Rules that judge the reply as a whole, and which slices they read (see the top of this file). */
export const REPLY_LEVEL: Readonly<Record<string, 'any' | 'first' | 'last'>> = {
  'missing-apology': 'any',
  'missing-thanks': 'any',
  'missing-acknowledgement': 'any',
  'missing-next-step': 'any',
  'missing-greeting': 'first',
  'missing-closing': 'last',
};

/**
 * Rules whose score is fitted on a whole reply (curt-tone: politeness strategies summed over the reply, with
 * whole-reply cues): in a long draft each slice is read as the reply, so their findings there can differ from
 * analyze() of the whole draft, which is far longer than any reply the score was fitted on. Kept short on
 * purpose; tests/engine/slices.test.ts pins it.
 */
export const READ_PER_SLICE: ReadonlySet<string> = new Set(['curt-tone']);

export interface SliceOptions {
  /** Target characters per slice (default SLICE_CHARS). A sentence longer than this is a slice of its own. */
  sliceChars?: number;
  /** Drafts up to this many characters are analysed whole, in one step (default WHOLE_CHARS). */
  wholeChars?: number;
  /** Analyse this range first (the visible region), in draft offsets. */
  priority?: { start: number; end: number };
  /**
   * A draft longer than this is analysed in part: slices in priority order until this many characters are
   * analysed (default MAX_ANALYSED_CHARS; Infinity analyses everything).
   */
  maxChars?: number;
}

export interface SliceProgress {
  /**
   * The slice just analysed, in draft offsets. Empty ({ start: 0, end: 0 }, done 0) for the first step of a
   * draft longer than a slice, which reads the draft's structure.
   */
  slice: Span;
  /** Slices analysed so far, and how many will be. */
  done: number;
  total: number;
  /** Milliseconds this step took. */
  elapsedMs: number;
  /**
   * True once every slice of the priority region is analysed (and from the start without one): from then on
   * report() has all the findings in the region the agent sees.
   */
  priorityDone: boolean;
  /** The report of everything analysed so far (built when asked; `partial` until the last slice). */
  report(): Report;
}

/** Where slices may start: paragraphs first, then lines, then sentences; never inside a sentence. */
export function sliceDraft(text: DraftText, sliceChars: number = SLICE_CHARS): Span[] {
  const { draft } = text;
  const size = Math.max(1, Math.trunc(Number.isFinite(sliceChars) ? sliceChars : SLICE_CHARS));
  if (draft.length <= size) return [{ start: 0, end: draft.length }];
  // Cut candidates with their rank (0 paragraph, 1 line, 2 sentence): only where no sentence spans the cut.
  const cuts: { at: number; rank: number }[] = [];
  const sentences = text.sentences;
  let k = 0;
  for (let i = 0; i < text.lines.length; i++) {
    const line = text.lines[i]!;
    if (line.start > 0) {
      const prev = text.lines[i - 1];
      const blank = !prev || prev.text.trim() === '' || line.text.trim() === '';
      cuts.push({ at: line.start, rank: blank ? 0 : 1 });
    }
    while (k < sentences.length && sentences[k]!.start < line.start) k++;
    for (let j = k + 1; j < sentences.length && sentences[j]!.start < line.end; j++) {
      if (sentences[j]!.line === sentences[j - 1]!.line) cuts.push({ at: sentences[j]!.start, rank: 2 });
    }
  }
  // The quoted history and signature after the agent's text are one last slice: no rule reads them.
  if (text.ownEnd > 0 && text.ownEnd < draft.length) cuts.push({ at: text.ownEnd, rank: -1 });
  cuts.sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let start = 0;
  let c = 0;
  while (start < draft.length) {
    if (draft.length - start <= size || start >= text.ownEnd) break;
    const limit = start + size;
    // The best-ranked cut in (start, limit], the latest of that rank; else the first cut past the limit.
    let best: { at: number; rank: number } | null = null;
    while (c < cuts.length && cuts[c]!.at <= start) c++;
    for (let j = c; j < cuts.length && cuts[j]!.at <= limit; j++) {
      const cut = cuts[j]!;
      if (!best || cut.rank < best.rank || (cut.rank === best.rank && cut.at > best.at)) best = cut;
    }
    // Not too small a slice for a paragraph break: a line or sentence cut near the limit beats a paragraph
    // break in the first quarter.
    if (best && best.rank === 0 && best.at - start < size / 4) {
      for (let j = c; j < cuts.length && cuts[j]!.at <= limit; j++)
        if (cuts[j]!.at - start >= size / 4 && cuts[j]!.at > best.at) best = cuts[j]!;
    }
    const at = Math.min(best?.at ?? cuts[c]?.at ?? draft.length, text.ownEnd > start ? text.ownEnd : draft.length);
    if (at >= draft.length) break;
    out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end: draft.length });
  return out;
}

/** A size option: a number ≥ min (Infinity allowed), or the default when absent. */
function size(v: number | undefined, fallback: number, min: number, name: string): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || Number.isNaN(v) || v < min)
    throw new RangeError(`analyzeInSlices: ${name} must be a number of characters ≥ ${min} (got ${String(v)})`);
  return v;
}

/** Does the slice hold part of the priority range (an empty range: the slice holding that offset)? */
function overlaps(s: Span, priority: { start: number; end: number } | undefined): boolean {
  if (!priority || !Number.isFinite(priority.start) || !Number.isFinite(priority.end)) return false;
  const lo = Math.min(priority.start, priority.end);
  const hi = Math.max(priority.start, priority.end);
  return s.start < Math.max(hi, lo + 1) && s.end > lo;
}

/** The order slices are analysed in: the priority region, the opening and the end, then outward. */
function order(
  slices: readonly Span[],
  priority: { start: number; end: number } | undefined,
  opening: number,
  end: number,
): number[] {
  const n = slices.length;
  const first: number[] = [];
  slices.forEach((s, i) => {
    if (overlaps(s, priority)) first.push(i);
  });
  const seen = new Set(first);
  const out = [...first];
  const add = (i: number) => {
    if (i >= 0 && i < n && !seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  };
  add(opening);
  add(end);
  if (first.length) {
    for (let d = 1; out.length < n; d++) {
      add(first[first.length - 1]! + d);
      add(first[0]! - d);
    }
  } else for (let i = 0; i < n; i++) add(i);
  return out;
}

/** The view of the draft one slice is analysed through: its sentences and lines, one sentence either side. */
function windowOf(p: Prepared, slice: Span): SharedContext {
  const { text, draft } = p;
  const i0 = Math.max(0, firstStartingAtOrAfter(text.sentences, slice.start) - 1);
  const i1 = Math.min(text.sentences.length, firstStartingAtOrAfter(text.sentences, slice.end) + 1);
  const sentences = text.sentences.slice(i0, i1);
  const from = Math.min(slice.start, sentences[0]?.start ?? slice.start);
  const to = Math.max(slice.end, sentences[sentences.length - 1]?.end ?? slice.end);
  // The lines the window overlaps; a line longer than a slice (cut between its sentences) clipped to it.
  const lines = text.lines
    .slice(Math.max(0, firstStartingAtOrAfter(text.lines, from + 1) - 1), firstStartingAtOrAfter(text.lines, to))
    .filter((l) => l.end >= from)
    .map((l) => {
      if (l.start >= from && l.end <= to) return l;
      const start = Math.max(l.start, from);
      const end = Math.min(l.end, to);
      return { start, end, text: draft.slice(start, end) };
    });
  const view: DraftText = { ...text, sentences, lines, scope: { start: slice.start, end: slice.end } };
  return { ...p.shared, text: view, normalized: shifted(normalize(draft.slice(from, to)), from) };
}

function shifted(n: Normalized, by: number): Normalized {
  if (by === 0) return n;
  return { text: n.text, startOf: n.startOf.map((x) => x + by), endOf: n.endOf.map((x) => x + by) };
}

function merged(ranges: Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Analyse a draft slice by slice. Each step analyses one slice and yields its progress (with a report of
 * everything so far); the generator returns the final report. A draft up to `wholeChars` is analysed by
 * analyze() itself, in one step, with the same report.
 *
 *   const it = analyzeInSlices(input, settings, { priority: { start, end } });
 *   for (let step = it.next(); ; step = it.next()) { if (step.done) return step.value; await nextFrame(); }
 */
export function* analyzeInSlices(
  input: AnalyzeInput,
  settings: Settings = {},
  options: SliceOptions = {},
  ruleList: readonly Rule[] = builtInRules,
): Generator<SliceProgress, Report, void> {
  const draft = typeof input?.draft === 'string' ? input.draft : '';
  const sliceChars = size(options.sliceChars, SLICE_CHARS, 1, 'sliceChars');
  const wholeChars = size(options.wholeChars, WHOLE_CHARS, 0, 'wholeChars');
  const maxChars = size(options.maxChars, MAX_ANALYSED_CHARS, 1, 'maxChars');
  if (draft.length <= Math.max(sliceChars, wholeChars)) {
    const t0 = now();
    const report = analyze(input, settings, ruleList);
    const elapsedMs = now() - t0;
    yield {
      slice: { start: 0, end: draft.length },
      done: 1,
      total: 1,
      elapsedMs,
      priorityDone: true,
      report: () => report,
    };
    return report;
  }

  let t0 = now();
  const p = prepare(input, settings, ruleList, true);
  const all = sliceDraft(p.text, sliceChars);
  // The agent's own text is analysed; what follows it (quoted history, a signature) no rule reads.
  const slices = all.filter((x) => x.start < p.text.ownEnd || p.text.ownEnd === 0);
  const notOwn = all.filter((x) => !slices.includes(x));
  const holds = (x: Span) => {
    const k = firstStartingAtOrAfter(p.text.sentences, x.start);
    return k < p.text.sentences.length && p.text.sentences[k]!.start < x.end;
  };
  const firstSlice = slices.findIndex(holds);
  const lastSlice = slices.findLastIndex(holds);
  let plan = order(slices, options.priority, Math.max(0, firstSlice), lastSlice < 0 ? slices.length - 1 : lastSlice);
  const ownChars = slices.reduce((n, x) => n + x.end - x.start, 0);
  if (ownChars > maxChars) {
    const kept: number[] = [];
    let chars = 0;
    for (const i of plan) {
      if (kept.length > 0 && chars >= maxChars) break;
      kept.push(i);
      chars += slices[i]!.end - slices[i]!.start;
    }
    plan = kept;
  }

  const local: Finding[] = [];
  const seen = new Set<string>();
  // Reply-level rules: the findings of the first slice that reported any, and whether a slice met the rule.
  const pending = new Map<string, Finding[]>();
  const met = new Set<string>();
  const failed = new Set<string>();
  const analysed: Span[] = [...notOwn];
  let elapsed = 0;

  const report = (): Report => {
    const findings = [...local];
    for (const [id, fs] of pending) if (!met.has(id)) findings.push(...fs);
    const r = reportOf(p, findings, [...failed], elapsed);
    const ranges = merged(analysed);
    const analysedChars = ranges.reduce((n, x) => n + x.end - x.start, 0);
    if (analysedChars < draft.length) {
      const partial: PartialAnalysis = { analysedRanges: ranges, analysedChars, totalChars: draft.length };
      r.partial = partial;
    }
    return r;
  };

  // Reading the structure of a long draft is a step of its own (about 15 ms per 100,000 characters).
  elapsed = now() - t0;
  const prioritySlices = plan.filter((i) => overlaps(slices[i]!, options.priority)).length;
  yield {
    slice: { start: 0, end: 0 },
    done: 0,
    total: plan.length,
    elapsedMs: elapsed,
    priorityDone: prioritySlices === 0,
    report,
  };
  t0 = now();

  for (let k = 0; k < plan.length; k++) {
    const i = plan[k]!;
    const slice = slices[i]!;
    const shared = windowOf(p, slice);
    const body = shared.text.sentences.some(
      (s) => s.region === 'body' && s.start >= slice.start && s.start < slice.end,
    );
    for (const r of p.resolved) {
      if (!runs(p, r)) continue;
      const id = r.rule.meta.id;
      const kind = REPLY_LEVEL[id];
      if (kind === 'first' && i !== firstSlice) continue;
      if (kind === 'last' && i !== lastSlice) continue;
      if (kind === 'any' && (met.has(id) || !body)) continue;
      const found: Finding[] = [];
      try {
        r.rule.check(createRuleContext(shared, r.options, (f: FindingInput) => found.push(findingOf(draft, r, f))));
      } catch {
        failed.add(id);
        continue;
      }
      if (kind === 'any') {
        if (found.length === 0) met.add(id);
        else if (!pending.has(id)) pending.set(id, found);
        continue;
      }
      keep(found, kind ? null : slice, r);
    }
    analysed.push(slice);
    const ms = now() - t0;
    elapsed += ms;
    yield { slice, done: k + 1, total: plan.length, elapsedMs: ms, priorityDone: k + 1 >= prioritySlices, report };
    t0 = now();
  }
  return report();

  function keep(found: Finding[], slice: Span | null, r: ResolvedRule): void {
    for (const f of found) {
      // A local finding belongs to the slice it starts in (the last slice also takes the draft's end).
      if (slice && (f.start < slice.start || (f.start >= slice.end && slice.end < draft.length))) continue;
      const key = `${r.rule.meta.id}\u0000${f.start}\u0000${f.end}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      local.push(f);
    }
  }
}

/**
 * analyzeInSlices run to the end, handing control back between slices: `yieldToHost` resolves when the host
 * may run the next slice (a frame, a macrotask, a message); `onSlice` sees each step (e.g. to post the report
 * of the priority region as soon as it is ready).
 */
export async function analyzeLong(
  input: AnalyzeInput,
  settings: Settings = {},
  options: SliceOptions & { yieldToHost?: () => Promise<void>; onSlice?: (step: SliceProgress) => void } = {},
  ruleList: readonly Rule[] = builtInRules,
): Promise<Report> {
  const it = analyzeInSlices(input, settings, options, ruleList);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
    options.onSlice?.(step.value);
    await (options.yieldToHost?.() ?? Promise.resolve());
  }
}
