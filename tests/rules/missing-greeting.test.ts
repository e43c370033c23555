import rule from '../../rules/missing-greeting';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'social: no greeting is due on a public reply, even when the customer greeted (lib/engine/channel.ts)',
      draft: '@maya_b Your code SPRING10 expired on 31 March, so I’ve made you a new one.',
      channel: 'social',
      customer: 'Hi, my discount code SPRING10 isn’t working',
    },
    {
      name: 'chat: a mid-conversation turn after the customer answered needs no greeting',
      channel: 'chat',
      customer: 'It didn’t work',
      draft: 'Okay, then please sign out of the app, sign back in and open the book again from your library.',
    },
    // A title before the customer's own name is personal, not a form letter.
    {
      draft: 'Dear Sir John,\n\nThank you for your letter about your reserved seat.\n\nYours sincerely,\nCatherine',
      customer: 'I wish to complain about my seat. Sir John Ashby',
      customerName: 'John',
    },
    {
      draft: 'Dear Dame Judith,\n\nThank you for letting us know about the delay.\n\nKind regards,\nTom',
      customerName: 'Judith',
    },
    {
      draft: 'No problem at all! Your booking is confirmed for 7pm tonight. Enjoy your meal!',
      channel: 'chat',
      customerName: 'Ravi',
    },

    // A social reply behind @mentions still greets.
    { draft: '@jan_k Hi Jan! Your order ships today and arrives on Friday.', channel: 'social', customerName: 'Jan' },
    // A public social reply to a customer who didn't greet: no greeting demanded.
    {
      draft: '@user We’re sorry for the trouble! Please send us a DM with your order number.',
      channel: 'social',
      customer: 'my order never arrived',
    },
    // Addressed by name in the opening sentence, or on a line of its own.
    'Thanks for reaching out, Priya!\n\nYou can change your plan under Settings at any time.',
    'John,\n\nWe have received your request and it is being processed.',

    { draft: 'Hi Jan,\n\nYour order ships today.\n\nKind regards,\nSam', customerName: 'Jan' },
    { draft: '👋 Hi Jan, your order ships today and arrives on Friday.', customerName: 'Jan', channel: 'chat' },
    { draft: 'Good morning Tom,\n\nYour policy is cancelled from 30 April.', customerName: 'Tom Whitaker' },
    // With no name known, "Dear Customer" or "Hello" is the best we can do.
    'Dear Customer,\n\nThank you for contacting Harbour Bank. One of our team will reply by 5pm tomorrow.',
    'Hello,\n\nThank you for your message about your account.',
    'Hi all,\n\nThanks for your enquiry about the beanbags.',
    {
      draft: 'Dear Mrs Patel,\n\nThank you for your email.',
      customer: 'Your engineer left muddy footprints. - Mrs J. Patel',
    },
    // Addressed by name already.
    { draft: 'Paul,\n\nYour contract ends 30 days after we receive your notice.', customerName: 'Paul' },
    // A quick chat follow-up line.
    { draft: 'Sure, one moment while I check.', channel: 'chat', customerName: 'Noah' },
    // A chat agent's welcome line is the chat's greeting, even when the customer said hello.
    {
      name: 'chat: "Thank you for contacting …" opens the chat',
      draft: 'Thank you for contacting Acme. My name is Lea and I will be glad to assist you with the missing charger.',
      channel: 'chat',
      customer: 'Hello, the charger was not in the box',
    },
    {
      name: 'chat: "How can I help you today?" opens the chat',
      draft: 'How can I help you today? I can see your order from Monday on the account.',
      channel: 'chat',
      customer: 'Hi there',
    },
    // An unfilled name placeholder is the placeholder rule's business.
    { draft: 'Dear {{ticket.requester.first_name}},\n\nYour order ships today.', customerName: 'Emma' },
    // "Customer" as a word in the first line is not a greeting problem when one is there.
    { draft: 'Hi Gareth,\n\nDear customers like you keep us going: thank you!', customerName: 'Gareth' },
  ],
  invalid: [
    {
      name: 'Dear Sir on its own is still a form letter when the name is known',
      draft: 'Dear Sir,\n\nThank you for your letter about your reserved seat.\n\nYours sincerely,\nCatherine',
      customerName: 'John',
      findings: [
        {
          actual: 'Dear Sir',
          outputs: ['Dear John,\n\nThank you for your letter about your reserved seat.\n\nYours sincerely,\nCatherine'],
        },
      ],
    },
    {
      name: 'Dear Sir or Madam is a form letter',
      draft: 'Dear Sir Or Madam,\n\nThank you for your letter.\n\nYours faithfully,\nCatherine',
      customerName: 'John',
      findings: [{ actual: 'Dear Sir Or Madam' }],
    },
    {
      draft: 'The driver left your parcel with number 14 at 3:12pm yesterday.\n\nKind regards,\nLou',
      customerName: 'Claire',
      findings: [
        {
          actual: '',
          start: 0,
          end: 0,
          message: '“Hi Claire”',
          outputs: [
            'Hi Claire,\n\nThe driver left your parcel with number 14 at 3:12pm yesterday.\n\nKind regards,\nLou',
          ],
        },
      ],
    },
    {
      name: 'chat: greet by name on the same line',
      draft: 'Order 20981 is ready to collect from our Reading store from 2pm today.',
      channel: 'chat',
      customerName: 'Noah',
      customer: 'Hi, is my click and collect order ready? Order 20981',
      findings: [
        { actual: '', outputs: ['Hi Noah! Order 20981 is ready to collect from our Reading store from 2pm today.'] },
      ],
    },
    {
      name: 'email: a welcome line is no greeting in a letter',
      draft: 'Thank you for contacting Acme.\n\nYour refund of £20 was sent today.\n\nKind regards,\nLea',
      findings: [{ actual: '', start: 0, end: 0 }],
    },
    {
      name: 'chat: thanks for something else is no welcome (the customer greeted)',
      draft: 'Thanks for the photo of the box. The charger should have been inside, so I will send one today.',
      channel: 'chat',
      customer: 'Hello, the charger was not in the box',
      findings: [{ actual: '', start: 0, end: 0 }],
    },
    {
      name: 'chat with no name known',
      draft: 'Please calm down. We can’t look into anything while you’re shouting. What’s the transaction date?',
      channel: 'chat',
      findings: [
        {
          actual: '',
          outputs: [
            'Hi there! Please calm down. We can’t look into anything while you’re shouting. What’s the transaction date?',
          ],
        },
      ],
    },
    {
      name: 'a leading emoji: the greeting goes before it',
      draft: '🙂 Your order ships today and arrives on Friday.',
      customerName: 'Jan Novak',
      findings: [
        { actual: '', start: 0, end: 0, outputs: ['Hi Jan,\n\n🙂 Your order ships today and arrives on Friday.'] },
      ],
    },
    {
      draft:
        'Dear Sir/Madam,\n\nI’ve cancelled the renewal of policy HI-44010.\n\nYours faithfully,\nHarbour Insurance',
      customerName: 'Tom Whitaker',
      findings: [
        {
          actual: 'Dear Sir/Madam',
          start: 0,
          end: 14,
          message: /form letter: greet Tom by name/,
          outputs: [
            'Dear Tom,\n\nI’ve cancelled the renewal of policy HI-44010.\n\nYours faithfully,\nHarbour Insurance',
          ],
        },
      ],
    },
    {
      draft: 'Dear valued customer, thank you for contacting us. SPRING10 expired on 31 March.',
      channel: 'chat',
      customerName: 'Maya',
      findings: [
        {
          actual: 'Dear valued customer',
          outputs: ['Hi Maya, thank you for contacting us. SPRING10 expired on 31 March.'],
        },
      ],
    },
    {
      draft: '✨ To whom it may concern,\n\nYour fridge engineer is booked for Tuesday.',
      customerName: 'Gareth',
      findings: [
        {
          actual: 'To whom it may concern',
          start: 2,
          outputs: ['✨ Dear Gareth,\n\nYour fridge engineer is booked for Tuesday.'],
        },
      ],
    },
    {
      draft: 'Hello customer,\n\nYour refund is on its way.',
      customerName: 'Ana',
      findings: [{ actual: 'Hello customer', outputs: ['Hello Ana,\n\nYour refund is on its way.'] }],
    },
  ],
});
