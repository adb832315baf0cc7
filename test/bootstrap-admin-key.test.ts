import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo, VideoJobs } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// ADMIN_API_KEY: the first admin key comes from configuration, so a deployment starts with no
// manual step. It is stored like the CLI's keys (its hash only), once, and rotated like them.

const bootstrapKey = `vgk_${'b'.repeat(40)}`;
const as = (key: string) => ({ authorization: `Bearer ${key}` });

describe('the bootstrap admin key (ADMIN_API_KEY)', () => {
  const using = useDisposables();

  it('is stored hashed at start, once across restarts, works as an admin key, and stays revoked once rotated out', async () => {
    const gateway = using(await startGateway('postgres', { ADMIN_API_KEY: bootstrapKey }), (g) => g.stop());
    const stored = await gateway.db.prisma.apiKey.findMany();
    expect(stored).toEqual([
      expect.objectContaining({
        name: 'bootstrap (ADMIN_API_KEY)',
        admin: true,
        revokedAt: null,
        hash: createHash('sha256').update(bootstrapKey).digest('hex'),
      }),
    ]);
    expect(JSON.stringify(stored)).not.toContain(bootstrapKey);

    // A key exists, so the gateway is closed to anonymous clients; the bootstrap key is an admin's.
    expect((await gql(gateway.url, VideoJobs, { first: 1 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const alice = await gateway.app.apiKeys.create('alice', false);
    await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika("alice's") } }, as(alice.key));
    const seen = await gql(gateway.url, VideoJobs, { first: 5 }, as(bootstrapKey));
    expect(seen.data?.videoJobs.edges.map((e) => e.node.prompt)).toEqual(["alice's"]);

    await gateway.restart();
    expect(await gateway.db.prisma.apiKey.count({ where: { name: 'bootstrap (ADMIN_API_KEY)' } })).toBe(1);

    // Rotation: another admin key, then the bootstrap key revoked; a restart does not bring it back.
    const ops = await gateway.app.apiKeys.create('ops', true);
    expect(await gateway.app.apiKeys.revoke(stored[0]!.id)).toBe(true);
    await gateway.restart();
    expect((await gateway.db.prisma.apiKey.findUnique({ where: { id: stored[0]!.id } }))?.revokedAt).toBeInstanceOf(Date);
    expect((await gql(gateway.url, VideoJobs, { first: 1 }, as(bootstrapKey))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(gateway.url, VideoJobs, { first: 1 }, as(ops.key))).data?.videoJobs.edges).toHaveLength(1);
  });
});
