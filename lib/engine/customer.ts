// What the customer's last message tells the rules: how they feel, what their issue is, which
// details they already gave, and which words they used themselves.

import { parse } from './nlp';
import { normalize } from './normalize';
import { matchPhrases } from './phrases';
import moodData from '../../rules/data/customer-mood.json';

export type Mood = 'upset' | 'angry' | 'disappointed' | 'confused' | 'withdrawn' | 'neutral';

export interface CustomerDetail {
  kind: 'order' | 'email' | 'phone' | 'tracking' | 'account' | 'case' | 'invoice';
  value: string;
}

export interface CustomerInfo {
  text: string;
  name: string | null;
  /** The strongest mood found; 'neutral' when none. */
  mood: Mood;
  /** True when the customer is upset or complaining in any way (an apology or empathy is due). */
  upset: boolean;
  /** The words that showed the mood, for messages ("you said it's the third time"). */
  moodSignals: string[];
  /** Key noun phrases of their issue, most salient first ("my parcel", "the invoice export"). */
  topics: string[];
  /** Details they already gave. */
  details: CustomerDetail[];
  /** Lower-cased words they used (to let them use their own jargon). */
  words: Set<string>;
}

interface MoodEntry {
  phrase: string;
  mood: Exclude<Mood, 'neutral'>;
}

const MOOD_ORDER: Mood[] = ['angry', 'upset', 'disappointed', 'withdrawn', 'confused', 'neutral'];

const DETAIL_PATTERNS: { kind: CustomerDetail['kind']; re: RegExp }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    kind: 'order',
    re: /\border(?:\s+(?:number|no\.?|#|id|ref(?:erence)?))?\s*(?:is\s+)?[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi,
  },
  { kind: 'tracking', re: /\btracking(?:\s+(?:number|no\.?|#|code|id))?\s*(?:is\s+)?[:#]?\s*([A-Z0-9]{8,})/gi },
  {
    kind: 'case',
    re: /\b(?:case|ticket|ref(?:erence)?)(?:\s+(?:number|no\.?|#|id))?\s*(?:is\s+)?[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi,
  },
  {
    kind: 'account',
    re: /\b(?:account|customer|member(?:ship)?)(?:\s+(?:number|no\.?|#|id))\s*(?:is\s+)?[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi,
  },
  { kind: 'invoice', re: /\binvoice(?:\s+(?:number|no\.?|#|id))?\s*(?:is\s+)?[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})/gi },
  { kind: 'phone', re: /(?<![\w])(?:\+?\d[\d ()-]{8,}\d)(?![\w])/g },
];

export function extractDetails(text: string): CustomerDetail[] {
  const out: CustomerDetail[] = [];
  const seen = new Set<string>();
  for (const { kind, re } of DETAIL_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const value = (m[1] ?? m[0]).trim();
      // An order "number" must contain a digit; "order status" is not a number.
      if (kind !== 'email' && !/\d/.test(value)) continue;
      const key = `${kind}:${value.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, value });
    }
  }
  return out;
}

function topicsOf(text: string): string[] {
  const doc = parse(text);
  const nouns = doc.nouns().not('#Pronoun').out('array') as string[];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of nouns) {
    const t = raw.replace(/[.,!?;:]+$/, '').trim();
    const key = t.toLowerCase();
    if (!t || seen.has(key) || t.split(/\s+/).length > 6) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

export function analyzeCustomer(text: string | undefined, name?: string): CustomerInfo | null {
  if (text === undefined || text.trim() === '') return null;
  const norm = normalize(text);
  const hits = matchPhrases(text, norm, moodData.phrases as MoodEntry[]);
  let mood: Mood = 'neutral';
  for (const h of hits) if (MOOD_ORDER.indexOf(h.entry.mood) < MOOD_ORDER.indexOf(mood)) mood = h.entry.mood;
  // Shouting and stacked punctuation are anger signals too.
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
    (w) => !/^(?:I|OK|USA|UK|EU|PDF|ID|SMS|URL|FAQ|VAT)$/.test(w),
  );
  const signals = hits.map((h) => h.text);
  if (shouted.length >= 2 || /[!?]{3,}|!{2,}/.test(text)) {
    signals.push(shouted.length >= 2 ? shouted.slice(0, 3).join(' ') : '!!');
    if (mood === 'neutral' || mood === 'confused') mood = 'angry';
  }
  const upset = mood !== 'neutral' && mood !== 'confused';
  return {
    text,
    name: name?.trim() || null,
    mood,
    upset,
    moodSignals: signals,
    topics: topicsOf(text),
    details: extractDetails(text),
    words: new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []),
  };
}
