import type { Client } from 'graphql-ws';
import { expect } from 'vitest';
import type { GenerateVideoInput } from './generated/graphql.js';
import type { TestGateway } from './gateway.js';
import { subscribeWs } from './graphql.js';
import { GenerateVideo, VideoJobUpdated } from './operations.js';

/**
 * Submits `input` over graphql-ws, follows the job to its final state, and returns what the
 * client saw and what the simulator received for the job's task.
 */
export async function generateAndFollow(gateway: TestGateway, client: Client, input: GenerateVideoInput) {
  const [created] = await subscribeWs(client, GenerateVideo, { input }).done;
  expect(created!.errors).toBeUndefined();
  const job = created!.data!.generateVideo;
  const seen = await subscribeWs(client, VideoJobUpdated, { id: job.id }).done; // completes after the final state
  const jobs = seen.map((m) => m.data!.videoJobUpdated);
  const last = jobs.at(-1)!;
  const submission = gateway.app.simulator!.received.find((r) => r.taskId !== undefined && r.taskId === last.upstreamTaskId);
  return { job, statuses: jobs.map((j) => j.status), last, submission };
}

/** The body the simulator received, without the callback URL (which names the job), and that URL. */
export function receivedBody(submission: { body: Record<string, unknown> } | undefined) {
  expect(submission).toBeDefined();
  const { callback_url, ...body } = submission!.body;
  expect(callback_url).toMatch(/\/callbacks\/duomi\/[0-9a-f-]{36}\?token=[\w-]{43}$/);
  return body;
}
