import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';
import { UpstreamPacer } from '../src/workers/upstream-pace.js';
import { startSimulator } from '../src/provider/simulator/server.js';
import { startInstance } from './support/cluster.js';
import { freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { gql, rawJobId } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';

// UPSTREAM_RATE_PER_SECOND: DuomiAPI states one request per second for at least one endpoint. The
// dispatchers of every instance on one database share each provider's pace, so a burst of jobs is
// spread out over time instead of sent at once (and refused).

describe('UPSTREAM_RATE_PER_SECOND', () => {
  it.each([
    ['unset: no provider is paced', undefined, { perProvider: {} }],
    ['a number paces every provider', '2', { all: 2, perProvider: {} }],
    ['provider=rate pairs pace those only', 'kling=1, pix=0.5', { perProvider: { KLING: 1, PIX: 0.5 } }],
    ['both: a default and exceptions', '2,KLING=1', { all: 2, perProvider: { KLING: 1 } }],
  ])('%s', (_case, value, pace) => {
    expect(
      loadConfig({ DATA_DIR: 'memory://', ...(value === undefined ? {} : { UPSTREAM_RATE_PER_SECOND: value }) }).dispatch.pace,
    ).toEqual(pace);
  });

  it.each(['0', 'fast', 'kling=', 'kling=-1', 'midjourney=1'])('refuses %j, naming the variable and the form', (value) => {
    expect(() => loadConfig({ DATA_DIR: 'memory://', UPSTREAM_RATE_PER_SECOND: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: 'memory://', UPSTREAM_RATE_PER_SECOND: value })).toThrow(
      /UPSTREAM_RATE_PER_SECOND must be a rate per second \("1"\), or provider=rate pairs/,
    );
  });
});

describe('two instances on one database, PIX paced at 2 per second', () => {
  const using = useDisposables();

  it('spread a burst of PIX jobs half a second apart between them, refuse none, and leave other providers alone', {
    timeout: 120_000,
  }, async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const simulator = using(await startSimulator({ apiKey: 'pace-key', knobs: { stepMs: 50 } }), (s) => s.close());
    const env = {
      DATABASE_URL: database.url!,
      DUOMI_BASE_URL: simulator.url,
      DUOMI_API_KEY: 'pace-key',
      CALLBACK_SECRET: 'pace-test-callback-secret-0123456789',
      UPSTREAM_RATE_PER_SECOND: 'pix=2',
    };
    const instances = [using(await startInstance(env), (i) => i.stop()), using(await startInstance(env), (i) => i.stop())];

    // The burst: eight PIX jobs and four Luma jobs, all at once, half through each instance.
    const inputs = [
      ...Array.from({ length: 8 }, (_, i) => ({ pix: { prompt: `burst ${i}` } })),
      ...Array.from({ length: 4 }, (_, i) => ({ luma: { prompt: `free ${i}` } })),
    ];
    const created = await Promise.all(inputs.map((input, i) => gql(instances[i % 2]!.url, GenerateVideo, { input })));
    const ids = created.map((c) => rawJobId(c.data!.generateVideo.id));

    const db = using(new pg.Client({ connectionString: database.url }), (c) => c.end());
    await db.connect();
    const jobs = async () =>
      (
        await db.query<{ id: string; provider: string; status: string; attempts: number }>(
          `SELECT id, provider, status, attempts FROM "Job"`,
        )
      ).rows;
    await expect
      .poll(async () => (await jobs()).filter((j) => j.status === 'SUCCEEDED').length, { timeout: 60_000, interval: 200 })
      .toBe(ids.length);

    // Each PIX job was sent once, none refused or failed, and waiting counted no attempt.
    const pix = simulator.received.filter((r) => r.path === '/api/video/pix/pro/generate').sort((a, b) => a.at - b.at);
    expect(pix).toHaveLength(8);
    expect((await jobs()).map((j) => j.attempts)).toEqual(ids.map(() => 1));
    // Slots are half a second apart; what arrives may shift by the HTTP hop and a busy event loop
    // (the first ones leave while the burst is still being stored), so: no second holds more than
    // the rate (plus three shifted in), and the burst takes its seven intervals, less two for a late
    // start. Unpaced, all eight would arrive within a few milliseconds.
    const gaps = pix.slice(1).map((r, i) => r.at - pix[i]!.at);
    const busiestSecond = Math.max(...pix.map((r) => pix.filter((o) => o.at >= r.at && o.at < r.at + 1000).length));
    expect(busiestSecond, `gaps ${gaps.join(', ')} ms`).toBeLessThanOrEqual(5);
    expect(pix.at(-1)!.at - pix[0]!.at, `gaps ${gaps.join(', ')} ms`).toBeGreaterThanOrEqual(5 * 500);
    // Whichever instance sent each (each calls back to itself), the pace held: it is the database's.
    const senders = new Set(pix.map((r) => new URL(String(r.body.callback_url)).origin));
    for (const sender of senders) expect(instances.map((i) => i.url)).toContain(sender);
    // Luma is not paced: it has no slot row, and its jobs went through at once.
    expect((await db.query<{ provider: string }>(`SELECT "provider" FROM "UpstreamPace"`)).rows).toEqual([{ provider: 'PIX' }]);
    const luma = simulator.received.filter((r) => r.path === '/api/video/luma/pro/generate');
    expect(luma).toHaveLength(4);
    expect(Math.min(...luma.map((r) => r.at))).toBeLessThan(pix.at(-1)!.at);
  });
});

describe("the pace's slots, taken by two instances at once", () => {
  const using = useDisposables();

  it('are each taken once: every take moves the next slot on by exactly one interval', { timeout: 60_000 }, async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const env = { DATABASE_URL: database.url!, CALLBACK_SECRET: 'pace-test-callback-secret-0123456789' };
    const instances = [using(await startInstance(env), (i) => i.stop()), using(await startInstance(env), (i) => i.stop())];
    // Ten per second, and room to take them all ahead: 20 takes race on two connections pools.
    const pacers = instances.map((i) => new UpstreamPacer(i.db.prisma, { perProvider: { KLING: 10 } }, 5_000));
    const db = using(new pg.Client({ connectionString: database.url }), (c) => c.end());
    await db.connect();
    const dbNow = async () => (await db.query<{ now: Date }>('SELECT now() AS now')).rows[0]!.now.getTime();
    const before = await dbNow();
    const turns = await Promise.all(Array.from({ length: 20 }, (_, i) => pacers[i % 2]!.take('KLING')));
    const after = await dbNow();
    expect(turns.every((t) => t.kind === 'slot')).toBe(true);
    const next = (
      await db.query<{ nextSlotAt: Date }>(`SELECT "nextSlotAt" FROM "UpstreamPace" WHERE "provider" = 'KLING'`)
    ).rows[0]!.nextSlotAt.getTime();
    // Twenty slots of 100 ms from the first take: none shared, none skipped.
    expect(next).toBeGreaterThanOrEqual(before + 2_000);
    expect(next).toBeLessThanOrEqual(after + 2_000);
    // A 21st is further off than the hold allows for a pacer holding only 1 s: it is told to wait.
    expect(await new UpstreamPacer(instances[0]!.db.prisma, { perProvider: { KLING: 10 } }, 1_000).take('KLING')).toMatchObject({
      kind: 'busy',
    });
  });
});
