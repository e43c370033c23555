export default defineContentScript({
  // Zendesk agent workspace: tickets open at https://<subdomain>.zendesk.com/agent/tickets/<id>
  matches: ['https://*.zendesk.com/*'],
  runAt: 'document_idle',
  main() {
    // The in-page coaching runtime is started here by the site-adapter work (issue 4).
  },
});
