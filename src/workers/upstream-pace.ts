import type { PrismaClient, VideoProvider } from '../db/generated/client.js';
import type { UpstreamPace } from '../config/env.js';

/** A slot to submit in (`waitMs` from now, 0 or more), or none near: the next begins within reach in `freeInMs`. */
export type PaceTurn = { kind: 'slot'; waitMs: number } | { kind: 'busy'; freeInMs: number; freeAt: Date };

/**
 * The upstream pace (UPSTREAM_RATE_PER_SECOND): at most `rate` submissions per second per provider,
 * across every instance on the database. Each paced provider has one row in `UpstreamPace`, its
 * next free slot; taking a slot moves it on by one interval in a single statement, which Postgres
 * serialises on the row, so no two submissions anywhere share a slot. A slot is taken only when it
 * begins within `holdMs` (the taker waits for it); a job further back is given back to the queue
 * until then, so a burst is spread out rather than refused, and no instance holds many jobs asleep.
 */
export class UpstreamPacer {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly pace: UpstreamPace,
    /** How far ahead a slot may be taken: more than the dispatcher's sweep interval, so a slot is never left unused. */
    private readonly holdMs = 2_000,
  ) {}

  /** Milliseconds between two submissions to the provider; undefined when it is not paced. */
  intervalMs(provider: VideoProvider): number | undefined {
    const rate = this.pace.perProvider[provider] ?? this.pace.all;
    return rate ? 1000 / rate : undefined;
  }

  /** Takes the provider's next slot if it begins within the hold; else says when one will. */
  async take(provider: VideoProvider): Promise<PaceTurn> {
    const interval = this.intervalMs(provider);
    if (interval === undefined) return { kind: 'slot', waitMs: 0 };
    const step = interval / 1000;
    // The statement's now() is about when it was sent: waiting from here, not from when the answer
    // came, keeps the database's round trip out of the spacing.
    const asked = performance.now();
    const hold = this.holdMs / 1000;
    // The outer SELECT sees the row as it was before this statement's update: when no slot was
    // taken, that is the slot that is next.
    const [row] = await this.prisma.$queryRaw<{ takenEndsInMs: number | null; nextInMs: number | null; nextSlotAt: Date | null }[]>`
      WITH taken AS (
        INSERT INTO "UpstreamPace" AS p ("provider", "nextSlotAt") VALUES (${provider}, now() + make_interval(secs => ${step}))
        ON CONFLICT ("provider") DO UPDATE SET "nextSlotAt" = GREATEST(p."nextSlotAt", now()) + make_interval(secs => ${step})
          WHERE p."nextSlotAt" <= now() + make_interval(secs => ${hold})
        RETURNING p."nextSlotAt")
      SELECT (SELECT EXTRACT(EPOCH FROM "nextSlotAt" - now())::float8 * 1000 FROM taken) AS "takenEndsInMs",
             (SELECT EXTRACT(EPOCH FROM "nextSlotAt" - now())::float8 * 1000 FROM "UpstreamPace" WHERE "provider" = ${provider}) AS "nextInMs",
             (SELECT "nextSlotAt" FROM "UpstreamPace" WHERE "provider" = ${provider}) AS "nextSlotAt"`;
    const elapsed = performance.now() - asked;
    if (row?.takenEndsInMs != null) return { kind: 'slot', waitMs: Math.max(0, row.takenEndsInMs - interval - elapsed) };
    // `freeAt` is the same instant for every job turned away before the slot moves: given back
    // with it, they keep their order (the queue's order, and their queuePosition).
    const freeInMs = Math.max(0, (row?.nextInMs ?? 0) - this.holdMs);
    return {
      kind: 'busy',
      freeInMs,
      freeAt: row?.nextSlotAt ? new Date(row.nextSlotAt.getTime() - this.holdMs) : new Date(Date.now() + freeInMs),
    };
  }
}
