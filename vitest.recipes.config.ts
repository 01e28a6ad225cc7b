import { defineConfig } from 'vitest/config';

/**
 * `npm run test:recipes`: the package as a site would get it (packed, installed, built by the
 * site's own vite, opened in Chromium) and the release zip. Slower than the unit tests, so apart.
 */
export default defineConfig({
  test: {
    include: ['test/recipes/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/recipes/setup.ts'],
    // One Chromium and one build at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
