import { openViewer } from '../src/auth/viewer.js';
import { describe, expect, it } from 'vitest';
import { Batcher } from '../src/store/batcher.js';
import { uuid7 } from '../src/store/uuid7.js';
import { databaseKinds } from './support/databases.js';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';

describe('Batcher', () => {
  it('runs a lone call at once, and merges the calls that arrive while batches run', async () => {
    const batches: number[][] = [];
    let release = () => {};
    const batcher = new Batcher<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return items.map((i) => i * 10);
      },
      { maxBatch: 3, maxInFlight: 1 },
    );
    const first = batcher.add(1);
    const rest = [2, 3, 4, 5, 6].map((i) => batcher.add(i));
    expect(batches).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('with gatherTurn, runs the calls of one turn of the event loop as one batch', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<number, number>(
      async (items) => {
        batches.push(items);
        return items;
      },
      { maxBatch: 10, maxInFlight: 1, gatherTurn: true },
    );
    expect(await Promise.all([1, 2, 3].map((i) => batcher.add(i)))).toEqual([1, 2, 3]);
    expect(await batcher.add(4)).toBe(4);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('never puts two items with one key in a batch, and a failing item fails alone', async () => {
    const batches: string[][] = [];
    let release = () => {};
    const batcher = new Batcher<string, string>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
        if (items.includes('bad')) throw new Error('bad item');
        return items.map((i) => i.toUpperCase());
      },
      { maxBatch: 10, maxInFlight: 1, key: (item) => item },
    );
    const calls = ['a', 'b', 'b', 'bad', 'c'].map((i) => batcher.add(i).catch((e: Error) => e.message));
    release();
    expect(await Promise.all(calls)).toEqual(['A', 'B', 'B', 'bad item', 'C']);
    expect(batches[1]).toEqual(['b', 'bad', 'c']); // the second `b` waits for the next batch
  });
});

describe('uuid7', () => {
  it('is an RFC 9562 version 7 UUID that sorts in creation order, even within a millisecond', () => {
    const ids = Array.from({ length: 2_000 }, () => uuid7(1_800_000_000_000));
    expect(ids[0]).toMatch(/^01a3185c-5000-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(databaseKinds)('job writes under concurrency (%s)', (kind) => {
  const using = useDisposables();

  it('stores each of many concurrent jobs with its first history row, and applies each change once', async () => {
    const gateway = using(await startGateway(kind), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // no callbacks: the test makes the changes
    const { jobs } = gateway.app;
    const created = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        jobs.create('PIKA', { prompt: `job ${i}`, ratio: 'RATIO_1_1', options: { frameRate: 12 } }, { viewer: openViewer }),
      ),
    );
    expect(new Set(created.map((j) => j.id)).size).toBe(60);
    // Timestamps are UTC, as Prisma writes them: within a minute of now whatever the server's time zone.
    expect(Math.abs(created[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(created.map((j) => j.input)).toEqual(created.map((_, i) => expect.objectContaining({ prompt: `job ${i}` })));
    expect(await gateway.db.prisma.jobEvent.count({ where: { toStatus: 'QUEUED' } })).toBe(60);

    // Many reports at once, several for one job: each job ends at its highest progress, with one event per real change.
    const target = created[0]!;
    await expect.poll(async () => (await jobs.find(target.id, openViewer))!.status).toBe('SUBMITTED');
    await Promise.all([
      ...[10, 20, 30, 40, 50].map((progress) => jobs.observe(target.id, { status: 'PROCESSING', progress }, 'CALLBACK')),
      ...created.slice(1).map((job) => jobs.observe(job.id, { status: 'FAILED', errorCode: 'X', errorMessage: 'stop' }, 'SYSTEM')),
    ]);
    expect(await jobs.find(target.id, openViewer))!.toMatchObject({
      status: 'PROCESSING',
      progress: 50,
      upstreamTaskId: expect.any(String),
    });
    const progressEvents = await gateway.db.prisma.jobEvent.findMany({
      where: { jobId: target.id, toStatus: 'PROCESSING' },
      orderBy: { id: 'asc' },
    });
    expect(progressEvents.map((e) => e.progress)).toEqual([...progressEvents.map((e) => e.progress)].sort((a, b) => a! - b!));
    expect(progressEvents.at(-1)!.progress).toBe(50);
    const failed = await gateway.db.prisma.job.findMany({ where: { status: 'FAILED' } });
    expect(failed).toHaveLength(59);
    expect(failed.every((j) => j.errorCode === 'X' && j.errorMessage === 'stop' && j.finishedAt instanceof Date && j.version >= 1)).toBe(
      true,
    );
  });
});
