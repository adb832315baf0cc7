import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { PubSubEventTarget } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { JobTopics } from './pubsub.js';

/** JSON that keeps Dates Dates across the wire (a job's timestamps), whatever their field names. */
const serializer = {
  stringify: (message: unknown) =>
    JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    }),
  parse: (text: string) =>
    JSON.parse(text, (_key, value: unknown) =>
      value && typeof value === 'object' && '$date' in value && typeof value.$date === 'string' ? new Date(value.$date) : value,
    ) as unknown,
};

/**
 * The job topics over Redis, so a change stored by any instance reaches subscribers on all.
 * Connects eagerly and fails fast when Redis cannot be reached.
 */
export async function connectRedisEventTarget(url: string) {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: 5_000 };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  const quiet = () => {}; // connection errors surface through ping() and the readiness check
  publishClient.on('error', quiet);
  subscribeClient.on('error', quiet);
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw error;
  }
  return {
    eventTarget: createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient, serializer }) as PubSubEventTarget<JobTopics>,
    ping: () => publishClient.ping(),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

export type RedisEventTarget = Awaited<ReturnType<typeof connectRedisEventTarget>>;
