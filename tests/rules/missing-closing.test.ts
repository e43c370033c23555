import rule from '../../rules/missing-closing';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A social reply that ends by sending the customer to a channel to carry on: the conversation is open.
    {
      channel: 'social',
      draft:
        "@jdoe We're sorry to hear this! Please reach out to us here so we can look into this further: https://example.com/help ^MK",
    },
    // A long conditional offer: "If the money isn't showing by…, or you need anything else, please reply…".
    'Dear Mrs Ellison,\n\nI have refunded the second payment today, and it will be back in your account by 6pm this evening.\n\nIf the money is not showing by tomorrow morning, or you need anything else, please reply to this email or call me on 0345 600 2290.\n\nYours sincerely,\nJames',
    'Hi Tom,\n\nYour replacement left our warehouse today. Should you need any further help, our team is on 0800 123 456.\n\nKind regards,\nAmy',
    // Social and chat replies that end by asking the customer to send us something carry on the conversation.
    {
      draft: '@user This is saddening to hear. Please shoot us a DM, so that we can look into this for you. -KC',
      channel: 'social',
    },
    { draft: '@user That’s no good! We’ll take a look. Can you DM us the tracking number? ^JB', channel: 'social' },

    { draft: 'Hi Jo, thanks for that. Let me put you through to our billing team now.', channel: 'chat' },

    { draft: 'Let me check that for you, one moment.', channel: 'chat' },
    // A question before a social sign-off still ends with a question.
    {
      draft: '@jake Hey Jake, thanks for reaching out. Can you send us a DM with your subscription ID? -DB',
      channel: 'social',
    },

    'Hi Jan,\n\nYour refund is on its way. Is there anything else I can help with?\n\nKind regards,\nSam',
    // The check that nothing is left, before the goodbye.
    'Perfect, great news! If there’s nothing else I can help you with, that would be all from my side. Have a lovely day.',
    'Your new card is on its way. If that’s all for today, have a good evening.',
    {
      draft: 'hi tess, i’ve sent your real order out today by next day delivery. anything else?',
      channel: 'chat',
    },
    'I’ve checked your line and it looks healthy. If it drops again, just reply here and I’ll send a replacement.',
    'Your payment plan is now set up. Please let me know if you have any other questions.',
    'Go to Contacts, click Export and choose Excel. Does that solve it?',
    'I’m glad the new router is working. Feel free to get in touch whenever you need us.',
    'Your account is unlocked. Please do not hesitate to contact us if you need anything else.',
    'Your order is on its way and will arrive by Friday. Hope this helps!',
    // The reply ends by asking the customer something: the conversation stays open.
    'I’m sorry your parcel arrived damaged. Could you send me a photo of the box so I can arrange a replacement?',
    { draft: 'Hi Fern, sorry about this. Can I take the tracking number so I can check it? Thanks!', channel: 'chat' },
    // A chat line that keeps the conversation going while the agent works.
    { draft: 'Thanks Lucy, one moment while I check your account for you.', channel: 'chat' },
    { draft: 'On it!', channel: 'chat' },
    // A chat turn that carries on the work: the closing offer comes when the case is wrapped up.
    {
      draft: 'Ok, please let’s try this first: hold down the power button for 15 seconds and release it.',
      channel: 'chat',
    },
    // The required sign-off is there, whitespace aside.
    {
      draft: 'Hi Jan,\n\nYour order ships today. Anything else I can do for you?\n\nKind regards,\nThe Acme Team',
      settings: { signOff: 'Kind regards, The Acme Team' },
    },
  ],
  invalid: [
    {
      name: '“if there is nothing wrong …” / “if it is all …” check nothing is left to do for the customer',
      draft:
        'Hi Ana,\n\nIf there is nothing wrong with the cable, the router itself must be faulty. If it is all lit up, it is on. I have ordered a new one.\n\nThanks,\nMark',
      findings: [{ actual: '' }],
    },
    {
      name: 'email: a step after "Ok," still wants a closing (a letter is the whole reply)',
      draft: 'Ok, please hold down the power button for 15 seconds and release it. Then try again.',
      findings: [{ actual: '' }],
    },
    {
      name: "'need something else' from the customer is a request, not an offer",
      draft:
        'Hi Paula,\n\nWe need something else from you before we can refund: the receipt for the blender.\n\nThanks,\nMark',
      findings: [{ actual: '' }],
    },
    {
      name: 'email: a request for a photo still wants a closing',
      draft:
        'Hi Paula,\n\nCould you please send us a photo of the damaged item? Once we receive it, we’ll arrange a replacement.\n\nThanks,\nMark',
      findings: [{ actual: '' }],
    },

    {
      draft:
        'Hi Freya, thanks for asking! Go to Contacts, click Export and choose Excel. The file will download straight away.',
      channel: 'chat',
      customerName: 'Freya',
      findings: [
        {
          actual: '',
          start: 113,
          end: 113,
          message: /without offering further help/,
          outputs: [
            'Hi Freya, thanks for asking! Go to Contacts, click Export and choose Excel. The file will download straight away. Is there anything else I can help with?',
            'Hi Freya, thanks for asking! Go to Contacts, click Export and choose Excel. The file will download straight away. Let me know if that sorts it out, Freya, or if there’s anything else I can help with.',
          ],
        },
      ],
    },
    {
      name: 'email: the closing goes before the sign-off, with the draft’s blank lines',
      draft:
        '🙂 Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nKind regards,\nReturns Team',
      findings: [
        {
          actual: '',
          start: 92,
          end: 92,
          outputs: [
            '🙂 Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nIs there anything else I can help with?\n\nKind regards,\nReturns Team',
            '🙂 Hi Lou,\n\nThanks for getting in touch about order HD-3310. The refund has been declined.\n\nLet me know if that sorts it out, Lou, or if there’s anything else I can help with.\n\nKind regards,\nReturns Team',
          ],
        },
      ],
    },
    {
      name: '“hold down” is an instruction, not a chat hold line',
      draft: 'Hi Roy! Just hold down 1 and follow the voice instructions. Thanks for asking!',
      channel: 'chat',
      findings: [{ actual: '' }],
    },
    {
      name: '“do anything else” is not an offer of help',
      draft: 'Your refund of £42.99 went back to your card this morning. You don’t need to do anything else.',
      findings: [{ actual: '' }],
    },
    {
      name: '“any problems” without an invitation',
      draft: 'I’ve checked your line and I haven’t found any problems, so it should work normally now.',
      findings: [{ actual: '' }],
    },
    {
      name: 'sending the customer elsewhere is not a closing',
      draft:
        'Dear Sandra,\n\nThe warranty on this model is 3 months. You may wish to contact the manufacturer directly about a repair.\n\nKind regards,\nAppliance Direct',
      findings: [{ actual: '', message: 'Is there anything else I can help with?' }],
    },
    {
      name: 'team sign-off: replaces a different sign-off',
      draft: 'Hi Jan,\n\nYour order ships today. Is there anything else I can help with?\n\nBest,\nSam',
      settings: { signOff: 'Kind regards, The Acme Team' },
      findings: [
        {
          actual: 'Best,\nSam',
          message: '“Kind regards, The Acme Team”',
          outputs: [
            'Hi Jan,\n\nYour order ships today. Is there anything else I can help with?\n\nKind regards, The Acme Team',
          ],
        },
      ],
    },
    {
      name: 'team sign-off: appended when there is none',
      draft: 'Hi Jan,\n\nYour order ships today. Is there anything else I can help with?\n',
      settings: { signOff: 'Kind regards, The Acme Team' },
      findings: [
        {
          actual: '',
          outputs: [
            'Hi Jan,\n\nYour order ships today. Is there anything else I can help with?\n\nKind regards, The Acme Team\n',
          ],
        },
      ],
    },
  ],
});
