import rule from '../../rules/already-provided';
import { ruleTester } from '../helpers/rule-tester';

const kirsty = 'Hi, my order #A-55120 hasn’t arrived yet. My email is kirsty.m@example.com. Kirsty';

ruleTester(rule, {
  valid: [
    // Asking whether they contacted us when they did not say so, or asking what they were told.
    {
      draft: 'Have you spoken to our team on the phone about this?',
      customer: 'Booked flights for 4 and two of the names are wrong, should I be worried?',
    },
    {
      draft: 'What were you advised when you called? I can check the notes.',
      customer: '3rd call to you hoping everything is sorted, two names on the booking are wrong',
    },
    // A question about something they did not say, or asked the other way round.
    {
      draft: 'Are you able to open other games? We’d be happy to help!',
      customer: 'No game is able to update since the new Xbox update',
    },
    {
      draft: 'Have you tried restarting the console?',
      customer: 'No game is able to update since the new Xbox update',
    },
    {
      draft: 'Can you send us the error code you see?',
      customer: 'I can’t log in to the app',
    },
    // No customer message, or they gave nothing.
    'Could you send me your order number so I can check?',
    { draft: 'Could you send me your order number so I can check?', customer: 'Where is my parcel? It’s late.' },
    // Confirming the value they gave is good listening.
    { draft: 'I’ve checked order A-55120 and it’s with the courier.', customer: kirsty },
    { draft: 'Can you confirm A-55120 is the order you mean?', customer: kirsty },
    // Asking for something different from what they gave.
    { draft: 'Is there a different email address we can reach you on?', customer: kirsty },
    // Instructions and statements, not requests.
    { draft: 'Please check your email for the confirmation, it’s on its way.', customer: kirsty },
    { draft: 'You don’t need to send your order number again, as I have your order details here.', customer: kirsty },
    { draft: 'Thanks for sending your order number, that helps.', customer: kirsty },
    // A different kind of detail from the one they gave.
    { draft: 'What’s the tracking number on the label?', customer: kirsty },
    // Their email's domain is not a web address they gave.
    { draft: 'Could you send me the link to your online store?', customer: kirsty },
  ],
  invalid: [
    {
      name: 'asks whether they called after they said it was their third call',
      draft: 'Have you spoken to our team on the phone about this? What were you advised?',
      customer: '3rd call to @VirginAtlantic hoping everything is sorted, two names on the booking are wrong',
      findings: [{ actual: 'Have you spoken to our team on the phone about this?', message: /3rd call/ }],
    },
    {
      draft: 'Did you contact the store?',
      customer: 'I phoned the store twice and nobody knows where my sofa is.',
      findings: [{ actual: 'Did you contact the store?' }],
    },
    {
      name: 'asking whether they can do what they said they cannot',
      draft: 'Are you able to update your games currently? We’re happy to help! ^EZ',
      customer: 'I think the new Xbox update broke it. No game is able to update, and it’s not my wifi',
      findings: [{ actual: 'Are you able to update your games currently?', message: /already told you/ }],
    },
    {
      name: 'asking whether they tried what they said they did',
      draft: 'Sorry about that. Have you tried restarting it?',
      customer: 'The router keeps dropping. I restarted it twice already.',
      findings: [{ actual: 'Have you tried restarting it?' }],
    },
    {
      draft:
        'Hi Kirsty,\n\nSo I can look into this, could you please send me your order number and the email address you used?\n\nBest,\nRyan',
      customer: kirsty,
      findings: [
        {
          actual: 'order number',
          message: 'They already gave order number A-55120',
          outputs: [
            "Hi Kirsty,\n\nThanks for including your order number (A-55120) and email address (kirsty.m@example.com): I'll use them to look into this.\n\nBest,\nRyan",
          ],
        },
        { actual: 'email address', message: 'kirsty.m@example.com' },
      ],
    },
    {
      draft: '📦 Hi Fern, sorry your parcel isn’t with you. What’s the tracking number?',
      channel: 'chat',
      customer: 'Tracking says delivered but nothing’s here. Tracking no. JD014600003829173',
      findings: [
        {
          actual: 'tracking number',
          start: 57,
          end: 72,
          outputs: [
            '📦 Hi Fern, sorry your parcel isn’t with you. Thanks for including your tracking number (JD014600003829173).',
          ],
        },
      ],
    },
    {
      draft: 'Hi Jade, can I take your account number and postcode so I can check the mast near you?',
      channel: 'chat',
      customer: 'No signal at home since Sunday. Account number 4400-1982-77, postcode LS6 2QT.',
      findings: [{ actual: 'account number' }, { actual: 'postcode', message: 'postcode LS6 2QT' }],
    },
    {
      draft: 'Hi Daniel,\n\nCould you confirm the email address registered on your account?\n\nBest,\nSupport',
      customer: 'I need my March invoice. My account email is d.okafor@example.com. Daniel',
      findings: [{ actual: 'email address' }],
    },
    {
      draft: 'I’d be happy to call you. What’s the best phone number to reach you on?',
      customer: 'Please call me. My number is 07700 900461.',
      findings: [{ actual: 'phone number', message: '07700 900461' }],
    },
    {
      draft: 'Please reply with your account ID so I can reset your access.',
      customer: 'I can’t log in to my account (ID 88-20411) since this morning.',
      findings: [
        {
          actual: 'account ID',
          message: 'They already gave account ID 88-20411',
          outputs: ["Thanks for including your account ID (88-20411): I'll use it to reset your access."],
        },
      ],
    },
    {
      name: 'social: DM us your order number',
      draft: 'Hi there! We’d love to help. Can you DM us your order number?',
      channel: 'social',
      customer: '@AcmeHelp my order #112-3456 hasnt arrived',
      findings: [{ actual: 'order number', message: 'order number 112-3456' }],
    },
    {
      name: 'card digits and account ending',
      draft: 'Hi Jorge, can you confirm the last 4 digits of the card and your account number?',
      channel: 'chat',
      customer: 'I want to report my debit card lost. Last 4 digits 8812, account ending 30417.',
      findings: [
        { actual: 'last 4 digits', message: '8812' },
        { actual: 'account number', message: '30417' },
      ],
    },
    {
      name: 'meter reading and forwarding address',
      draft: 'Hi Sunil,\n\nPlease send us your final meter reading and a forwarding address.\n\nKind regards,\nEnergy',
      customer: 'My new address is 5 Fern Way, Didcot OX11 7PQ. Final meter reading is 48210. Sunil',
      findings: [
        { actual: 'final meter reading', message: '48210' },
        { actual: 'forwarding address', message: '5 Fern Way, Didcot OX11 7PQ' },
      ],
    },
    {
      draft: 'Could you send me your workspace URL so I can find the right account?',
      customer: 'Can you add storage to our workspace? Workspace URL: acme-design.boardly.io. Thanks, Lena',
      findings: [{ actual: 'workspace URL', message: 'acme-design.boardly.io' }],
    },
    {
      draft: 'Could you send us a photo of the damage?',
      customer: 'The vase arrived cracked. I’ve attached photos of the box and the vase.',
      findings: [{ actual: 'a photo', message: 'They already gave photos' }],
    },
  ],
});
