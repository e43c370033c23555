import rule from '../../rules/missing-next-step';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A quick chat line with nothing reported is not checked.
    { draft: 'One moment please.', channel: 'chat', customer: 'Can I change my delivery address?' },
    { draft: 'Sure, happy to!', channel: 'chat', customer: 'could you check my order status' },
    // A short answer that is itself the next step.
    { draft: 'Please DM us your order number. ^DP', channel: 'social', customer: '@Acme my parcel never came' },
    // A how-long question answered by the event it waits for, or a time, in other words.
    { draft: 'until it let you know is pawering off', channel: 'chat', customer: 'How long?' },
    { draft: 'Refunds usually land in 3-5 days.', channel: 'chat', customer: 'When will my refund arrive?' },
    // Not following, then asking: the question is the step. Knowing what they mean is agreement.
    {
      draft: 'I don’t understand what you mean. Could you send me a screenshot?',
      channel: 'chat',
      customer: 'A screen appears, but it does not have the option NO.',
    },
    { draft: 'I know what you mean, it happens to me too.', channel: 'chat', customer: 'the screen is a bit dim' },
    {
      draft: 'I don’t understand why the charge was made, so I have refunded it today.',
      channel: 'chat',
      customer: 'why was I charged twice?',
    },
    // The customer asked for a piece of information and the reply hands it over.
    {
      draft:
        'Hi Paul,\n\nThanks for getting in touch. Your TV Licence number is 1234567890. Please keep it safe.\n\nKind regards,\nTV Licensing',
      customer: 'I need the TV licence number for my records.',
    },
    // Where to look is an option for the customer ("you can see it in the app"), after a refusal.
    {
      draft:
        "Hi Kate,\n\nFor security, we can't send full account details by email, but you can see the full number in the app.\n\nKind regards,\nSam",
      customer: 'Can you send my account number? Kate',
    },
    // A thanks sentence with the customer's date, then a real step with a time.
    'Hi Fiona,\n\nThanks for letting us know you move abroad in June. Your contract will end on 31 May with no early termination charge.\n\nKind regards,\nLucy',
    // A status-quo verb followed by an action: "we will continue to monitor".
    "Hi Ben, we'll continue to monitor your line and I'll call you on Friday at 10am with the results.",
    { draft: '@115712 Please send us a Direct Message, so that we can further assist you. -ES', channel: 'social' },
    {
      draft: '@user Ugh, that’s frustrating! Have you tried restarting your router? Let us know if that helps.',
      channel: 'social',
    },
    'We’re sorry for any frustration! Our teams are working to get things up and running again.',

    'Thanks for your email. Your case has been passed to our complaints team.',

    'Your order is scheduled for delivery on Friday between 9am and 1pm.',
    'Thanks for the update. I’m glad the replacement arrived safely and everything is working.',

    // Resolution reported, or nothing to solve.
    'Glad to hear it’s working now! Let us know if you need anything else.',
    'Dear Mr Jones,\n\nThank you for your email. Your account is now active again.\n\nYours sincerely,\nClaire',
    {
      draft: 'Hi Marie, that’s so lovely to hear. Dave will be thrilled!',
      channel: 'chat',
      customer: 'Just wanted to say the driver today was lovely, really helpful.',
    },
    'We have received your request and it is being processed.',
    { draft: '@user That’s not the experience we want you to have. DM us your order number.', channel: 'social' },

    // Our action, done or promised.
    'I’ve issued a refund of £42.99 today, and it will reach your card within 3 working days.',
    'Hi Ade, I’ve cancelled your broadband order and you’ll get a confirmation email within the hour.',
    'Our engineers are working on a fix right now.',
    // Instructions and options for the customer.
    'You can return the rug free of charge within 30 days using the label in the box.',
    'Go to Contacts, click Export and choose Excel.',
    'Your new delivery date is Wednesday 12 June. If that doesn’t suit, reply with a better day and I’ll rebook it.',
    // Offers, and things handed over.
    'Would you like me to book an engineer for Thursday morning?',
    'I’d be happy to call you this afternoon to talk it through.',
    'Here’s your tracking link: https://track.example.com/123',
    'Your refund was processed this morning and should reach your account within 3-5 working days.',
    // A plain question, plainly answered: the answer is the solution.
    {
      draft: 'Hi Jess,\n\nYou paid for order 61290 with your Visa card ending 1111.\n\nBest,\nMo',
      customer: 'Which card did I use to pay for my order 61290? I have two Visa cards. Jess',
    },
    // Too short to judge (a chat line mid-conversation).
    { draft: 'Thanks, checking!', channel: 'chat' },
    // Asking for something the case needs ("may we have…", "could I see…") moves it on, lower case and all.
    {
      draft: 'Hi There, sorry about this. may we have the screenshot of the payment slip please. Thank you. -Prabu',
      customer: 'my credit card got debited RM676.90 on 24/9/2017, please check',
      channel: 'social',
    },
    // A question after an emoticon is a question of its own.
    {
      draft:
        'Good Day! Thank you for contacting us. I would be happy to assist you today :) Is there any error updating the map ?',
      customer: 'I did not remove the old map and installed it all together',
      channel: 'chat',
    },
  ],
  invalid: [
    {
      name: 'a few words of sympathy as the whole answer to a reported problem',
      draft: 'Sorry about that. ^DP',
      channel: 'social',
      customer: '@Acme my internet is down again!!',
      findings: [{ actual: '' }],
    },
    {
      name: 'a how-long question met with neither a time nor a way on',
      draft: 'That depends on a lot of different things really.',
      channel: 'chat',
      customer: 'How long?',
      findings: [{ actual: '' }],
    },
    {
      name: 'saying you do not follow, with no question, leaves the customer stuck mid-chat',
      draft: 'Don’t know what you mean, sorry',
      channel: 'chat',
      customer: 'A screen appears, but it does not have the option NO. It is not the configuration screen.',
      findings: [
        {
          actual: '',
          outputs: [
            'Don’t know what you mean, sorry. Could you tell me a little more about what you see, or send me a screenshot?',
            'Don’t know what you mean, sorry. Could you walk me through what happens, step by step?',
          ],
        },
      ],
    },
    {
      name: 'not sure what they are asking, said without asking',
      draft: 'Sorry, I’m not sure I understand what you are asking here.',
      channel: 'chat',
      customer: 'the second one yes',
      findings: [{ actual: '' }],
    },
    {
      name: 'a request for information that the reply does not hand over',
      draft: 'Hi Paul,\n\nThanks for getting in touch. We value you as a customer.\n\nKind regards,\nTV Licensing',
      customer: 'I need the TV licence number for my records.',
      findings: [{ actual: '' }],
    },
    {
      name: "a refusal, the customer's own date and the status quo are not a next step",
      draft:
        'Dear Fiona,\n\nThank you for getting in touch about ending your mobile contract before you move abroad in June.\n\nUnfortunately we are unable to end contracts early. Your contract will continue until November as agreed.\n\nShould you have any further questions, please do not hesitate to contact us.\n\nKind regards,\nLucy',
      customer: "I'm moving abroad in June and need to end my mobile contract early. What are my options?",
      findings: [{ actual: '' }],
    },
    {
      name: 'sorry with a date is sympathy, not a step',
      channel: 'chat',
      draft: "🙁 I'm sorry your parcel didn't arrive on Monday. The delivery charge will stay on your account.",
      findings: [{ actual: '' }],
    },
    {
      name: 'a stated commitment is not an action',
      draft: 'Thank you for contacting us. We value your feedback and are committed to providing excellent service.',
      findings: [{ actual: '' }],
    },

    {
      name: 'a past decision with a time is not a next step',
      draft:
        'Hi Nora, thanks for letting us know. A decision was taken to move some guests to standard rooms this week.',
      channel: 'chat',
      findings: [{ actual: '' }],
    },

    {
      name: 'a compliment about something else while the customer still has a problem',
      draft: 'Hi Marie, that’s lovely to hear. The driver team works really hard.',
      channel: 'chat',
      customer: 'Thanks for the quick delivery, but the lamp arrived broken.',
      findings: [{ actual: '' }],
    },

    {
      name: 'a decision reported in the passive, no way forward',
      draft:
        'Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nKind regards,\nReturns Team',
      customer: 'I returned a faulty hairdryer 2 weeks ago. Where is my refund? Order HD-3310. Lou',
      customerName: 'Lou',
      findings: [
        {
          actual: '',
          start: 87,
          end: 87,
          message: /doesn’t say what happens next/,
          outputs: [
            'Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nI’ll look into your refund today and email you by the end of the day with what happens next.\n\nKind regards,\nReturns Team',
            'Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nHere’s what happens next: I’ll check your refund and update you within 24 hours.\n\nKind regards,\nReturns Team',
          ],
        },
      ],
    },
    {
      name: 'first person, but only feelings',
      draft: '🙁 We apologise for the delay. We understand how frustrating this is, and we value your feedback.',
      findings: [{ actual: '', start: 97, end: 97 }],
    },
    {
      name: 'a negated future is not a step',
      draft:
        'Dear Derek,\n\nThe technician won’t be able to come out again this week because the schedule is full.\n\nRegards,\nBrightwave',
      findings: [{ actual: '' }],
    },
    {
      name: 'chat: the step goes before the closing question, with a full stop where one is missing',
      draft: 'Hi Tariq, once headphones are opened we can’t take them back, sorry. Anything else?',
      channel: 'chat',
      findings: [
        {
          actual: '',
          outputs: [
            'Hi Tariq, once headphones are opened we can’t take them back, sorry. I’ll look into this now and update you here within the hour. Anything else?',
            'Hi Tariq, once headphones are opened we can’t take them back, sorry. Here’s what I’ll do next: I’ll check this today and message you by the end of the day. Anything else?',
          ],
        },
      ],
    },
    {
      name: '“you should have” is blame, not an instruction',
      draft:
        'Large furniture can’t be returned once assembled. You should have checked the specification before ordering.',
      findings: [{ actual: '' }],
    },
    {
      name: 'a closing imperative is not a step',
      draft:
        'Your account has been restricted in line with our policies. Please let me know if you have any other questions.',
      findings: [{ actual: '' }],
    },
    {
      name: 'a “why” question answered with the bare fact',
      draft: 'Hi Zac, thanks for getting in touch. Your order 44019 was cancelled. You haven’t been charged.',
      channel: 'chat',
      customer: 'Why has my order been cancelled?? I didn’t do anything. Order 44019.',
      findings: [{ actual: '' }],
    },
    {
      name: 'chat with no punctuation at the end',
      draft: 'hi! no way to do that at the moment sorry, its not something we offer',
      channel: 'chat',
      findings: [
        {
          actual: '',
          outputs: [
            'hi! no way to do that at the moment sorry, its not something we offer. I’ll look into this now and update you here within the hour.',
            'hi! no way to do that at the moment sorry, its not something we offer. Here’s what I’ll do next: I’ll check this today and message you by the end of the day.',
          ],
        },
      ],
    },
  ],
});
