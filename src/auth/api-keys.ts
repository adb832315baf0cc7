import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client.js';
import { noLimits, type Limits } from '../quotas/limits.js';
import { newWebhookSecret } from '../webhooks/secrets.js';
import type { Viewer } from './viewer.js';

const PREFIX = 'vgk_';

/** Keys are 256 random bits, so a plain SHA-256 is enough to store them safely. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class InvalidApiKeyError extends Error {
  override name = 'InvalidApiKeyError';
  constructor() {
    super('invalid or revoked API key');
  }
}

/** Creates, checks and revokes API keys. Lookups are cached briefly: every request checks its key. */
export class ApiKeys {
  private cache = new Map<string, { viewer: Viewer | null; until: number }>();
  private anyKeys: { value: boolean; until: number } | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly cacheMs = 5_000,
  ) {}

  /** A new key, with its webhook signing secret; both are shown only now. */
  async create(name: string, admin: boolean, limits: Limits = noLimits): Promise<{ id: string; key: string; webhookSecret: string }> {
    const key = PREFIX + randomBytes(32).toString('base64url');
    const webhookSecret = newWebhookSecret();
    const { id } = await this.prisma.apiKey.create({ data: { name, admin, hash: hashKey(key), webhookSecret, ...limits } });
    this.anyKeys = undefined;
    return { id, key, webhookSecret };
  }

  list() {
    return this.prisma.apiKey.findMany({
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, admin: true, createdAt: true, revokedAt: true, maxConcurrent: true, maxPerDay: true },
    });
  }

  /** Changes the limits named in `limits` (null removes one); false for an unknown key. Instances see it within the key cache's seconds. */
  async setLimits(id: string, limits: Partial<Limits>): Promise<Limits | null> {
    const { count } = await this.prisma.apiKey.updateMany({ where: { id }, data: limits });
    this.forget(id);
    if (count === 0) return null;
    return this.prisma.apiKey.findUniqueOrThrow({ where: { id }, select: { maxConcurrent: true, maxPerDay: true } });
  }

  async revoke(id: string): Promise<boolean> {
    const { count } = await this.prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    this.forget(id);
    return count > 0;
  }

  /** Drops what is cached of key `id` (of whether any key exists, without one), so it is read again. */
  forget(id?: string) {
    this.anyKeys = undefined;
    if (!id) return;
    for (const [hash, { viewer }] of this.cache) if (viewer?.kind === 'key' && viewer.keyId === id) this.cache.delete(hash);
  }

  /** True once any key exists: from then on every request needs one. */
  async required(): Promise<boolean> {
    if (this.anyKeys && this.anyKeys.until > Date.now()) return this.anyKeys.value;
    const value = (await this.prisma.apiKey.count()) > 0;
    this.anyKeys = { value, until: Date.now() + this.cacheMs };
    return value;
  }

  /** The viewer a presented key stands for; throws InvalidApiKeyError for an unknown or revoked key. */
  async verify(key: string): Promise<Viewer> {
    const hash = hashKey(key);
    const cached = this.cache.get(hash);
    let viewer = cached && cached.until > Date.now() ? cached.viewer : undefined;
    if (viewer === undefined) {
      const row = key.startsWith(PREFIX) ? await this.prisma.apiKey.findUnique({ where: { hash } }) : null;
      viewer =
        row && !row.revokedAt
          ? {
              kind: 'key',
              keyId: row.id,
              name: row.name,
              admin: row.admin,
              limits: { maxConcurrent: row.maxConcurrent, maxPerDay: row.maxPerDay },
            }
          : null;
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, { viewer, until: Date.now() + this.cacheMs });
    }
    if (!viewer) throw new InvalidApiKeyError();
    return viewer;
  }
}
