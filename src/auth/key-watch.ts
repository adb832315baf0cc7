import type { PrismaClient } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import type { ApiKeys } from './api-keys.js';
import type { Viewer } from './viewer.js';

/** Why a viewer may no longer act: its key was revoked, or keys now exist and it has none. */
export type Ended = { code: 'UNAUTHENTICATED'; message: string };

/**
 * Notices within about a second when a key is revoked (by the CLI, on any instance: it reads the
 * database, which they all share) or when the first key is made (the gateway stops being open),
 * and ends what such viewers hold open: each subscription gets a signal that aborts then.
 */
export class KeyWatch {
  private readonly revoked = new Set<string>();
  private keysExist = false;
  private readonly signals = new Map<string, AbortController>();
  private readonly listeners = new Set<(viewer: string) => void>();
  private timer: NodeJS.Timeout | undefined;
  private failing = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly apiKeys: ApiKeys,
    private readonly logger: Logger,
    private readonly everyMs = 1_000,
  ) {}

  async start() {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.everyMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }

  /** Why `viewer` may no longer act, or undefined while it may. */
  ended(viewer: Viewer): Ended | undefined {
    if (viewer.kind === 'key' && this.revoked.has(viewer.keyId))
      return { code: 'UNAUTHENTICATED', message: 'this API key has been revoked' };
    if (viewer.kind === 'open' && this.keysExist)
      return { code: 'UNAUTHENTICATED', message: 'an API key is now required: send it as "Authorization: Bearer <key>"' };
    return undefined;
  }

  /** Aborts when `viewer` may no longer act; already aborted if that is so now. */
  signal(viewer: Viewer): AbortSignal {
    const name = nameOf(viewer);
    let controller = this.signals.get(name);
    if (!controller) this.signals.set(name, (controller = new AbortController()));
    if (this.ended(viewer)) controller.abort();
    return controller.signal;
  }

  /** Calls `listener` with the key id (or "open") of each viewer whose access has just ended. */
  onEnded(listener: (viewer: string) => void) {
    this.listeners.add(listener);
  }

  private async refresh() {
    try {
      const revoked = await this.prisma.apiKey.findMany({ where: { revokedAt: { not: null } }, select: { id: true } });
      for (const { id } of revoked) if (!this.revoked.has(id)) this.end(id, () => this.revoked.add(id));
      if (!this.keysExist && (await this.prisma.apiKey.count()) > 0) this.end('open', () => (this.keysExist = true));
      if (this.failing) this.logger.info('API key checks resumed');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: error }, 'cannot check API keys for revocation; will keep trying');
      this.failing = true;
    }
  }

  private end(name: string, mark: () => void) {
    mark();
    this.apiKeys.forget(name === 'open' ? undefined : name);
    this.signals.get(name)?.abort();
    for (const listener of this.listeners) listener(name);
    this.logger.info(
      { key: name },
      name === 'open' ? 'API keys exist now: open access ended' : 'API key revoked: its connections are ended',
    );
  }
}

const nameOf = (viewer: Viewer) => (viewer.kind === 'key' ? viewer.keyId : 'open');
export { nameOf as viewerName };
