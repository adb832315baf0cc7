import type { PrismaClient } from '../db/generated/client.js';
import type { Logger } from '../observability/logger.js';
import { hashKey } from './api-keys.js';

export const BOOTSTRAP_KEY_NAME = 'bootstrap (ADMIN_API_KEY)';

export type BootstrapOutcome = { id: string; state: 'created' | 'exists' | 'revoked' };

/**
 * Stores ADMIN_API_KEY as an admin key, hashed like the CLI's keys, so a deployment starts with
 * no manual step. Idempotent across restarts and instances (the hash is unique). A key that was
 * revoked stays revoked: rotating it means creating another admin key and revoking this one.
 */
export async function ensureBootstrapKey(prisma: PrismaClient, key: string, logger: Logger): Promise<BootstrapOutcome> {
  const hash = hashKey(key);
  const { count } = await prisma.apiKey.createMany({ data: [{ name: BOOTSTRAP_KEY_NAME, admin: true, hash }], skipDuplicates: true });
  const row = await prisma.apiKey.findUniqueOrThrow({ where: { hash }, select: { id: true, revokedAt: true } });
  const outcome: BootstrapOutcome = { id: row.id, state: row.revokedAt ? 'revoked' : count > 0 ? 'created' : 'exists' };
  if (outcome.state === 'revoked')
    logger.warn({ keyId: row.id }, 'ADMIN_API_KEY names a revoked key, which stays revoked: remove it from the configuration');
  else
    logger.info(
      { keyId: row.id },
      `ADMIN_API_KEY ${outcome.state === 'created' ? 'stored' : 'already stored'} as an admin key (the bootstrap key: rotate it with npm run apikey)`,
    );
  return outcome;
}
