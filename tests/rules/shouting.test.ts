import rule from '../../rules/shouting';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Section headings on their own line structure an email.
    'Hi Ana,\n\nHere are the details of your booking.\n\nORDER SUMMARY\nOne double room, 2 nights, £180.\n\nWHAT HAPPENS NEXT:\nWe will email your key code on Friday.\n\nKind regards,\nMarco',
    // A legal notice appended after the signature is boilerplate, not the agent's voice.
    "Hi Nadine,\n\nI've refunded the missing items today.\n\nBest wishes,\nOla\nBasketCo\n\nCONFIDENTIALITY NOTICE: THIS EMAIL AND ANY ATTACHMENTS ARE INTENDED ONLY FOR THE NAMED RECIPIENT. IF YOU HAVE RECEIVED IT IN ERROR, PLEASE DELETE IT.",
    'Thanks Sam, your refund is on its way.\n\nRegards,\nJo\n\nDISCLAIMER: This email is confidential and intended solely for the addressee. IF YOU ARE NOT THE INTENDED RECIPIENT, PLEASE NOTIFY THE SENDER.',
    // Acronyms, codes and words with digits are written in capitals on purpose.
    'Hi Sam,\n\nYour PIN and the PDF of your VAT invoice are in the app. Your SIM ships by DPD today.\n\nKind regards,\nJo',
    'Your booking SKY-90021 is confirmed, and the A4 prints are in the ZIP file.',
    'I checked, and it is OK to use the USB-C charger with the TV.',
    // One "!" is enthusiasm, not shouting.
    'Great news, your refund is on its way!',
    // A company name in capitals in the sign-off is not shouting.
    'Thanks for waiting, your parcel arrives on Friday.\n\nKind regards,\nACME HOME SUPPORT',
    // Placeholders belong to the placeholder rule.
    'Hi [FIRST NAME], your order %ORDER_ID% is on its way.',
    // The customer's own product name in capitals.
    {
      draft: 'I have reset the NOVA ROUTER for you; it will restart within 5 minutes.',
      customer: 'My NOVA ROUTER keeps dropping the connection.',
    },
    // Quoted customer text is not the agent's.
    'Thanks Lee.\n\nOn Tue, 3 Mar 2026 at 10:00, Lee wrote:\n> WHERE IS MY ORDER?!',
    'Is it possible that the charger is the issue? Could you try another one?',
    // A lone caps word that is only a noun names a protocol, a product or a page; dotted identifiers are code.
    'Send the form with POST, not GET, and the COIN page lists the other options.',
    'Set MODE.CLEAR in the settings file, then restart the app.',
    '@Mr.TAMER thanks, the fix is live now.',
    // Links, handles and hashtags are written as they are.
    'Hi @SAMSUNG_FAN, details are at https://example.com/FREE-RETURNS and under #NOW TV.',
  ],
  invalid: [
    {
      name: 'an emphasis heading is still shouting',
      draft: 'Hi Ana,\n\nPLEASE READ CAREFULLY\nYour key code changes every day.',
      findings: [{ actual: 'PLEASE READ CAREFULLY' }],
    },
    {
      draft: 'Please DO NOT send it back without the returns label.',
      findings: [
        {
          actual: 'DO NOT',
          start: 7,
          end: 13,
          message: /shouting/,
          outputs: ['Please do not send it back without the returns label.'],
        },
      ],
    },
    {
      name: 'a leading emoji and a sentence-initial run keep a capital letter',
      draft: '🙂 NEVER share your password with anyone.',
      findings: [{ actual: 'NEVER', start: 3, end: 8, outputs: ['🙂 Never share your password with anyone.'] }],
    },
    {
      draft: 'We are VERY sorry your uniform arrived late, and it will arrive TOMORROW before 1pm.',
      findings: [
        {
          actual: 'VERY',
          outputs: ['We are very sorry your uniform arrived late, and it will arrive TOMORROW before 1pm.'],
        },
        {
          actual: 'TOMORROW',
          outputs: ['We are VERY sorry your uniform arrived late, and it will arrive tomorrow before 1pm.'],
        },
      ],
    },
    {
      name: 'lower-case chat with a capitalised apology',
      channel: 'chat',
      draft: 'hi tess, SO SORRY about that! i have sent your real order today.',
      findings: [{ actual: 'SO SORRY', outputs: ['hi tess, so sorry about that! i have sent your real order today.'] }],
    },
    {
      name: 'derived words the lexicon does not list',
      draft: 'Please read the instructions CAREFULLY before you start.',
      findings: [{ actual: 'CAREFULLY', outputs: ['Please read the instructions carefully before you start.'] }],
    },
    {
      name: 'nouns in a shouted run are still shouting',
      draft: 'Please send your ORDER NUMBER so I can look.',
      findings: [{ actual: 'ORDER NUMBER', outputs: ['Please send your order number so I can look.'] }],
    },
    {
      name: 'a lone caps verb or adverb is emphasis',
      draft: 'It will FINALLY ship on Monday, so please READ the note in the box.',
      findings: [{ actual: 'FINALLY' }, { actual: 'READ' }],
    },
    {
      draft: 'I have marked this URGENT with our courier.',
      findings: [{ actual: 'URGENT', outputs: ['I have marked this urgent with our courier.'] }],
    },
    {
      name: 'acronyms inside a shouted run stay in capitals',
      draft: 'You MUST UPDATE THE APP before using the PIN.',
      findings: [{ actual: 'MUST UPDATE THE APP', outputs: ['You must update the app before using the PIN.'] }],
    },
    {
      draft: '🎉 Thank you so much!! That is lovely to hear!!',
      findings: [
        { actual: '!!', start: 20, end: 22, outputs: ['🎉 Thank you so much! That is lovely to hear!!'] },
        { actual: '!!', outputs: ['🎉 Thank you so much!! That is lovely to hear!'] },
      ],
    },
    {
      draft: 'You cancelled in March?! Let me look.',
      findings: [{ actual: '?!', message: /disbelief/, outputs: ['You cancelled in March? Let me look.'] }],
    },
  ],
});
