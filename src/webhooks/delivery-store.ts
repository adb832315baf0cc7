import type { DeliveryStatus, PrismaClient, WebhookAttempt, WebhookDelivery } from '../db/generated/client.js';

export type ClaimedDelivery = WebhookDelivery & { ownerId: string | null };

/** The webhook outbox's table: claims with leases, and each attempt's outcome. */
export class DeliveryStore {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Claims up to `limit` due deliveries for `leaseMs` (other workers skip them), counting an
   * attempt each: the attempt's number is the claim's, so no two workers make the same attempt.
   */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return this.prisma.$queryRaw<ClaimedDelivery[]>`
      WITH due AS (
        SELECT "id" FROM "WebhookDelivery"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
        ORDER BY "nextAttemptAt" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      UPDATE "WebhookDelivery" AS d SET "leaseUntil" = now() + make_interval(secs => ${leaseMs / 1000}), "attempts" = d."attempts" + 1
      FROM due, "Job" AS j WHERE d."id" = due."id" AND j."id" = d."jobId"
      RETURNING d.*, j."ownerId"::text AS "ownerId"`;
  }

  /**
   * Records attempt `number` of a claimed delivery and where that leaves it: `next` in `retryInMs`
   * (PENDING), or done. Applies only while the claim is still this attempt's.
   */
  async recordAttempt(
    delivery: Pick<WebhookDelivery, 'id' | 'attempts'>,
    outcome: { statusCode?: number; error?: string },
    next: { status: Exclude<DeliveryStatus, 'PENDING'> } | { status: 'PENDING'; retryInMs: number },
  ): Promise<void> {
    const retrySeconds = next.status === 'PENDING' ? next.retryInMs / 1000 : 0;
    await this.prisma.$transaction([
      this.prisma.webhookAttempt.create({
        data: { deliveryId: delivery.id, number: delivery.attempts, statusCode: outcome.statusCode ?? null, error: outcome.error ?? null },
      }),
      this.prisma.$executeRaw`
        UPDATE "WebhookDelivery" SET "status" = ${next.status}::"DeliveryStatus", "leaseUntil" = NULL,
          "nextAttemptAt" = now() + make_interval(secs => ${retrySeconds})
        WHERE "id" = ${delivery.id}::uuid AND "attempts" = ${delivery.attempts}`,
    ]);
  }

  /** A job's deliveries, oldest first, each with its attempts. */
  forJob(jobId: string): Promise<(WebhookDelivery & { tries: WebhookAttempt[] })[]> {
    return this.prisma.webhookDelivery.findMany({
      where: { jobId },
      orderBy: { id: 'asc' },
      include: { tries: { orderBy: { number: 'asc' } } },
    });
  }
}
