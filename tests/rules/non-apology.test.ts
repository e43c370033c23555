import rule from '../../rules/non-apology';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Naming the thing after a bare formula word, and a wish about a feeling that owns the problem.
    'We apologise for trouble with the network in your village; an engineer is checking the mast today.',
    'Sorry for delay in your refund: it left our account this morning.',
    'We never want you to wait this long, and I’m sorry we let that happen.',
    // Sincere, specific apologies.
    'I’m sorry your parcel arrived damaged, Priya. A replacement is on its way today.',
    'I’m so sorry for the delay with your refund; it will reach your account by Friday.',
    'Thank you for letting us know, and I’m sorry for the disruption to your day.',
    // "sorry, but" as a polite request.
    'Sorry, but could you send me a photo of the label so I can claim from the courier?',
    // "if" about the agent's own possible mistake.
    'Sorry if I missed it, but which colour did you order?',
    'Apologies if this is a duplicate: I’ve attached the invoice again.',
    // "any inconvenience" without an apology.
    'We’ll cover any costs from the missed visit, so you won’t be out of pocket.',
    // Trailing "sorry" in chat is not a non-apology.
    'We can only take headphones back unopened for hygiene reasons, sorry. What I can do is arrange a repair.',
    // Quoted customer words are not the agent's.
    'You said the agent told you “sorry if you feel that way” and hung up: I’m sorry, that should never have happened.',
  ],
  invalid: [
    {
      name: 'speaking to their feelings instead of the fault',
      draft: 'I don’t want you to feel this way. What’s going on? -Colleen',
      customer: 'My business internet is down again. Super cool company. I don’t recommend.',
      findings: [{ actual: 'I don’t want you to feel this way', message: /feelings/ }],
    },
    {
      name: 'a formula with no article that names nothing',
      draft: 'We apologise for trouble caused, please send us your number so that we can assist you further.',
      customer: 'we are facing very poor network in my village',
      findings: [{ actual: 'We apologise for trouble caused' }],
    },
    {
      draft: 'Hi Pete, I’m sorry if you feel you weren’t treated well. Thanks for the feedback.',
      channel: 'chat',
      customer: 'Your agent was really dismissive on the phone earlier, hung up on me basically.',
      findings: [
        {
          actual: 'I’m sorry if you feel',
          message: /apologises for the customer’s feelings/,
          outputs: [
            'Hi Pete, I’m sorry our agent was really dismissive on the phone earlier. Thanks for the feedback.',
          ],
        },
      ],
    },
    {
      draft:
        'Dear Derek,\n\nWe apologize if you were inconvenienced. A new visit is booked for Monday.\n\nRegards,\nBrightwave',
      customer: 'Nobody showed up for my installation this morning. Derek',
      findings: [
        {
          actual: 'We apologize if you were inconvenienced',
          message: /hedges with “if”/,
          outputs: [
            'Dear Derek,\n\nWe apologize that nobody showed up for your installation this morning. A new visit is booked for Monday.\n\nRegards,\nBrightwave',
          ],
        },
      ],
    },
    {
      draft: '🙏 Sorry for any inconvenience caused. A replacement copy has been ordered for you.',
      customer: 'My parcel was left on the doorstep in the rain and the book inside is ruined.',
      findings: [
        {
          actual: 'Sorry for any inconvenience caused',
          start: 3,
          end: 37,
          message: /scripted apology/,
          outputs: [
            '🙏 Sorry your parcel was left on the doorstep in the rain. A replacement copy has been ordered for you.',
          ],
        },
      ],
    },
    {
      name: 'no customer message: flagged, no made-up fix',
      draft: 'Your payment has been changed. Apologies for the inconvenience.',
      findings: [{ actual: 'Apologies for the inconvenience', outputs: [] }],
    },
    {
      draft:
        'Dear Margaret,\n\nI’m sorry you feel that way. Branch closures are a business decision.\n\nKind regards,\nHarbour Bank',
      customer: 'You closed my local branch without even writing to me. Disgraceful.',
      findings: [
        {
          actual: 'I’m sorry you feel that way',
          outputs: [
            'Dear Margaret,\n\nI’m sorry we closed your local branch without even writing to you. Branch closures are a business decision.\n\nKind regards,\nHarbour Bank',
          ],
        },
      ],
    },
    {
      draft: 'Hi Steve,\n\nSorry, but we’re very busy at the moment.\n\nRegards,\nBrightwave',
      customer: 'I’ve been without a landline for 6 days. This is dangerous.',
      findings: [
        {
          actual: 'Sorry, but',
          message: /takes the apology back/,
          outputs: [
            'Hi Steve,\n\nSorry you’ve been without a landline for 6 days. We’re very busy at the moment.\n\nRegards,\nBrightwave',
          ],
        },
      ],
    },
    {
      draft: 'Hi Leon, we regret any inconvenience this may have caused. Thanks for your feedback.',
      channel: 'chat',
      customer: 'You advertised the jacket as waterproof and I got soaked through. Not happy.',
      findings: [
        {
          actual: 'we regret any inconvenience this may have caused',
          outputs: [
            "Hi Leon, we're sorry we advertised the jacket as waterproof and you got soaked through. Thanks for your feedback.",
          ],
        },
      ],
    },
  ],
});
