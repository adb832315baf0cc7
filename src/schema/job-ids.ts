import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { isJobId } from '../jobs/job-id.js';
import { invalidId, userError } from './errors.js';

// Clients name jobs by Relay global ids; the services by stored ids. These decode at the edge.

export const VIDEO_JOB = 'VideoJob';

type GlobalId = { typename: string; id: string };

/**
 * The job a decoded global id names: null for an id of another type (no such job), BAD_USER_INPUT
 * for a VideoJob id that is not a job's, so a malformed id never reaches the store.
 */
export function jobIdOf({ typename, id }: GlobalId): string | null {
  if (typename !== VIDEO_JOB) return null;
  if (!isJobId(id)) throw invalidId(Buffer.from(`${typename}:${id}`).toString('base64'));
  return id;
}

/** What a client is told when the id it sent names none of its jobs: that id, as it sent it (a global id, not the stored UUID). */
export function jobNotFound({ typename, id }: GlobalId): string {
  return `no video job with id ${encodeGlobalID(typename, id)}`;
}

/** The stored id of the job a decoded global id names; NOT_FOUND for an id of another type. */
export function requireJobId(globalId: GlobalId): string {
  const jobId = jobIdOf(globalId);
  if (!jobId) throw userError('NOT_FOUND', jobNotFound(globalId));
  return jobId;
}

/** The job id a client's id names (a Relay global id of a VideoJob), or undefined. */
export function videoJobIdOf(globalId: string): string | undefined {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === VIDEO_JOB ? id : undefined;
  } catch {
    return undefined;
  }
}
