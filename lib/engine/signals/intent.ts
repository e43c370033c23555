// What the customer's last message leaves open for the reply: a question, a request, a problem — or
// nothing (thanks, praise, a farewell, "that's all"). In a live chat a short answer ("Yes", "OK", an
// email address) keeps the conversation going: the agent's next turn should move it on.

import { terms } from '../nlp';
import { splitSentences } from '../text';
import lexicon from './lexicon.json';
import { readMood, type MoodReading } from './mood';
import { sentiment } from './sentiment';

export interface CustomerIntent {
  question: boolean;
  request: boolean;
  /** A problem reported (fault, delay, repeat contact, money). */
  problem: boolean;
  /** Thanks or praise, with no question, request or problem. */
  thanksOnly: boolean;
  /** A farewell or "that's all / it works now" with nothing else. */
  closure: boolean;
  /** A short answer in a conversation ("Yes", "OK", "It's 4471", an address). */
  answer: boolean;
  /** Content words in the message (how much there is to acknowledge). */
  contentWords: number;
  /** Warm or positive (praise, a photo they love, good news) with no problem reported. */
  positive: boolean;
  /** Something is open: the reply should move it on. */
  open: boolean;
  /**
   * The message continues a conversation rather than opening one: an answer to the agent's question
   * ("Yes", "I did", "It didn't work", "Still not"), so in a live chat the reply is a turn in the middle
   * (no greeting, thanks or closing due on every turn).
   */
  continuation: boolean;
}

const GRATITUDE = new Set(lexicon.gratitude);
const CLOSURE = lexicon.closure;

const QUESTION_START =
  /^\W*(?:how|what|when|where|why|which|who|whom|whose|is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|has|had|any|anyone|isn't|aren't|don't|doesn't|didn't|can't|won't)\b/i;
const WANT_TO_KNOW =
  /\b(?:i (?:want|wanted|would like|'d like|need|needed) to (?:know|ask|check|understand|find out|see)|i(?:'m| am)? (?:wondering|wonder)|(?:please )?(?:tell|let) me (?:know|if|how|what|when|why)|is it possible|i have (?:a|some|one|another) (?:question|doubt|query)|my question is)\b/i;
const REQUEST =
  /\b(?:i (?:want|wanted|would like|'d like|need|needed|require|request|demand)|i(?:'m| am) (?:looking for|trying to|after)|please|pls|plz|help|can (?:you|u|someone|somebody|anyone)|could (?:you|u|someone)|would (?:you|u)|refund|cancel|fix|sort (?:it|this) out|get in touch|call me|contact me|dm me|reach out)\b/i;

/** Words that answer or carry on from the agent's last turn. */
const CONTINUES =
  /^\W*(?:yes|yeah|yep|yup|no|nope|ok|okay|sure|right|done|correct|exactly|same|still|already|again|then|but|and|so|because|also|i did|i have|i tried|i've tried|i do|i am|it did|it didn't|it does|it doesn't|it is|it's not|it worked|nothing|not yet|that|this one|what about|and now|now|i see|i understand|understood|got it|ah|oh|hmm|well|alright|all right)\b|^\W*(?:how|where|what|why|which|when)\s*\?/i;

function contentWords(text: string): number {
  return (text.match(/[\p{L}]{3,}/gu) ?? []).filter(
    (w) =>
      !/^(?:the|and|but|for|you|your|yes|yeah|okay|thanks|thank|please|hello|this|that|with|have|has|was|are|not|all|any|can|get|got|just|now|then|there|here|what|how|why|when|who|its|it's|i'm|me|my|our|we|they|them|from|will|would|could|should|did|does|done)$/i.test(
        w,
      ),
  ).length;
}

function stripHandles(text: string): string {
  return text
    .replace(/(^|\s)[@#][\p{L}\p{N}_]+/gu, '$1')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/#[A-Z_]+#/g, ' X ')
    .trim();
}

export function readIntent(text: string, mood: MoodReading = readMood(text)): CustomerIntent {
  const clean = stripHandles(text);
  const sentences = splitSentences(clean).map((s) => clean.slice(s.start, s.end));
  const question = sentences.some((s) => /\?/.test(s) || QUESTION_START.test(s)) || WANT_TO_KNOW.test(clean);
  const request =
    REQUEST.test(clean) ||
    sentences.some((s) => {
      const ts = terms(s);
      const first = ts.find(
        (t) => !t.tags.has('Expression') && !/^(?:please|pls|kindly|so|and|now|ok|okay)$/.test(t.normal),
      );
      // ("Love the range of pumpkins!" praises; it asks for nothing.)
      return (
        !!first && first.tags.has('Imperative') && !GRATITUDE.has(first.normal) && sentiment(first.normal).compound <= 0
      );
    });
  const problem = mood.cues.some((c) => ['fault', 'delay', 'repeat', 'money'].includes(c.kind) && c.weight >= 0.35);
  const words = clean.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const grateful = words.some((w) => GRATITUDE.has(w));
  const positive = sentiment(clean).compound >= 0.3;
  const lower = clean.toLowerCase();
  const closing = CLOSURE.some((c) => new RegExp(`\\b${c.replace(/'/g, "['’]?")}\\b`).test(lower));
  const cw = contentWords(clean);
  const thanksOnly = (grateful || positive) && !question && !problem && !(request && !grateful);
  const closure = closing && !question && !problem;
  const answer = !question && !problem && !thanksOnly && !closure && cw <= 4;
  const greets = /^\W*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings)\b/i.test(clean);
  const continuation =
    !greets &&
    (answer ||
      CONTINUES.test(clean) ||
      (cw <= 6 && !/\b(?:my|our|i have|i've|i need|i want|i would like)\b/i.test(clean)));
  return {
    question,
    request,
    problem,
    thanksOnly,
    closure,
    answer,
    contentWords: cw,
    open: question || problem || (request && !thanksOnly) || mood.score >= 0.5,
    continuation,
    positive: positive && !problem && mood.score < 0.35,
  };
}
