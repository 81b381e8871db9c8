import { defineConfig } from 'vitest/config'

// End-to-end suite: real platform (see support/platform.ts), system Chromium, one spec file at a time.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['specs/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['support/platform.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
})
