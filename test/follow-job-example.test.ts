import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';

const root = resolve(import.meta.dirname, '..');

function runExample(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/follow-job.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, out })));
}

describe('examples/follow-job.ts', () => {
  const using = useDisposables();

  it('submits a video, draws its progress to 100% and prints the video URL', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const { code, out } = await runExample(['--url', gateway.url, '--prompt', 'a heron taking off']);
    expect(out).toMatch(/\[█{30}\] 100% SUCCEEDED/);
    expect(out).toMatch(/^video: http:\/\/127\.0\.0\.1:\d+\/files\/[\w-]+\.mp4$/m);
    expect(code).toBe(0);
  });

  it('shows the estimate while the provider reports no progress', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 1_000, progressSteps: [] }); // pending, then done: no progress between
    for (const seconds of [6, 8, 10]) {
      const finishedAt = new Date();
      const input = { prompt: 'before', ratio: 'RATIO_16_9', options: { frameRate: 24 }, model: 'V1_5' };
      await gateway.db.prisma.job.create({
        data: {
          provider: 'PIKA',
          mode: 'TEXT',
          status: 'SUCCEEDED',
          progress: 100,
          input,
          submittedAt: new Date(finishedAt.getTime() - seconds * 1000),
          finishedAt,
        },
      });
    }
    const { code, out } = await runExample(['--url', gateway.url, '--prompt', 'a slow heron']);
    expect(out).toMatch(/\] ~ {0,2}\d+% SUBMITTED +\(~\d+ s left, estimated from 3 jobs\)$/m);
    expect(out).toMatch(/\[█{30}\] 100% SUCCEEDED/);
    expect(code).toBe(0);
  });

  it('prints the error and exits 1 when the job fails', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const { code, out } = await runExample(['--url', gateway.url, '--prompt', 'this one breaks #fail']);
    expect(out).toMatch(/^failed: \S+ generation failed/m);
    expect(code).toBe(1);
  });
});
