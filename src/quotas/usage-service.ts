import type { PrismaClient } from '../db/generated/client.js';
import { seesAll, type Viewer } from '../auth/viewer.js';
import { noLimits, type Limits } from './limits.js';
import { usageOf, type Usage } from './usage-store.js';

export type KeyUsage = { id: string; name: string; admin: boolean; revokedAt: Date | null; limits: Limits; usage: Usage };

/** What the API shows of quotas: a viewer's own limits and usage, and every key's for admins. */
export class UsageService {
  constructor(private readonly prisma: PrismaClient) {}

  /** The viewer's limits (fresh from the database) and usage; an open gateway's are its ownerless jobs, unlimited. */
  async own(viewer: Viewer): Promise<{ limits: Limits; usage: Usage }> {
    const owner = viewer.kind === 'key' ? viewer.keyId : null;
    const [usage, key] = await Promise.all([
      usageOf(this.prisma, [owner]),
      owner ? this.prisma.apiKey.findUnique({ where: { id: owner }, select: { maxConcurrent: true, maxPerDay: true } }) : null,
    ]);
    return { limits: key ?? noLimits, usage: usage.get(owner)! };
  }

  /** Every key with its limits and usage, oldest key first; null unless the viewer sees everything. */
  async everyKey(viewer: Viewer): Promise<KeyUsage[] | null> {
    if (!seesAll(viewer)) return null;
    const keys = await this.prisma.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
    const usage = await usageOf(
      this.prisma,
      keys.map((k) => k.id),
    );
    return keys.map((k) => ({
      id: k.id,
      name: k.name,
      admin: k.admin,
      revokedAt: k.revokedAt,
      limits: { maxConcurrent: k.maxConcurrent, maxPerDay: k.maxPerDay },
      usage: usage.get(k.id)!,
    }));
  }
}
