// Extension storage for unit tests: WXT's fake browser, installed as the global `chrome` before anything
// that reads it is imported (import this module first).
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
export { fakeBrowser };
