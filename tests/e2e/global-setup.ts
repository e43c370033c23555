// Before the e2e run: find Chromium or install Debian's (lib/cli/chromium.ts: $CHROMIUM_PATH,
// /usr/bin/chromium…, apt-get as root, else a message saying what to do), build the extension if missing or older than its sources, copy it to a private
// directory (so a rebuild of .output/ by anyone else during the run cannot change what the browser
// loads), and bundle the fixture pages (real editor libraries) into tests/e2e/fixtures/build (ignored).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../lib/cli/chromium';
import { EXT_DIR, buildExtension, bundleFixtures } from '../../lib/cli/demo/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  project.provide('chromiumPath', ensureChromium());
  buildExtension();
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-coach-ext-'));
  fs.cpSync(EXT_DIR, snapshot, { recursive: true });
  if (!fs.existsSync(path.join(snapshot, 'manifest.json'))) throw new Error(`no built extension in ${EXT_DIR}`);
  project.provide('extensionDir', snapshot);
  await bundleFixtures();
  return () => fs.rmSync(snapshot, { recursive: true, force: true });
}
