import rule from '../../rules/escalation-handover';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A ticket raised, with a named team and a time later in the sentence.
    "I've raised a ticket and our Billing team will call you by 5pm tomorrow.",
    // Feedback passed on to stop it happening again: the customer's issue is already solved, no one waits.
    "I've sent a replacement that arrives tomorrow before 1pm. I've also raised this with our courier so it doesn't happen again.",
    'I have passed your comments to the store manager for training purposes.',
    // Money moved to the customer's own account is a bank transfer, not a hand-over.
    'Your account has been closed and the balance of £3,412.50 has been transferred to your current account ending 4471.',
    // Telling the team how it went is feedback, not a hand-over.
    "We've let our team know we can do better, Joel. Thanks for sharing :)",
    "I've let the store manager know you were disappointed with the service.",
    // Purchases moved between accounts are not the case.
    'Thank you so much. All your books have been transferred to the requested account, so they show in the app now.',
    'I have sent the refund to your original card today.',
    // A job raised with a named company, with a date and time window.
    "I've raised a job with Openreach and the engineer will attend on Thursday between 8am and 1pm.",
    // Asking a named team with a time, and letting a named person know with a time.
    'I have asked our Billing team to call you, and Priya will phone you by 4pm today.',
    'If you’re unhappy with our final response, you can escalate your complaint to the Financial Ombudsman Service.',
    'You can also escalate this to the Ombudsman within 8 weeks.',

    'I’ll pass this on to our product team as a feature request.',
    'I’ve raised it with our courier, DPD, and they’ll collect the parcel on Monday.',
    'We’ve escalated the issue with the courier, and the parcel will be delivered tomorrow.',

    // A clear hand-over: who and when.
    'I’ve passed your complaint to our Customer Relations team. Joanne Reid from that team will phone you by 5pm on Thursday.',
    'I’ve escalated this to our billing team, who will email you by 5pm tomorrow.',
    'I’ve raised this with my manager and she’ll call you within 2 working days.',
    // Not the case being handed on.
    'I’ll pass your kind words on to Dave and his team today.',
    'I’ve passed your feedback to the store manager.',
    'Your transfer of £1,200 reached your landlord’s account this morning.',
    'I’ve transferred the money to your account.',
    'The escalator near that exit is closed for repairs until Friday.',
    // Offers and conditions are not hand-overs yet.
    'If it happens again, I’ll escalate it to my manager.',
    { draft: 'Would you like me to transfer you to our billing team?', channel: 'chat' },
    // Calming a situation down.
    'Our staff are trained to de-escalate difficult situations.',
    // "Forward to" with the object left out still needs "to": looking forward is no hand-over, and a named
    // team with a time is a clear one.
    'We look forward to hearing from you.',
    'I will pass it on to our billing team, who will email you by Friday.',
  ],
  invalid: [
    {
      name: 'a hand-over with its object left out ("…to forward to relevant team")',
      draft: 'Hi There, sorry about this. may we have the screenshot of the payment slip to forward to relevant team.',
      findings: [{ actual: 'to forward' }],
    },
    {
      name: 'a ticket raised with no one named and no time',
      draft: "I've raised a ticket and someone will be in touch.",
      findings: [{ actual: 'raised a ticket', message: /who will handle it or when the customer will hear back/ }],
    },
    {
      name: 'transferred to the account team: a team, not an account, and no time',
      draft: 'Your case has been transferred to the account team and someone will be in touch.',
      findings: [{ actual: 'has been transferred' }],
    },
    {
      name: 'passed on with no destination',
      draft: "I've passed this on, and they'll get back to you.",
      findings: [{ actual: 'passed this on' }],
    },
    {
      name: 'a ticket raised with a tier, and a vague call-back',
      channel: 'chat',
      draft: "🙏 Hi Nora, I've raised a P1 with L2 and they'll circle back. Anything else?",
      customer: "The app won't let me upload receipts",
      findings: [
        {
          actual: 'raised a P1',
          start: 17,
          message: /who will handle it or when Nora will hear back/,
          outputs: [
            "🙏 Hi Nora, I've raised a P1 with L2 and they'll circle back. They’ll contact you by the end of tomorrow. Anything else?",
            "🙏 Hi Nora, I've raised a P1 with L2 and they'll circle back. You’ll hear from them within 2 working days. Anything else?",
          ],
        },
      ],
    },
    {
      name: 'asking an unnamed team to look into it',
      draft: 'I have asked the relevant team to look into this for you.',
      findings: [{ actual: 'asked the relevant team to look' }],
    },
    {
      name: 'letting a team know, with no time',
      draft: "I've let our delivery team know about the missed slot.",
      findings: [{ actual: 'let our delivery team know', message: /when the customer will hear back/ }],
    },
    {
      name: 'passive hand-over to a named team, no time',
      draft: 'Thanks for your email. Your case has been passed to our complaints team.',
      findings: [{ actual: 'has been passed', message: 'when the customer will hear back' }],
    },
    {
      draft: 'I’ve submitted a ticket to the relevant team.',
      findings: [{ actual: 'submitted a ticket', message: 'who will handle it or when' }],
    },

    {
      name: 'a third party named, but no time',
      draft: 'I’ve raised this with the courier and asked them to investigate.',
      findings: [{ actual: 'raised this', message: 'when the customer will hear back' }],
    },

    {
      name: 'chat transfer with no team and no wait time',
      draft: 'Hi Lucy, I’m sorry to hear about this. I’m transferring you now. Please hold.',
      channel: 'chat',
      customerName: 'Lucy',
      findings: [
        {
          actual: 'transferring you',
          message: 'who will handle it or when Lucy will hear back',
          outputs: [
            'Hi Lucy, I’m sorry to hear about this. I’m transferring you now. You’ll be connected in about 5 minutes. Please hold.',
            'Hi Lucy, I’m sorry to hear about this. I’m transferring you now. They’ll be with you here within 10 minutes. Please hold.',
          ],
        },
      ],
    },
    {
      draft: '🙂 I’ve referred your case to a senior colleague for review.',
      findings: [
        {
          actual: 'referred your case',
          start: 8,
          end: 26,
          outputs: [
            '🙂 I’ve referred your case to a senior colleague for review. They’ll contact you by the end of tomorrow.',
            '🙂 I’ve referred your case to a senior colleague for review. You’ll hear from them within 2 working days.',
          ],
        },
      ],
    },
    {
      draft: 'I’ve escalated this to the relevant department and someone will be in touch.',
      findings: [{ actual: 'escalated', message: 'who will handle it or when' }],
    },
    {
      name: 'a named team but no time',
      draft: 'I’ve passed the details to our fitting team and we’ll get back to you soon.',
      findings: [{ actual: 'passed the details', message: /doesn’t say when the customer will hear back/ }],
    },
    {
      draft:
        'Hi Kai, I’ve forwarded this to our Billing team to re-issue the bill. Is there anything else I can help with?',
      channel: 'chat',
      customerName: 'Kai',
      findings: [{ actual: 'forwarded this', message: 'when Kai will hear back' }],
    },
    {
      name: 'a time but no one named',
      draft: 'Your case has been escalated and a specialist will call you by 5pm tomorrow.',
      findings: [{ actual: 'escalated', message: 'who will handle it (a named team, person or role)', outputs: [] }],
    },
    {
      name: 'ticket-speak tiers name no one',
      draft: 'I’ve escalated to T2 as a P3 and they’ll revert back within the TAT.',
      channel: 'chat',
      findings: [{ actual: 'escalated', message: 'who will handle it or when' }],
    },
  ],
});
