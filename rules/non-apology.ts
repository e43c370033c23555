import type { RuleContext } from '../lib/engine/context';
import { apostrophesLike } from '../lib/engine/helpers';
import type { PhraseMatch } from '../lib/engine/phrases';
import type { Fix, PhraseEntry, Rule } from '../lib/engine/types';
import data from './data/non-apology.json';

// Non-apologies: "sorry if you feel…", "sorry you feel that way", "we apologise if…", "sorry for any
// inconvenience", "we regret any inconvenience", "sorry, but…". They apologise for the customer's
// feelings or for an unnamed "inconvenience" instead of for what went wrong. The fix names the issue,
// taken from the customer's message ("I'm sorry your parcel arrived damaged").

type Kind = 'feel' | 'if' | 'any' | 'regret' | 'but';
interface Entry extends PhraseEntry {
  kind: Kind;
}

const ENTRIES = data.phrases as Entry[];

/** "Sorry, but could you send…": a polite request, not an excuse. */
const REQUEST_AFTER =
  /^[\s,]*(?:could|can|would|may|might|will|do|does|did|is|are|i need|i'll need|i will need|we need|just|please)\b/i;

/** The words after "sorry if" that make it a real conditional about the future ("sorry if I missed it"). */
const IF_SELF =
  /\bif (?:i|we) (?:missed|misunderstood|misread|got)\b|\bif (?:this|it) (?:is|was) (?:a duplicate|a repeat|already)\b/i;

function apologyClause(ctx: RuleContext): string | null {
  const c = ctx.customer;
  if (!c) return null;
  if (c.issue) return c.issue;
  if (c.subject) return `about ${c.subject}`;
  return null;
}

/** The specific apology that replaces the phrase, in the draft's own voice ("We apologize…", "Sorry…"). */
function specific(ctx: RuleContext, m: PhraseMatch<Entry>, clause: string): string {
  const t = m.text;
  const cap = /^\p{Lu}/u.test(t);
  const about = clause.startsWith('about ');
  let lead: string;
  const apologise = /apologi([sz])e/i.exec(t);
  if (apologise && !/apologies/i.test(t)) {
    const subj = /^(?:we|i)\b/i.exec(t)?.[0] ?? '';
    lead = `${subj ? `${subj} ` : ''}apologi${apologise[1]}e ${about ? 'for the trouble with ' + clause.slice(6) : `that ${clause}`}`;
  } else if (/\bregret\b/i.test(t) && /^(?:we|i)\b/i.test(t)) {
    lead = `${/^we/i.test(t) ? "we're" : "I'm"} sorry ${clause}`;
  } else if (/^(?:i am|i'm|i’m|we are|we're|we’re|so|really)\b/i.test(t)) {
    const head =
      /^(?:(?:i am|i'm|i’m|we are|we're|we’re)\s+)?(?:(?:so|really|very|truly)\s+)?sorry/i.exec(t)?.[0] ?? 'sorry';
    lead = `${head} ${clause}`;
  } else {
    lead = `sorry ${clause}`;
  }
  lead = lead.replace(/^(i'm|i’m)/i, "I'm");
  return cap ? lead[0]!.toUpperCase() + lead.slice(1) : lead.replace(/^i'm/, "I'm");
}

const rule: Rule = {
  meta: {
    id: 'non-apology',
    title: 'Non-apology',
    description:
      'Flags apologies that aren’t: “sorry if you feel…”, “sorry you feel that way”, “we apologise if…”, “sorry for any inconvenience”, “we regret any inconvenience”, “sorry, but…”.',
    rationale:
      'Apologise: a sincere apology names what went wrong and owns it. Apologising for the customer’s feelings, for an unnamed “inconvenience”, or with an “if” or a “but” sounds scripted or defensive and makes an upset customer angrier.',
    step: 'apologise',
    defaultSeverity: 'warning',
    example: 'I’m sorry if you feel you weren’t treated well.',
    english: true,
  },
  check(ctx) {
    const clause = apologyClause(ctx);
    for (const m of ctx.match(ENTRIES, { regions: ['greeting', 'body', 'signoff'] })) {
      const after = ctx.draft.slice(m.end, m.end + 40);
      if (m.entry.kind === 'but' && REQUEST_AFTER.test(after)) continue;
      if (m.entry.kind === 'if' && IF_SELF.test(ctx.draft.slice(m.start, m.end + 30))) continue;
      let start = m.start;
      const end = m.end;
      // The fix rewrites to the end of the clause ("sorry if you feel you weren't treated well").
      let editEnd = end;
      if (m.entry.kind === 'if' || m.entry.kind === 'feel') {
        const clauseEnd = ctx.draft.slice(end).search(/[.;!?\n]|,\s|\s(?:but|however)\s/);
        editEnd = clauseEnd >= 0 ? end + clauseEnd : ctx.text.ownEnd;
      }
      // Include "I'm" / "We" before "sorry" / "apologise" so the fix can rewrite the whole apology.
      const before = ctx.draft.slice(Math.max(0, start - 12), start);
      const subj =
        /(?:\b(?:I['’]m|I am|We['’]re|We are|we['’]re|we are|i['’]m|We|we|I)\s+(?:(?:so|really|very|truly|sincerely|deeply)\s+)?)$/u.exec(
          before,
        );
      if (subj && /^(?:sorry|apologi|regret)/i.test(ctx.draft.slice(start, start + 12))) start -= subj[0].length;
      const actual = ctx.draft.slice(start, end);
      const q = `“${actual.replace(/\s+/g, ' ')}”`;
      const fixes: Fix[] = [];
      if (clause) {
        let text = apostrophesLike(ctx.draft, specific(ctx, { ...m, start, end, text: actual }, clause));
        let label = text;
        if (m.entry.kind === 'but') {
          // "Sorry, but we're busy" → "I'm sorry <issue>. We're busy".
          const rest = ctx.draft.slice(end);
          const lead = /^[\s,]*/.exec(rest)![0];
          const next = rest[lead.length];
          text = `${text}.`;
          label = text;
          if (next && /\p{Ll}/u.test(next)) {
            text = `${text} ${next.toUpperCase()}`;
            editEnd = end + lead.length + 1;
          } else editEnd = end;
        }
        fixes.push({ label: `Apologise for the issue: “${label}”`, edits: [{ start, end: editEnd, text }] });
      }
      const why =
        m.entry.kind === 'feel'
          ? 'apologises for the customer’s feelings, not for what happened'
          : m.entry.kind === 'if'
            ? 'hedges with “if”, as if nothing went wrong'
            : m.entry.kind === 'but'
              ? 'takes the apology back with “but”'
              : 'is a scripted apology that names nothing';
      ctx.report({
        start,
        end,
        message: `${q} ${why}: apologise for the specific problem${ctx.customer?.subject ? ` (${ctx.customer.subject})` : ''}.`,
        fixes,
        ...(m.entry.note ? { note: m.entry.note } : {}),
      });
    }
  },
};

export default rule;
