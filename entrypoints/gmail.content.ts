export default defineContentScript({
  // Gmail: compose windows and inline replies at https://mail.google.com/mail/...
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main() {
    // The in-page coaching runtime is started here by the site-adapter work (issue 4).
  },
});
