import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node, and so yoga and Pothos, load the
    // CJS one; Vite would hand our sources the ESM one, and `instanceof GraphQLError` would break.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on two cores (vitest's default there is one): most of a test's time is
    // spent waiting on the servers and child processes it started, and every file has its own database.
    maxWorkers: 2,
    // Polls wait for real servers, which a loaded machine slows down.
    expect: { poll: { timeout: 15_000 } },
  },
});
