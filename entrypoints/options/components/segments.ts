import type { Finding, Severity } from '../../../lib/engine/types';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The most severe finding over this piece of text, if any. */
  severity?: Severity;
  /** Indices of the findings over it. */
  findings: number[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

/** Cut a draft into pieces at every finding boundary, so overlapping findings still highlight. Pure. */
export function segments(draft: string, findings: readonly Pick<Finding, 'start' | 'end' | 'severity'>[]): Segment[] {
  const cuts = new Set([0, draft.length]);
  for (const f of findings) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= draft.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const over = findings.flatMap((f, j) => (f.end > f.start && f.start <= start && f.end >= end ? [j] : []));
    let severity: Severity | undefined;
    for (const j of over) {
      const s = findings[j]!.severity;
      if (!severity || RANK[s] > RANK[severity]) severity = s;
    }
    out.push({ start, end, text: draft.slice(start, end), findings: over, ...(severity ? { severity } : {}) });
  }
  return out;
}
