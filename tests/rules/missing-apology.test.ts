import rule from '../../rules/missing-apology';
import { ruleTester } from '../helpers/rule-tester';

const smashed = 'The dinner set I ordered arrived with two plates smashed. Really upset. Order 61180. Bev';

const late = '@Acme my parcel is 2 weeks late';

ruleTester(rule, {
  valid: [
    // Feeling with them in other words, and sorry as chat spells it.
    ...[
      'We hate to hear this! Please DM your order number and we’ll chase it. ^KL',
      'Sad to see this, DM us your order number? ^KL',
      'Really not happy to hear that. DM us and we’ll look. ^KL',
      'Sry for the delay, checking now',
      'Soz! DM us your order number ^KL',
    ].map((draft) => ({ draft, customer: late, channel: 'social' as const })),
    {
      name: 'a formula apology is non-apology’s finding, not a missing apology',
      draft: 'Dear Irene,\n\nSorry for any inconvenience caused. A replacement has been ordered.\n\nKind regards,\nCS',
      customer: 'My parcel was left on the doorstep in the rain and the book inside is ruined. Irene',
    },
    {
      name: 'empathy in the agent’s own words: a verdict on the situation',
      channel: 'social',
      draft:
        'Hello, this does not sound good. Can you DM the account name and service address? We would like to help. -Dan',
      customer: 'Next day turnaround on an outage issue? Terrible. #CSFail',
    },
    {
      name: 'empathy: hoping they are all right',
      channel: 'social',
      draft: 'We hope everyone is ok. Please DM us your email address so we can follow up immediately.',
      customer: 'my driver crashed and I hit my head, furious',
    },
    // No customer message: nothing to go on.
    'Hi Bev,\n\nI’ve sent two replacement plates by next-day delivery.\n\nKind regards,\nRosa',
    // A neutral question needs no apology.
    {
      draft: 'Hi Roy! Just hold down 1 and follow the voice instructions. Thanks for asking!',
      channel: 'chat',
      customer: 'How do I turn on the voicemail on my new phone?',
    },
    {
      draft: 'Hi Becky,\n\nI’ve cancelled order 88213 for you.\n\nBest,\nTom',
      customer: 'Please cancel my order 88213, I ordered the wrong colour by mistake. Ta, Becky',
    },
    // Asking about instalments because money is tight is not a complaint.
    {
      draft:
        'Dear Mrs Kaur,\n\nYes, you can spread your bill over 10 monthly instalments.\n\nYours sincerely,\nWessex Water',
      customer: 'Can I pay my water bill in instalments? It’s £480 and I can’t afford it all at once.',
    },
    // Upset customer, sincere apology or empathy present.
    {
      draft: 'Hi Bev,\n\nI’m so sorry two of your plates arrived smashed. Replacements arrive tomorrow.',
      customer: smashed,
    },
    {
      draft: 'Hi Jade, that must have been really frustrating. I’ve reset the mast connection for you.',
      channel: 'chat',
      customer: 'My phone has had no signal since Sunday. Fed up.',
    },
    {
      draft: 'Hi Leanne,\n\nI completely understand that staying connected matters when you work from home.',
      customer: 'I’m worried about being without internet as I work from home.',
    },
    {
      draft: 'Oh no, that’s not ideal! I’ve sent a new charger by first-class post.',
      channel: 'social',
      customer: 'The charger is missing from the box, really annoying.',
    },
    {
      draft: 'We understand your frustration and have refunded the second payment.',
      channel: 'social',
      customer: 'You charged me twice, ridiculous.',
    },
    {
      draft: 'Dear Jean,\n\nPlease accept my condolences. I’ve changed the name on the account today.',
      customer: 'My husband passed away and I need to change the name on our account.',
    },
  ],
  invalid: [
    // Glad, not sorry: good news to a complaint is no empathy.
    ...['Happy to hear from you! DM us your order number. ^KL', 'Great to see you here, DM us your order # ^KL'].map(
      (draft) => ({ draft, customer: late, channel: 'social' as const, findings: [{ actual: '' }] }),
    ),
    {
      name: 'chasing with a duration: "been like this for the past 30 min"',
      channel: 'social',
      draft: "We'd love to take a closer look at what's happening. Please message us so we can help!",
      customer: 'look at my download speed. Been like this for past 30 min!',
      findings: [{ actual: '' }],
    },
    {
      name: 'a threat and an accusation',
      channel: 'social',
      draft: "Hi, that's not something we do. What's the domain?",
      customer:
        "I'd appreciate it if you wouldn't sell my personal info to other companies. You had no right and i'll be reporting you to the BBB",
      findings: [{ actual: '' }],
    },
    {
      draft: 'Hi Bev,\n\nThanks for your email. I’ve sent two replacement plates.\n\nKind regards,\nRosa',
      customer: smashed,
      customerName: 'Bev',
      findings: [
        {
          actual: '',
          start: 9,
          end: 9,
          message: /upset.*“smashed”/,
          outputs: [
            'Hi Bev,\n\nI’m sorry the dinner set you ordered arrived with two plates smashed.\n\nThanks for your email. I’ve sent two replacement plates.\n\nKind regards,\nRosa',
          ],
        },
      ],
    },
    {
      name: 'withdrawn customer in chat',
      draft: 'Hi Ade, thanks for confirming. I’ve cancelled your broadband order.',
      channel: 'chat',
      customer: 'fine. whatever. just cancel the broadband order then. I’ll go elsewhere.',
      findings: [
        {
          actual: '',
          message: /giving up/,
          outputs: [
            'Hi Ade, I’m sorry we’ve let you down. thanks for confirming. I’ve cancelled your broadband order.',
          ],
        },
      ],
    },
    {
      name: 'sarcasm is a complaint',
      draft: '👋 Hi Hugh, I’ve removed the £34 charge.',
      channel: 'chat',
      customer: 'Lovely to be charged for a phone I returned a month ago. Really great service, as always.',
      findings: [{ actual: '', start: 12, end: 12 }],
    },
    {
      name: 'no greeting: the apology leads and uses their name',
      draft: 'The reset email can take up to 10 minutes. Please wait.',
      channel: 'chat',
      customerName: 'Nina',
      customer: 'I still haven’t got the password reset email. This is the second time I’m asking.',
      findings: [
        {
          actual: '',
          start: 0,
          end: 0,
          outputs: [
            "I'm sorry you still haven't got the password reset email, Nina. The reset email can take up to 10 minutes. Please wait.",
          ],
        },
      ],
    },
    {
      name: 'appreciating their patience is not empathy',
      draft: 'We appreciate your patience. The second payment has been refunded.',
      channel: 'social',
      customer: 'You charged me twice, ridiculous.',
      findings: [{ actual: '', start: 0, end: 0 }],
    },
    {
      name: 'sarcasm about an advertised feature',
      draft: 'Hi Julia,\n\nSpreadsheet export is included on the Pro plan.\n\nBest,\nRory',
      customer:
        'Cool, so the export feature you advertise on your pricing page just doesn’t exist on our plan? Love finding that out after paying for a year upfront.',
      findings: [{ actual: '' }],
    },
    {
      name: 'a withdrawn customer who has given up',
      draft: 'Dear M. Reid,\n\nI have cancelled policy HC-40021 from today.\n\nKind regards,\nHomeGuard',
      customer:
        'I’ve given up trying to get my claim sorted. Just cancel my policy. I’ll find someone who actually turns up.',
      findings: [{ actual: '', message: /giving up/ }],
    },
    {
      name: 'a wasted trip',
      draft: 'Hi Sheila,\n\nI’ve booked you in for Friday at 10:15am.\n\nKind regards,\nCarla',
      customer:
        'I turned up for my appointment yesterday and was told it wasn’t booked. I took time off work for this.',
      findings: [{ actual: '' }],
    },
    {
      name: 'bereavement',
      draft: 'Dear Jean,\n\nPlease upload the death certificate.\n\nRegards,\nAccounts',
      customer: 'I need to change the name on my broadband account after my husband passed away. Jean',
      findings: [
        {
          actual: '',
          outputs: [
            "Dear Jean,\n\nI'm so sorry for your loss.\n\nPlease upload the death certificate.\n\nRegards,\nAccounts",
          ],
        },
      ],
    },
  ],
});
