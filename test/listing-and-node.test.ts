import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo, NodeById, VideoJobs, VideoJobWithEvents } from './support/operations.js';
import { minimalPika } from './support/pika.js';

let gateway: TestGateway;
let ids: string[] = [];

beforeAll(async () => {
  gateway = await startGateway('postgres');
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // keep every job SUBMITTED
  for (let i = 0; i < 5; i++) {
    const { data } = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika(`shot ${i}`) } });
    ids.push(data!.generateVideo.id);
  }
  ids = ids.reverse(); // newest first
});
afterAll(() => gateway.stop());

describe('reading jobs', () => {
  it('videoJobs pages newest first with Relay cursors, forwards and backwards', async () => {
    const first = (await gql(gateway.url, VideoJobs, { first: 2 })).data!.videoJobs;
    expect(first.edges.map((e) => e.node.prompt)).toEqual(['shot 4', 'shot 3']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await gql(gateway.url, VideoJobs, { first: 2, after: first.pageInfo.endCursor })).data!.videoJobs;
    expect(second.edges.map((e) => e.node.id)).toEqual(ids.slice(2, 4));
    const last = (await gql(gateway.url, VideoJobs, { last: 2 })).data!.videoJobs;
    expect(last.edges.map((e) => e.node.prompt)).toEqual(['shot 1', 'shot 0']);
    const before = (await gql(gateway.url, VideoJobs, { last: 1, before: second.pageInfo.startCursor })).data!.videoJobs;
    expect(before.edges.map((e) => e.node.id)).toEqual([ids[1]]);
  });

  it('videoJobs filters by status and provider', async () => {
    await expect
      .poll(async () => (await gql(gateway.url, VideoJobs, { first: 10, filter: { status: ['SUBMITTED'] } })).data!.videoJobs.edges.length)
      .toBe(5);
    expect((await gql(gateway.url, VideoJobs, { first: 10, filter: { status: ['SUCCEEDED', 'FAILED'] } })).data!.videoJobs.edges).toEqual(
      [],
    );
    expect((await gql(gateway.url, VideoJobs, { first: 10, filter: { provider: 'PIKA' } })).data!.videoJobs.edges).toHaveLength(5);
    expect((await gql(gateway.url, VideoJobs, { first: 10, filter: { provider: 'KLING' } })).data!.videoJobs.edges).toEqual([]);
  });

  it('videoJob and node find a job by its global id; an unknown id is null', async () => {
    expect((await gql(gateway.url, VideoJobWithEvents, { id: ids[0]! })).data!.videoJob).toMatchObject({ id: ids[0], prompt: 'shot 4' });
    expect((await gql(gateway.url, NodeById, { id: ids[1]! })).data!.node).toMatchObject({ id: ids[1], prompt: 'shot 3' });
    const ghost = Buffer.from('VideoJob:01939d1c-0000-7000-8000-000000000000').toString('base64');
    expect((await gql(gateway.url, VideoJobWithEvents, { id: ghost })).data!.videoJob).toBeNull();
  });
});
