import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserApis = {
  paths: [
    { name: 'wxt', message: 'The engine and rules are pure: no WXT.' },
    { name: 'webextension-polyfill', message: 'The engine and rules are pure: no browser APIs.' },
    { name: 'preact', message: 'The engine and rules are pure: no UI.' },
  ],
  patterns: [
    {
      group: ['#imports', 'wxt/*', '@wxt-dev/*', '**/lib/dom/**', '**/lib/sites/**', '**/entrypoints/**'],
      message: 'The engine and rules are pure.',
    },
  ],
};

const NO_HTML = 'Untrusted text never becomes HTML: use textContent / createElement (or Preact children).';
const htmlSinks = [
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: NO_HTML }, // prettier-ignore
  { selector: "AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML|srcdoc)$/]", message: NO_HTML }, // prettier-ignore
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_HTML },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: NO_HTML },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/artifacts/', 'tests/e2e/fixtures/build/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The engine and the rules run in Node and in the page: no DOM, no extension APIs.
    files: ['lib/engine/**/*.ts', 'rules/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', browserApis],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/engine/**', 'lib/cli/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    // Pack text (phrases, names, examples) and page text (drafts, customer messages) are untrusted: they
    // reach the DOM as text nodes only, never as HTML.
    files: ['entrypoints/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'rules/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-properties': [
        'error',
        { property: 'insertAdjacentHTML', message: 'No HTML from strings: build nodes (textContent, createElement).' },
        { property: 'setHTMLUnsafe', message: 'No HTML from strings: build nodes (textContent, createElement).' },
        { property: 'createContextualFragment', message: 'No HTML from strings: build nodes.' },
        { object: 'document', property: 'write', message: 'No HTML from strings.' },
        { object: 'document', property: 'writeln', message: 'No HTML from strings.' },
      ],
    },
  },
);
