import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow } from './support/follow-job.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { wsClient } from './support/graphql.js';
import type { GenerateVideoInput } from './support/generated/graphql.js';

// VideoJob.cost comes from the upstream's `point` and `refund`, reported with the final state.

let gateway: TestGateway;
let client: Client;
beforeAll(async () => {
  gateway = await startGateway('postgres');
  client = wsClient(gateway.wsUrl);
});
afterAll(async () => {
  await client.dispose();
  await gateway.stop();
});

describe('the cost of a job', () => {
  it.each<[string, GenerateVideoInput, string, { points: number; refunded: boolean } | null]>([
    ['a finished PIX job: the points charged', { pix: { prompt: 'a kite' } }, 'SUCCEEDED', { points: 10, refunded: false }],
    ['a failed Runway job (numeric status alone): charged, then refunded', { runway: { prompt: 'a kite #fail' } }, 'FAILED', { points: 10, refunded: true }],
    ['a failed Luma job: refunded', { luma: { prompt: 'a kite #fail' } }, 'FAILED', { points: 10, refunded: true }],
    ['a Kling job: Kling reports no points, so no cost', { kling: { prompt: 'a kite' } }, 'SUCCEEDED', null],
  ])('%s', async (_case, input, status, cost) => {
    const { job, last } = await generateAndFollow(gateway, client, input);
    expect(last).toMatchObject({ status, cost });
    const id = Buffer.from(job.id, 'base64').toString().split(':')[1]!;
    const stored = await gateway.db.prisma.job.findUniqueOrThrow({ where: { id } });
    expect({ points: stored.costPoints, refunded: stored.costRefunded }).toEqual(cost ?? { points: null, refunded: null });
  });
});
