import rule from '../../rules/vague-timeframe';
import { hasConcreteTime } from '../../lib/engine/signals/time';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // "Update" of a thing is an edit made for them, not news promised ("we'll update you" is).
    "Sure! DM us your order number and we'll update it. ^NB",
    'I will update your address.',
    // A time the customer can see coming: their own delivery, not our news.
    "We'll email you as soon as your order ships, and refunds arrive within 3 working days.",
    // Opened by the customer's own step: the time is theirs.
    'Please follow the link and complete the prompts. Upon completion, you will receive an emailed confirmation.',
    "Once you submit the form, you'll get a reference number.",
    // "now" with a concrete time for the promise.
    "I've refunded it now, and it will show on your card by 6pm today.",
    'The agent is online now and will be with you in 5 minutes.',
    { draft: 'That’s all sorted, your card works again now. Talk to you soon!', channel: 'chat' },

    'Thanks for shopping with us, we hope to see you again soon.',
    'Please remember we will never contact you to ask for your PIN.',

    'Your parcel will arrive within a few hours.',
    'The replacement should arrive within a couple of days.',
    'Your order will be delivered on Friday, in good time for the party.',

    // Anchored to a milestone the customer will see.
    'We’ll let you know when your order ships.',
    'I’ll email you once the replacement leaves our warehouse.',

    // A concrete time in the same sentence.
    'We’ll get back to you by 5pm today.',
    'Your refund will arrive within 3 working days, and I’ll update you on Friday.',
    'I’ll email you an update by 10:30 UTC, even if nothing has changed.',
    'We will be in touch within 24 hours to book the engineer.',
    'I’ll look into it now and call you back in 20 minutes.',
    // "as soon as <event>" is a trigger, not a vague time.
    'As soon as the parcel reaches us, we’ll refund you within 2 days.',
    // A third party's purpose, not our promise.
    'I’ve also reported the crushed box to the courier so they can look into it.',
    // The customer's side: let me know / keep us updated / your earliest convenience.
    'Please let me know if you have any questions.',
    'Thanks for keeping us updated, it really helps.',
    'Please reply at your earliest convenience with the photos.',
    // Conditional and question forms are not promises.
    'I’ll let you know if anything changes on our side.',
    'Would you like me to update you by text instead?',
    // Other uses of the words.
    'Shortly after you placed the order, our system flagged the payment.',
    'I hope you feel better soon.',
    'Hi Jan,\n\nYour order ships today.\n\nSpeak soon,\nSam',
    'The file will download straight away.',
    // Quoted customer words are not the agent's.
    'You said “they promised to get back to you soon” and I’m sorry that didn’t happen: I’ve refunded you today.',
  ],
  invalid: [
    { draft: "We'll update you.", findings: [{ actual: 'update you' }] },
    {
      name: 'waiting on our own news, working days and usual timescales',
      draft:
        "We'll refund you within the next few working days. I'll call you as soon as we hear back from the courier. We reply within our usual timescales.",
      findings: [
        { actual: 'within the next few working days' },
        { actual: 'as soon as we hear back' },
        { actual: 'within our usual timescales' },
      ],
    },
    {
      name: "'now' dates the escalation, not the call-back",
      channel: 'chat',
      draft: "🚧 I'm escalating this to our field team now and someone will reach out to you shortly to rebook.",
      findings: [
        {
          actual: 'shortly',
          start: 79,
          outputs: [
            "🚧 I'm escalating this to our field team now and someone will reach out to you by the end of today to rebook.",
            "🚧 I'm escalating this to our field team now and someone will reach out to you within 24 hours to rebook.",
            "🚧 I'm escalating this to our field team now and someone will reach out to you within 2 working days to rebook.",
          ],
        },
      ],
    },
    {
      name: 'a later date and a matter of urgency',
      draft: 'We will review the charge at a later date. Our team is treating it as a matter of urgency.',
      findings: [{ actual: 'at a later date' }, { actual: 'as a matter of urgency' }],
    },
    {
      draft: 'Our team will reach out in the next few days and process it in a timely manner.',
      findings: [{ actual: 'in the next few days' }, { actual: 'in a timely manner' }],
    },
    {
      draft: 'Hi Jo, thanks! An agent will be with you momentarily.',
      channel: 'chat',
      findings: [{ actual: 'momentarily' }],
    },

    {
      name: 'anchored to our own waiting is still vague',
      draft: 'I’ll update you once I hear back from the courier.',
      findings: [{ actual: 'update you' }],
    },
    {
      name: 'opened by our own step, not theirs',
      draft: 'After we check it with the warehouse, you will receive an update.',
      findings: [{ actual: 'you will receive' }],
    },

    {
      draft: '🙂 Hi Jon, I’ve sent an unlock request and you’ll be able to log in again ASAP.',
      channel: 'chat',
      findings: [
        {
          actual: 'ASAP',
          start: 74,
          end: 78,
          message: /“ASAP” gives no real time/,
          outputs: [
            '🙂 Hi Jon, I’ve sent an unlock request and you’ll be able to log in again by the end of today.',
            '🙂 Hi Jon, I’ve sent an unlock request and you’ll be able to log in again within 24 hours.',
            '🙂 Hi Jon, I’ve sent an unlock request and you’ll be able to log in again within 2 working days.',
          ],
        },
      ],
    },
    {
      draft:
        'Hi Alice,\n\nI’ve passed the details to our fitting team and we’ll get back to you soon.\n\nKind regards,\nDeclan',
      findings: [{ actual: 'soon', message: '“soon”' }],
    },
    {
      draft: 'I’ve escalated this to the relevant department and someone will be in touch.',
      findings: [
        {
          actual: 'be in touch',
          message: /“be in touch” with no time/,
          outputs: [
            'I’ve escalated this to the relevant department and someone will be in touch by the end of today.',
            'I’ve escalated this to the relevant department and someone will be in touch within 24 hours.',
            'I’ve escalated this to the relevant department and someone will be in touch within 2 working days.',
          ],
        },
      ],
    },
    {
      draft: 'Our team is working on a fix and will let you know at the earliest opportunity.',
      findings: [{ actual: 'at the earliest opportunity' }],
    },
    {
      name: 'lower-case chat: one finding per sentence',
      draft: 'hi lily, it means the courier had a problem. i’ll chase them asap and update u when i hear back.',
      channel: 'chat',
      findings: [{ actual: 'asap' }],
    },
    {
      draft: 'We’ll circle back with a usage breakdown.',
      findings: [
        {
          actual: 'circle back',
          outputs: [
            'We’ll circle back with a usage breakdown by the end of today.',
            'We’ll circle back with a usage breakdown within 24 hours.',
            'We’ll circle back with a usage breakdown within 2 working days.',
          ],
        },
      ],
    },
    {
      draft: 'An engineer has been requested and will visit in due course. Power should be back shortly.',
      findings: [{ actual: 'in due course' }, { actual: 'shortly' }],
    },
    {
      draft: '👍 I’ll look into it and come back to you.',
      findings: [{ actual: 'look into it', start: 8, end: 20 }],
    },
    {
      draft: 'A member of our team will review your query and contact you as soon as we can.',
      findings: [{ actual: 'as soon as we can' }],
    },
    {
      name: 'team option: extra vague phrases',
      draft: 'I’ll sort that out in a jiffy.',
      options: { phrases: ['in a jiffy'] },
      findings: [
        {
          actual: 'in a jiffy',
          outputs: [
            'I’ll sort that out by the end of today.',
            'I’ll sort that out within 24 hours.',
            'I’ll sort that out within 2 working days.',
          ],
        },
      ],
    },
  ],
});

describe('hasConcreteTime', () => {
  it('knows concrete times from vague ones', () => {
    for (const t of [
      'by 5pm',
      'on Friday',
      'within 2 working days',
      'by the end of the day',
      'on 12 June',
      'in 48 hours',
      'at 14:00',
    ])
      expect(hasConcreteTime(t), t).toBe(true);
    for (const t of ['soon', 'within the TAT', 'results may vary', 'once it is fixed'])
      expect(hasConcreteTime(t), t).toBe(false);
    expect(hasConcreteTime('I’m transferring you now', { allowNow: false })).toBe(false);
  });
});
