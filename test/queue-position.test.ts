import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, subscribeWs, wsClient } from './support/graphql.js';
import { FollowQueue, GenerateVideo, QueuedJobs } from './support/operations.js';

// VideoJob.queuePosition for a burst of jobs behind an upstream pace of one submission per
// second: 1 is next, each line in the order the jobs were made, and followers are told each
// time their job moves up, from one read of the queue per change (not one per job).

describe('queue position behind a pace of one per second', () => {
  const using = useDisposables();

  it('places a burst in order, and tells each follower as its job moves up, until it is submitted', async () => {
    const gateway = using(await startGateway('postgres', { UPSTREAM_RATE_PER_SECOND: 'sora=1' }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // accepted tasks stay pending: only the queue moves
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const burst = 12;
    const ids: string[] = [];
    for (let i = 0; i < burst; i++) {
      const created = await gql(gateway.url, GenerateVideo, { input: { sora: { prompt: `burst ${i}` } } });
      expect(created.errors).toBeUndefined();
      ids.push(created.data!.generateVideo.id);
    }

    // Right after the burst: the queued jobs hold places 1, 2, 3 … in the order they were made.
    const { data } = await gql(gateway.url, QueuedJobs, { filter: { provider: 'SORA' } });
    const listed = data!.videoJobs.edges.map((e) => e.node).reverse(); // oldest first
    expect(listed.map((j) => j.id)).toEqual(ids);
    const queued = listed.filter((j) => j.status === 'QUEUED');
    expect(queued.length).toBeGreaterThanOrEqual(burst / 2); // only a few have left, at one a second
    expect(queued.map((j) => j.queuePosition)).toEqual(queued.map((_, i) => i + 1));
    expect(listed.filter((j) => j.status !== 'QUEUED').every((j) => j.queuePosition === null)).toBe(true);

    // Every job followed: each is told its new place as the ones ahead leave, then that it left.
    const readsBefore = gateway.app.queue.reads;
    const followed = ids.map((id) =>
      subscribeWs(client, FollowQueue, { id }, (message) => message.data?.videoJobUpdated.status === 'SUBMITTED'),
    );
    const seen = await Promise.all(followed.map((f) => f.done));
    for (const messages of seen) {
      const jobs = messages.map((m) => m.data!.videoJobUpdated);
      const places = jobs.filter((j) => j.status === 'QUEUED').map((j) => j.queuePosition!);
      // Strictly moving up, one place per job ahead that left (or several, when they left together).
      for (let i = 1; i < places.length; i++) expect(places[i]).toBeLessThan(places[i - 1]!);
      expect(places.every((p) => p >= 1)).toBe(true);
      expect(jobs.at(-1)).toMatchObject({ status: 'SUBMITTED', queuePosition: null });
    }
    // The last job waited longest: it saw most of the line go by, ending near the front (the
    // dispatcher takes slots up to two seconds ahead, so the few jobs holding one leave in any order,
    // and on a stalled machine a few leave at once: its last place is within the first third).
    const lastPlaces = seen
      .at(-1)!
      .map((m) => m.data!.videoJobUpdated)
      .filter((j) => j.status === 'QUEUED')
      .map((j) => j.queuePosition);
    expect(lastPlaces.length).toBeGreaterThanOrEqual(2);
    expect(lastPlaces.at(-1)).toBeLessThanOrEqual(burst / 3);
    // One read of the queue serves every follower: far fewer than one per follower per change.
    expect(gateway.app.queue.reads - readsBefore).toBeLessThan((burst * burst) / 2);
  });

  it('without a pace, jobs of every provider share one line; a submitted job has no place', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ submitErrorRate: 1 }); // every submission fails and is retried later: the jobs stay QUEUED
    const made = [];
    for (const input of [{ sora: { prompt: 'a' } }, { grok: { prompt: 'b' } }, { veo: { prompt: 'c' } }]) {
      made.push((await gql(gateway.url, GenerateVideo, { input })).data!.generateVideo.id);
    }
    const listed = (await gql(gateway.url, QueuedJobs, {})).data!.videoJobs.edges.map((e) => e.node).reverse();
    expect(listed.map((j) => [j.id, j.status, j.queuePosition])).toEqual(made.map((id, i) => [id, 'QUEUED', i + 1]));
  });
});
