import type { Job } from '../db/generated/client.js';
import type { Limits } from '../quotas/limits.js';

/**
 * Who is asking: a client's API key (with its quotas, as read within the key cache's few
 * seconds), or anyone while the gateway runs open (no keys exist).
 */
export type Viewer = { kind: 'open' } | { kind: 'key'; keyId: string; name: string; admin: boolean; limits: Limits };

export const openViewer: Viewer = { kind: 'open' };

/** Open mode and admin keys see every job; a client key only its own. */
export function seesAll(viewer: Viewer): boolean {
  return viewer.kind === 'open' || viewer.admin;
}

export function canSee(viewer: Viewer, job: Pick<Job, 'ownerId'>): boolean {
  return seesAll(viewer) || (viewer.kind === 'key' && job.ownerId === viewer.keyId);
}

/** The owner a new job gets. */
export function ownerOf(viewer: Viewer): string | null {
  return viewer.kind === 'key' ? viewer.keyId : null;
}
