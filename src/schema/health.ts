import { builder } from './builder.js';

builder.queryField('health', (t) =>
  t.string({
    description: 'Always "ok" while the gateway serves GraphQL; `/readyz` also checks the database.',
    resolve: () => 'ok',
  }),
);
