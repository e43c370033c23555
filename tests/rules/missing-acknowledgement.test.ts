import rule from '../../rules/missing-acknowledgement';
import { stem } from '../../lib/engine/signals/terms';
import { expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester';

const charged = 'Hi, I’ve been charged twice for my order 7781 - two payments of £39 on my statement.';

ruleTester(rule, {
  valid: [
    // A progress report that leaves nothing open ("I'll keep an eye on it and let you know") is answered by a
    // reaction; there is no issue to restate.
    {
      draft: 'Ah, no worries 👍 Keep us informed. We’re always happy to help.',
      channel: 'social',
      customer:
        'I got through and Nikita explained the bills will update in the next 3 days. I will keep an eye on it & let you know!',
    },
    // Their word as the head of a compound of ours names the same thing ("books" ~ "eBooks").
    {
      draft:
        'Yes, that is correct! All the eBooks purchased in our store are protected by a licence that only opens them in your account.',
      customer: 'That sounds great :) a question then, the books are secured',
      channel: 'chat',
    },
    // In a chat, a reaction to what they just told us answers it.
    {
      draft: 'Okay Great! Would there be anything else for me today?',
      channel: 'chat',
      customer: 'I still have to make the payment with the ATM, I will do it now.',
    },
    // The same offer of help after naming their problem.
    {
      draft: 'Hi Sam, sorry the ticket availability differs between the two sites. How can I help?',
      channel: 'social',
      customer:
        'What is going on here? Different ticket availability and different journeys on your website and the national one. Am I missing something?',
    },
    // A chat customer asks us to wait while they look: a short thanks is the answer.
    {
      draft: 'Thank you so much.',
      channel: 'chat',
      customer: 'It opens the login page of the reader account and shows an error. Just a minute',
    },
    {
      draft: 'Sure, take your time!',
      channel: 'chat',
      customer: 'I am looking for the order number on my invoice, hold on',
    },
    // No customer message.
    'Thank you for contacting us. We value your feedback.',
    // Their words, amounts or a close synonym in the reply.
    { draft: 'Hi Sara, I can see the two payments of £39: I’ve refunded the second one today.', customer: charged },
    { draft: 'Hi Sara, I’ve refunded the duplicate payment; it will show in 3 days.', customer: charged },
    {
      draft: 'Hi Bev,\n\nI’m sorry two of the plates were smashed. Replacements arrive tomorrow.',
      customer: 'The dinner set arrived with two plates smashed. Order 61180. Bev',
    },
    {
      draft: 'hey dylan, to unfreeze it I’ve sent a reset link to your phone.',
      channel: 'chat',
      customer: 'hi my app says my account is frozen??',
    },
    // A short chat answer that directly answers their question.
    {
      draft: 'hi! not at the moment, but I’ve passed your idea to our product team.',
      channel: 'chat',
      customer: 'can we get a dark mode on the dashboard? my eyes are dying lol',
    },
    { draft: 'Hi Tom, restart the router, then wait two minutes.', customer: 'My wifi keeps dropping every evening.' },
    {
      draft: 'Hi! Sorry to hear your account got hijacked. Please send me the email you originally signed up with.',
      channel: 'chat',
      customer: 'someone logged into my account and changed the email. i cant get in.',
    },
    // Too little in the message to restate.
    { draft: 'Hi Jo, all sorted now!', channel: 'chat', customer: 'Hi, thanks!' },
    // A chat turn that carries on the work: the issue was taken in turns ago.
    {
      draft: 'Ok, please let’s try this first: hold down the power button for 15 seconds and release it.',
      channel: 'chat',
      customer: 'I left it in factory mode but the letters are so faded that I can’t read anything',
    },
  ],
  invalid: [
    // A welcome opens the chat, it carries nothing on; pleasantries answer no question.
    {
      draft: 'Thank you for contacting us. How can I help you today?',
      channel: 'chat',
      customer: 'Hi, the app crashes every time I open the camera',
      findings: [{ actual: '', message: /never mentions the customer’s issue/ }],
    },
    {
      draft: 'We appreciate you reaching out to us! ^KL',
      channel: 'social',
      customer: '@Acme can I bring my dog on the train?',
      findings: [{ actual: '', message: /never mentions/ }],
    },
    {
      name: 'a stock service question ("What can I do for you?") hears nothing of dropped chats',
      draft: 'What can I do for you?',
      channel: 'chat',
      customer: 'Good evening. I’ve started two other chats, but they dropped',
      findings: [{ actual: '' }],
    },
    {
      name: 'details given to open a case, met with a template, are still ignored',
      draft: 'Thank you. I’ll be glad to assist you today',
      channel: 'chat',
      customer: 'I don’t know the last purchase but I have over 300 books on my account',
      findings: [{ actual: '' }],
    },
    {
      name: 'their word behind a longer head of ours is another word ("payments" in "overpayments")',
      draft: 'Hi there, thanks for reaching out! Our overpayments team loves hearing from customers. Have a great day.',
      customer: charged,
      findings: [{ actual: '' }],
    },
    // The same reaction to a problem does not engage with it.
    {
      draft: 'Okay Great! Would there be anything else for me today?',
      channel: 'chat',
      customer: 'The payment at the ATM failed twice and the money left my account.',
      findings: [{ actual: '' }],
    },
    // A bare offer of help asked as a question, to a customer who set out their problem.
    {
      draft: 'Hi Sam. How can I help?',
      channel: 'social',
      customer:
        'What is going on here? Different ticket availability and different journeys on your website and the national one. Am I missing something?',
      findings: [{ actual: '' }],
    },
    // "a minute" that is not a request to wait, and a wait request by email: still checked.
    {
      draft: 'Thank you so much.',
      channel: 'chat',
      customer: 'The reader shows an error on the login page and the page takes a minute',
      findings: [{ actual: '' }],
    },
    {
      draft: 'Thank you for your email. We value your feedback.',
      channel: 'email',
      customer: 'The reader shows an error on the login page after the update. Just a minute',
      findings: [{ actual: '' }],
    },
    // A follow-up opener with nothing carried on is still a template.
    {
      draft: 'Thank you. I’ll be glad to assist you today.',
      channel: 'chat',
      customer: 'I don’t know the last purchase but I have over 300 books on my reader',
      findings: [{ actual: '' }],
    },
    {
      draft: 'Hi Sara, thanks for getting in touch! Your order 7781 is on its way and should arrive on Thursday.',
      channel: 'chat',
      customer: charged,
      findings: [
        {
          actual: '',
          start: 9,
          end: 9,
          message: /never mentions the customer’s issue \(“charged”, “twice”, “payments”, “£39”\)/,
          outputs: [
            "Hi Sara, thanks for letting me know you've been charged twice for your order 7781. Your order 7781 is on its way and should arrive on Thursday.",
          ],
        },
      ],
    },
    {
      name: 'a scripted email reply',
      draft:
        'Dear Alan,\n\nThank you for contacting us. We value your feedback and will review your query.\n\nKind regards,\nThe Support Team',
      customer: 'I was charged £12.99 for a subscription I cancelled in January. Please refund me. Alan',
      findings: [
        {
          actual: '',
          outputs: [
            'Dear Alan,\n\nThanks for letting me know you were charged £12.99 for a subscription you cancelled in January. We value your feedback and will review your query.\n\nKind regards,\nThe Support Team',
          ],
        },
      ],
    },
    {
      name: 'canned troubleshooting that ignores a specific question',
      draft: '🛠️ Hi Lars, have you tried logging out and back in? Let us know if the issue persists.',
      channel: 'chat',
      customer:
        'Our webhook signing secret stopped validating after your 2.3 release. Can you check if the signing algorithm changed?',
      findings: [{ actual: '', message: /“webhook”, “signing”, “secret”/ }],
    },
    {
      draft:
        'Dear Mrs Patel,\n\nWe are sorry to hear about your experience. Customer feedback is important to us.\n\nKind regards,\nCare',
      customer:
        'Your engineer left muddy footprints all over my cream carpet yesterday. I expect you to pay for cleaning.',
      findings: [
        {
          actual: '',
          start: 17,
          end: 17,
          outputs: [
            'Dear Mrs Patel,\n\nThanks for letting me know our engineer left muddy footprints all over your cream carpet yesterday.\n\nWe are sorry to hear about your experience. Customer feedback is important to us.\n\nKind regards,\nCare',
          ],
        },
      ],
    },
    {
      name: 'an auto-reply with a bulleted list of help articles',
      draft:
        'Hi Hannah,\n\nThanks for contacting us!\n\nYou might find these useful:\n\n• Getting started with invoices\n• Managing your billing settings\n\nWe aim to respond within 2 business days.\n\nBest regards,\nThe Team',
      customer:
        'Our invoices are being generated with last year’s VAT number even though I updated it in Settings on 2 March. Can you fix the invoices already sent?',
      findings: [{ actual: '' }],
    },
    {
      draft: 'Hi Ruth, I’ve escalated to our second-line team as a priority.',
      channel: 'chat',
      customer: 'My TV box keeps freezing every few minutes.',
      findings: [{ actual: '', message: /“box”, “freezing”/ }],
    },
    {
      name: 'a chat question answered with another question is not an answer',
      draft: 'Hi Mo, have you tried restarting it?',
      channel: 'chat',
      customer: 'Can you tell me why my invoice went up 18% this quarter?',
      findings: [
        {
          actual: '',
          outputs: ['Hi Mo, thanks for getting in touch about your invoice. have you tried restarting it?'],
        },
      ],
    },
  ],
});

it('stems plurals and tenses together', () => {
  expect(stem('charged')).toBe(stem('charge'));
  expect(stem('payments')).toBe('payment');
  expect(stem('address')).toBe('address');
  expect(stem('freezing')).toBe('freez');
});
