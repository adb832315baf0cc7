import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import type { GenerateVideoInput } from './support/generated/graphql.js';

// VideoJob.cost comes from the upstream's `point` and `refund`, reported with the final state.

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

describe('the cost of a job', () => {
  it.each<[string, GenerateVideoInput, string, { points: number; refunded: boolean } | null]>([
    ['a finished PIX job: the points charged', { pix: { prompt: 'a kite' } }, 'SUCCEEDED', { points: 10, refunded: false }],
    [
      'a failed Runway job (numeric status alone): charged, then refunded',
      { runway: { prompt: 'a kite #fail' } },
      'FAILED',
      { points: 10, refunded: true },
    ],
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
