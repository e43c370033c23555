import type { Rule } from '../lib/engine/types';
import data from './data/placeholder.json';
import { ownMatches } from '../lib/engine/text';

// Unfilled macro placeholders: the customer sees "{{ticket.requester.first_name}}" or "[NAME]" and knows
// they got a template nobody read. Language-neutral: it runs on every draft.

interface PlaceholderPattern {
  /** A regular expression (source) matched case-sensitively on the raw draft. */
  pattern: string;
  kind: string;
}

const patterns = (data.patterns as PlaceholderPattern[]).map((p) => ({ ...p, re: new RegExp(p.pattern, 'gu') }));

function describe(kind: string, actual: string): string {
  return `Unfilled ${kind} “${actual}”: replace it before sending.`;
}

const rule: Rule = {
  meta: {
    id: 'placeholder',
    title: 'Unfilled placeholder',
    description: 'Flags macro placeholders left in the reply: {{…}}, [NAME], <customer name>, %FIRST_NAME%, XXX, TBD.',
    rationale:
      'A placeholder tells the customer they got a template no one read: it undoes every other effort to sound personal.',
    step: 'safety',
    defaultSeverity: 'error',
    example: 'Hi {{ticket.requester.first_name}}, your order ships on [DATE].',
    english: false,
    options: {
      allowTemplateSyntax: {
        type: 'boolean',
        default: false,
        description:
          'Accept {{…}} / {%…%} template syntax (for auditing a macro library, where the helpdesk fills them in).',
      },
    },
  },
  check(ctx) {
    const seen: { start: number; end: number }[] = [];
    const allowTemplates = ctx.options.allowTemplateSyntax === true;
    for (const p of patterns) {
      if (allowTemplates && p.kind !== 'placeholder') continue;
      p.re.lastIndex = 0;
      for (const m of ownMatches(ctx.text, p.re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (seen.some((s) => start < s.end && end > s.start)) continue;
        if (ctx.text.overlapsNotOwn(start, end)) continue;
        seen.push({ start, end });
        const fixes = [];
        // A name placeholder has an obvious filling when we know the customer's name.
        const name = ctx.input.customerName?.trim().split(/\s+/)[0];
        if (name && /name/i.test(m[0]) && !/last|sur|full|agent|company/i.test(m[0]))
          fixes.push({ label: `Replace with “${name}”`, edits: [{ start, end, text: name }], safe: true });
        ctx.report({ start, end, message: describe(p.kind, m[0]), fixes });
      }
    }
  },
};

export default rule;
