import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSimulator } from '../src/provider/simulator/server.js';
import { useDisposables } from './support/disposables.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { GenerateVideo, VideoJobUpdated } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// A deploy must be invisible to a client following a job with a stock client and its retry on:
// the gateway closes graphql-ws with 1012 and ends SSE streams without `complete`, so the client
// reconnects, subscribes again, gets the job's current state, and sees `complete` only once the
// job is final.

type Job = { status: string; progress: number; videoUrl?: string | null };
type Log = { seen: string[]; messages: Job[] };

/** What each client does: follow one job, noting every message, (re)connection and the end, in order. */
type Follow = (gateway: TestGateway, id: string, log: Log) => { done: Promise<void>; dispose: () => unknown };

const query = print(VideoJobUpdated);
const quickly = () => new Promise<void>((resolve) => setTimeout(resolve, 200));

const followers: Record<string, Follow> = {
  'graphql-ws (its client, retry on)': (gateway, id, log) => {
    const client = createWsClient({
      url: gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 30,
      retryWait: quickly,
      on: { connected: () => log.seen.push('connected') },
    });
    return { done: follow((sink) => client.subscribe({ query, variables: { id } }, sink), log), dispose: () => client.dispose() };
  },
  ...Object.fromEntries(
    (
      [
        ['graphql-sse, distinct connections, on /graphql', '/graphql', false],
        ['graphql-sse, distinct connections, on /graphql/stream', '/graphql/stream', false],
        ['graphql-sse, single connection, on /graphql/stream', '/graphql/stream', true],
      ] as const
    ).map(([name, path, singleConnection]): [string, Follow] => [
      name,
      (gateway, id, log) => {
        const client = createSseClient({
          url: `${gateway.url}${path}`,
          singleConnection,
          retryAttempts: 30,
          retry: quickly,
          on: { connected: () => log.seen.push('connected') },
        });
        return { done: follow((sink) => client.subscribe({ query, variables: { id } }, sink), log), dispose: () => client.dispose() };
      },
    ]),
  ),
};

type Sink = { next: (value: { data?: unknown; errors?: unknown }) => void; error: (error: unknown) => void; complete: () => void };

function follow(subscribe: (sink: Sink) => unknown, log: Log): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    subscribe({
      next: (value) => {
        if (value.errors) return reject(new Error(`errors: ${JSON.stringify(value.errors)}`));
        const job = (value.data as { videoJobUpdated: Job }).videoJobUpdated;
        log.messages.push(job);
        log.seen.push(job.status);
      },
      error: reject,
      complete: () => {
        log.seen.push('complete');
        resolve();
      },
    });
  });
}

describe('a job followed while the gateway restarts on the same port', () => {
  const using = useDisposables();

  for (const [name, start] of Object.entries(followers)) {
    it(`${name}: ends with SUCCEEDED and its video, with no complete before`, { timeout: 60_000 }, async () => {
      // The provider outlives the gateway, as DuomiAPI would; slow steps keep the job running across the restart.
      const simulator = using(await startSimulator({ apiKey: 'restart-key', knobs: { stepMs: 700 } }), (s) => s.close());
      const gateway = using(
        await startGateway('postgres', { DUOMI_BASE_URL: simulator.url, DUOMI_API_KEY: 'restart-key', RECONCILE_AFTER_SECONDS: '1' }),
        (g) => g.stop(),
      );
      const created = await gql(gateway.url, GenerateVideo, { input: { pika: minimalPika('across a deploy') } });
      const id = created.data!.generateVideo.id;
      const log: Log = { seen: [], messages: [] };
      const follower = using(start(gateway, id, log), (f) => f.dispose());

      await expect.poll(() => log.messages.length, { timeout: 20_000 }).toBeGreaterThan(0);
      const beforeRestart = log.messages.at(-1)!.status;
      await gateway.restart();
      await follower.done;

      expect(['QUEUED', 'SUBMITTED', 'PROCESSING']).toContain(beforeRestart);
      // Reconnected once the gateway was back, and completed only after the final state.
      expect(log.seen.filter((s) => s === 'connected').length).toBeGreaterThanOrEqual(2);
      expect(log.seen.indexOf('complete')).toBe(log.seen.length - 1);
      expect(log.seen.slice(0, -1)).not.toContain('complete');
      const last = log.messages.at(-1)!;
      expect(last.status).toBe('SUCCEEDED');
      expect(last.progress).toBe(100);
      expect(last.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/[\w-]+\.mp4$/);
    });
  }

  it('/readyz answers 503 while the gateway drains before closing anything', async () => {
    const gateway = using(await startGateway('postgres', { SHUTDOWN_DRAIN_MS: '5000' }), (g) => g.stop());
    expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
    const stopping = gateway.app.stop();
    const res = await fetch(`${gateway.url}/readyz`);
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 503, body: { status: 'shutting down' } });
    // Everything else still serves meanwhile.
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    expect(await gql(gateway.url, '{ health }')).toEqual({ data: { health: 'ok' } });
    await stopping;
  });
});
