import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { gql } from './support/graphql.js';
import { minimalPika } from './support/pika.js';
import { spawnGateway, type GatewayProcess } from './support/process.js';

const generate = `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`;
const read = `query($id: ID!) { videoJob(id: $id) { id prompt } }`;

describe('the embedded database (PGlite on its own thread) under SIGKILL', () => {
  const using = useDisposables();
  const killOnExit = (p: GatewayProcess) => using(p, (g) => g.child.exitCode === null && g.child.kill('SIGKILL'));

  it('keeps every job whose generateVideo was answered, with no clean shutdown', { timeout: 180_000 }, async () => {
    const dataDir = using(mkdtempSync(join(tmpdir(), 'gw-durable-')), (dir) => rmSync(dir, { recursive: true, force: true }));
    const env = { PORT: '0', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '10000' };
    const first = killOnExit(spawnGateway(env));
    const url = await first.ready;

    // Jobs answered one after another and a burst answered together; killed the moment the last answer arrives.
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await gql<{ generateVideo: { id: string } }>(url, generate, { input: { pika: minimalPika(`kept ${i}`) } })).data!.generateVideo.id,
      );
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql<{ generateVideo: { id: string } }>(url, generate, { input: { pika: minimalPika(`kept ${5 + i}`) } }),
      ),
    );
    ids.push(...burst.map((answer) => answer.data!.generateVideo.id));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = killOnExit(spawnGateway(env));
    const again = await second.ready;
    const found = await Promise.all(
      ids.map(async (id) => (await gql<{ videoJob: { id: string; prompt: string } | null }>(again, read, { id })).data?.videoJob?.prompt),
    );
    expect(found).toEqual(ids.map((_, i) => `kept ${i}`));
  });
});
