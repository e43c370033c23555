import { defineConfig } from 'wxt';

// Reply Coach never talks to a server: the manifest asks for storage and the side panel, the
// helpdesk sites it coaches on (through content_scripts matches), and nothing broad at install.
// Other sites are added one by one at the agent's request through optional host permissions.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ browser }) => ({
    name: 'Reply Coach',
    description:
      'Coaches support agents while they type: empathy, clear next steps, tone and safety checks. Your draft never leaves the browser.',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Only the extension's own files may run in its pages: no remote code, no eval (tests/build pins it).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'reply-coach@reply-coach.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Jump to the next finding in the reply',
      },
      'apply-first-fix': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Apply the first fix of the focused finding',
      },
    },
  }),
});
