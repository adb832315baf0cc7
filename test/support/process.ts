import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export type GatewayProcess = {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the base URL once the gateway logs that it listens. */
  ready: Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Starts `npm start`'s entry point (src/main.ts) as its own process, as a user would. */
export function spawnGateway(env: Record<string, string>): GatewayProcess {
  return spawnNode(['--import', 'tsx', 'src/main.ts'], {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SHUTDOWN_DRAIN_MS: '0',
    ...env,
  });
}

/**
 * Starts the production build as the image does (`node dist/main.js`) with exactly `env` (and
 * PATH). Build it first: test/support/build.ts.
 */
export function spawnBuiltGateway(env: Record<string, string>): GatewayProcess {
  return spawnNode(['dist/main.js'], env);
}

function spawnNode(args: string[], env: Record<string, string>): GatewayProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /gateway listening on (http:\/\/[^\s"/]+)/.exec(out);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`gateway exited (${code}) before listening:\n${out}`)));
  });
  ready.catch(() => {});
  return { child, output: () => out, ready, exited };
}
