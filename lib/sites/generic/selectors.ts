// Generic adapter: any site the agent turned Reply Coach on for. No product knowledge, only the
// shapes every web app shares. Each selector names the kind of screen it covers.

/** Any page: the editables an agent can write a reply in (textareas and contenteditable roots). */
export const EDITABLES = ['textarea', '[contenteditable]:not([contenteditable="false"])'];

/**
 * Any page: fields that look like search or single-line boxes even though they are a textarea or a
 * contenteditable (site search bars, "filter…" boxes, comboboxes, chat search, address bars).
 * Not `[aria-autocomplete]`: rich editors set it on their root while a mention menu is open.
 */
export const SEARCH_LIKE = [
  '[role="searchbox"]',
  '[role="combobox"]',
  '[type="search"]',
  '[role="search"] *',
  'form[role="search"] *',
  'search *',
];

/** Any page: words in a field's name/placeholder/label that mean "not a reply box". */
export const SEARCH_WORDS = /\b(search|filter|lookup|query|subject|recipients?|tags?|keywords?)\b/i;

/**
 * Any web mail or helpdesk: quoted history and signatures inside a contenteditable reply, which
 * the agent did not write (Gmail, Thunderbird/Outlook web, Apple Mail markup, plain <blockquote>).
 */
export const IGNORED_IN_COMPOSER = [
  '.gmail_quote',
  'blockquote',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.moz-cite-prefix',
  '.moz-signature',
  '#divRplyFwdMsg',
  '#appendonsend',
  '#Signature',
  '.signature',
];

/** Any page with a <form>: the buttons that submit it. */
export const FORM_SUBMIT = ['button[type="submit"]', 'input[type="submit"]', 'button:not([type])'];
