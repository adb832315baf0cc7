/**
 * A token bucket per client: `perMinute` requests a minute, in bursts of up to `perMinute`.
 * Kept per instance; behind N instances a client gets at most N times the rate.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  /** Takes one token for `client`; returns the seconds to wait when there is none. */
  take(client: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const ratePerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    if (this.buckets.size > 100_000) this.buckets.clear();
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / ratePerMs / 1000) };
  }
}
