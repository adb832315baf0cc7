import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { ApiKeys } from '../src/auth/api-keys.js';
import { startInstance } from './support/cluster.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import { minimalPika } from './support/pika.js';

// Webhooks to a client's server: a receiver that verifies every delivery with the standardwebhooks
// package, answering as each test tells it (an error, silence, 410, or 200).

type Receipt = { id: string; type: string; data: { id: string; status: string; progress: number }; verified: boolean };
type Answer = 200 | 500 | 410 | 'hang';

/** A webhook receiver on 127.0.0.1: answers with `answers` in turn (then `then`), and keeps what it got, verified with `secret`. */
async function startReceiver(secret: () => string) {
  const receipts: Receipt[] = [];
  const receiver = { answers: [] as Answer[], afterwards: 200 as Answer, receipts, url: '' };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      let verified = true;
      try {
        new Webhook(secret()).verify(body, req.headers as Record<string, string>);
      } catch {
        verified = false;
      }
      const parsed = JSON.parse(body) as Omit<Receipt, 'id' | 'verified'>;
      receipts.push({ id: String(req.headers['webhook-id']), type: parsed.type, data: parsed.data, verified });
      const answer = receiver.answers.shift() ?? receiver.afterwards;
      if (answer === 'hang') return void hanging.add(res);
      res.writeHead(answer).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    receiver,
    close: () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const generate = `mutation($input: GenerateVideoInput!, $webhook: WebhookInput) { generateVideo(input: $input, webhook: $webhook) { id } }`;
const deliveries = `query($id: ID!) { videoJob(id: $id) { webhookDeliveries { id event status nextAttemptAt attempts { number statusCode error } } } }`;
const rotate = `mutation { rotateWebhookSecret }`;
const env = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_RETRY_BASE_MS: '100' };
const as = (key: string) => ({ authorization: `Bearer ${key}` });
type Delivery = {
  id: string;
  event: string;
  status: string;
  nextAttemptAt: string | null;
  attempts: { number: number; statusCode: number | null; error: string | null }[];
};

