import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Component tests opt in to happy-dom with a `// @vitest-environment happy-dom` line.
    environment: 'node',
    reporters: ['default', './tests/support/summaryReporter.ts'],
    // Temporary folders under one folder per run, removed at its end.
    globalSetup: ['./tests/support/tmpdir.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
