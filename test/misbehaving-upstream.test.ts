import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuomiClient, UpstreamFault } from '../src/provider/duomi-client.js';
import { startSimulator, type Simulator } from '../src/provider/simulator/server.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql, rawJobId } from './support/graphql.js';
import { sample, scrape } from './support/metrics.js';
import { minimalPika } from './support/pika.js';

// A stand-in for DuomiAPI that misbehaves as a broken or hostile upstream (or a proxy in between)
// would, chosen by a marker in the prompt; any other request is passed to the real simulator.

type Behaviour = 'endless' | 'trickle' | 'silent' | 'huge' | 'huge-declared';
const behaviours: Behaviour[] = ['endless', 'trickle', 'silent', 'huge', 'huge-declared'];
const bytesSent = new Map<Behaviour, number>();
const sockets = new Set<Socket>();
const endlessEnded = new Set<ServerResponse>();
let simulator: Simulator;
let standIn: { url: string; close: () => Promise<void> };

function misbehave(kind: Behaviour, res: ServerResponse) {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const count = (n: number) => bytesSent.set(kind, (bytesSent.get(kind) ?? 0) + n);
  switch (kind) {
    case 'silent':
      return; // headers never come
    case 'endless': {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"code":200,"data":"');
      res.once('close', () => endlessEnded.add(res));
      const pump = () => {
        while (!res.destroyed) {
          count(chunk.length);
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      return pump();
    }
    case 'trickle': {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 100);
      return res.write('{"code":200,');
    }
    case 'huge': {
      const body = JSON.stringify({ code: 200, data: { task_id: 't', padding: 'x'.repeat(5 * 1024 * 1024) } });
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no declared length
      count(body.length);
      return res.end(body);
    }
    case 'huge-declared': {
      const body = JSON.stringify({ code: 200, data: { task_id: 't', padding: 'x'.repeat(5 * 1024 * 1024) } });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      count(body.length);
      return res.end(body);
    }
  }
}

async function passOn(req: IncomingMessage, res: ServerResponse, body: string) {
  const answer = await fetch(simulator.url + req.url, {
    method: req.method,
    headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
    body: req.method === 'POST' ? body : undefined,
  });
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(await answer.text());
}

beforeAll(async () => {
  simulator = await startSimulator({ apiKey: 'stand-in-key', knobs: { stepMs: 100 } });
  const server = createHttpServer(async (req, res) => {
    let body = '';
    for await (const part of req) body += String(part);
    const kind = behaviours.find((b) => body.includes(`#${b}#`));
    if (kind) misbehave(kind, res);
    else await passOn(req, res, body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn = {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
});
afterAll(async () => {
  await standIn.close();
  await simulator.close();
});

const limits = { totalMs: 5_000, connectMs: 500, headersMs: 800, bodyMs: 1_000, maxBytes: 256 * 1024, connections: 4 };
const submit = (marker: string) => ({ method: 'POST' as const, path: '/api/video/pika/pro/generate', body: { prompt: `a cat ${marker}` } });

describe('the upstream client against a misbehaving upstream', () => {
  const using = useDisposables();

  async function fault(client: DuomiClient, marker: string): Promise<{ fault: UpstreamFault; ms: number }> {
    const started = performance.now();
    const error = await client.call(submit(marker)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpstreamFault);
    return { fault: error as UpstreamFault, ms: performance.now() - started };
  }

  it('ends each misbehaviour as a retryable fault of its own kind, within its time-out, having read at most the size cap', async () => {
    const client = using(new DuomiClient({ baseUrl: standIn.url, apiKey: 'stand-in-key', limits }), (c) => c.close());
    const heapBefore = process.memoryUsage().heapUsed;

    const silent = await fault(client, '#silent#');
    expect(silent.fault.kind).toBe('headers_timeout');
    expect(silent.ms).toBeGreaterThanOrEqual(limits.headersMs - 50);
    expect(silent.ms).toBeLessThan(limits.headersMs + 3_000);

    // A byte every 100 ms never looks idle; the body's own deadline ends it.
    const trickle = await fault(client, '#trickle#');
    expect(trickle.fault.kind).toBe('body_timeout');
    expect(trickle.ms).toBeGreaterThanOrEqual(limits.bodyMs - 50);
    expect(trickle.ms).toBeLessThan(limits.bodyMs + 3_000);

    const endless = await fault(client, '#endless#');
    expect(endless.fault.kind).toBe('answer_too_large');
    expect(endless.ms).toBeLessThan(3_000);
    // The client hung up: the stand-in could write no more than the cap and what the sockets buffer.
    await expect.poll(() => endlessEnded.size).toBe(1);
    expect(bytesSent.get('endless')).toBeLessThan(32 * 1024 * 1024);

    expect((await fault(client, '#huge#')).fault.kind).toBe('answer_too_large');
    const declared = await fault(client, '#huge-declared#');
    expect(declared.fault).toMatchObject({ kind: 'answer_too_large', message: expect.stringMatching(/bytes \(the limit is 262144\)/) });

    // Nothing of those answers is kept.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    // And the pool still serves a well-behaved call (the simulator's answer, a refusal here: no callback URL).
    await expect(client.call(submit('well behaved'))).resolves.toHaveProperty('code');
  });

  it('bounds the connection, TLS handshake included', async () => {
    // A TCP server that accepts and never speaks TLS: the handshake never ends.
    const mute = createTcpServer(() => {});
    const held = new Set<Socket>();
    mute.on('connection', (s) => held.add(s));
    await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
    using(mute, (m) => {
      for (const s of held) s.destroy();
      return new Promise((resolve) => m.close(resolve));
    });
    const client = using(
      new DuomiClient({ baseUrl: `https://127.0.0.1:${(mute.address() as { port: number }).port}`, apiKey: 'k', limits }),
      (c) => c.close(),
    );
    const { fault: f, ms } = await fault(client, 'tls');
    expect(f.kind).toBe('connect_timeout');
    expect(ms).toBeLessThan(limits.connectMs + 3_000);
  });
});

describe('the gateway behind a misbehaving upstream', () => {
  const using = useDisposables();

  it('retries and finally fails the jobs the upstream mistreats, while the others flow', { timeout: 120_000 }, async () => {
    const gateway = using(
      await startGateway('postgres', {
        DUOMI_BASE_URL: standIn.url,
        DUOMI_API_KEY: 'stand-in-key',
        UPSTREAM_CONCURRENCY: '8',
        // Generous enough for a loaded machine; the misbehaviours never end on their own.
        UPSTREAM_TIMEOUT_MS: '8000',
        UPSTREAM_HEADERS_TIMEOUT_MS: '2000',
        UPSTREAM_BODY_TIMEOUT_MS: '2000',
        SUBMIT_MAX_ATTEMPTS: '2',
        // A request sent and never answered may have made a task: it is sent again only after this grace.
        SUBMIT_UNCERTAIN_GRACE_SECONDS: '1',
      }),
      (g) => g.stop(),
    );
    const create = async (prompt: string) =>
      rawJobId(
        (
          await gql<{ generateVideo: { id: string } }>(
            gateway.url,
            `mutation($input: GenerateVideoInput!) { generateVideo(input: $input) { id } }`,
            { input: { pika: minimalPika(prompt) } },
          )
        ).data!.generateVideo.id,
      );
    const hostile = await Promise.all(behaviours.map((b) => create(`mistreated #${b}#`)));
    const fine = await Promise.all(Array.from({ length: 8 }, (_, i) => create(`fine ${i}`)));
    const statusOf = async (ids: string[]) =>
      (await gateway.db.prisma.job.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })).map((j) => j.status);

    await expect.poll(() => statusOf(fine), { timeout: 60_000 }).toEqual(fine.map(() => 'SUCCEEDED'));
    await expect.poll(() => statusOf(hostile), { timeout: 60_000 }).toEqual(hostile.map(() => 'FAILED'));
    const failed = await gateway.db.prisma.job.findMany({ where: { id: { in: hostile } } });
    for (const job of failed) {
      expect(job.errorCode).toBe('UPSTREAM_UNAVAILABLE');
      expect(job.attempts).toBe(2);
    }
    expect(failed.map((j) => j.errorMessage).join('\n')).toMatch(/no answer headers within 2000 ms/);
    // Each was sent, unanswered, so uncertain: sent again only past the grace, as its history says.
    const notes = await gateway.db.prisma.jobEvent.findMany({ where: { jobId: { in: hostile }, source: 'SYSTEM' } });
    expect(
      notes
        .filter((e) => /sending it again/.test(String((e.payload as { note?: unknown } | null)?.note)))
        .map((e) => e.jobId)
        .sort(),
    ).toEqual([...hostile].sort());
    // Every attempt at a mistreated job ended as a fault of one of those kinds (the client test above pins each).
    const metrics = await scrape(gateway.url);
    const faults = ['headers_timeout', 'body_timeout', 'answer_too_large'].map(
      (result) => sample(metrics, 'gateway_upstream_calls_total', { result }) ?? 0,
    );
    expect(faults.every((n) => n > 0)).toBe(true);
    expect(faults.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(hostile.length * 2);
  });
});
