// Render public/icon/icon.svg to the PNG sizes the manifest uses (run after changing the SVG):
//   npx tsx lib/cli/icons.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium';

const dir = join(import.meta.dirname, '..', '..', 'public', 'icon');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
