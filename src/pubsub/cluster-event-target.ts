import { randomUUID } from 'node:crypto';
import type { Logger } from '../observability/logger.js';
import type { RedisLink } from './redis-link.js';
import { jsonWithDates } from './serializer.js';

/** An event's identity and version: one no newer than the last dispatched for its identity is a repeat. */
export type Versioned = { key: string; version: number };
export type LocalEvent = { type: string; detail: unknown };

export type ClusterEventTargetOptions = {
  link: RedisLink;
  /** Put before every channel name (REDIS_PREFIX), so deployments can share one Redis. */
  prefix: string;
  logger: Logger;
  versionOf?: (type: string, detail: unknown) => Versioned | undefined;
  /**
   * After an outage: the events that bring the local listeners of `types` up to date with what
   * changed since `since` (re-read from the database). Repeats are dropped by `versionOf`.
   */
  catchUp?: (types: string[], since: Date) => Promise<LocalEvent[]>;
  /** How many identities' last versions are remembered for de-duplication. */
  remember?: number;
};

type Listener = (event: CustomEvent) => void;
type ListenerArg = Listener | { handleEvent: Listener } | null;
type Envelope = { o: string; d: unknown };

const RESYNC = '__resync';

/**
 * A pub/sub event target for several instances, on top of Redis:
 * - an event published here reaches this instance's listeners at once, whether or not Redis
 *   answers (yoga's Redis target delivers even local events through Redis), and goes to the other
 *   instances through Redis without anyone waiting for it; while the link is down it is not sent;
 * - after an outage, each instance re-reads what its listeners follow (`catchUp`), and tells the
 *   others to do the same (a `__resync` message: they may not have seen this instance's outage);
 * - an event no newer than the last one dispatched for the same identity (`versionOf`) is
 *   dropped, so catching up never sends anything twice and an older event never follows a newer one.
 */
export class ClusterEventTarget {
  private readonly origin = randomUUID();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly lastVersions = new Map<string, number>();
  private readonly remember: number;

  constructor(private readonly options: ClusterEventTargetOptions) {
    this.remember = options.remember ?? 10_000;
    const { link } = options;
    link.subscriber.on('message', (channel: string, message: string) => this.receive(channel, message));
    link.onBeforeUp(() => this.subscribeAll());
    link.on('up', (since, missed) => {
      if (!missed) return;
      void this.catchUp(since);
      this.publish(RESYNC, { since: since.toISOString() });
    });
  }

  addEventListener(type: string, listener: ListenerArg) {
    const callback = toCallback(listener);
    if (!callback) return;
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
      if (this.options.link.up) this.options.link.subscriber.subscribe(this.channel(type)).catch(() => {}); // subscribed again when the link is back
    }
    set.add(callback);
  }

  removeEventListener(type: string, listener: ListenerArg) {
    const callback = toCallback(listener);
    const set = this.listeners.get(type);
    if (!callback || !set) return;
    set.delete(callback);
    if (set.size > 0) return;
    this.listeners.delete(type);
    if (this.options.link.up) this.options.link.subscriber.unsubscribe(this.channel(type)).catch(() => {});
  }

  dispatchEvent(event: Event): boolean {
    const detail = (event as CustomEvent).detail as unknown;
    this.deliver(event.type, detail);
    this.publish(event.type, detail);
    return true;
  }

  /** Dispatches to this instance's listeners, unless it is a repeat. */
  private deliver(type: string, detail: unknown) {
    const listeners = this.listeners.get(type);
    if (!listeners) return;
    const versioned = this.options.versionOf?.(type, detail);
    if (versioned) {
      const last = this.lastVersions.get(versioned.key);
      if (last !== undefined && last >= versioned.version) return;
      this.lastVersions.delete(versioned.key);
      this.lastVersions.set(versioned.key, versioned.version);
      if (this.lastVersions.size > this.remember) this.lastVersions.delete(this.lastVersions.keys().next().value!);
    }
    const event = new CustomEvent(type, { detail });
    for (const listener of listeners) listener(event);
  }

  /** Fire and forget: a publish fails at once while the link is down, and the outage is noted. */
  private publish(type: string, detail: unknown) {
    const { link } = this.options;
    if (!link.up) return;
    const message = jsonWithDates.stringify({ o: this.origin, d: detail } satisfies Envelope);
    link.commands.publish(this.channel(type), message).catch((error: unknown) => link.reportFailure(error));
  }

  private receive(channel: string, message: string) {
    if (!channel.startsWith(this.options.prefix)) return;
    let envelope: Envelope;
    try {
      envelope = jsonWithDates.parse(message) as Envelope;
    } catch {
      return; // not ours
    }
    if (envelope.o === this.origin) return; // delivered locally when published
    const type = channel.slice(this.options.prefix.length);
    if (type === RESYNC) {
      const since = new Date(String((envelope.d as { since?: string } | null)?.since));
      if (!Number.isNaN(since.getTime())) void this.catchUp(since);
      return;
    }
    this.deliver(type, envelope.d);
  }

  private async subscribeAll() {
    const channels = [RESYNC, ...this.listeners.keys()].map((type) => this.channel(type));
    await this.options.link.subscriber.subscribe(...channels);
  }

  private async catchUp(since: Date) {
    if (!this.options.catchUp || this.listeners.size === 0) return;
    try {
      const events = await this.options.catchUp([...this.listeners.keys()], since);
      for (const { type, detail } of events) this.deliver(type, detail);
      if (events.length > 0) this.options.logger.info({ events: events.length, since }, 'subscriptions caught up after a Redis outage');
    } catch (error) {
      this.options.logger.error({ err: error }, 'could not bring subscriptions up to date after a Redis outage');
    }
  }

  private channel(type: string) {
    return this.options.prefix + type;
  }
}

function toCallback(listener: ListenerArg): Listener | undefined {
  if (!listener) return undefined;
  return typeof listener === 'function' ? listener : listener.handleEvent;
}
