// A long draft for benchmarks and tests of the sliced analysis (lib/engine/slices.ts): a greeting, support
// paragraphs of every kind the rules read (refusals, blame, jargon, vague times, shouting, passives, apologies,
// next steps, questions) until the length asked for, and a sign-off. Each paragraph carries its number, so no
// two sentences are the same text and no per-sentence cache can hide the work.

const PARAGRAPHS: readonly string[] = [
  "I'm sorry your parcel arrived damaged. Unfortunately we can't refund it until it's returned, but I've emailed you a free returns label and your replacement will ship as soon as possible.",
  'As I already explained, you should have read the delivery instructions before booking the slot. The courier was told to leave it with a neighbour.',
  "I've escalated this to T2 as a P3 per our SLA and they'll revert back within the TAT. The backend team is looking at the RMA queue.",
  'Your account has been suspended. The refund has been declined and the order was cancelled.',
  'Please DO NOT send the item back without the label!! It will be lost in the warehouse and we cannot trace it.',
  'We apologise for any inconvenience caused. Sorry if you feel you were not treated well by our team.',
  'Could you send me a photo of the damage, please? Once I have it I will arrange a collection for Thursday between 8am and 1pm.',
  'I have issued a full refund of £42.50 to the card ending 4821 today; it should reach your account within 3 to 5 working days.',
  'We will get back to you shortly about the missing item. Someone from the team will be in touch soon.',
  'Thanks for your patience while we looked into this, and for sending the order number so quickly.',
  'Refurbished items are sold as seen, so we are unable to offer a refund for the fault you describe.',
  'Use another payment method or credit card. Why did you not check the expiry date before paying?',
  'I can see the engineer visit was booked for the 14th but nobody arrived, which must have been really frustrating after taking the morning off work.',
  'Your new router has been dispatched by tracked courier and the tracking link is in the email I sent a few minutes ago.',
  'Dear customer, the policy on this is very clear and there is nothing further we can do about it at this time.',
  'If the problem comes back after the update, reply to this email and I will book a technician for you the same week.',
];

/** A draft of at least `chars` characters (a little over: it ends on a whole paragraph and the sign-off). */
export function longDraft(chars: number): string {
  const parts = ['Hi Jan,'];
  let length = parts[0]!.length;
  for (let n = 0; length < chars - 20; n++) {
    const p = PARAGRAPHS[n % PARAGRAPHS.length]!;
    // The number goes at the start of each sentence: "(12) I'm sorry…" keeps every sentence unique.
    const numbered = p.replace(/(^|[.!?] )(?=\p{Lu})/gu, `$1(${n + 1}) `);
    parts.push(numbered);
    length += numbered.length + 2;
  }
  parts.push('Kind regards,\nSam');
  return parts.join('\n\n');
}

export const LONG_CUSTOMER =
  'My parcel arrived damaged AGAIN and nobody has replied to my last three emails. This is ridiculous, I want a refund.';
