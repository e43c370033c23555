import rule from '../../rules/curt-tone';
import { ruleTester } from '../helpers/rule-tester';

const LONG =
  'I have been waiting three weeks for my refund and nobody has answered a single one of my emails, this is ridiculous and I want my money back.';

ruleTester(rule, {
  valid: [
    // A polite imperative: "please" and a reassurance.
    { draft: 'Please try another card — it should go through.', channel: 'chat' },
    { draft: 'Could you try another payment method? It should go through then.', channel: 'chat' },
    { draft: 'Hi Ana, go to Settings and click Export. Let me know if that works!', channel: 'chat' },
    { draft: 'Hi Sam, thanks for waiting. Please restart the router and I will check the line.', channel: 'chat' },
    // A question asked with a softener.
    { draft: 'Could you tell me why the address was changed? Thanks!', channel: 'chat' },
    { draft: 'Sorry for the wait, Sam. You can restart the router from the app, and I will check the line meanwhile.' },
    // Formulas that are imperatives but polite.
    { draft: 'Thank you for waiting, have a nice day!', channel: 'chat' },
    { draft: 'Let me know if there is anything else I can do.', channel: 'chat' },
    // A full answer to a long, upset message.
    {
      draft: 'Thanks for your patience, Sam. I have sent the refund today and it will reach your card by Friday.',
      customer: LONG,
    },
    // Short, but an apology with the fix in it is no brush-off.
    { draft: 'I’m very sorry. I’ve sent a replacement that arrives tomorrow.', customer: LONG, channel: 'chat' },
    // A short no that is kind or gives the answer: not a bare refusal.
    { draft: 'No problem!', customer: 'Thanks for the help', channel: 'chat' },
    { draft: 'Not at all, glad to help!', customer: 'Sorry to bother you', channel: 'chat' },
    { draft: "No, it's free!", customer: 'Is there a fee for delivery?', channel: 'chat' },
    { draft: 'No, but you can swap it in store.', customer: 'Can I return it online?', channel: 'chat' },
    { draft: "Nope, you're all set, thanks!", customer: 'Do I need to do anything else?', channel: 'chat' },
    // Exemplary email reply.
    'Hi Laura,\n\nThank you for the photos. I’m sorry the mug arrived broken; I have sent a replacement today.\n\nKind regards,\nJade',
  ],
  invalid: [
    {
      draft: 'use another payment method or credit card',
      channel: 'chat',
      findings: [
        {
          actual: 'use another payment method or credit card',
          message: /reads as curt \(a bare command/,
          outputs: ['Could you try another payment method or credit card?'],
          severity: 'suggestion',
        },
      ],
    },
    {
      draft: 'according to the system you are using X as payment method try with another payment method',
      channel: 'chat',
      findings: [
        {
          actual: 'according to the system you are using X as payment method try with another payment method',
          outputs: [
            'according to the system you are using X as payment method. Could you try with another payment method?',
          ],
        },
      ],
    },
    {
      draft: '😐 Send me the order number and I will check it straight away.',
      channel: 'chat',
      findings: [
        {
          actual: 'Send me the order number and I will check it straight away.',
          start: 3,
          outputs: ['😐 Could you send me the order number? I will check it straight away.'],
        },
      ],
    },
    {
      draft: 'Why did you change the address?',
      channel: 'chat',
      findings: [{ actual: 'Why did you change the address?', message: /“why” question/, outputs: [] }],
    },
    {
      draft: 'So what is the problem?',
      channel: 'chat',
      findings: [{ actual: 'So what is the problem?', outputs: [] }],
    },
    {
      draft: 'Sorry about that.',
      customer: LONG,
      channel: 'chat',
      findings: [{ actual: 'Sorry about that.', message: /one-line answer to a long or upset message/, outputs: [] }],
    },
    {
      draft: 'Refund sent.',
      customer: LONG,
      channel: 'chat',
      findings: [{ actual: 'Refund sent.', message: /one-line answer to a long or upset message/, outputs: [] }],
    },
    // A bare no or a shrug as the whole answer: no reason, no way forward, no question back.
    ...['No.', "Don't know.", 'Not possible.', "Don't know what you mean, sorry"].map((draft) => ({
      draft,
      customer: 'Can you help me change the email on my account?',
      channel: 'chat' as const,
      findings: [{ actual: draft, message: /a bare no with no reason, way forward or question/, outputs: [] }],
    })),
    // A negative command has no "Could you…?" form that keeps its meaning: no fix rather than "Could you do not…".
    {
      draft: 'Do not send it back yet.',
      customer: 'Should I return it?',
      channel: 'chat',
      findings: [{ actual: 'Do not send it back yet.', message: /a bare command/, outputs: [] }],
    },
    {
      draft: 'Go to Settings and click Export.',
      channel: 'chat',
      findings: [
        { actual: 'Go to Settings and click Export.', outputs: ['Could you go to Settings and click Export?'] },
      ],
    },
  ],
});
