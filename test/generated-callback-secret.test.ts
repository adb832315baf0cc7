import { describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, rawJobId } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// Without CALLBACK_SECRET the gateway signs callback URLs with a random secret it makes once and
// keeps in its database: never a constant anyone could read in the source.

describe('the callback secret when none is configured', () => {
  const using = useDisposables();

  it('is random, made once, shared by every instance on the database, and signs the callback URLs', async () => {
    const a = using(await startGateway('postgres'), (g) => g.stop());
    const b = using(await startGateway('postgres', { DATABASE_URL: a.databaseUrl! }), (g) => g.stop());
    const rows = await a.db.prisma.gatewaySecret.findMany();
    expect(rows).toEqual([expect.objectContaining({ name: 'callback', value: expect.stringMatching(/^[\w-]{43}$/) })]);
    const secret = rows[0]!.value;

    a.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    const jobId = rawJobId((await gql(a.url, GenerateVideo, { input: { pika: minimalPika() } })).data!.generateVideo.id);
    await expect.poll(() => a.app.simulator!.received.length).toBe(1);
    const callbackUrl = new URL(String(a.app.simulator!.received[0]!.body.callback_url));
    expect(callbackUrl.searchParams.get('token')).toBe(callbackToken(secret, jobId));

    // The other instance takes the callback: it uses the same secret.
    const onB = await fetch(`${b.url}${callbackUrl.pathname}${callbackUrl.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'running' }),
    });
    expect(onB.status).toBe(200);
    const forged = await fetch(
      `${b.url}${callbackUrl.pathname}?token=${callbackToken('development-only-callback-secret-do-not-use', jobId)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ state: 'succeeded', video_url: 'https://evil.example/v.mp4' }),
      },
    );
    expect(forged.status).toBe(401);
  });
});
