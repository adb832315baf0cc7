import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const gcHook = resolve(import.meta.dirname, 'gc-hook.ts');

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

let profileDir: string | undefined;
/** `npm run bench -- --profile <dir>`: every server started writes a CPU profile there when it stops. */
export function profileInto(dir: string) {
  profileDir = resolve(dir);
}

export type ServerProcess = {
  url: string;
  pid: number;
  /** The process's resident set size now, from /proc. */
  rssBytes: () => Promise<number>;
  /** A full garbage collection in the process (see gc-hook.ts). */
  collectGarbage: () => Promise<void>;
  stop: () => Promise<void>;
};

/** Starts a TypeScript entry point as its own Node process on `port`, ready once it answers HTTP. */
export async function startServer(
  entry: string,
  { port, env = {}, args = [] }: { port: number; env?: Record<string, string>; args?: string[] },
): Promise<ServerProcess> {
  // One folder per server: its main thread and tsx's loader thread each write a profile.
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir, `${entry.replace(/\W+/g, '-')}-${port}`)}`] : [];
  const child = spawn(process.execPath, [...profile, '--expose-gc', '--import', 'tsx', '--import', gcHook, resolve(root, entry), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`${entry} exited (${child.exitCode}) before serving:\n${stderr}`);
    if (
      await fetch(url).then(
        (r) => r.body?.cancel().then(() => true),
        () => false,
      )
    )
      break;
    if (waited > 60_000) throw new Error(`${entry} did not serve on ${url} within a minute:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    rssBytes: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) * 1024;
    },
    collectGarbage: async () => {
      const done = new Promise<void>((ok) => child.once('message', () => ok()));
      child.send('gc');
      await done;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
