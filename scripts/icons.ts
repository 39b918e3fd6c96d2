/**
 * Renders icons/icon.svg and icons/icon-disabled.svg to the PNG sizes the manifest names, with Debian's Chromium.
 * Run after editing an SVG: `npm run icons`. The PNGs are committed so a build needs no browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, chromiumArgs } from './chromium';

const SIZES = [16, 32, 48, 128];
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  for (const variant of ['', '-disabled']) {
    const svg = readFileSync(`icons/icon${variant}.svg`, 'utf8');
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      writeFileSync(`icons/icon${variant}-${size}.png`, await page.screenshot({ omitBackground: true }));
      console.log(`icons/icon${variant}-${size}.png`);
    }
  }
} finally {
  await browser.close();
}
