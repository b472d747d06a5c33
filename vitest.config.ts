import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Component tests opt in to happy-dom with a `// @vitest-environment happy-dom` line.
    environment: 'node',
    reporters: ['default', './tests/support/summaryReporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
