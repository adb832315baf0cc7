import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql, rawJobId } from './support/graphql.js';
import { freePort } from './support/ports.js';
import { minimalPika } from './support/pika.js';
import { spawnGateway, type GatewayProcess } from './support/process.js';
import { startGateway } from './support/gateway.js';

// A gateway killed (SIGKILL) while DuomiAPI holds its submissions open: sent, never answered.
// DuomiAPI has no idempotency key, so the restarted gateway must not send them again within the
// grace; their tasks' callbacks adopt them; past the grace it sends them again or fails them.

const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;
const history = `query($id: ID!) { videoJob(id: $id) { status error { code } events { from to source note } } }`;
const HELD = 3;

const tasksOf = (simulator: Simulator, jobId: string) =>
  [...simulator.tasks.values()].filter((t) => t.callbackUrl.includes(`/callbacks/duomi/${jobId}?`));

describe('a submission whose answer was lost in a crash', () => {
  const using = useDisposables();

  /** Starts a gateway, sends HELD jobs the simulator holds open, kills it, and starts another on the same address. */
  async function crashWhileSubmitting(
    env: Record<string, string>,
    input: (i: number) => Record<string, unknown> = (i) => ({ pika: minimalPika(`held ${i}`) }),
  ) {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const simulator = using(await startSimulator({ apiKey: 'once-key', knobs: { holdSubmissions: true, stepMs: 100 } }), (s) => s.close());
    const port = String(await freePort());
    const fullEnv = {
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: database.url!,
      DUOMI_BASE_URL: simulator.url,
      DUOMI_API_KEY: 'once-key',
      CALLBACK_SECRET: 'at-most-once-secret-0123456789abcdef',
      // Long enough that no submission times out before the kill; its lease is 2 × this + 5 s.
      UPSTREAM_TIMEOUT_MS: '4000',
      RECONCILE_AFTER_SECONDS: '1',
      ...env,
    };
    const kill = (p: GatewayProcess) => using(p, (g) => g.child.exitCode === null && g.child.kill('SIGKILL'));
    const first = kill(spawnGateway(fullEnv));
    const url = await first.ready;
    const ids: string[] = [];
    for (let i = 0; i < HELD; i++)
      ids.push((await gql<{ generateVideo: { id: string } }>(url, generate, { input: input(i) })).data!.generateVideo.id);
    await expect.poll(() => simulator.holding, { timeout: 30_000, interval: 20 }).toBe(HELD);
    first.child.kill('SIGKILL');
    await first.exited;

    const db = using(new pg.Client({ connectionString: database.url }), (c) => c.end());
    await db.connect();
    const atCrash = await db.query(`SELECT 1 FROM "Job" WHERE status = 'QUEUED' AND "submitSentAt" IS NOT NULL AND attempts = 1`);
    expect(atCrash.rowCount).toBe(HELD);
    const second = kill(spawnGateway(fullEnv));
    await second.ready;
    return { simulator, db, url, ids, raw: ids.map(rawJobId) };
  }

  const statuses = async (db: pg.Client) =>
    (await db.query<{ status: string }>(`SELECT status FROM "Job" ORDER BY id`)).rows.map((r) => r.status);

  it('is not sent again within the grace, and its late callback finishes the job', { timeout: 120_000 }, async () => {
    const { simulator, db, raw } = await crashWhileSubmitting({ SUBMIT_UNCERTAIN_GRACE_SECONDS: '600' });
    // Once its lease has run out, the restarted gateway has judged every job: uncertain, given back to wait.
    await expect
      .poll(
        async () =>
          (
            await db.query(
              `SELECT 1 FROM "Job" WHERE status = 'QUEUED' AND "leaseUntil" IS NULL AND "nextAttemptAt" > now() + interval '60 seconds'`,
            )
          ).rowCount,
        { timeout: 60_000, interval: 200 },
      )
      .toBe(HELD);
    // Still only the first submissions: a second one would be held too.
    expect(simulator.holding).toBe(HELD);
    expect(simulator.received).toHaveLength(0);

    simulator.setKnobs({ stepMs: 100 }); // DuomiAPI answers at last (to no one) and its tasks call back
    await expect.poll(() => statuses(db), { timeout: 60_000, interval: 200 }).toEqual(raw.map(() => 'SUCCEEDED'));
    for (const id of raw) expect(tasksOf(simulator, id)).toHaveLength(1);
    expect(simulator.received).toHaveLength(HELD);
  });

  it('is sent again after the grace (RESUBMIT_UNCERTAIN=true), as its history says', { timeout: 120_000 }, async () => {
    const { simulator, db, url, ids, raw } = await crashWhileSubmitting({ SUBMIT_UNCERTAIN_GRACE_SECONDS: '2' });
    simulator.forgetHeld(); // those submissions never made a task: no word will come
    simulator.setKnobs({ stepMs: 100 });
    await expect.poll(() => statuses(db), { timeout: 60_000, interval: 200 }).toEqual(raw.map(() => 'SUCCEEDED'));
    for (const id of raw) expect(tasksOf(simulator, id)).toHaveLength(1);
    const job = (await gql<{ videoJob: { events: { source: string; note: string | null }[] } }>(url, history, { id: ids[0] })).data!
      .videoJob;
    expect(job.events.filter((e) => e.source === 'SYSTEM')).toEqual([
      expect.objectContaining({
        from: 'QUEUED',
        to: 'QUEUED',
        note: expect.stringMatching(/no task heard of within 2 s; sending it again/),
      }),
    ]);
  });

  it('fails with SUBMISSION_UNCERTAIN after the grace (RESUBMIT_UNCERTAIN=false), as its history says', { timeout: 120_000 }, async () => {
    const { simulator, db, url, ids, raw } = await crashWhileSubmitting({
      SUBMIT_UNCERTAIN_GRACE_SECONDS: '2',
      RESUBMIT_UNCERTAIN: 'false',
    });
    simulator.forgetHeld();
    simulator.setKnobs({ stepMs: 100 });
    await expect.poll(() => statuses(db), { timeout: 60_000, interval: 200 }).toEqual(raw.map(() => 'FAILED'));
    expect(simulator.tasks.size).toBe(0);
    const job = (
      await gql<{ videoJob: { error: { code: string }; events: { source: string; note: string | null }[] } }>(url, history, { id: ids[0] })
    ).data!.videoJob;
    expect(job.error.code).toBe('SUBMISSION_UNCERTAIN');
    expect(job.events.at(-1)).toMatchObject({
      from: 'QUEUED',
      to: 'FAILED',
      source: 'SYSTEM',
      note: expect.stringMatching(/RESUBMIT_UNCERTAIN=false/),
    });
  });

  it("of a Kling job is found by the job's id (external_task_id) and adopted, with no callback and well within the grace", {
    timeout: 120_000,
  }, async () => {
    const { simulator, db, raw } = await crashWhileSubmitting({ SUBMIT_UNCERTAIN_GRACE_SECONDS: '600' }, (i) => ({
      kling: { prompt: `held kling ${i}` },
    }));
    simulator.setKnobs({ stepMs: 100, dropRate: 1 }); // the tasks are made, but every callback is lost
    await expect.poll(() => statuses(db), { timeout: 60_000, interval: 200 }).toEqual(raw.map(() => 'SUCCEEDED'));
    for (const id of raw) expect(tasksOf(simulator, id).map((t) => t.body.external_task_id)).toEqual([id]);
    expect(simulator.sentCallbacks).toHaveLength(0);
    const adopted = await db.query(`SELECT 1 FROM "JobEvent" WHERE source = 'POLL' AND "fromStatus" = 'QUEUED'`);
    expect(adopted.rowCount).toBe(HELD);
  });
});

