import rule from '../../rules/jargon';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // A name that is also shorthand ("Ty"), a hashtag, a number after "#", "w/o" is its own entry.
    'Hi Ty, thanks for the photo. I have passed it to our returns team.',
    'Thanks for sharing #Halloween with us! Your order #4471 is on its way.',
    // Plain words only.
    'Hi Ruth,\n\nI have passed this to our specialist team, and they will call you by 3pm tomorrow.\n\nKind regards,\nSam',
    // "back end of next week" is not "backend"; an escalator is not an escalation.
    'The escalator near that exit is closed for repairs until the back end of next week.',
    // The customer used the term themselves.
    {
      draft: 'Your API key is now active, and the API limits are the same as before.',
      customer: 'Is my API key active yet?',
    },
    // The acronym is defined in the draft.
    'Please request a Returns Merchandise Authorisation (RMA) from your account page; the RMA lets our warehouse match the parcel to your order.',
    // Case-sensitive acronyms that are also ordinary words or units.
    'The file is only 250 KB, so it will attach easily. We visited Washington, DC last year.',
    // "revert" as an undo, and "action" as a noun.
    'You can revert the change from Settings, or revert to the previous version. Thanks for taking action so quickly.',
    // A ticket is fine; "clear your cache" is an ordinary instruction.
    'Your ticket number is 55210. If the page looks old, please clear your browser cache.',
    // Everyday words that share a root with the jargon.
    'Our team will sprint to get this fixed, and the settings are explained in your welcome email.',
    'The product is in stock at our Leeds store, and the supplier delivers on Mondays.',
    // Acronyms customers know, and an internal one that is spelled out.
    'I have asked the IT team to check, so please quote your VAT number and the DPD tracking number.',
    'The NOC team (network operations centre) is on it.',
    // Words inside a link are not the agent's wording.
    'The guide is at https://example.com/backend/cache-issue-help and takes two minutes.',
    // Public acronyms, brands and currencies customers know; social sign-off initials; an airline seat.
    'Your new ASOS order ships with DPD, and the TV wall bracket comes with a PDF guide and a USB cable.',
    'They will refund 4,200 CZK to your card today. ^TW',
    // The customer wrote "DM" themselves; the sign-off initials are the agent's.
    {
      draft: "@sam_k Sorry about that! DM us your order number and we'll sort it. -JS",
      customer: 'Can I DM you my order number?',
    },
    "Hi Sam, I've held a seat for you on the 07:15 flight tomorrow at no extra cost.",
    // The acronym is the company's own name in the signature.
    'Hi Ruth,\n\nNMBS will refund the fee today.\n\nKind regards,\nSam\nNMBS Customer Care',
    // The customer used the acronym (any case), or the draft spells it out.
    { draft: 'Your ONT light should turn green within a minute.', customer: 'the ont box has a red light' },
    'You are on the Patient Treatment List (PTL) and your appointment letter is on its way.',
    // A stretch of capitals is a notice (the shouting rule's business), and capitalised words are emphasis.
    'Thanks, Ruth.\n\nIMPORTANT NOTICE: THIS EMAIL IS CONFIDENTIAL.',
    'Please do NOT share this code with anyone.',
    // Product model names with their number.
    'The XPS 13 and the RTX 4070 card are both in stock, and the iPhone SE is back next week.',
    // Reference codes are not acronyms.
    'Your booking QX7T2P is confirmed, and your reference LNR-40921 is on the ticket.',
    // A landlord's tenant.
    'We have written to your tenant about the repair.',
  ],
  invalid: [
    {
      name: 'clipped shorthand: "w/" for with, "#" for number, "TY" for thanks',
      draft: 'Please send us your phone # so we can share this w/our team. TY',
      customer: 'I need information about a refund',
      findings: [
        { actual: '#', outputs: ['Please send us your phone number so we can share this w/our team. TY'] },
        { actual: 'w/', outputs: ['Please send us your phone # so we can share this with our team. TY'] },
        { actual: 'TY', outputs: ['Please send us your phone # so we can share this w/our team. Thanks'] },
      ],
    },
    {
      name: 'an acronym that the lexicon knows as a first name ("URI") is still an acronym',
      draft: 'Hey there! Can you send us the Spotify URI? Just right-click the track and choose Share.',
      customer: 'My only Halloween song won’t play',
      findings: [{ actual: 'URI' }],
    },
    {
      name: 'platform shorthand the customer never wrote ("DM us") is jargon; the initials are not',
      draft: "@sam_k Sorry about that! DM us your order number and we'll sort it. -JS",
      customer: 'my order never turned up',
      findings: [
        {
          actual: 'DM',
          outputs: [
            "@sam_k Sorry about that! Message us your order number and we'll sort it. -JS",
            "@sam_k Sorry about that! Private message us your order number and we'll sort it. -JS",
          ],
        },
      ],
    },
    {
      name: 'shorthand with a time nearby: only the shorthand',
      draft: 'Check your DMs, we replied at 5 PM.',
      findings: [
        {
          actual: 'DMs',
          outputs: ['Check your messages, we replied at 5 PM.', 'Check your private messages, we replied at 5 PM.'],
        },
      ],
    },
    {
      name: 'clipped words: acct, pls',
      draft: 'Pls send your acct number and we will check.',
      findings: [{ actual: 'Pls' }, { actual: 'acct' }],
    },
    {
      channel: 'chat',
      draft: "Hi Ruth, I've escalated to T2 as a P3 per our SLA and they'll revert back within the TAT.",
      findings: [
        {
          actual: 'escalated to T2',
          message: /“escalated to T2” is internal or technical jargon/,
          outputs: [
            "Hi Ruth, I've passed this to our specialist team as a P3 per our SLA and they'll revert back within the TAT.",
          ],
        },
        { actual: 'P3' },
        { actual: 'per our SLA' },
        { actual: 'revert back' },
        { actual: 'TAT' },
      ],
    },
    {
      name: 'a leading emoji and an article that changes with the plain word',
      draft: '📦 Please raise an RMA via the portal quoting your SKU.',
      findings: [
        {
          actual: 'RMA',
          start: 19,
          end: 22,
          outputs: [
            '📦 Please raise a return request via the portal quoting your SKU.',
            '📦 Please raise a returns number via the portal quoting your SKU.',
          ],
        },
        { actual: 'SKU', outputs: ['📦 Please raise an RMA via the portal quoting your product code.'] },
      ],
    },
    {
      draft: 'Kindly do the needful and upload the certificate, and we will action the change.',
      findings: [
        {
          actual: 'do the needful',
          outputs: [
            "Kindly do what's needed and upload the certificate, and we will action the change.",
            'Kindly take care of it and upload the certificate, and we will action the change.',
          ],
        },
        {
          actual: 'action',
          outputs: ['Kindly do the needful and upload the certificate, and we will deal with the change.'],
        },
      ],
    },
    {
      draft: 'It looks like a stale cache issue on the backend.',
      findings: [
        {
          actual: 'stale cache issue',
          outputs: ['It looks like a problem with out-of-date saved data on the backend.'],
        },
        { actual: 'backend', outputs: ['It looks like a stale cache issue on our systems.'] },
      ],
    },
    {
      draft: 'Leverage the admin console, and we will circle back tomorrow.',
      findings: [
        { actual: 'Leverage', outputs: ['Use the admin console, and we will circle back tomorrow.'] },
        {
          actual: 'circle back',
          outputs: [
            'Leverage the admin console, and we will get back to you tomorrow.',
            'Leverage the admin console, and we will follow up tomorrow.',
          ],
        },
      ],
    },
    {
      draft: 'Your parcel has been manifested and will leave our fulfilment centre tonight.',
      findings: [
        {
          actual: 'manifested',
          outputs: ['Your parcel has been booked with the courier and will leave our fulfilment centre tonight.'],
        },
        {
          actual: 'fulfilment centre',
          outputs: ['Your parcel has been manifested and will leave our warehouse tonight.'],
        },
      ],
    },
    {
      name: 'an unknown acronym naming an internal team or tool',
      draft: '🙂 Our CS team raised a CRQ ticket for this.',
      findings: [
        { actual: 'CS', start: 7, end: 9, message: /internal acronym/, outputs: [] },
        { actual: 'CRQ', outputs: [] },
      ],
    },
    {
      name: 'an undefined acronym the customer never used, with a leading emoji',
      draft: '📦 Your parcel is held at the RDC and will move tonight.',
      findings: [{ actual: 'RDC', start: 30, end: 33, message: /acronym the customer may not know/, outputs: [] }],
    },
    {
      name: 'healthcare admin acronyms to a patient',
      draft: 'You are at week 19 of your RTT pathway and the PTL shows you are due an OPA next month.',
      customer: 'I was referred 19 weeks ago and heard nothing.',
      findings: [
        {
          actual: 'RTT pathway',
          outputs: ['You are at week 19 of your waiting time and the PTL shows you are due an OPA next month.'],
        },
        { actual: 'PTL' },
        {
          actual: 'OPA',
          outputs: [
            'You are at week 19 of your RTT pathway and the PTL shows you are due an outpatient appointment next month.',
          ],
        },
      ],
    },
    {
      name: 'telecom network terms',
      channel: 'email',
      draft: "There's a PON fault on your line, so your ONT can't connect. An engineer will visit on Thursday.",
      findings: [
        { actual: 'PON fault' },
        {
          actual: 'ONT',
          outputs: [
            "There's a PON fault on your line, so your fibre box can't connect. An engineer will visit on Thursday.",
          ],
        },
      ],
    },
    {
      name: 'warehouse terms',
      channel: 'chat',
      draft: 'Your order was a short-pick, so it missed the carrier cut-off and is in the next wave.',
      findings: [
        {
          actual: 'short-pick',
          outputs: ['Your order was an out-of-stock item, so it missed the carrier cut-off and is in the next wave.'],
        },
        { actual: 'carrier cut-off' },
        { actual: 'in the next wave' },
      ],
    },
    {
      name: 'travel, telecom and insurance terms',
      draft: 'Your PNR shows the delay was caused by ATC restrictions, and your number was ported out on 12 May.',
      findings: [
        {
          actual: 'PNR',
          outputs: [
            'Your booking reference shows the delay was caused by ATC restrictions, and your number was ported out on 12 May.',
          ],
        },
        { actual: 'ATC' },
        { actual: 'ported out' },
      ],
    },
    {
      name: 'a team glossary extends the built-in one',
      draft: 'Your case is in the WFM queue.',
      settings: { phrases: { jargon: [{ term: 'WFM queue', plain: ['waiting list'], caseSensitive: true }] } },
      findings: [{ actual: 'WFM queue', outputs: ['Your case is in the waiting list.'] }],
    },
    {
      name: 'the customer used a different term than the one flagged',
      draft: 'The uplift is driven by API call volume in your tenant.',
      customer: 'Why did our invoice go up this quarter?',
      findings: [
        {
          actual: 'uplift',
          outputs: [
            'The increase is driven by API call volume in your tenant.',
            'The increased is driven by API call volume in your tenant.',
          ],
        },
        { actual: 'API call' },
        { actual: 'in your tenant' },
      ],
    },
  ],
});
