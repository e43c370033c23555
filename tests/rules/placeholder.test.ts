import rule from '../../rules/placeholder';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Hi Jan,\n\nYour order 4471 is on its way and should arrive on Friday.\n\nKind regards,\nSam',
    // Curly braces and brackets in ordinary writing are fine.
    'The code is {A1} and the step is [optional] — you can skip it.',
    'Please press Ctrl+[ to go back.',
    // "XXL" and "TBDs" are words, not placeholders.
    'Your XXL jumper is back in stock.',
    // Quoted history is not the agent's.
    'Thanks Jan!\n\nOn Tue, 3 Mar 2026 at 10:00, Jan wrote:\n> Hi {{agent.name}}, where is my order?',
  ],
  invalid: [
    {
      draft: 'Hi {{ticket.requester.first_name}},\n\nThanks for waiting.',
      customerName: 'Priya Shah',
      findings: [
        {
          actual: '{{ticket.requester.first_name}}',
          message: /Unfilled macro placeholder/,
          outputs: ['Hi Priya,\n\nThanks for waiting.'],
        },
      ],
    },
    {
      draft: '🙂 Hi [NAME], your refund of £XXX is on its way. Delivery date: TBD.',
      findings: [
        { actual: '[NAME]', start: 6, end: 12, outputs: [] },
        { actual: 'XXX', outputs: [] },
        { actual: 'TBD', outputs: [] },
      ],
    },
    {
      draft: 'Dear <customer name>, your case %CASE_ID% has been updated by [insert agent name].',
      customerName: 'Ana',
      findings: [
        {
          actual: '<customer name>',
          outputs: ['Dear Ana, your case %CASE_ID% has been updated by [insert agent name].'],
        },
        { actual: '%CASE_ID%', outputs: [] },
        { actual: '[insert agent name]', outputs: [] },
      ],
    },
    {
      name: 'non-English drafts still get placeholder findings',
      draft:
        'Hola {{nombre}}, gracias por escribirnos. Su pedido llegará pronto y le enviaremos el número de seguimiento.',
      findings: [{ actual: '{{nombre}}', outputs: [] }],
    },
  ],
});
