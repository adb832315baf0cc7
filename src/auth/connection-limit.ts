import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisLink } from '../pubsub/redis-link.js';
import type { Metrics } from '../observability/metrics.js';

export type ConnectionLimiterOptions = {
  /** Counts across instances, in Redis, while the link is up. */
  redis?: { link: RedisLink; prefix: string; ttlMs?: number };
  metrics?: Metrics['cluster'];
};

// Each instance keeps its own counts in a Redis hash (client → open connections) that lives
// `ttlMs` unless the instance rewrites it from its own counts, every third of that. A crashed
// instance stops rewriting, so its connections stop counting within `ttlMs`. A set lists the
// instances; a check sums the client's field over the hashes that still exist, in one script.
const OPEN = `
local total = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local hash = ARGV[3] .. id
  local n = redis.call('HGET', hash, ARGV[1])
  if n then total = total + tonumber(n)
  elseif redis.call('EXISTS', hash) == 0 then redis.call('SREM', KEYS[1], id) end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('SADD', KEYS[1], ARGV[5])
return 1`;
const CLOSE = `
if redis.call('HINCRBY', KEYS[1], ARGV[1], -1) <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 1`;

type WithScripts = Redis & {
  connectionOpen(
    instances: string,
    mine: string,
    client: string,
    max: number,
    hashPrefix: string,
    ttlMs: number,
    instance: string,
  ): Promise<number>;
  connectionClose(mine: string, client: string): Promise<number>;
};

/**
 * Long-lived connections per client (graphql-ws sockets and SSE streams), at most `max`.
 * With Redis, counted across instances; without it, or while it is unreachable, per instance.
 */
export class ConnectionLimiter {
  private readonly counts = new Map<string, number>();
  private readonly instance = randomUUID();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    readonly max: number,
    private readonly options: ConnectionLimiterOptions = {},
  ) {
    const redis = options.redis;
    if (!redis) return;
    const client = redis.link.commands;
    if (!('connectionOpen' in client)) {
      client.defineCommand('connectionOpen', { numberOfKeys: 2, lua: OPEN });
      client.defineCommand('connectionClose', { numberOfKeys: 1, lua: CLOSE });
    }
    this.heartbeat = setInterval(() => void this.rewrite(), this.ttlMs / 3);
    this.heartbeat.unref();
    redis.link.on('up', () => void this.rewrite());
  }

  /**
   * Counts a new connection of `client`. Returns the function that ends it (once; later calls do
   * nothing), or undefined when the client already has `max` connections open.
   */
  async open(client: string): Promise<(() => void) | undefined> {
    const mine = this.counts.get(client) ?? 0;
    this.counts.set(client, mine + 1); // reserved first, so a rewrite meanwhile counts it
    if (!(await this.allowed(client, mine))) {
      this.forget(client);
      return undefined;
    }
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.forget(client);
      const link = this.options.redis?.link;
      if (link?.up) this.scripts.connectionClose(this.hashOf(this.instance), client).catch((error: unknown) => link.reportFailure(error));
    };
  }

  /** Connections open on this instance, per client. */
  openHere(client: string): number {
    return this.counts.get(client) ?? 0;
  }

  close() {
    clearInterval(this.heartbeat);
  }

  private async allowed(client: string, mineBefore: number): Promise<boolean> {
    const redis = this.options.redis;
    if (redis?.link.up) {
      try {
        return (
          (await this.scripts.connectionOpen(
            this.setKey,
            this.hashOf(this.instance),
            client,
            this.max,
            this.hashOf(''),
            this.ttlMs,
            this.instance,
          )) === 1
        );
      } catch (error) {
        redis.link.reportFailure(error);
      }
    }
    if (redis) this.options.metrics?.localDecisions.inc({ limit: 'connections' });
    return mineBefore < this.max;
  }

  private forget(client: string) {
    const left = (this.counts.get(client) ?? 1) - 1;
    if (left > 0) this.counts.set(client, left);
    else this.counts.delete(client);
  }

  /** Rewrites this instance's hash from its own counts and keeps it alive for another `ttlMs`. */
  private async rewrite() {
    const link = this.options.redis?.link;
    if (!link?.up) return;
    const hash = this.hashOf(this.instance);
    const multi = link.commands.multi().del(hash);
    if (this.counts.size > 0) multi.hset(hash, Object.fromEntries(this.counts)).pexpire(hash, this.ttlMs).sadd(this.setKey, this.instance);
    await multi.exec().catch((error: unknown) => link.reportFailure(error));
  }

  private get scripts() {
    return this.options.redis!.link.commands as WithScripts;
  }

  private get ttlMs() {
    return this.options.redis?.ttlMs ?? 15_000;
  }

  private get setKey() {
    return `${this.options.redis!.prefix}connections:instances`;
  }

  private hashOf(instance: string) {
    return `${this.options.redis!.prefix}connections:${instance}`;
  }
}
