import type { RuleContext } from '../lib/engine/context';
import { firstName } from '../lib/engine/helpers';
import type { Sentence } from '../lib/engine/text';
import type { PhraseEntry, Rule } from '../lib/engine/types';
import data from './data/escalation-handover.json';
import { hasConcreteTime } from '../lib/engine/signals/time';

// Escalating, transferring or passing the case on without saying to whom (a named team, person or role)
// and when the customer will hear back. "I've escalated this to the relevant department" leaves the
// customer with no one to ask for and no time to hold us to; "I've passed your complaint to our Customer
// Relations team; Joanne Reid will phone you by 5pm on Thursday" is a clear hand-over.

const HANDOVERS = data.handovers as PhraseEntry[];
const NOT_CASE = new RegExp(data.notCase, 'iu');
/**
 * Logged as product feedback, so the customer isn't waiting on an answer: "as feedback", "so it doesn't happen
 * again", how it went ("let the team know we can do better", "…know you were disappointed").
 */
const AS_FEEDBACK =
  /^\s*(?:that\s+)?(?:we|you|they|this|it)(?:'re|’re| are| can| could| should| must| need to| have to)\s+(?:do|be|get)\s+better\b|^\s*(?:that\s+)?(?:you|they)(?: were| are|'re|’re| was)\s+(?:unhappy|disappointed|pleased|happy|delighted|upset|let down)\b|^\s*how (?:you|they) (?:feel|felt)\b|\bas (?:a |an |some )?(?:feature requests?|feedback|suggestions?|ideas?|product feedback)\b|\b(?:so (?:that )?(?:it|this|that) (?:does not|doesn't|doesn’t|won't|won’t|will not|never) happen again|to (?:prevent|stop|avoid) (?:this|it|that)(?: from)? (?:happening )?again|for (?:training|coaching|quality|feedback) purposes|so (?:they|the \w+) can (?:improve|learn from|review their))\b/i;
