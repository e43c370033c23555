import rule from '../../rules/missing-thanks';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'social: a public reply owes no thanks (channel expectations, lib/engine/channel.ts)',
      channel: 'social',
      draft: '@danny Hi Danny, trams are suspended on the Eccles line until 3pm. ^KP',
    },
    {
      name: 'chat: a turn in the middle of the conversation (the customer just answered) owes no thanks',
      channel: 'chat',
      customer: 'Yes, I did that',
      draft: 'Please now hold the power button for 10 seconds and the tablet will restart.',
    },
    // A short social reply that apologises has done the courtesy.
    {
      draft: "@danny Hi Danny, sorry for the wait! There's a points failure, so trams are suspended until 3pm. ^KP",
      channel: 'social',
    },
    { draft: 'No problem at all! Your booking is confirmed for 7pm tonight. Enjoy your meal!', channel: 'chat' },

    { draft: 'Sure, let me check that for you now.', channel: 'chat' },

    'Hi Jan,\n\nThanks for your message. Your order ships today.\n\nKind regards,\nSam',
    // A thanks in the sign-off still thanks.
    'Hi Marek,\n\nAccess is restored and your team can log in again now.\n\nThanks,\nBilling',
    'Your parcel is out for delivery today and should arrive by 6pm.\n\nCheers,\nTom',
    'I really appreciate your patience while we sorted this out.',
    'We’re grateful for your patience while the line was down; it’s working again now.',
    'Your feedback is much appreciated, and I’ve passed it to the store manager today.',
    { draft: 'hi jo, refunds take 14 days from the cancellation date. thanks', channel: 'chat' },
    { draft: 'Thank u so much, that’s sorted for you now!', channel: 'chat' },
    // A short chat line mid-conversation.
    { draft: 'On it, one sec.', channel: 'chat' },
  ],
  invalid: [
    {
      name: '“no thanks to” thanks no one',
      draft:
        'Hi Dina,\n\nI’m glad the vase survived, no thanks to our courier! I’ve refunded your delivery charge today.\n\nKind regards,\nOmar',
      findings: [
        {
          actual: '',
          start: 10,
          end: 10,
          message: /No thanks anywhere/,
          outputs: [
            'Hi Dina,\n\nThank you for your patience.\n\nI’m glad the vase survived, no thanks to our courier! I’ve refunded your delivery charge today.\n\nKind regards,\nOmar',
            'Hi Dina,\n\nI’m glad the vase survived, no thanks to our courier! I’ve refunded your delivery charge today.\n\nThanks for bearing with us.\n\nKind regards,\nOmar',
          ],
        },
      ],
    },
    {
      name: '“thanks to” meaning “because of”',
      draft: 'Thanks to a fault in last week’s update, your export came out blank. We’ve fixed it today.',
      findings: [{ actual: '', start: 0, end: 0 }],
    },
    {
      name: '“grateful if you could” is a request',
      draft: '🙂 I’d be grateful if you could send a photo of the damage so I can arrange a replacement.',
      findings: [{ actual: '', start: 0, end: 0 }],
    },
    {
      name: '“I appreciate this is…” is empathy, not thanks',
      draft: 'I appreciate this is frustrating, and I’ve booked an engineer for Thursday morning.',
      findings: [{ actual: '' }],
    },
    {
      name: 'passing on the customer’s thanks',
      draft: 'That’s lovely to hear! I’ll pass on your thanks to the driver and his team today.',
      findings: [{ actual: '' }],
    },
    {
      name: 'chat: after an inline greeting the thanks runs on, with the customer’s issue',
      draft: 'Hi Sara, your order 7781 is on its way and should arrive on Thursday.',
      channel: 'chat',
      customer: 'Hi, is my order 7781 on its way yet?',
      customerName: 'Sara',
      findings: [
        {
          actual: '',
          start: 9,
          end: 9,
          outputs: [
            'Hi Sara, thanks for getting in touch about your order 7781. Your order 7781 is on its way and should arrive on Thursday.',
            'Hi Sara, your order 7781 is on its way and should arrive on Thursday. Thanks for bearing with us.',
          ],
        },
      ],
    },
    {
      name: 'no greeting: thank by name',
      draft: 'Dear customer services,\n\nA replacement copy has been ordered for you.\n\nRegards,\nCustomer Services',
      customer: 'My parcel was left in the rain and the book inside is ruined. Order 50318. Irene',
      customerName: 'Irene',
      findings: [{ actual: '', message: 'patience' }],
    },
  ],
});
