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
    // Polls wait for real servers, which a loaded machine slows down.
    expect: { poll: { timeout: 15_000 } },
  },
});
