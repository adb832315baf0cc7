import { createHmac, timingSafeEqual } from 'node:crypto';

/** The per-job secret in a callback URL: an HMAC of the job id under the server's secret. */
export function callbackToken(secret: string, jobId: string): string {
  return createHmac('sha256', secret).update(jobId).digest('base64url');
}

export function isValidCallbackToken(secret: string, jobId: string, token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(callbackToken(secret, jobId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
