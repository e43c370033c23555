import rule from '../../rules/blame';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Owning our slip, and a bank referral said kindly.
    'It looks like the wrong size was sent, sorry! I’ll send the right one today.',
    'Your bank may show a pending charge that drops off in 3 days.',
    'That is a matter for your bank: they can reverse the charge, and I’m happy to send you a letter for them.',
    'You should be able to log in now.',
    'You must be doing great with the new app!',
    // "you should have" as an expectation or a condition, not blame.
    'You should have received a confirmation email by now; I’ve resent it just in case.',
    'If you should have any further questions, just reply to this email.',
    'You were supposed to receive a callback yesterday, and I’m sorry that didn’t happen.',
    // Describing the customer's problem with sympathy.
    'I’m sorry you didn’t get the reset email: I’ve sent a new one to your inbox.',
    'As I mentioned on the phone, I’ve booked the engineer for Tuesday at 10am.',
    'As mentioned above, your refund will reach you by Friday.',
    'If you had any trouble with the link, I’ve pasted the address below.',
    'I’ve clearly labelled the box so the courier can find it.',
    // "understand" and "clear" in ordinary use.
    'I completely understand how frustrating this is, and I’ll explain clearly what happens next.',
    'Please let me know if anything is unclear; I’m happy to go through it again.',
    'Our engineers will call you by 5pm today to arrange a visit.',
    // Real-reply look-alikes: their problem, not their fault; telling a colleague; information pointed at kindly.
    'You haven’t been charged for the second order.',
    'If you haven’t received the code, I can resend it.',
    'You didn’t receive the email because it went to spam; I’ve resent it.',
    'Sorry you haven’t heard from us in a week: I’ve chased the warehouse today.',
    'You don’t need to do anything else.',
    'I asked the warehouse to check your parcel.',
    'I explained the delay to the courier and they will call you.',
    'The steps are given below.',
    'The refund was sent to your card today.',
    'As I mentioned, I’ve applied the discount.',
    'Once again, many thanks for the photos.',
    'Did you check your spam folder? The email can land there.',
    'Did you check out the new app?',
    // A norm said to someone who asked for advice, or who is not complaining, is advice, not a lecture.
    {
      draft: 'It’s important to check coverage before you travel: here is our map of partner networks.',
      customer: 'I’m going to Nigeria next week, what should I check before I go?',
      channel: 'social',
    },
    {
      draft: 'Reading the small print is essential, so I’ve summarised it below.',
      customer: 'Could you tell me what the contract says about early cancellation?',
    },
    {
      draft: 'I’m sorry the charges surprised you; I’ve refunded them. It’s important to us that you’re happy.',
      customer: 'I was charged roaming fees again, this is ridiculous!',
    },
    {
      draft: 'You should receive it Monday.',
      customer: 'My parcel still hasn’t arrived and it’s been two weeks!',
      channel: 'social',
    },
    // Quoted customer words are not the agent's.
    'You said “the agent told me to calm down” and that is not how we want you to be treated.',
  ],
  invalid: [
    // "You should have" with an irregular participle, doing it wrong, and passing the fault to their bank.
    ...(
      [
        ['You should have reset your password when we sent the email.', 'You should have reset'],
        ['You should’ve put the code in first.', 'You should’ve put'],
        ['You must be doing something wrong.', 'You must be doing something wrong'],
        ['That’s your bank’s issue, not ours.', 'That’s your bank’s issue'],
        ['This is a problem with your bank, not us.', 'This is a problem with your bank'],
        ['Not our problem.', 'Not our problem'],
      ] as const
    ).map(([draft, actual]) => ({ draft, findings: [{ actual }] })),
    {
      draft:
        'Hi Laura,\n\nIf you had checked the size guide, you would have seen that this brand runs small. You should have ordered a 16.\n\nI can exchange it today.\n\nKind regards,\nJade',
      findings: [
        { actual: 'If you had checked', message: /puts the blame on the customer/ },
        {
          actual: 'You should have ordered',
          outputs: [
            'Hi Laura,\n\nIf you had checked the size guide, you would have seen that this brand runs small.\n\nI can exchange it today.\n\nKind regards,\nJade',
          ],
        },
      ],
    },
    {
      draft:
        'Nina, as I already said, the reset email can take up to 10 minutes. You need to understand that we send thousands a day.',
      channel: 'chat',
      findings: [
        {
          actual: 'as I already said',
          message: '“as I already said” sounds passive-aggressive',
          outputs: [
            'Nina, the reset email can take up to 10 minutes. You need to understand that we send thousands a day.',
          ],
        },
        {
          actual: 'You need to understand that',
          outputs: ['Nina, as I already said, the reset email can take up to 10 minutes. We send thousands a day.'],
        },
      ],
    },
    {
      draft: '😤 Please calm down. We will look into it once you give me the date.',
      channel: 'chat',
      findings: [
        {
          actual: 'Please calm down',
          start: 3,
          end: 19,
          message: /escalates/,
          outputs: ['😤 We will look into it once you give me the date.'],
        },
      ],
    },
    {
      draft:
        'Paul,\n\nPer my last email, your contract ends 30 days after notice. Obviously this means April is payable.\n\nKen',
      findings: [
        {
          actual: 'Per my last email',
          outputs: ['Paul,\n\nYour contract ends 30 days after notice. Obviously this means April is payable.\n\nKen'],
        },
        {
          actual: 'Obviously',
          message: /condescending/,
          outputs: [
            'Paul,\n\nPer my last email, your contract ends 30 days after notice. This means April is payable.\n\nKen',
          ],
        },
      ],
    },
    {
      draft:
        'hi jo, like i said yesterday refunds take 14 days, if you’d read the confirmation email you’d know that. thanks',
      channel: 'chat',
      findings: [
        {
          actual: 'like i said yesterday',
          outputs: ['hi jo, Refunds take 14 days, if you’d read the confirmation email you’d know that. thanks'],
        },
        { actual: 'if you’d read' },
      ],
    },
    {
      draft: 'Your account was suspended because you failed to update your payment details.',
      findings: [{ actual: 'you failed to', outputs: [''] }],
    },
    {
      draft: 'Hi Pete, I hear you. Our agents are all trained to a high standard. Thanks for the feedback.',
      channel: 'chat',
      findings: [
        {
          actual: 'Our agents are all trained',
          message: /defends the company/,
          outputs: ['Hi Pete, I hear you. Thanks for the feedback.'],
        },
      ],
    },
    {
      draft: 'Did you even read the instructions? The issue is on your end.',
      findings: [{ actual: 'Did you even read' }, { actual: 'issue is on your end' }],
    },
    {
      draft:
        'As explained in the text message we sent you, your card was blocked. If you had replied to that text, the block would have been removed.',
      findings: [{ actual: 'As explained in the text message' }, { actual: 'If you had replied' }],
    },
    {
      draft:
        'The patch notes clearly said to log out first. The booking failed as you didn’t click the confirmation link.',
      findings: [{ actual: 'clearly said' }, { actual: 'you didn’t click' }],
    },
    // The forms real impolite replies take (MAIA-DQE), from the grammar: second person + a negated past or
    // perfect of answer/follow/read, "I asked you from the start", "as I (already) said", an impersonal
    // "the steps are given".
    {
      draft:
        'I asked you from the start is your device recognized by computer, you haven’t answered anything properly to me.',
      channel: 'chat',
      findings: [{ actual: 'I asked', message: /already told/, outputs: [''] }],
    },
    {
      draft: 'Hi Tom, you were not following the instruction. Go to Settings first.',
      channel: 'chat',
      findings: [
        {
          actual: 'you were not following',
          message: /failed to do something/,
          outputs: ['Hi Tom, Go to Settings first.'],
        },
      ],
    },
    {
      draft: 'You still haven’t read my previous message. The code is on the card.',
      findings: [{ actual: 'You still haven’t read', outputs: ['The code is on the card.'] }],
    },
    {
      draft: 'As I explained earlier, the code expires after an hour.',
      findings: [{ actual: 'As I explained earlier', outputs: ['The code expires after an hour.'] }],
    },
    {
      draft: 'as i said the refund takes five days',
      channel: 'chat',
      findings: [{ actual: 'as i said', outputs: ['The refund takes five days'] }],
    },
    {
      draft: 'The steps are given to follow.',
      channel: 'chat',
      findings: [
        { actual: 'The steps are given to follow.', message: /points the customer at instructions/, outputs: [''] },
      ],
    },
    {
      draft: 'Everything is explained in the email.',
      findings: [{ actual: 'Everything is explained in the email.', outputs: [''] }],
    },
    // Lecturing a customer who complains: what they should have known or done, as a norm or a rule.
    {
      draft:
        'Knowing what kind of coverage to expect when traveling is key. Please check coverage here and DM us with your questions.',
      customer: 'Your data does not work in Nigeria? This is crazy, can you fix this?',
      channel: 'social',
      findings: [
        {
          actual: 'Knowing what kind of coverage to expect when traveling is key.',
          message: /lectures the customer/,
          outputs: ['Please check coverage here and DM us with your questions.'],
        },
      ],
    },
    {
      draft: 'Hi Sam, as stated in our terms, the deposit is non-refundable. I can move your booking to May.',
      customer: 'I cancelled a week ahead and you kept my deposit. That is outrageous.',
      findings: [
        {
          actual: 'as stated in our terms, the deposit is non-refundable.',
          message: /points the customer at the rules/,
        },
      ],
    },
    {
      draft: 'Next time, please make sure you read the description before ordering. I have sent a return label.',
      customer: 'The lamp I got is tiny, nothing like the photo. Very disappointed.',
      findings: [{ actual: 'Next time, please make sure you read the description before ordering.' }],
    },
    {
      draft: 'It looks like you’ve entered the wrong card number, which is why it failed.',
      findings: [{ actual: 'you’ve entered the wrong' }],
    },
  ],
});
