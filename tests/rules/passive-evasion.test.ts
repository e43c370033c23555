import rule from '../../rules/passive-evasion';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A fraudster's actions can't be owned by us; a new card sent to the customer is good news.
    {
      draft:
        "I've blocked your card. The payments were made online on 3 May, and I've refunded them. A new card has been sent to you today.",
      customer: 'Someone used my card without my permission!',
    },
    // The cause comes first, in the same sentence or the one before (transport updates on social).
    "@danny Hi Danny, sorry for the wait! There's a points failure at Pomona so trams are suspended on the Eccles line. ^KP",
    'There is a signal failure at Leeds. Trains are suspended between Leeds and York until 3pm.',
    // A negated setback is good news.
    "I've reinstated the order and you haven't been charged twice.",
    'Good news: your account has not been closed, and your data was not lost.',
    // The customer complains of an unauthorised change, but the money is going back to them.
    {
      draft: 'I have closed the duplicate account, and the balance has been transferred to your current account.',
      customer: "I didn't ask for a second account! Who opened this?",
    },
    // Without the complaint, a neutral 'was processed' is a confirmation.
    {
      draft: 'Your port request was received and processed, and your number will move on Friday.',
      customer: 'Please can you move my number to my new network? My PAC is ready.',
    },
    // Good news and neutral facts in the passive are fine.
    'Your parcel has been delivered, and your refund has been processed today.',
    "You haven't been charged for the cancelled month.",
    // Who is named.
    'Your account was suspended by our fraud team while they check a payment.',
    // A question announces nothing.
    'Was the order cancelled before it shipped, or after? Either way I can refund it today.',
    // The passive names who, even when it is not us.
    'The listing was removed by someone on your team last week; I can restore it now.',
    'You were charged £5 by your bank for the transfer.',
    // Why is given, in the sentence or the next one.
    'Your order was cancelled because the payment did not go through.',
    'Your account has been restricted. This is because we could not verify your address.',
    'Your flight was delayed due to the storm, and we have rebooked you on the 14:05.',
    // What the customer asked for.
    {
      draft: 'Your order 44019 has been cancelled, and the refund is on its way.',
      customer: 'Please cancel my order 44019.',
    },
    // Acknowledging the customer's experience in an apology.
    "I'm really sorry you've been cut off three times while trying to cancel.",
    // Account details changed: a confirmation, not a decision.
    'Your email address has been changed, and your password has been reset.',
    // Their card issuer's decision, not ours; a deadline "by Friday" is not an agent.
    'Your card was declined, so please try another card. The refund will be processed by Friday.',
  ],
  invalid: [
    {
      name: 'sympathy about a storm is not the reason a claim was declined',
      draft: "We're sorry about the storm damage. Your claim has been declined.",
      findings: [{ actual: 'Your claim has been declined' }],
    },
    {
      name: 'an unauthorised change reported in the passive',
      draft:
        '📱 After checking, your number was ported out on 12 May. A request was received and processed.\n\nWe are bringing your number back by 6pm tomorrow.',
      customer: 'My number was moved to another network without my permission!',
      findings: [
        {
          actual: 'your number was ported out',
          start: 19,
          outputs: [
            '📱 After checking, we ported out your number on 12 May. A request was received and processed.\n\nWe are bringing your number back by 6pm tomorrow.',
          ],
        },
        { actual: 'A request was received and processed' },
      ],
    },
    {
      name: "a cause noun elsewhere in the reply doesn't excuse an unexplained closure",
      draft: 'Your account has been closed. Sorry for any disruption.',
      findings: [{ actual: 'Your account has been closed' }],
    },
    {
      draft:
        'Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nKind regards,\nReturns Team',
      findings: [
        {
          actual: 'The refund has been declined',
          message: /doesn't say who did it or why/,
          outputs: [
            'Hi Lou,\n\nThanks for getting in touch about order HD-3310. We have declined the refund.\n\nKind regards,\nReturns Team',
          ],
        },
      ],
    },
    {
      channel: 'chat',
      draft: '🙂 Hi Zac, thanks for getting in touch. Your order 44019 was cancelled. Anything else?',
      customer: 'Why has my order been cancelled?? I did not do anything.',
      findings: [
        {
          actual: 'Your order 44019 was cancelled',
          start: 40,
          outputs: ['🙂 Hi Zac, thanks for getting in touch. We cancelled your order 44019. Anything else?'],
        },
      ],
    },
    {
      channel: 'chat',
      draft: "Let me look. Yes, the cancellation wasn't processed. I've refunded both months today.",
      findings: [
        {
          actual: "the cancellation wasn't processed",
          message: /hides who failed/,
          outputs: ["Let me look. Yes, we didn't process the cancellation. I've refunded both months today."],
        },
      ],
    },
    {
      draft: 'We acknowledge that mistakes were made with the delivery of order BD-1120.',
      findings: [
        {
          actual: 'mistakes were made',
          outputs: ['We acknowledge that we made a mistake with the delivery of order BD-1120.'],
        },
      ],
    },
    {
      draft:
        'Following a review, it has been determined that the damage falls outside the cover because accidental damage is excluded.',
      findings: [
        {
          actual: 'it has been determined',
          message: /hides who decided/,
          outputs: [
            'Following a review, we have determined that the damage falls outside the cover because accidental damage is excluded.',
          ],
        },
      ],
    },
    {
      channel: 'chat',
      draft: 'Hi Nora, a decision was taken to move some guests to standard rooms this week.',
      findings: [{ actual: 'a decision was taken', message: /who decided/, outputs: [] }],
    },
    {
      draft: 'Your account has been restricted. These measures were put in place in accordance with our policies.',
      findings: [
        {
          actual: 'Your account has been restricted',
          outputs: [
            'We have restricted your account. These measures were put in place in accordance with our policies.',
          ],
        },
        { actual: 'These measures were put in place' },
      ],
    },
  ],
});
