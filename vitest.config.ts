import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The built-site and browser tiers share one build of the real content, made once.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Browser assertions poll; the first search loads Pagefind's WebAssembly, which takes longer on a busy machine.
    expect: { poll: { timeout: 5_000 } },
  },
});
