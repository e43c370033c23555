import rule, { luhn } from '../../rules/sensitive-data';
import { expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester';

it('Luhn checksum', () => {
  expect(luhn('4111111111111111')).toBe(true);
  expect(luhn('4111111111111112')).toBe(false);
});

ruleTester(rule, {
  valid: [
    // Talking about a password or PIN without writing one, and a shared guest Wi-Fi password.
    'Your password is case-sensitive and must be 8 characters or more. Your PIN will be sent separately by post.',
    "The guest Wi-Fi password is Sunshine2024, and reception can help if it doesn't connect.",
    'Your password is never shown to us, so please use the reset link if you have forgotten it.',
    // Telling customers never to share a secret is good practice.
    'We will never ask for your password, PIN or the security code on your card.',
    "Please don't send your card number by email: use the secure payment page instead.",
    // Resetting a password is not asking for it.
    'You can reset your password here: https://example.com/reset. Then enter your new password twice.',
    'Please enter your PIN at the card machine as usual.',
    // Order numbers, phone numbers and Luhn-invalid numbers are not card numbers.
    'Your order 4111 1111 1111 1112 has shipped. Call us on 0800 123 4567 if you need anything.',
    'Your tracking number is 4929 1234 5678 9012 3 and your phone number is +44 7700 900123.',
    // The last four digits are the safe way to name a card.
    'Could you confirm the last 4 digits of the card you paid with? You paid with the card ending 1111.',
    'The PIN reminder will arrive by post within 5 working days.',
    // The secret goes to the customer, or the customer needs it themselves.
    "We'll send you your login details by email, and you'll need your PIN to activate the card.",
    'Could you confirm you have received your new PIN?',
  ],
  invalid: [
    {
      name: 'a password written into the reply, after an emoji',
      draft: '🔐 Hi Sam, your temporary password is Welcome123! Please change it when you log in.',
      findings: [{ actual: 'Welcome123!', start: 38, message: /A password or PIN/ }],
    },
    {
      name: 'a PIN written into the reply',
      draft: 'Hi Sam, your new PIN is 4821.',
      findings: [{ actual: '4821' }],
    },
    {
      name: 'asking for a photo of the card, and the security answer',
      draft: 'Please send us a photo of the front and back of your card and the answer to your security question.',
      findings: [
        { actual: 'photo of the front and back of your card' },
        { actual: 'answer to your security question' },
      ],
    },
    {
      draft:
        'Hi Jess,\n\nYou paid for order 61290 with the Visa card 4111 1111 1111 1111, expiring 09/27.\n\nBest,\nMo',
      findings: [
        {
          actual: '4111 1111 1111 1111',
          message: /full card number.*ending 1111/,
          outputs: [
            'Hi Jess,\n\nYou paid for order 61290 with the Visa card •••• •••• •••• 1111, expiring 09/27.\n\nBest,\nMo',
          ],
        },
      ],
    },
    {
      draft: '💳 Card 5555-5555-5555-4444 was declined.',
      findings: [
        { actual: '5555-5555-5555-4444', start: 8, end: 27, outputs: ['💳 Card ••••-••••-••••-4444 was declined.'] },
      ],
    },
    {
      draft:
        'To confirm your identity, please reply with your card PIN and date of birth. I will then order a new card.',
      findings: [{ actual: 'card PIN', message: /PIN/, outputs: [] }],
    },
    {
      channel: 'chat',
      draft:
        'hey dylan, to unfreeze it i will just need your online banking passcode and the 4 digit pin for your card, then i can sort it.',
      findings: [
        { actual: 'online banking passcode', message: /password/, outputs: [] },
        { actual: '4 digit pin', message: /PIN/, outputs: [] },
      ],
    },
    {
      channel: 'chat',
      draft: '🙂 If you type your password here I can check whether it matches what we have on file.',
      findings: [{ actual: 'password', start: 20, end: 28, outputs: [] }],
    },
    {
      draft:
        'Please send me the long number on the front of your new card and the three numbers on the signature strip, and I will update it today.',
      findings: [
        { actual: 'long number on the front of your new card', message: /full card number/, outputs: [] },
        { actual: 'three numbers on the signature strip', message: /security code/, outputs: [] },
      ],
    },
    {
      draft:
        'To take the payment, please reply to this email with your full card number, expiry date and the 3-digit security code on the back.',
      findings: [
        { actual: 'full card number', outputs: [] },
        { actual: '3-digit security code on the back', outputs: [] },
      ],
    },
    {
      draft: "Could you confirm your CVV so I can process the order? What's your password for the app?",
      findings: [
        { actual: 'CVV', outputs: [] },
        { actual: 'password', outputs: [] },
      ],
    },
  ],
});
