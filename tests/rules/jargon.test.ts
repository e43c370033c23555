import rule from '../../rules/jargon';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
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
    // A landlord's tenant.
    'We have written to your tenant about the repair.',
  ],
  invalid: [
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
