/**
 * The built app as `npm start` serves it (scripts/serve.mjs): security headers on every response,
 * nothing outside dist/ reachable, and the app working under its Content-Security-Policy — the
 * reader, the page for new texts with its worker, a project, the handout — with no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeProject } from './support/project.ts';

/** Collect CSP violations the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  return violations;
}

test('every response carries the security headers; the policy is strict', async ({ request }) => {
  for (const path of ['/', '/index.html', '/prefetch.js', '/corpus.json', '/nowhere']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
    expect(headers['content-security-policy'], path).not.toContain('unsafe-eval');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
  expect((await request.get('/')).headers()['content-type']).toBe('text/html; charset=utf-8');
  expect((await request.get('/corpus.json')).headers()['content-type']).toBe('application/json; charset=utf-8');
});

test('only what the build wrote is served: not the sources, not package.json, not a path out of dist/', async ({ request }) => {
  for (const path of ['/package.json', '/src/app/main.tsx', '/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/.git/config', '/%00', '/%E0%A4%A', '/node_modules/react/package.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe('Not found\n');
  }
  expect((await request.post('/')).status()).toBe(405);
});

test('the app works under the policy: reader, new texts with the worker, a project, the handout — no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await expect(page.locator('[data-pane="zh-rmrb"]')).toContainText('中国方面参加会谈的有');
  await page.goto('/?doc=prc-dprk-1958');
  await expect(page.locator('[data-pane]').first()).toContainText('朝鲜');
  await makeProject(page);
  await expect(page.locator('[data-pane="zh"]')).toContainText('中国方面参加会谈的有');
  await page.goto(`${page.url()}&handout`);
  await expect(page.locator('body')).toContainText('中国方面参加会谈的有');
  expect(violations).toEqual([]);
});