const GENERIC = new Set(data.genericModifiers);
const TEAM = new RegExp(data.teamNouns, 'iu');
const ROLES = new RegExp(data.roles, 'iu');
const TIER = /^(?:[TLP]\d|tier|level|line|\d+)$/i;
const CONDITION = /\b(?:if|unless|in case|should (?:it|this|that|you)|would you like|do you want|shall i)\b/i;
const NEGATED = /\b(?:not|never|won't|can't|cannot|don't|no need to)\b|n't\b/i;

/** The words after the hand-over verb that say where it went: "to our Billing team", "with a senior colleague". */
function destination(after: string): string {
  const m =
    /^\s*(?:(?:this|it|that|you|him|her|them|(?:the|your) [\p{L}-]+)\s+)?(?:(?:on|over|along|back|across|through|up)\s+)?(?:to|with|in)\s+(.*)$/isu.exec(
      after,
    );
  const rest = m ? m[1]! : /^\s*(?:our|the|a|an|my)\s/i.test(after) ? after : '';
  return rest
    .split(
      /\s*(?:[,.;:!?()]|\s(?:who|which|and|so|to|for|because|as|now|today|tomorrow|by|within|in|on|at|this|while)\s)/iu,
    )[0]!
    .trim();
}

/** Does the destination name someone the customer could ask for? */
function namesWho(dest: string): boolean {
  if (!dest) return false;
  if (/^(?:you|u|your)\b/i.test(dest)) return false;
  const words = dest.split(/\s+/).filter(Boolean);
  if (ROLES.test(dest)) return true;
  // Any word that says which one: "our Billing team", "Joanne Reid", "our fitting team", "the courier".
  // Only generic words ("the relevant department", "a senior colleague", "T2") name no one.
  return words.some((w) => {
    const lw = w.toLowerCase().replace(/[’'].*$/, '');
    return (
      !GENERIC.has(lw) &&
      !TEAM.test(lw) &&
      !TIER.test(w) &&
      !/^(?:someone|somebody|them|they|him|her|it|this|that)$/.test(lw)
    );
  });
}

/** A person named in the sentence or the next one ("Joanne Reid from that team will phone you"). */
function namesPerson(ctx: RuleContext, sentences: Sentence[]): boolean {
  const customer = firstName(ctx)?.toLowerCase();
  return sentences.some((s) =>
    ctx.terms(s).some((t) => (t.tags.has('Person') || t.tags.has('FirstName')) && t.normal !== customer),
  );
}

const rule: Rule = {
  meta: {
    id: 'escalation-handover',
    title: 'Unclear hand-over',
    description:
      'Flags escalating, transferring or passing the case on (escalated, transferred, passed to, forwarded to, raised with, handed over) without saying to whom and when the customer will hear back.',
    rationale:
      'Take action / Assure: a clear hand-over names who now owns the case (a team, a person or a role) and when the customer will hear from them; without both, an escalation feels like being passed around and the customer has no one to chase.',
    step: 'solve',
    defaultSeverity: 'warning',
    example: 'I’ve escalated this to the relevant department and someone will be in touch.',
    english: true,
  },
  check(ctx) {
    const body = ctx.text.sentences.filter((s) => s.region === 'body');
    const seen = new Set<number>();
    for (const m of ctx.match(HANDOVERS, { regions: ['body', 'greeting'] })) {
      const i = body.findIndex((s) => m.start >= s.start && m.start < s.end);
      if (i < 0) continue;
      const s = body[i]!;
      if (seen.has(s.start)) continue;
      const before = ctx.draft.slice(s.start, m.start);
      const after = ctx.draft.slice(m.end, s.end);
      if (/\?\s*$/.test(s.text) || CONDITION.test(before) || NEGATED.test(before.split(/[,;]/).pop() ?? '')) continue;
      if (NOT_CASE.test(m.text + after.slice(0, 30)) || AS_FEEDBACK.test(after)) continue;
      // Money, details or purchases moved to an account: "the balance has been transferred to your current
      // account", "your books have been transferred to the requested account" — not a hand-over (but "to the
      // account team" is one).
      if (
        /^\s*(?:back )?(?:to|into) (?:your|the|this|that|a|an|another|the other) (?:[\p{L}-]+ ){0,2}?(?:account|card|bank|wallet|balance|number|address|email|phone|device|inbox|library|profile)\b(?!\s+(?:team|department|dept|desk|manager|specialists?|services?)\b)/iu.test(
          `${/\s(?:to|into)$/i.test(m.text) ? ' to' : ''}${after}`,
        ) ||
        (/(?:has|have|had|is|are|was|were|will) (?:been |be |being )?(?:transferred|sent|passed|forwarded)/i.test(
          m.text,
        ) &&
          NOT_CASE.test(before.slice(-50)))
      )
        continue;
      // The customer's own option ("you can escalate your complaint to the Ombudsman"), not our hand-over.
      if (
        /\byou(?:'re| are)? (?:can|could|may|might|are able to|have the right to|'re able to|able to)\s*(?:\w+\s+)?$/i.test(
          before.replace(/’/g, "'"),
        )
      )
        continue;
      seen.add(s.start);

      const following = body.slice(i, i + 3);
      // The match may end on its "to"/"with": put it back so the destination is read ("raised a job with Openreach").
      const dest = destination(`${/\s(?:to|with)$/i.test(m.text) ? ' to' : ''}${after}`);
      // "asked our Billing team to…", "let the claims team know": the team is inside the match.
      const inner = /\b((?:our|the|a|my) .+?) (?:to \w+|know)$/iu.exec(m.text)?.[1] ?? '';
      // No destination after the verb ("I've raised a ticket and our Billing team will call you"): a named
      // team later in the sentence says who.
      const laterTeam = dest
        ? ''
        : ([
            ...after.matchAll(
              /\b(?:our|the|my) (?:[\p{L}-]+ ){0,2}?(?:team|department|dept|manager|supervisor|engineer|specialists?)\b/giu,
            ),
          ]
            .map((x) => x[0])
            .find((t) => namesWho(t)) ?? '');
      const who = namesWho(dest) || namesWho(inner) || namesWho(laterTeam) || namesPerson(ctx, following.slice(0, 2));
      const when = following.some((x) => hasConcreteTime(x.text, { allowNow: false }));
      if (who && when) continue;

      const name = firstName(ctx);
      const them = name ?? 'the customer';
      const missing =
        !who && !when
          ? `who will handle it or when ${them} will hear back`
          : !who
            ? 'who will handle it (a named team, person or role)'
            : `when ${them} will hear back`;
      const live = ctx.channel !== 'email' && /transfer|through|connect/i.test(m.text);
      const offers = live
        ? ['You’ll be connected in about 5 minutes.', 'They’ll be with you here within 10 minutes.']
        : ['They’ll contact you by the end of tomorrow.', 'You’ll hear from them within 2 working days.'];
      const fixes = when
        ? []
        : offers.map((t) => ({ label: `Add “${t}”`, edits: [{ start: s.end, end: s.end, text: ` ${t}` }] }));
      // The span is the hand-over itself, without the trailing "to"/"with".
      const span = /^(.*?)(?:\s+(?:over\s+|on\s+|through\s+)?(?:to|with))$/isu.exec(m.text);
      const end = span ? m.start + span[1]!.length : m.end;
      ctx.report({
        start: m.start,
        end,
        message: `“${ctx.draft.slice(m.start, end)}” doesn’t say ${missing}.`,
        fixes,
      });
    }
  },
};

export default rule;
