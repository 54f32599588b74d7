import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const [url, out, scroll] = process.argv.slice(2);
await page.goto(url);
await page.waitForSelector('[data-pane] [data-row]');
if (scroll) { await page.locator('[data-pane]').first().hover(); await page.mouse.wheel(0, Number(scroll)); await page.waitForTimeout(400); }
await page.screenshot({ path: out });
await browser.close();
