import { createPubSub, type PubSubEventTarget } from 'graphql-yoga';
import type { Job } from '../db/generated/client.js';

/** Every topic the gateway publishes to, with its payload: the job as stored after the change. */
export type JobTopics = {
  'job:updated': [jobId: string, job: Job];
  'jobs:updated': [job: Job];
};

/**
 * In-process by default; a distributed event target (ClusterEventTarget, over Redis)
 * makes it span instances without changing a publisher or a subscriber.
 */
export function createJobPubSub(eventTarget?: PubSubEventTarget<JobTopics>) {
  return createPubSub<JobTopics>(eventTarget ? { eventTarget } : {});
}

export type JobPubSub = ReturnType<typeof createJobPubSub>;
