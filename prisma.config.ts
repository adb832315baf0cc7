import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI only (generate, and migrate where the native engine exists).
// The gateway itself migrates through src/db/migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
