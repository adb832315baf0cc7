import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import type { PrismaClient } from '../src/db/generated/client.js';
import { createLogger } from '../src/observability/logger.js';
import { freshDatabase } from './support/databases.js';
import { testConfig } from './support/gateway.js';
import { useDisposables } from './support/disposables.js';
import { gql } from './support/graphql.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

const JobsWithEvents = /* GraphQL */ `
  query JobsWithEvents($first: Int) {
    videoJobs(first: $first) { edges { node { id prompt events { from to source } } } }
  }
`;
type JobsWithEventsResult = {
  videoJobs: { edges: { node: { id: string; prompt: string; events: { from: string | null; to: string; source: string }[] } }[] };
};

describe('events on a list of jobs', () => {
  const using = useDisposables();

  it('reads the histories of every job in the list with one query', async () => {
    const database = using(await freshDatabase('postgres'), (d) => d.drop());
    const config = testConfig(database.env);
    const db = using(await openDatabase(config.database), (d) => d.close());
    // The real client, counting the history reads it runs (a Prisma query extension, not a mock).
    let historyReads = 0;
    const counting = db.prisma.$extends({
      query: {
        jobEvent: {
          findMany({ args, query }) {
            historyReads++;
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    const app = using(await buildApp({ config, logger: createLogger(config.log), db: { ...db, prisma: counting } }), (a) => a.stop());
    app.simulator!.setKnobs({ stepMs: 3_600_000 }); // no callbacks: histories stay as the test made them
    const url = await app.listen();

    for (let i = 0; i < 12; i++)
      expect((await gql(url, GenerateVideo, { input: { pika: minimalPika(`shot ${i}`) } })).errors).toBeUndefined();
    // Every job submitted (its second history row) before the histories are read.
    await expect.poll(() => db.prisma.job.count({ where: { status: 'SUBMITTED' } }), { timeout: 30_000 }).toBe(12);
    historyReads = 0;
    const { data, errors } = await gql<JobsWithEventsResult>(url, JobsWithEvents, { first: 12 });
    expect(errors).toBeUndefined();
    expect(historyReads).toBe(1);
    const jobs = data!.videoJobs.edges.map((e) => e.node);
    expect(jobs.map((j) => j.prompt)).toEqual(Array.from({ length: 12 }, (_, i) => `shot ${11 - i}`));
    // Each job gets its own history, oldest first.
    for (const job of jobs) {
      expect(job.events).toEqual([
        { from: null, to: 'QUEUED', source: 'API' },
        { from: 'QUEUED', to: 'SUBMITTED', source: 'API' },
      ]);
    }
  });
});
