// Time expressions: does a sentence name a concrete time the customer can hold us to ("by 5pm", "on
// Friday", "within 2 working days", "today"), or only a vague one ("soon", "in due course")? Read by
// vague-timeframe, escalation-handover and the next-step signal.

import data from '../../../rules/data/vague-timeframe.json';

const TIME = data.concreteTime.map((p) => new RegExp(p, 'iu'));
const NOW = /\bnow\b/i;

/**
 * Does the text name a concrete time ("by 5pm", "on Friday", "within 2 working days", "today")?
 * With `allowNow: false`, a bare "now" does not count (a hand-over "now" says nothing about when the
 * customer hears back).
 */
export function hasConcreteTime(text: string, opts: { allowNow?: boolean } = {}): boolean {
  const allowNow = opts.allowNow ?? true;
  const lower = text.toLowerCase();
  return TIME.some((re) => {
    if (!allowNow && re.source === NOW.source) return false;
    return re.test(lower);
  });
}
