import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Browser assertions poll; the first search loads Pagefind's WebAssembly, which takes longer on a busy machine.
    expect: { poll: { timeout: 5_000 } },
    projects: [
      // Pure functions, schemas, plugins on strings and the content check on fixtures: no build, seconds.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Tests over the built dist/ and in Chromium share one build of the real content, made once.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
