import type { ApiKeys } from './api-keys.js';
import { openViewer, type Viewer } from './viewer.js';

export class MissingApiKeyError extends Error {
  override name = 'MissingApiKeyError';
  constructor() {
    super('an API key is required: send it as "Authorization: Bearer <key>"');
  }
}

/**
 * The viewer behind an `Authorization` value (`Bearer <key>`, or the bare key). Without one, the
 * gateway is open only while no API key exists at all.
 */
export async function authenticate(keys: ApiKeys, authorization: unknown): Promise<Viewer> {
  if (typeof authorization === 'string' && authorization.trim()) {
    return keys.verify(authorization.trim().replace(/^Bearer\s+/i, ''));
  }
  if (await keys.required()) throw new MissingApiKeyError();
  return openViewer;
}
