import { EventEmitter } from 'node:events';
import { Redis, type RedisOptions } from 'ioredis';
import { redactUrl } from '../db/database.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';

export type RedisLinkOptions = {
  url: string;
  logger: Logger;
  metrics?: Metrics['cluster'];
  /** How often each connection is pinged; a ping that gets no answer forces a reconnect. */
  probeEveryMs?: number;
};

/** What the link does before it reports itself up again: e.g. subscribe again to every channel. */
type BeforeUp = () => Promise<void>;

/**
 * The instance's two connections to Redis (commands, and pub/sub, which Redis keeps apart), and
 * one verdict on them: up or down, with the moment the current outage began.
 *
 * Nothing waits on Redis: there is no offline queue, so a command while the link is down fails at
 * once, and callers carry on with what this instance knows alone. The outage is logged once when
 * it starts and once when it ends; `gateway_redis_up` shows it.
 */
export class RedisLink extends EventEmitter<{
  down: [since: Date];
  /** `missed`: false only for a first connection made at start, before anything could be missed. */
  up: [downSince: Date, missed: boolean];
}> {
  readonly commands: Redis;
  readonly subscriber: Redis;
  private isUp = false;
  private everUp = false;
  private startedAlone = false;
  private downSince = new Date();
  private readonly beforeUp: BeforeUp[] = [];
  private raising: Promise<void> | undefined;
  private probe: NodeJS.Timeout | undefined;
  private probing = false;
  private readonly missedPings = new Map<Redis, number>();
  private closed = false;

  constructor(private readonly options: RedisLinkOptions) {
    super();
    const common: RedisOptions = {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // Long enough that a busy event loop is not taken for a dead Redis (see reportFailure).
      commandTimeout: 5_000,
      connectTimeout: 3_000,
      keepAlive: 10_000,
      // Reconnects for ever, at most every 2 s.
      retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
    };
    this.commands = new Redis(options.url, common);
    // Channels are subscribed again by the event target before the link is up (see onUp).
    this.subscriber = new Redis(options.url, { ...common, autoResubscribe: false });
    for (const client of [this.commands, this.subscriber]) {
      client.on('error', () => {}); // connection errors are what `down` reports
      client.on('close', () => this.markDown('connection closed'));
      client.on('ready', () => this.maybeUp());
    }
    options.metrics?.redisUp.set(0);
  }

  /** Starts connecting, and waits up to `waitMs` for the link to be up; never throws. */
  async connect(waitMs = 3_000): Promise<boolean> {
    for (const client of [this.commands, this.subscriber]) client.connect().catch(() => {});
    const every = this.options.probeEveryMs ?? 2_000;
    this.probe = setInterval(() => void this.probeOnce(), every);
    this.probe.unref();
    if (this.isUp) return true;
    const up = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), waitMs);
      this.once('up', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    const ok = await up;
    this.startedAlone = !ok;
    if (!ok)
      this.options.logger.error(`Redis at ${redactUrl(this.options.url)} does not answer: running on this instance alone until it does`);
    return ok;
  }

  get up(): boolean {
    return this.isUp;
  }

  /** Runs before every up (after the first connection and after each outage). */
  onBeforeUp(step: BeforeUp) {
    this.beforeUp.push(step);
  }

  /**
   * A caller saw a Redis command fail (not a refusal): a broken connection counts as down at once.
   * A time-out alone does not: under CPU load a reply can sit unread past it. The probe, which
   * needs two missed pings in a row, decides whether a silent connection is dead.
   */
  reportFailure(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    if (/timed out/i.test(message)) return;
    this.markDown(message);
  }

  /** For /readyz: answers within the command time-out. */
  async ping(): Promise<void> {
    await this.commands.ping();
  }

  async close() {
    this.closed = true;
    clearInterval(this.probe);
    await Promise.allSettled([this.commands.quit(), this.subscriber.quit()]);
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private markDown(reason: string) {
    if (this.closed || !this.isUp) return;
    this.isUp = false;
    this.downSince = new Date();
    this.options.metrics?.redisUp.set(0);
    this.options.metrics?.outages.inc();
    this.options.logger.warn({ reason }, 'Redis unreachable: events reach only this instance, limits count per instance, until it returns');
    this.emit('down', this.downSince);
  }

  private maybeUp() {
    if (this.closed || this.isUp || this.raising) return;
    if (this.commands.status !== 'ready' || this.subscriber.status !== 'ready') return;
    this.raising = (async () => {
      try {
        for (const step of this.beforeUp) await step();
      } catch (error) {
        // Try again on the next probe.
        this.options.logger.debug({ err: error }, 'Redis reconnected but the link could not be restored yet');
        return;
      } finally {
        this.raising = undefined;
      }
      if (this.commands.status !== 'ready' || this.subscriber.status !== 'ready') return;
      const since = this.downSince;
      this.isUp = true;
      this.options.metrics?.redisUp.set(1);
      const seconds = ((Date.now() - since.getTime()) / 1000).toFixed(1);
      const missed = this.everUp || this.startedAlone;
      if (missed) this.options.logger.info(`Redis is back after ${seconds} s: events and limits are shared again`);
      this.everUp = true;
      this.emit('up', since, missed);
    })();
  }

  /** A ping on each connection; two in a row without an answer (a dead link that never closed) force a reconnect. */
  private async probeOnce() {
    if (this.closed || this.probing) return;
    this.probing = true;
    await Promise.all(
      [this.commands, this.subscriber].map(async (client) => {
        if (client.status !== 'ready') return;
        try {
          await client.ping();
          this.missedPings.set(client, 0);
        } catch (error) {
          const missed = (this.missedPings.get(client) ?? 0) + 1;
          this.missedPings.set(client, missed);
          if (missed < 2) return;
          this.missedPings.set(client, 0);
          this.markDown(error instanceof Error ? error.message : String(error));
          client.disconnect(true);
        }
      }),
    );
    this.probing = false;
    this.maybeUp();
  }
}
