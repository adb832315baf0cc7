import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client.js';

/** A new Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export class NoWebhookSecretError extends Error {
  override name = 'NoWebhookSecretError';
}

/**
 * The secret that signs a job's webhooks: its key's (made with the key, replaced by
 * `rotateWebhookSecret`), or WEBHOOK_SECRET for the jobs of an open gateway. Never logged.
 */
export class WebhookSecrets {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly openSecret: string | undefined,
  ) {}

  /** The secret for jobs of `ownerId` (null: an open gateway's), or undefined when there is none. */
  async of(ownerId: string | null): Promise<string | undefined> {
    if (!ownerId) return this.openSecret;
    const key = await this.prisma.apiKey.findUnique({ where: { id: ownerId }, select: { webhookSecret: true } });
    return key?.webhookSecret ?? undefined;
  }

  /** Gives key `keyId` a new secret, which signs every delivery from now on (retries included), and returns it. */
  async rotate(keyId: string): Promise<string> {
    const secret = newWebhookSecret();
    await this.prisma.apiKey.update({ where: { id: keyId }, data: { webhookSecret: secret } });
    return secret;
  }
}
