/**
 * The site's security headers, in one place. `public/_headers`-style output for
 * static hosts (Netlify, Cloudflare Pages) is rendered from here by the
 * src/pages/[headers].ts endpoint, and pages or tests that need the policy
 * (a `<meta http-equiv>` copy, the search test) import it from here too.
 */

import type { AstroUserConfig } from 'astro';

/** Content-Security-Policy directives, in the order they are written. */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval': Pagefind compiles its WebAssembly search index; no 'unsafe-inline', no 'unsafe-eval'.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // Pagefind may run its search in a worker made from a blob: URL.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export type CspDirective = keyof typeof CSP_DIRECTIVES;

/**
 * The Content-Security-Policy header value: `default-src 'self'; script-src …`.
 * `except` leaves directives out: `frame-ancestors` is ignored (and warned about)
 * in a `<meta http-equiv>` policy, so a page copy omits it.
 */
export function contentSecurityPolicy(except: readonly CspDirective[] = []): string {
  return (Object.entries(CSP_DIRECTIVES) as [CspDirective, readonly string[]][])
    .filter(([name]) => !except.includes(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Every response's security headers, name → value. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** A `_headers` file (Netlify / Cloudflare Pages format): the headers for every path. */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/**
 * The policy in the shape of Astro's `security.csp` option, for the `<meta>`
 * copy in every page: Astro writes script-src and style-src itself (adding
 * hashes of what it inlines), and `frame-ancestors` has no effect in a meta.
 */
type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export function pageCsp(): AstroCsp {
  const own: CspDirective[] = ['script-src', 'style-src', 'frame-ancestors'];
  return {
    directives: (Object.entries(CSP_DIRECTIVES) as [CspDirective, readonly string[]][])
      .filter(([name]) => !own.includes(name))
      .map(([name, values]) => `${name} ${values.join(' ')}` as NonNullable<AstroCsp['directives']>[number]),
    scriptDirective: { resources: [...CSP_DIRECTIVES['script-src']] },
    styleDirective: { resources: [...CSP_DIRECTIVES['style-src']] },
  };
}
