import { describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

const secret = 'a-test-callback-secret-of-enough-length';

describe('a callback for a job another instance has changed since this one last stored it', () => {
  const using = useDisposables();

  it('is judged against the fresh row: behind it changes nothing, ahead of it applies', async () => {
    const gateway = using(await startGateway('postgres', { CALLBACK_SECRET: secret }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // silent: the test is DuomiAPI here
    const { data } = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika() } });
    const id = Buffer.from(data!.generateVideo.id, 'base64').toString().split(':')[1]!;
    const job = () => gateway.db.prisma.job.findUniqueOrThrow({ where: { id } });
    await expect.poll(async () => (await job()).status).toBe('SUBMITTED');
    const { upstreamTaskId, version } = await job();

    // Another instance took a callback meanwhile: this one's last view of the job is behind.
    await gateway.db.prisma.job.update({ where: { id }, data: { status: 'PROCESSING', progress: 60, version: version + 1 } });
    const post = (progress: number) =>
      fetch(`${gateway.url}/callbacks/duomi/${id}?token=${callbackToken(secret, id)}`, {
        method: 'POST',
        body: JSON.stringify({ task_id: upstreamTaskId, state: 'running', progress }),
      }).then((r) => r.json());

    expect(await post(40)).toEqual({ ok: true, applied: false, status: 'PROCESSING' });
    expect(await job()).toMatchObject({ status: 'PROCESSING', progress: 60, version: version + 1 });
    expect(await post(80)).toEqual({ ok: true, applied: true, status: 'PROCESSING' });
    expect(await job()).toMatchObject({ status: 'PROCESSING', progress: 80, version: version + 2 });
  });
});
