import { test } from '@playwright/test';
test('shot', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?doc=mao-khrushchev-1958&pinyin=on');
  await page.locator('rt').first().waitFor();
  await page.screenshot({ path: '/tmp/readings-pinyin-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?doc=mao-khrushchev-1958&pinyin=on');
  await page.locator('rt').first().waitFor();
  await page.screenshot({ path: '/tmp/readings-pinyin-390.png' });
});
