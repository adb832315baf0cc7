import type { Viewer as ViewerValue } from '../auth/viewer.js';
import type { Limits } from '../quotas/limits.js';
import type { KeyUsage } from '../quotas/usage-service.js';
import type { Usage } from '../quotas/usage-store.js';
import { builder } from './builder.js';
import { userError } from './errors.js';

const QuotaLimits = builder.objectRef<Limits>('QuotaLimits').implement({
  description: "An API key's quotas, set by the operator (`npm run apikey -- limits <id> …`); null is no limit.",
  fields: (t) => ({
    maxConcurrent: t.exposeInt('maxConcurrent', {
      nullable: true,
      description: 'Unfinished jobs (QUEUED, SUBMITTED, PROCESSING) at once.',
    }),
    maxPerDay: t.exposeInt('maxPerDay', { nullable: true, description: 'Jobs made per UTC day.' }),
  }),
});

const QuotaUsage = builder.objectRef<Usage>('QuotaUsage').implement({
  description: "What a key's jobs count now, as its quotas count them (the day is UTC's).",
  fields: (t) => ({
    jobsToday: t.exposeInt('jobsToday', { description: 'Jobs made today (UTC).' }),
    unfinished: t.exposeInt('unfinished', { description: 'Jobs not yet in a final state.' }),
    pointsSpent: t.exposeFloat('pointsSpent', { description: "Points the provider charged for today's jobs, refunded ones included." }),
    pointsRefunded: t.exposeFloat('pointsRefunded', { description: 'Of those, the points given back (failed tasks).' }),
  }),
});

const ApiKeyUsage = builder.objectRef<KeyUsage>('ApiKeyUsage').implement({
  description: 'One API key, its quotas and its usage (for admins).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    admin: t.exposeBoolean('admin'),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    limits: t.expose('limits', { type: QuotaLimits }),
    usage: t.expose('usage', { type: QuotaUsage }),
  }),
});

const Viewer = builder.objectRef<ViewerValue>('Viewer').implement({
  description: 'Who is asking: the API key of the request (or anyone, while the gateway has no keys).',
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: "The key's name; null on an open gateway.",
      resolve: (v) => (v.kind === 'key' ? v.name : null),
    }),
    admin: t.boolean({
      description: 'Whether it sees every job (an admin key, or an open gateway).',
      resolve: (v) => v.kind === 'open' || v.admin,
    }),
    limits: t.field({ type: QuotaLimits, resolve: async (v, _args, ctx) => (await ctx.usage.own(v)).limits }),
    usage: t.field({ type: QuotaUsage, resolve: async (v, _args, ctx) => (await ctx.usage.own(v)).usage }),
    keys: t.field({
      type: [ApiKeyUsage],
      description: 'Every API key with its quotas and usage; admins only (FORBIDDEN for others).',
      resolve: async (v, _args, ctx) => {
        const keys = await ctx.usage.everyKey(v);
        if (!keys) throw userError('FORBIDDEN', 'only an admin key sees every key');
        return keys;
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: Viewer, description: 'The API key asking, its quotas and its usage.', resolve: (_root, _args, ctx) => ctx.viewer }),
);
