import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisLink } from '../pubsub/redis-link.js';
import type { Metrics } from '../observability/metrics.js';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimiterOptions = {
  /** Counts in Redis, for every instance at once, while the link is up. */
  redis?: { link: RedisLink; prefix: string };
  metrics?: Metrics['cluster'];
};

/**
 * `perMinute` calls per client in each minute (a window that starts with the client's first call),
 * by rate-limiter-flexible. With Redis the count is the cluster's: one atomic counter per client,
 * so any number of instances together allow exactly the rate. Without Redis, or while it is
 * unreachable, each instance counts alone (N instances then allow up to N times the rate).
 */
export class RateLimiter {
  private readonly local: RateLimiterMemory;
  private readonly shared: RateLimiterRedis | undefined;

  constructor(
    perMinute: number,
    private readonly options: RateLimiterOptions = {},
  ) {
    this.local = new RateLimiterMemory({ points: perMinute, duration: 60 });
    this.shared = options.redis
      ? new RateLimiterRedis({
          storeClient: options.redis.link.commands,
          keyPrefix: `${options.redis.prefix}rate:generate`,
          points: perMinute,
          duration: 60,
          rejectIfRedisNotReady: true,
        })
      : undefined;
  }

  /** Counts one call for `client`; when it is over the rate, says how long to wait. */
  async take(client: string): Promise<RateDecision> {
    const link = this.options.redis?.link;
    if (this.shared && link?.up) {
      try {
        await this.shared.consume(client);
        return { ok: true };
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return refused(outcome);
        link.reportFailure(outcome); // Redis failed us: count here, and say so once
      }
    }
    if (this.shared) this.options.metrics?.localDecisions.inc({ limit: 'generate' });
    try {
      await this.local.consume(client);
      return { ok: true };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return refused(outcome);
      throw outcome;
    }
  }
}

function refused(outcome: RateLimiterRes): RateDecision {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
}
