import rule from '../../rules/long-sentence';
import { ruleTester } from '../helpers/rule-tester';

const long1 =
  'Your Fixed Saver account is designed for customers who are able to leave their money untouched for the full term, and so if a withdrawal is made before the maturity date the interest earned over the previous 90 days is forfeited in line with the terms you accepted.';
const long2 =
  'I sincerely apologize that you did not receive the callback we promised yesterday regarding claim 44120, and I want to assure you that I have personally reviewed your file and scheduled a call with your claims adjuster for tomorrow at 10am.';
const chat =
  'yes you can change your flight from Tuesday to Thursday and the fare difference is £38 plus a £25 change fee so that is £63 in total and if you are happy with that just reply yes and I will make the change for you';

ruleTester(rule, {
  valid: [
    // Postal addresses are read as one item each.
    'We can deliver to 12 High Street, Flat 3, Leeds, LS1 4AB, United Kingdom, or to your work address at Unit 7, Riverside Business Park, Aire Street, Leeds, LS1 5QP, between 9am and 5pm on weekdays, Monday to Friday.',
    // 35 words exactly is fine.
    'Thanks for your patience while we looked into this for you, and I can confirm that the replacement blender was sent today by tracked courier and should arrive with you on Thursday before 1pm.',
    // A URL counts as one word, however long.
    'You can download the form from https://www.example.com/support/forms/returns/2026/uk/returns-form-with-a-very-long-name-and-many-path-segments.pdf and post it back to us.',
    // A list on separate lines is separate sentences.
    'To reset it:\n- open Settings and tap Account\n- tap Security and choose Reset password\n- enter the code we text you and choose a new password\n- sign in again on every device you use, including the app on your phone and the website on your laptop',
    // The quoted customer message is not the agent's.
    `Thanks, done.\n\nOn Tue, 3 Mar 2026 at 10:00, Jan wrote:\n> ${long1}`,
    // Several short sentences.
    'Thanks for getting in touch. I have checked your account. The payment went through on Monday. You will see it on your statement within two days. Is there anything else I can help with?',
    { draft: long2, options: { maxWords: 50 } },
  ],
  invalid: [
    {
      draft: `Hi Jan,\n\n${long1}\n\nKind regards,\nHarbour Bank`,
      findings: [
        {
          actual: long1.slice(0, -1),
          message: /48 words \(more than 35\).*“, and”/,
          outputs: [`Hi Jan,\n\n${long1.replace(', and so if a', '. So if a')}\n\nKind regards,\nHarbour Bank`],
        },
      ],
    },
    {
      draft: `🙂 ${long2}`,
      findings: [
        {
          actual: long2.slice(0, -1),
          start: 3,
          outputs: [`🙂 ${long2.replace('44120, and I want', '44120. I want')}`],
        },
      ],
    },
    {
      name: 'a run-on chat line splits at a bare conjunction',
      channel: 'chat',
      draft: chat,
      findings: [
        {
          actual: chat,
          message: /45 words/,
          outputs: [chat.replace(' and if you are', '. If you are')],
        },
      ],
    },
    {
      name: 'maxWords is configurable',
      draft: 'We have refunded the delivery charge to your card, and the uniform will arrive tomorrow before 1pm.',
      options: { maxWords: 12 },
      findings: [
        {
          actual: 'We have refunded the delivery charge to your card, and the uniform will arrive tomorrow before 1pm',
          message: /17 words \(more than 12\)/,
          outputs: ['We have refunded the delivery charge to your card. The uniform will arrive tomorrow before 1pm.'],
        },
      ],
    },
    {
      name: 'splits at “, which” near the middle',
      draft:
        'Last night the scheduled reports failed because a change we made to the email service caused the job that sends them to time out after thirty minutes, which meant that every report queued after that point was dropped without any error.',
      findings: [
        {
          actual:
            'Last night the scheduled reports failed because a change we made to the email service caused the job that sends them to time out after thirty minutes, which meant that every report queued after that point was dropped without any error',
          outputs: [
            'Last night the scheduled reports failed because a change we made to the email service caused the job that sends them to time out after thirty minutes. This meant that every report queued after that point was dropped without any error.',
          ],
        },
      ],
    },
    {
      name: 'no good split point: flagged with a general hint and no fix',
      draft:
        'Following a thorough review of the documentation provided in support of your claim and taking into account the terms and conditions of your extended warranty policy the damage described falls outside the scope of the cover provided by the policy.',
      findings: [
        {
          actual:
            'Following a thorough review of the documentation provided in support of your claim and taking into account the terms and conditions of your extended warranty policy the damage described falls outside the scope of the cover provided by the policy',
          message: /split it into two or three sentences/,
          outputs: [],
        },
      ],
    },
  ],
});
