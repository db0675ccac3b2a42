import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openSite } from '../helpers/browser.ts';

/** Collects every CSP violation a page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

describe.skipIf(!hasChromium)('the Content-Security-Policy, served as a static host serves dist/_headers', () => {
  const site = openSite({ headers: true });

  it('is sent, with no unsafe-inline for scripts', async () => {
    const response = await fetch(`${site.server.url}/`);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp.match(/script-src[^;]*/)![0]).not.toContain("'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('lets search run (Pagefind and its WebAssembly) with no violation', async () => {
    const page = await site.browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${site.server.url}/search/?q=Kogogin`);
    await expect.poll(() => page.locator('#search-results .search-result').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets the timeline filters, the copy-link control and every template run with no violation', async () => {
    const page = await site.browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${site.server.url}/`);
    await page.click('a[data-filter="storyline"]');
    await expect.poll(() => page.url()).toContain('storyline=');
    for (const path of [
      '/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/',
      '/entities/kamaz/',
      '/deals/',
      '/storylines/',
      '/404.html',
    ]) {
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
