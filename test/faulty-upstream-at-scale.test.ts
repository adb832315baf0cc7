import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../src/db/generated/client.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, rawJobId, subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo, VideoJobsUpdated, VideoJobUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';

const rank: Record<JobStatus, number> = { QUEUED: 0, SUBMITTED: 1, PROCESSING: 2, SUCCEEDED: 3, FAILED: 3, CANCELED: 3 };
const isFinal = (s: JobStatus) => rank[s] === 3;

describe('200 jobs through a faulty provider', () => {
  const using = useDisposables();

  it('all reach the right final state, with one upstream task each, and every subscriber sees a consistent story', {
    timeout: 120_000,
  }, async () => {
    const gateway = using(
      await startGateway('postgres', { RECONCILE_AFTER_SECONDS: '0.5', RATE_LIMIT_PER_MINUTE: '100000', UPSTREAM_CONCURRENCY: '16' }),
      (g) => g.stop(),
    );
    const simulator = gateway.app.simulator!;
    simulator.setKnobs({
      stepMs: 60,
      dropRate: 0.3,
      repeatRate: 0.3,
      reorder: true,
      submitErrorRate: 0.2,
      failRate: 0.15,
      callbackShape: 'mixed',
      seed: 7,
    });
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const dashboard = subscribeWs(client, VideoJobsUpdated, {});
    const probe = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('probe') } })).data!.generateVideo.id;
    await expect.poll(() => dashboard.messages.some((m) => m.data?.videoJobsUpdated.id === probe)).toBe(true);

    const ids: string[] = [probe];
    for (let batch = 0; batch < 199; batch += 50) {
      const created = await Promise.all(
        Array.from({ length: Math.min(50, 199 - batch) }, (_, i) =>
          gql(gateway.url, GenerateVideo, { input: { pika: minimalPika(`shot ${batch + i}`) } }),
        ),
      );
      ids.push(...created.map((r) => r.data!.generateVideo.id));
    }
    // A follower for every tenth job, over its own subscription.
    const followers = ids.filter((_, i) => i % 10 === 0).map((id) => ({ id, done: subscribeWs(client, VideoJobUpdated, { id }).done }));

    await expect
      .poll(async () => gateway.db.prisma.job.count({ where: { status: { in: ['QUEUED', 'SUBMITTED', 'PROCESSING'] } } }), {
        timeout: 90_000,
        interval: 500,
      })
      .toBe(0)
      .catch(async (error: unknown) => {
        const stuck = await gateway.db.prisma.job.findMany({ where: { status: { in: ['QUEUED', 'SUBMITTED', 'PROCESSING'] } } });
        console.log(
          'STUCK',
          JSON.stringify(
            stuck.map(({ input: _i, ...j }) => ({ ...j, task: j.upstreamTaskId ? simulator.tasks.get(j.upstreamTaskId)?.state : null })),
            null,
            1,
          ),
        );
        throw error;
      });

    // One upstream task per job, and the job's final state is the task's.
    const jobs = await gateway.db.prisma.job.findMany();
    expect(jobs).toHaveLength(200);
    const tasksByJob = new Map<string, string[]>();
    for (const task of simulator.tasks.values()) {
      const jobId = /\/callbacks\/duomi\/([^?]+)/.exec(task.callbackUrl)![1]!;
      tasksByJob.set(jobId, [...(tasksByJob.get(jobId) ?? []), task.taskId]);
    }
    for (const job of jobs) {
      expect(tasksByJob.get(job.id)).toEqual([job.upstreamTaskId]);
      const task = simulator.tasks.get(job.upstreamTaskId!)!;
      expect(job.status).toBe(task.outcome === 'succeeded' ? 'SUCCEEDED' : 'FAILED');
      if (job.status === 'SUCCEEDED') expect(job.videoUrl).toBe(`${simulator.url}/files/${task.taskId}.mp4`);
    }
    expect(simulator.faults.http500).toBeGreaterThan(10);
    expect(jobs.some((j) => j.status === 'FAILED')).toBe(true);

    // The dashboard saw each job's changes in order, each once, ending in its stored state.
    const byJob = new Map<string, { status: JobStatus; progress: number }[]>();
    for (const m of dashboard.messages) {
      const j = m.data!.videoJobsUpdated;
      byJob.set(j.id, [...(byJob.get(j.id) ?? []), j]);
    }
    for (const id of ids) {
      const story = byJob.get(id)!;
      for (let i = 1; i < story.length; i++) {
        const [a, b] = [story[i - 1]!, story[i]!];
        expect(rank[b.status] > rank[a.status] || (b.status === a.status && b.progress > a.progress)).toBe(true);
      }
      const stored = jobs.find((j) => j.id === rawJobId(id))!;
      expect(story.at(-1)).toMatchObject({ status: stored.status, progress: stored.progress });
    }
    for (const follower of followers) {
      const story = (await follower.done).map((m) => m.data!.videoJobUpdated.status);
      expect(story.filter(isFinal)).toHaveLength(1);
      expect(isFinal(story.at(-1)!)).toBe(true);
    }
    dashboard.stop();
  });
});
