import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property-based tests run thousands of cases; on a busy 2-core machine that can take seconds.
    testTimeout: 30_000,
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
