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

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/artifacts/', 'tests/e2e/fixtures/build/'] },
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
);
