import type { Job, PrismaClient } from '../db/generated/client.js';
import { providerFor } from '../provider/registry.js';
import { isFinal } from './state-machine.js';

// How long is left, when the provider does not say: most DuomiAPI providers report no progress
// between start and end (shared/duomi-current-models.md). The median time from submission
// (DuomiAPI accepting the job) to success of the recent successes of the same provider, model and
// mode is the expected total; time elapsed against it is an estimated progress.

/** What an estimate is based on: the expected total, in seconds, and how many finished jobs it comes from. */
export type EstimateBasis = { seconds: number; basedOn: number };
export type Estimate = EstimateBasis & { finishesAt: Date };

export type EstimateOptions = {
  /** How many of the most recent successes count. */
  sample: number;
  /** How long a basis is reused before it is read again. */
  cacheMs: number;
};

const defaults: EstimateOptions = { sample: 50, cacheMs: 10_000 };

/** The provider, model (the input's enum name, if it has one) and mode an estimate is kept for. */
function keyOf(job: Pick<Job, 'provider' | 'input'>): { provider: Job['provider']; model: string | null; mode: string } {
  const model = (job.input as { model?: unknown } | null)?.model;
  return { provider: job.provider, model: typeof model === 'string' ? model : null, mode: providerFor(job.provider).modeOf(job.input) };
}

export class JobEstimates {
  private readonly options: EstimateOptions;
  /**
   * One entry per provider, model and mode (a closed set, so the cache stays small), each read
   * at most once per `cacheMs`: a list of jobs, or a change sent to many subscribers, costs one
   * query per kind of job.
   */
  private readonly cache = new Map<string, { until: number; basis: Promise<EstimateBasis | null> }>();

  constructor(
    private readonly prisma: PrismaClient,
    options: Partial<EstimateOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
  }

  /** The basis for jobs like this one; null while no job like it has succeeded. */
  basisFor(job: Pick<Job, 'provider' | 'input'>): Promise<EstimateBasis | null> {
    const key = keyOf(job);
    const name = `${key.provider}|${key.model ?? ''}|${key.mode}`;
    const now = Date.now();
    const cached = this.cache.get(name);
    if (cached && cached.until > now) return cached.basis;
    const basis = this.read(key).catch((error: unknown) => {
      this.cache.delete(name); // a failed read is not remembered
      throw error;
    });
    this.cache.set(name, { until: now + this.options.cacheMs, basis });
    return basis;
  }

  /**
   * When an unfinished job should finish: its submission plus the expected total (from now, for a
   * job not submitted yet). Null for a finished job, or without a basis.
   */
  async estimate(job: Job, now = new Date()): Promise<Estimate | null> {
    if (isFinal(job.status)) return null;
    const basis = await this.basisFor(job);
    if (!basis) return null;
    const start = job.status === 'QUEUED' || !job.submittedAt ? now : job.submittedAt;
    return { ...basis, finishesAt: new Date(start.getTime() + basis.seconds * 1000) };
  }

  /** Time elapsed since submission against the expected total, 0–99; null when there is no estimate. */
  async estimatedProgress(job: Job, now = new Date()): Promise<number | null> {
    const estimate = await this.estimate(job, now);
    if (!estimate) return null;
    if (job.status === 'QUEUED' || !job.submittedAt || estimate.seconds <= 0) return 0;
    const elapsed = (now.getTime() - job.submittedAt.getTime()) / 1000;
    return Math.max(0, Math.min(99, Math.floor((100 * elapsed) / estimate.seconds)));
  }

  /** One statement, the same on Postgres and on the embedded database (PGlite). */
  private async read({ provider, model, mode }: ReturnType<typeof keyOf>): Promise<EstimateBasis | null> {
    const [row] = await this.prisma.$queryRaw<{ basedOn: number; median: number | null }[]>`
      SELECT count(*)::int AS "basedOn", percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS "median"
      FROM (
        SELECT EXTRACT(EPOCH FROM ("finishedAt" - "submittedAt"))::float8 AS seconds
        FROM "Job"
        WHERE "status" = 'SUCCEEDED' AND "provider" = ${provider}::"VideoProvider" AND "mode" = ${mode}
          AND ("input"->>'model') IS NOT DISTINCT FROM ${model}::text
          AND "submittedAt" IS NOT NULL AND "finishedAt" >= "submittedAt"
        ORDER BY "finishedAt" DESC
        LIMIT ${this.options.sample}
      ) AS recent`;
    if (!row || row.basedOn === 0 || row.median === null) return null;
    return { seconds: Number(row.median), basedOn: Number(row.basedOn) };
  }
}
