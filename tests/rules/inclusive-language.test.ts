import rule from '../../rules/inclusive-language';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Facilities and a person-first phrase are fine.
    'The disabled toilet and the disabled parking bays are next to the entrance, and our older customers can book a call-back.',
    // A title that fits a clearly gendered name, the customer's own title, and a third party's title.
    {
      draft: 'Dear Mrs Ellison,\n\nI have refunded the second payment today.\n\nYours sincerely,\nJames',
      customer: 'My mortgage payment came out twice. Regards, Margaret Ellison',
      customerName: 'Margaret',
    },
    {
      draft: 'Dear Mr Taylor,\n\nI have closed your account today.\n\nKind regards,\nHarbour Bank',
      customer: 'Please close my account. Mr Sam Taylor',
      customerName: 'Sam',
    },
    {
      draft: 'Hi Sam,\n\nMr Jones, our engineer, will visit on Friday at 10am.\n\nKind regards,\nAmy',
      customer: 'My boiler is broken. Sam Taylor',
      customerName: 'Sam',
    },
    'Hi Roy! It only takes a minute: hold down 1 and follow the voice instructions.',
    // "Sir or Madam" already covers both; a knight's title with a name is not a guess.
    'Dear Sir or Madam,\n\nThank you for your enquiry about Sir Alex Ferguson Way.',
    // The customer gave the title themselves.
    { draft: 'Dear Sir,\n\nYour order will arrive on Friday.', customer: 'Where is my order? Mr D. Patel' },
    // Crazy golf is a game; a dumb phone is a product.
    'The crazy golf course reopens on Saturday, and the basic phone (a so-called dumb phone) is back in stock.',
    // The customer's own word, quoted back.
    { draft: 'I completely understand why the wait felt crazy, and I am sorry.', customer: 'This wait is crazy.' },
    { draft: 'You said the process felt "insane", and you are right that it took too long.' },
    // Near-misses: "guys" naming staff, "lamé" fabric, "blindside", "manage", "woman".
    'The lamé dress is back in stock, and our manager will manage the refund for you today.',
    'Our sanitiser is in stock again.',
    'Our offers are on https://example.com/crazy-deals and #crazydeals.',
  ],
  invalid: [
    {
      name: 'an endearment and a group defined by age',
      channel: 'chat',
      draft: 'No worries darling, the discount is also open to the elderly.',
      customerName: 'Rita',
      findings: [
        { actual: 'darling', outputs: ['No worries Rita, the discount is also open to the elderly.'] },
        {
          actual: 'the elderly',
          outputs: [
            'No worries darling, the discount is also open to older people.',
            'No worries darling, the discount is also open to older customers.',
          ],
        },
      ],
    },
    {
      name: 'a gendered title for a customer with a unisex name who gave none',
      draft:
        'Dear Mr Taylor,\n\nI have closed your account and transferred the balance today.\n\nKind regards,\nHarbour Bank',
      customer: 'Please close my account and send the balance to my new bank. Sam Taylor',
      customerName: 'Sam',
      findings: [
        {
          actual: 'Mr Taylor',
          start: 5,
          message: /guesses the customer's gender/,
          outputs: [
            'Dear Sam,\n\nI have closed your account and transferred the balance today.\n\nKind regards,\nHarbour Bank',
            'Dear Sam Taylor,\n\nI have closed your account and transferred the balance today.\n\nKind regards,\nHarbour Bank',
          ],
        },
      ],
    },
    {
      name: 'a title that contradicts the name, in the body',
      draft: '🙂 Thanks for your patience, Mrs Doyle. Your new card is on its way.',
      customer: 'Where is my new card? Gary Doyle',
      customerName: 'Gary',
      findings: [{ actual: 'Mrs Doyle', start: 29 }],
    },
    {
      channel: 'chat',
      draft: "Hi Roy! It's insanely easy, even my gran could do it lol.",
      findings: [
        {
          actual: 'insanely',
          message: /“insanely” can exclude or offend/,
          outputs: [
            "Hi Roy! It's really easy, even my gran could do it lol.",
            "Hi Roy! It's very easy, even my gran could do it lol.",
            "Hi Roy! It's incredibly easy, even my gran could do it lol.",
          ],
        },
        { actual: 'even my gran could do it', outputs: ["Hi Roy! It's insanely easy, it only takes a minute lol."] },
      ],
    },
    {
      draft: 'Dear Sir,\n\nYour order 30991 will be delivered on Friday.\n\nKind regards,\nLena',
      findings: [
        {
          actual: 'Sir',
          start: 5,
          end: 8,
          message: /assumes the customer's gender/,
          outputs: ['Hello,\n\nYour order 30991 will be delivered on Friday.\n\nKind regards,\nLena'],
        },
      ],
    },
    {
      name: 'Dear Sir when the customer name is known: greet by name',
      draft: 'Dear Sir,\n\nYour refund is on its way.',
      customerName: 'Alex Morgan',
      findings: [
        {
          actual: 'Sir',
          outputs: ['Dear Alex,\n\nYour refund is on its way.', 'Hello,\n\nYour refund is on its way.'],
        },
      ],
    },
    {
      draft: '🙂 I am so sorry, that is really lame of us and a bit tone deaf.',
      findings: [
        {
          actual: 'lame',
          start: 33,
          end: 37,
          outputs: [
            '🙂 I am so sorry, that is really not good enough of us and a bit tone deaf.',
            '🙂 I am so sorry, that is really poor of us and a bit tone deaf.',
            '🙂 I am so sorry, that is really disappointing of us and a bit tone deaf.',
          ],
        },
        { actual: 'tone deaf' },
      ],
    },
    {
      draft: "Sorry for the wait, it's been crazy here this week!",
      customer: "I've been waiting 45 minutes on the phone. Ridiculous.",
      findings: [
        {
          actual: 'crazy',
          outputs: [
            "Sorry for the wait, it's been hectic here this week!",
            "Sorry for the wait, it's been really busy here this week!",
            "Sorry for the wait, it's been unusual here this week!",
          ],
        },
      ],
    },
    {
      channel: 'chat',
      draft: 'Hi Farid, congrats to you guys on the anniversary!',
      findings: [
        {
          actual: 'you guys',
          outputs: [
            'Hi Farid, congrats to you all on the anniversary!',
            'Hi Farid, congrats to you both on the anniversary!',
            'Hi Farid, congrats to everyone on the anniversary!',
          ],
        },
      ],
    },
    {
      draft: 'We lack the manpower to do a sanity check on every order, and the sender is blacklisted.',
      findings: [{ actual: 'manpower' }, { actual: 'sanity check' }, { actual: 'blacklisted' }],
    },
  ],
});
