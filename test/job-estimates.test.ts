import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackToken } from '../src/jobs/callback-token.js';
import { databaseKinds } from './support/databases.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql, rawJobId } from './support/graphql.js';
import { GenerateVideo, JobEstimate } from './support/operations.js';

// VideoJob.estimate and estimatedProgress: the median time from submission to success of the
// recent successes of the same provider, model and mode, on Postgres and on the embedded database.

const secret = 'estimates-test-secret-0123456789abcdef';
const minute = 60_000;

describe.each(databaseKinds)('estimates from the history of finished jobs (%s)', (kind) => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startGateway(kind, { CALLBACK_SECRET: secret });
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // submitted jobs stay SUBMITTED: the test moves them
  });
  afterAll(() => gateway.stop());

  /** A finished Sora job that took `seconds` from submission to its end. */
  async function finished(
    seconds: number,
    { model = 'SORA_2', mode = 'TEXT', status = 'SUCCEEDED' as const, submitted = true, ago = 1 } = {},
  ) {
    const finishedAt = new Date(Date.now() - ago * minute);
    await gateway.db.prisma.job.create({
      data: {
        provider: 'SORA',
        mode,
        status,
        input: {
          prompt: 'history',
          model,
          ratio: 'RATIO_16_9',
          duration: 'SECONDS_4',
          size: 'SMALL',
          ...(mode === 'IMAGE' ? { image: 'https://example.com/a.png' } : {}),
        },
        progress: 100,
        submittedAt: submitted ? new Date(finishedAt.getTime() - seconds * 1000) : null,
        finishedAt,
      },
    });
  }

  async function submitted(input: Parameters<typeof gql<unknown, { input: object }>>[2]) {
    const created = await gql(gateway.url, GenerateVideo, input as never);
    expect(created.errors).toBeUndefined();
    const id = created.data!.generateVideo.id;
    await expect
      .poll(async () => (await gql(gateway.url, JobEstimate, { id })).data!.videoJob!.status, { timeout: 20_000 })
      .toBe('SUBMITTED');
    // The store noted when DuomiAPI took it: estimates measure from there.
    expect((await gateway.db.prisma.job.findUniqueOrThrow({ where: { id: rawJobId(id) } })).submittedAt).toBeInstanceOf(Date);
    return id;
  }
  const read = async (id: string) => (await gql(gateway.url, JobEstimate, { id })).data!.videoJob!;
  const submittedSecondsAgo = (id: string, seconds: number) =>
    gateway.db.prisma.job.update({ where: { id: rawJobId(id) }, data: { submittedAt: new Date(Date.now() - seconds * 1000) } });

  it('a running job: the median of the same provider, model and mode; elapsed time against it; others do not count', async () => {
    for (const [i, seconds] of [10, 20, 30, 40, 1000].entries()) await finished(seconds, { ago: i + 1 });
    await finished(500, { model: 'SORA_2_PRO' }); // another model
    await finished(500, { model: 'SORA_2_PRO' });
    await finished(5, { mode: 'IMAGE' }); // another mode
    await finished(1, { status: 'FAILED' as never }); // not a success
    await finished(1, { submitted: false }); // never heard as submitted: no duration

    const id = await submitted({ input: { sora: { prompt: 'a running job' } } });
    const stored = await submittedSecondsAgo(id, 15);
    const job = await read(id);
    expect(job.estimate).toEqual({ seconds: 30, basedOn: 5, finishesAt: new Date(stored.submittedAt!.getTime() + 30_000).toISOString() });
    expect(job.progress).toBe(0); // the provider said nothing
    expect(job.estimatedProgress).toBeGreaterThanOrEqual(50);
    expect(job.estimatedProgress).toBeLessThanOrEqual(60);

    await submittedSecondsAgo(id, 100); // late: it stays below 100 until the provider says it is done
    expect((await read(id)).estimatedProgress).toBe(99);
  });

  it('a provider that reports progress keeps its own `progress`; the estimate stands beside it', async () => {
    const id = await submitted({ input: { sora: { prompt: 'one that reports' } } });
    const stored = await submittedSecondsAgo(id, 6);
    const jobId = rawJobId(id);
    const callback = await fetch(`${gateway.url}/callbacks/duomi/${jobId}?token=${callbackToken(secret, jobId)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: stored.upstreamTaskId, state: 'running', progress: 70, data: { videos: [] } }),
    });
    expect(await callback.json()).toMatchObject({ applied: true, status: 'PROCESSING' });
    const job = await read(id);
    expect(job.progress).toBe(70);
    expect(job.estimate).toMatchObject({ seconds: 30, basedOn: 5 });
    expect(job.estimatedProgress).toBeGreaterThanOrEqual(20);
    expect(job.estimatedProgress).toBeLessThanOrEqual(30);
  });

  it('a QUEUED job: expected to finish that long after it starts, estimated progress 0', async () => {
    const queued = await gateway.db.prisma.job.create({
      data: {
        provider: 'SORA',
        mode: 'TEXT',
        input: { prompt: 'waiting', model: 'SORA_2' },
        nextAttemptAt: new Date(Date.now() + 60 * minute),
      },
    });
    const before = Date.now();
    const job = (
      await gql(
        gateway.url,
        `query($id: ID!) { node(id: $id) { ... on VideoJob { status estimatedProgress estimate { finishesAt seconds } } } }`,
        {
          id: Buffer.from(`VideoJob:${queued.id}`).toString('base64'),
        },
      )
    ).data!.node as { status: string; estimatedProgress: number; estimate: { finishesAt: string; seconds: number } };
    expect(job).toMatchObject({ status: 'QUEUED', estimatedProgress: 0, estimate: { seconds: 30 } });
    expect(Date.parse(job.estimate.finishesAt)).toBeGreaterThanOrEqual(before + 30_000 - 1000);
  });

  it('no basis at all: null, for a job no job like it has succeeded (another provider, and a finished job)', async () => {
    const id = await submitted({ input: { grok: { prompt: 'nothing to go on' } } });
    expect(await read(id)).toMatchObject({ status: 'SUBMITTED', estimate: null, estimatedProgress: null });
    const done = await gateway.db.prisma.job.findFirstOrThrow({ where: { provider: 'SORA', status: 'SUCCEEDED' } });
    const finishedJob = (await gql(gateway.url, JobEstimate, { id: Buffer.from(`VideoJob:${done.id}`).toString('base64') })).data!
      .videoJob!;
    expect(finishedJob).toMatchObject({ status: 'SUCCEEDED', estimate: null, estimatedProgress: null });
  });
});
