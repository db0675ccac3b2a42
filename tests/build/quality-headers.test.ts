/**
 * Gate: the security headers static hosts send with every response. dist/_headers
 * is rendered by src/pages/[headers].ts from src/lib/security-headers.ts, the one
 * definition of the Content-Security-Policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES, headersFile, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { DIST } from '../helpers/dist.ts';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The `_headers` file as { path pattern → { header name (lowercase) → value } }. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const colon = line.indexOf(':');
      expect(current, `a header line before any path: ${line}`).toBeDefined();
      expect(colon, `not "Name: value": ${line}`).toBeGreaterThan(0);
      current!.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('security headers', () => {
  const file = join(DIST, '_headers');

  it('are written to dist/_headers, exactly as src/lib/security-headers.ts renders them', () => {
    expect(existsSync(file), 'dist/_headers').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(headersFile());
  });

  it('apply to every path and carry the four headers', () => {
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    const all = rules.get('/*');
    expect(all, 'a rule for /*').toBeDefined();
    expect(all!.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    expect(all!.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all!.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()');
  });

  it('never allow inline or eval’d script, nor plugins, framing or foreign form targets', () => {
    const csp = directives(readFileSync(file, 'utf8').match(/Content-Security-Policy:\s*(.+)/)![1]!);
    for (const name of ['script-src', 'default-src', 'style-src']) {
      expect(csp.get(name), name).not.toContain("'unsafe-inline'");
      expect(csp.get(name), name).not.toContain("'unsafe-eval'");
    }
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
  });

  it('has one definition of the policy, which a page copy can trim', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(EXPECTED_CSP);
    expect(Object.keys(CSP_DIRECTIVES)).toHaveLength(10);
    const meta = contentSecurityPolicy(['frame-ancestors']);
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});
