export default defineBackground(() => {
  // Open the side panel from the toolbar button where the browser has one (Chrome).
  const chromeLike = globalThis as unknown as {
    chrome?: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };
  };
  chromeLike.chrome?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
