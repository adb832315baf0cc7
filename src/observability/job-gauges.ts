import { Gauge, type Registry } from 'prom-client';
import type { JobStats } from '../store/job-stats.js';

export type JobStatsSource = () => Promise<JobStats>;

/**
 * Gauges read from the job table when Prometheus scrapes: one query per scrape, shared by the
 * gauges (and by scrapes that arrive together). While the database is unreachable the job
 * gauges keep their last values and `gateway_database_up` is 0; the rest of /metrics still answers.
 */
export function watchJobTable(registry: Registry, read: JobStatsSource) {
  let pending: Promise<JobStats | undefined> | undefined;
  const stats = () =>
    (pending ??= read()
      .catch(() => undefined)
      .finally(() => setTimeout(() => (pending = undefined), 500).unref()));
  const registers = [registry];

  new Gauge({
    name: 'gateway_database_up',
    help: 'Whether the last scrape could read the job table (1) or not (0).',
    registers,
    async collect() {
      this.set((await stats()) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'gateway_jobs',
    help: 'Jobs in the database by status (SUCCEEDED, FAILED and CANCELED are counted up to 100,000 each).',
    labelNames: ['status'],
    registers,
    async collect() {
      const s = await stats();
      if (s) for (const { status, count } of s.byStatus) this.set({ status }, count);
    },
  });
  new Gauge({
    name: 'gateway_queue_depth',
    help: 'Jobs waiting to be submitted upstream (QUEUED, retries included).',
    registers,
    async collect() {
      const s = await stats();
      if (s) this.set(s.waiting);
    },
  });
  new Gauge({
    name: 'gateway_queue_oldest_age_seconds',
    help: 'Age of the oldest job waiting to be submitted; 0 when none waits.',
    registers,
    async collect() {
      const s = await stats();
      if (s) this.set(s.oldestWaitingAt ? Math.max(0, (Date.now() - s.oldestWaitingAt.getTime()) / 1000) : 0);
    },
  });
}
