import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/database.js';
import { TaskIdTakenError } from '../src/jobs/errors.js';
import { jobColumns } from '../src/jobs/job-columns.js';
import { JobStore, VersionConflict } from '../src/jobs/job-store.js';
import { databaseKinds, freshDatabase } from './support/databases.js';
import { useDisposables } from './support/disposables.js';

/** A job store on a fresh, migrated database of the kind, with nothing else running on it. */
async function openStore(kind: (typeof databaseKinds)[number], using: ReturnType<typeof useDisposables>) {
  const database = using(await freshDatabase(kind), (d) => d.drop());
  const db = using(await openDatabase(loadConfig({ NODE_ENV: 'test', ...database.env }).database), (d) => d.close());
  return { prisma: db.prisma, store: new JobStore(db.prisma) };
}

const newJob = (prompt: string) => ({
  provider: 'PIKA' as const,
  mode: 'TEXT',
  input: { prompt, nested: { list: [1, 'two', null] } },
  ownerId: null,
  idempotencyKey: `key-${prompt}`,
  inputHash: `hash-${prompt}`,
  deadlineAt: new Date('2031-02-03T04:05:06.789Z'),
  webhook: { url: 'https://example.com/hook', events: ['COMPLETED' as const] },
});

describe.each(databaseKinds)('the job store reads every column as Prisma does (%s)', (kind) => {
  const using = useDisposables();

  it('round-trips every column through insert, find, write, claims and listing', async () => {
    const { prisma, store } = await openStore(kind, using);
    const asPrisma = async (id: string) => prisma.job.findUniqueOrThrow({ where: { id } });

    const inserted = (await store.insert(newJob('a')))!;
    expect(inserted).toEqual(await asPrisma(inserted.id));
    expect(Object.keys(inserted).sort()).toEqual(Object.keys(jobColumns).sort());
    expect(inserted).toMatchObject({ status: 'QUEUED', deadlineAt: new Date('2031-02-03T04:05:06.789Z'), input: newJob('a').input });

    const [first] = await store.claimDue(10, 60_000);
    const { uncertainForSeconds, ...claimed } = first!;
    expect(uncertainForSeconds).toBeNull(); // a first claim: no earlier send
    expect(claimed).toEqual(await asPrisma(inserted.id));
    expect(claimed.leaseUntil).toBeInstanceOf(Date);
    expect(claimed.submitSentAt).toBeInstanceOf(Date);

    // A change that names every column a change can set.
    const finishedAt = new Date('2030-01-02T03:04:05.678Z');
    const change = {
      status: 'SUCCEEDED' as const,
      progress: 100,
      upstreamTaskId: 'task-1',
      videoUrl: 'https://example.com/v.mp4',
      posterUrl: 'https://example.com/p.png',
      errorCode: 'E',
      errorMessage: 'message',
      finishedAt,
      costPoints: 12.5,
      costRefunded: true,
    };
    const written = await store.write(claimed, change, 'CALLBACK', { raw: 'payload' });
    expect(written).toEqual(await asPrisma(inserted.id));
    expect(written).toMatchObject({ ...change, version: inserted.version + 1 });
    expect(await store.find(inserted.id)).toEqual(written);
    expect(await store.list({}, { limit: 10, inverted: false })).toEqual([written]);

    // A change that names none keeps every optional column as it was.
    const kept = await store.write(written, { status: 'SUCCEEDED', progress: 100 }, 'SYSTEM', null);
    expect(kept).toEqual({ ...written, version: written.version + 1, updatedAt: expect.any(Date), lastHeardAt: expect.any(Date) });

    const events = await store.events(inserted.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.source])).toEqual([
      [null, 'QUEUED', 'API'],
      ['QUEUED', 'SUCCEEDED', 'CALLBACK'],
      ['SUCCEEDED', 'SUCCEEDED', 'SYSTEM'],
    ]);
    expect(events[1]!.payload).toEqual({ raw: 'payload' });

    // A job in flight and silent: claimed for a poll, read back whole.
    const quiet = (await store.insert(newJob('b')))!;
    const submitted = await store.write(quiet, { status: 'SUBMITTED', progress: 0, upstreamTaskId: 'task-2' }, 'API', null);
    await prisma.job.update({ where: { id: quiet.id }, data: { lastHeardAt: new Date(Date.now() - 3_600_000) } });
    const [stale] = await store.claimStale(10, 1_000);
    expect(stale).toEqual(await asPrisma(submitted.id));
    expect(stale!.nextPollAt).toBeInstanceOf(Date);
  });

  it('reports a write that lost its race, a clash on the unique task id (TaskIdTakenError), and a taken idempotency key', async () => {
    const { store } = await openStore(kind, using);
    const first = (await store.insert(newJob('first')))!;
    const second = (await store.insert(newJob('second')))!;
    await store.write(first, { status: 'SUBMITTED', progress: 0, upstreamTaskId: 'shared-task' }, 'API', null);
    await expect(store.write(first, { status: 'PROCESSING', progress: 5 }, 'CALLBACK', null)).rejects.toBeInstanceOf(VersionConflict);
    const clash = store.write(second, { status: 'SUBMITTED', progress: 0, upstreamTaskId: 'shared-task' }, 'API', null);
    await expect(clash).rejects.toBeInstanceOf(TaskIdTakenError);
    await expect(clash).rejects.toMatchObject({ taskId: 'shared-task' });
    expect(await store.find(second.id)).toEqual(second);
    expect(await store.insert(newJob('first'))).toBeNull();
  });
});
