// Before the e2e run: build the extension if missing or older than its sources, and bundle the fixture
// pages (real editor libraries) into tests/e2e/fixtures/build (git-ignored).
import { buildExtension, bundleFixtures } from '../../lib/cli/demo/browser';

export default async function setup(): Promise<void> {
  buildExtension();
  await bundleFixtures();
}
