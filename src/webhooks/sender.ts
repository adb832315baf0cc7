import { isIP } from 'node:net';
import { Agent } from 'undici';
import { Webhook } from 'standardwebhooks';
import { isPrivateAddress, PrivateAddressError, publicOnlyLookup } from './address-policy.js';

/** How one attempt ended: the receiver's status code, or why there was none (`refused`: it must not be tried again). */
export type SendOutcome = { statusCode: number } | { error: string; refused?: boolean };

/** At most this much of a receiver's answer is read (then the connection is dropped): its status is what counts. */
export const MAX_ANSWER_BYTES = 4096;

/**
 * Posts signed webhooks (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) within a time-out, never following redirects, reading little of the
 * answer, and, unless private addresses are allowed, connecting only to public addresses.
 */
export class WebhookSender {
  private readonly agent: Agent;

  constructor(private readonly options: { timeoutMs: number; allowPrivate: boolean }) {
    this.agent = new Agent({
      connect: { timeout: options.timeoutMs, ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }) },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  async send(url: string, webhookId: string, body: string, secret: string): Promise<SendOutcome> {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // A literal address is never looked up, so it is checked here.
    if (!this.options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host))
      return { error: new PrivateAddressError(host, host).message, refused: true };
    const at = new Date();
    const signature = new Webhook(secret).sign(webhookId, at, body);
    try {
      const res = await this.agent.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'video-gateway-webhooks',
          'webhook-id': webhookId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await res.body.dump({ limit: MAX_ANSWER_BYTES }).catch(() => {});
      return { statusCode: res.statusCode };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (error instanceof PrivateAddressError || cause instanceof PrivateAddressError)
        return { error: (cause ?? (error as Error)).toString().replace(/^\w*Error: /, ''), refused: true };
      const name = (error as Error).name;
      return {
        error:
          name === 'TimeoutError' || name === 'AbortError' || /timeout/i.test(name)
            ? `no answer within ${this.options.timeoutMs} ms`
            : `network error: ${(error as Error).message}`,
      };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