describe('a submission whose answer does not come in time (sent, then a time-out)', () => {
  const using = useDisposables();

  it("is not sent again within the grace: its task's callback adopts the job", { timeout: 120_000 }, async () => {
    // DuomiAPI answers after 1.5 s, the gateway waits 0.3 s: every request times out after it was
    // sent, and DuomiAPI makes each task all the same.
    const simulator = using(await startSimulator({ apiKey: 'late-key', knobs: { submitLatencyMs: 1_500, stepMs: 100 } }), (s) => s.close());
    const gateway = using(
      await startGateway('postgres', {
        DUOMI_BASE_URL: simulator.url,
        DUOMI_API_KEY: 'late-key',
        UPSTREAM_TIMEOUT_MS: '300',
        SUBMIT_BACKOFF_MS: '50',
        SUBMIT_UNCERTAIN_GRACE_SECONDS: '600',
      }),
      (g) => g.stop(),
    );
    const ids: string[] = [];
    for (let i = 0; i < HELD; i++) {
      ids.push(
        (await gql<{ generateVideo: { id: string } }>(gateway.url, generate, { input: { pika: minimalPika(`late ${i}`) } })).data!
          .generateVideo.id,
      );
    }
    const raw = ids.map(rawJobId);
    const statusOf = async () => (await gateway.db.prisma.job.findMany({ where: { id: { in: raw } } })).map((j) => j.status);
    await expect.poll(statusOf, { timeout: 60_000, interval: 200 }).toEqual(raw.map(() => 'SUCCEEDED'));
    for (const id of raw) expect(tasksOf(simulator, id)).toHaveLength(1);
    expect(simulator.received).toHaveLength(HELD);
  });
});
