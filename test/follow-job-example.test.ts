import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';

const root = resolve(import.meta.dirname, '..');

function runExample(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/follow-job.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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

  it('prints the error and exits 1 when the job fails', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const { code, out } = await runExample(['--url', gateway.url, '--prompt', 'this one breaks #fail']);
    expect(out).toMatch(/^failed: \S+ generation failed/m);
    expect(code).toBe(1);
  });
});