describe('webhooks', () => {
  const using = useDisposables();

  /** A gateway (fast simulator), a client key with its signing secret, and a receiver verifying with it. */
  async function setUp(extra: Record<string, string> = {}) {
    const gateway = using(await startGateway('postgres', { ...env, ...extra }), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 30 });
    const created = await new ApiKeys(gateway.db.prisma).create('client', false);
    const secret = { value: created.webhookSecret };
    const { receiver, close } = await startReceiver(() => secret.value);
    using(receiver, close);
    const make = async (webhook: Record<string, unknown>, key = created.key, prompt = 'hooked') =>
      (await gql<{ generateVideo: { id: string } }>(gateway.url, generate, { input: { pika: minimalPika(prompt) }, webhook }, as(key)))
        .data!.generateVideo.id;
    const deliveriesOf = async (id: string, key = created.key) =>
      (await gql<{ videoJob: { webhookDeliveries: Delivery[] | null } }>(gateway.url, deliveries, { id }, as(key))).data!.videoJob
        .webhookDeliveries;
    return { gateway, key: created.key, secret, receiver, make, deliveriesOf };
  }

  it('sends every event type asked for, signed with the key’s secret; COMPLETED alone by default; a rotated secret signs from then on', {
    timeout: 60_000,
  }, async () => {
    const { gateway, key, secret, receiver, make } = await setUp();
    const all = await make({ url: receiver.url, events: ['STARTED', 'PROGRESS', 'COMPLETED'] });
    await expect.poll(() => receiver.receipts.filter((r) => r.data.id === all && r.type === 'COMPLETED')).toHaveLength(1);
    const mine = receiver.receipts.filter((r) => r.data.id === all);
    expect(mine.every((r) => r.verified)).toBe(true);
    expect(mine[0]).toMatchObject({ type: 'STARTED' });
    expect(mine.filter((r) => r.type === 'PROGRESS').length).toBeGreaterThanOrEqual(1); // running 25, 50, 75 (a report overtaken by a later one changes nothing)
    expect(mine.find((r) => r.type === 'COMPLETED')!.data).toMatchObject({ status: 'SUCCEEDED', progress: 100 });
    expect(new Set(mine.map((r) => r.id)).size).toBe(mine.length);

    const plain = await make({ url: receiver.url });
    await expect.poll(() => receiver.receipts.filter((r) => r.data.id === plain)).toHaveLength(1);
    expect(receiver.receipts.find((r) => r.data.id === plain)).toMatchObject({ type: 'COMPLETED', verified: true });

    const rotated = (await gql<{ rotateWebhookSecret: string }>(gateway.url, rotate, {}, as(key))).data!.rotateWebhookSecret;
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret.value);
    const old = secret.value;
    secret.value = rotated;
    const after = await make({ url: receiver.url });
    await expect.poll(() => receiver.receipts.filter((r) => r.data.id === after)).toHaveLength(1);
    expect(receiver.receipts.find((r) => r.data.id === after)!.verified).toBe(true);
    secret.value = old; // the old secret no longer verifies what the new one signed
    expect(() => new Webhook(old).verify('{}', { 'webhook-id': 'x', 'webhook-timestamp': '0', 'webhook-signature': 'v1,x' })).toThrow();
  });

  it('retries a receiver that fails (500, then a time-out) until it answers, with one webhook-id, shown to the owner only', {
    timeout: 60_000,
  }, async () => {
    const { gateway, receiver, make, deliveriesOf } = await setUp();
    receiver.answers = [500, 500, 'hang'];
    const job = await make({ url: receiver.url });
    await expect.poll(async () => (await deliveriesOf(job))?.[0]?.status, { timeout: 30_000 }).toBe('DELIVERED');
    const [delivery] = (await deliveriesOf(job))!;
    expect(delivery!.attempts.map((a) => [a.number, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, null],
      [4, 200],
    ]);
    expect(delivery!.attempts[2]!.error).toMatch(/no answer within 2000 ms/);
    expect(delivery!.nextAttemptAt).toBeNull();
    expect(receiver.receipts.map((r) => r.id)).toEqual([delivery!.id, delivery!.id, delivery!.id, delivery!.id]);
    expect(receiver.receipts.every((r) => r.verified)).toBe(true);
    const admin = (await new ApiKeys(gateway.db.prisma).create('ops', true)).key;
    expect(await deliveriesOf(job, admin)).toBeNull();
  });

  it('stops at a 410', { timeout: 60_000 }, async () => {
    const { receiver, make, deliveriesOf } = await setUp();
    receiver.afterwards = 410;
    const job = await make({ url: receiver.url });
    await expect.poll(async () => (await deliveriesOf(job))?.[0]?.status).toBe('GONE');
    const [delivery] = (await deliveriesOf(job))!;
    expect(delivery).toMatchObject({ nextAttemptAt: null, attempts: [{ number: 1, statusCode: 410 }] });
    expect(receiver.receipts).toHaveLength(1);
  });

  it('loses no delivery to a restart in the middle of its retries', { timeout: 60_000 }, async () => {
    const { gateway, receiver, make, deliveriesOf } = await setUp({ WEBHOOK_RETRY_BASE_MS: '1000' });
    receiver.afterwards = 500;
    const job = await make({ url: receiver.url });
    await expect.poll(async () => (await deliveriesOf(job))?.[0]?.attempts.length ?? 0).toBeGreaterThanOrEqual(1);
    await gateway.restart(async () => {
      receiver.afterwards = 200;
    });
    await expect.poll(async () => (await deliveriesOf(job))?.[0]?.status, { timeout: 30_000 }).toBe('DELIVERED');
    expect(new Set(receiver.receipts.map((r) => r.id)).size).toBe(1);
    expect(receiver.receipts.at(-1)!.verified).toBe(true);
  });

  it('never sends one attempt twice from two instances', { timeout: 60_000 }, async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const instances = [
      using(await startInstance({ ...database.env, ...env }), (i) => i.stop()),
      using(await startInstance({ ...database.env, ...env }), (i) => i.stop()),
    ];
    for (const instance of instances) instance.app.simulator!.setKnobs({ stepMs: 30 });
    const created = await new ApiKeys(instances[0]!.db.prisma).create('client', false);
    const { receiver, close } = await startReceiver(() => created.webhookSecret);
    using(receiver, close);
    const ids = await Promise.all(
      Array.from(
        { length: 12 },
        async (_, i) =>
          (
            await gql<{ generateVideo: { id: string } }>(
              instances[i % 2]!.url,
              generate,
              { input: { pika: minimalPika(`two ${i}`) }, webhook: { url: receiver.url, events: ['STARTED', 'COMPLETED'] } },
              as(created.key),
            )
          ).data!.generateVideo.id,
      ),
    );
    await expect.poll(() => receiver.receipts.filter((r) => r.type === 'COMPLETED').length, { timeout: 30_000 }).toBe(12);
    expect(new Set(receiver.receipts.map((r) => r.data.id))).toEqual(new Set(ids));
    // A slow answer may be tried again (same webhook-id, next attempt); each attempt is sent once.
    const prisma = instances[0]!.db.prisma;
    await expect.poll(() => prisma.webhookDelivery.count({ where: { status: 'DELIVERED' } }), { timeout: 30_000 }).toBe(24);
    const stored = await prisma.webhookDelivery.findMany({ include: { tries: true } });
    expect(stored).toHaveLength(24);
    for (const delivery of stored) {
      expect(delivery.status).toBe('DELIVERED');
      expect(receiver.receipts.filter((r) => r.id === delivery.id)).toHaveLength(delivery.tries.length);
      expect(delivery.tries.map((t) => t.number).sort()).toEqual(delivery.tries.map((_, i) => i + 1));
    }
    expect(receiver.receipts.every((r) => r.verified)).toBe(true);
  });

  it('signs with WEBHOOK_SECRET on an open gateway, and refuses a webhook there without one', { timeout: 60_000 }, async () => {
    const openSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const open = using(await startGateway('postgres', { ...env, WEBHOOK_SECRET: openSecret }), (g) => g.stop());
    open.app.simulator!.setKnobs({ stepMs: 30 });
    const { receiver, close } = await startReceiver(() => openSecret);
    using(receiver, close);
    const job = (
      await gql<{ generateVideo: { id: string } }>(open.url, generate, { input: { pika: minimalPika() }, webhook: { url: receiver.url } })
    ).data!.generateVideo.id;
    await expect.poll(() => receiver.receipts.filter((r) => r.data.id === job)).toHaveLength(1);
    expect(receiver.receipts[0]).toMatchObject({ type: 'COMPLETED', verified: true });

    const unsigned = using(await startGateway('postgres', env), (g) => g.stop());
    const refused = await gql(unsigned.url, generate, { input: { pika: minimalPika() }, webhook: { url: receiver.url } });
    expect(refused.errors![0]!.message).toMatch(/no WEBHOOK_SECRET/);
    expect(await unsigned.db.prisma.job.count()).toBe(0);
  });

  it('refuses http:, private addresses, and a name that resolves to one', { timeout: 60_000 }, async () => {
    const { receiver, make, deliveriesOf, gateway, key } = await setUp({ WEBHOOK_ALLOW_PRIVATE: 'false' });
    const refusal = async (url: string) =>
      (await gql(gateway.url, generate, { input: { pika: minimalPika() }, webhook: { url } }, as(key))).errors?.[0];
    expect(await refusal(receiver.url)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['webhook', 'url'], message: 'must be an https: URL' }] },
    });
    for (const url of [
      'https://127.0.0.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://10.1.2.3/',
      'https://localhost/hook',
      'https://[::ffff:127.0.0.1]/',
    ]) {
      expect((await refusal(url))?.message, url).toMatch(/must not point to a loopback, private, link-local or reserved address/);
    }
    expect(await gateway.db.prisma.job.count()).toBe(0);

    // A name is checked on the address it resolves to, when sending: this machine's name is loopback.
    const port = new URL(receiver.url).port;
    const job = await make({ url: `https://${hostname()}:${port}/hook` });
    await expect.poll(async () => (await deliveriesOf(job))?.[0]?.status, { timeout: 30_000 }).toBe('FAILED');
    expect((await deliveriesOf(job))![0]!.attempts).toEqual([
      { number: 1, statusCode: null, error: expect.stringMatching(/^refused: .* resolves to .*private/) },
    ]);
    expect(receiver.receipts).toHaveLength(0);
  });
});
