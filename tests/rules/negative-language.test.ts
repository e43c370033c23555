import rule from '../../rules/negative-language';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A contact that carries the alternative bridges ("… but we'll email you a returns label today").
    'Hi Ana, we can’t refund it until it’s back, but we’ll email you a free returns label today.',
    // Negatives about the problem, not refusals.
    'Your card won’t be charged again, and it won’t happen again: I’ve fixed the setting.',
    'The app can’t have charged you twice: the second line is a pending authorisation that drops off in 2 days.',
    'You won’t need to return the broken one, and there’s nothing to print.',
    // Idioms and empathy.
    'Congratulations! I can’t wait to help you plan your day.',
    'I can’t imagine how frustrating that must have been, and I can’t thank you enough for your patience.',
    'You can’t go wrong with the blue one, and there’s nothing to worry about.',
    'Please don’t hesitate to get in touch if anything else comes up.',
    // Search results and conditions are not refusals.
    'I can’t see a second payment on your account, so could you send me a screenshot of your statement?',
    'If we can’t reach you by phone, we’ll email you instead.',
    'I’m sorry you can’t log in; I’ve reset your password just now.',
    'Nothing is impossible, so let’s get this sorted: I’ve booked the engineer for Monday.',
    'I can’t promise it’ll be there by Friday, so I’ve upgraded it to express delivery for free.',
    // Positive alternatives.
    'What I can do is send a replacement today, and it will arrive by Friday.',
    'Our policy allows returns within 60 days, so you’re well within it.',
    // A refusal bridged to the way forward — in the same sentence, after the negative words, or by a next
    // sentence that opens with what we can do — is the positive-language model already.
    'We can’t track the codes directly, but using your details we are able to release the titles to your account.',
    'While we’re not able to give an exact number right now, we can give you a range if you tell me the studio.',
    'You can’t get a Zones 1-4 ticket for that trip I’m afraid, you will need a Zones 1-6 one.',
    'It isn’t possible to hide the list at the moment, however we can forward this request to our product team.',
    'Unfortunately we can’t refund the order. What I can do is send a voucher for the full amount today.',
    'I’m unable to verify the account with that date. I can send you an email so you can confirm it’s you.',
    'We can’t refund a worn pair. But I can exchange them for another size today.',
    'We can’t refund it. I’ve booked a free repair for Monday instead.',
    // Quoted customer words are not the agent's.
    'You wrote that “unfortunately the zip broke on the second day” and I’m really sorry.',
    {
      name: 'team phrases only fire when the team adds them',
      draft: 'Thanks for your patience while we sorted this out.',
    },
  ],
  invalid: [
    {
      name: 'a promise to be in touch is no alternative: the refusal stands',
      draft: 'Hi Ana, we cannot refund the parcel. We will get back to you soon.',
      findings: [{ actual: 'we cannot refund' }],
    },
    {
      name: 'the same in one sentence',
      draft: 'Hi Ana, we can’t refund the parcel, but we’ll let you know.',
      findings: [{ actual: 'we can’t refund' }],
    },
    {
      draft:
        'Hi Josh,\n\nThanks for your email. Unfortunately, we cannot accept returns on worn trainers.\n\nKind regards,\nLucy',
      findings: [
        {
          actual: 'Unfortunately',
          message: /“Unfortunately” primes the customer for bad news/,
          outputs: [
            'Hi Josh,\n\nThanks for your email. We cannot accept returns on worn trainers.\n\nKind regards,\nLucy',
          ],
        },
        {
          actual: 'we cannot accept',
          message: /tells the customer what you can’t do/,
          outputs: [
            'Hi Josh,\n\nThanks for your email. Unfortunately, we cannot accept returns on worn trainers. What I can do is …\n\nKind regards,\nLucy',
          ],
        },
      ],
    },
    {
      draft: '🙂 Hi Becky! We can’t cancel it as it has already left our warehouse.',
      channel: 'chat',
      findings: [{ actual: 'We can’t cancel', start: 13, end: 28 }],
    },
    // A refusal left standing: its own reason or object is no way forward, and a separate sentence that only
    // sends the customer elsewhere does not reframe it.
    {
      draft: 'We can’t cancel it as it has already left our warehouse. Once it arrives, you can return it for free.',
      findings: [{ actual: 'We can’t cancel' }],
    },
    {
      draft: 'You’re outside the returns window, so we can’t help with this one. You could try a local repair shop.',
      findings: [{ actual: 'we can’t help with this one' }],
    },
    {
      draft: 'We can’t refund it. We are sorry about that.',
      findings: [{ actual: 'We can’t refund' }],
    },
    {
      draft: 'The technician won’t be able to come out again this week because the schedule is full.',
      findings: [{ actual: 'The technician won’t be able to come' }],
    },
    {
      draft: 'Thanks Connor. Refurbished items are sold as seen, so we’re unable to offer a refund.',
      findings: [{ actual: 'we’re unable to offer' }],
    },
    {
      draft: 'The warranty has expired, so there’s nothing we can do about it, I’m afraid.',
      findings: [
        {
          actual: 'there’s nothing we can do',
          message: '“there’s nothing we can do”',
          outputs: [
            "The warranty has expired, so here's what we can do about it, I’m afraid.",
            "The warranty has expired, so here's what I can do about it, I’m afraid.",
          ],
        },
        {
          actual: 'I’m afraid',
          outputs: ['The warranty has expired, so there’s nothing we can do about it.'],
        },
      ],
    },
    {
      draft: 'hi! no way to do that at the moment sorry, its not something we offer',
      channel: 'chat',
      findings: [{ actual: 'no way to' }, { actual: 'not something we offer' }],
    },
    {
      draft: 'I’m afraid that’s not possible. Our policy does not allow refunds on sale items.',
      findings: [
        { actual: 'I’m afraid', outputs: ['That’s not possible. Our policy does not allow refunds on sale items.'] },
        { actual: 'that’s not possible' },
        { actual: 'Our policy does not allow' },
      ],
    },
    {
      draft:
        'Large furniture items can’t be returned once assembled. The technician won’t be able to come out this week.',
      findings: [{ actual: 'can’t be returned' }, { actual: 'The technician won’t be able to come' }],
    },
    {
      draft: 'We do not currently support exports to Excel, and that won’t be possible this year.',
      findings: [{ actual: 'We do not currently support' }, { actual: 'that won’t be possible' }],
    },
    {
      draft: 'Hi Grace, we can’t be held responsible for building work near the hotel.',
      channel: 'chat',
      findings: [{ actual: 'we can’t be held responsible' }],
    },
    {
      name: 'chat without apostrophes',
      draft: 'im afraid we cant refund that, sorry',
      channel: 'chat',
      findings: [{ actual: 'im afraid', outputs: ['We cant refund that, sorry'] }, { actual: 'we cant refund' }],
    },
    {
      draft: 'You’re outside the 30-day window, so we cannot help with this one.',
      findings: [
        {
          actual: 'we cannot help with this one',
          outputs: ["You’re outside the 30-day window, so here's how we can help."],
        },
      ],
    },
    {
      name: 'team negative phrases and banned phrases',
      draft: 'As per policy we do not do refunds. Please be advised the store is closed.',
      settings: {
        phrases: {
          negative: [{ phrase: 'as per policy', replacements: ['under our returns policy'] }],
          banned: [{ phrase: 'please be advised' }],
        },
      },
      findings: [
        {
          actual: 'As per policy',
          message: 'negative language your team reframes',
          outputs: ['Under our returns policy we do not do refunds. Please be advised the store is closed.'],
        },
        { actual: 'we do not do refunds' },
        { actual: 'Please be advised', message: 'banned-phrase list', outputs: [] },
      ],
    },
  ],
});
