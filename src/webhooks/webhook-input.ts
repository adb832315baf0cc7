import { isIP } from 'node:net';
import type { WebhookEvent } from '../db/generated/client.js';
import type { JobWebhook } from './events.js';
import { isPrivateAddress } from './address-policy.js';

/** A webhook a client asked for that the gateway will not call; `field` is under `webhook`. */
export class InvalidWebhookError extends Error {
  override name = 'InvalidWebhookError';
  constructor(
    readonly field: 'url' | 'events',
    message: string,
  ) {
    super(message);
  }
}

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * The stored form of a client's webhook: an https URL (http too, and private hosts, only with
 * WEBHOOK_ALLOW_PRIVATE) with no credentials, whose host is not a private address literal, and
 * the events, each once (COMPLETED when none is given). A name's addresses are checked when sent.
 */
export function checkWebhook(input: { url: string; events?: readonly WebhookEvent[] | null }, allowPrivate: boolean): JobWebhook {
  if (input.url.length > MAX_WEBHOOK_URL_LENGTH)
    throw new InvalidWebhookError('url', `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters long`);
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new InvalidWebhookError('url', 'must be an absolute URL');
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol))
    throw new InvalidWebhookError('url', allowPrivate ? 'must be an https: or http: URL' : 'must be an https: URL');
  if (url.username || url.password) throw new InvalidWebhookError('url', 'must not carry a user name or password');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isPrivateAddress(host)))) {
    throw new InvalidWebhookError('url', 'must not point to a loopback, private, link-local or reserved address');
  }
  const events = [...new Set(input.events?.length ? input.events : (['COMPLETED'] as const))];
  return { url: url.toString(), events };
}
