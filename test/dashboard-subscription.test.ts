import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo, VideoJobsUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';

describe('videoJobsUpdated, for dashboards', () => {
  const using = useDisposables();

  it('delivers every change of many concurrent jobs, each once, in each job’s order', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const count = 12;
    const finals = new Set<string>();
    const dashboard = subscribeWs(client, VideoJobsUpdated, {}, (m) => {
      const job = m.data!.videoJobsUpdated;
      if (job.status === 'SUCCEEDED') finals.add(job.id);
      return finals.size === count + 1;
    });
    const succeededOnly = subscribeWs(
      client,
      VideoJobsUpdated,
      { filter: { status: ['SUCCEEDED'] } },
      (_m, all) => all.length === count + 1,
    );

    // A first job proves both subscriptions are live: once they saw it, nothing later can be missed.
    const probe = (await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('probe') } })).data!.generateVideo.id;
    await expect.poll(() => dashboard.messages.some((m) => m.data?.videoJobsUpdated.id === probe)).toBe(true);
    await expect.poll(() => succeededOnly.messages.length).toBe(1);

    const created = await Promise.all(
      Array.from({ length: count }, (_, i) => gql(gateway.url, GenerateVideo, { input: { pika: minimalPika(`scene ${i}`) } })),
    );
    const ids = created.map((r) => r.data!.generateVideo.id);
    const seen = (await dashboard.done).map((m) => m.data!.videoJobsUpdated);

    for (const id of ids) {
      const updates = seen.filter((j) => j.id === id);
      const steps = updates.map((j) => `${j.status}:${j.progress}`);
      expect(steps).toEqual([...new Set(steps)]); // each change once
      expect(steps[0]).toBe('QUEUED:0');
      expect(steps.at(-1)).toBe('SUCCEEDED:100');
      const progress = updates.map((j) => j.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      // Exactly the changes stored in the job's history.
      const rawId = Buffer.from(id, 'base64').toString().split(':')[1]!;
      expect(updates).toHaveLength(await gateway.db.prisma.jobEvent.count({ where: { jobId: rawId } }));
    }
    const onlyFinal = (await succeededOnly.done).map((m) => m.data!.videoJobsUpdated);
    expect(onlyFinal.every((j) => j.status === 'SUCCEEDED')).toBe(true);
    expect(new Set(onlyFinal.map((j) => j.id))).toEqual(new Set([probe, ...ids]));
  });
});
