import type { VideoProvider } from '../db/generated/client.js';
import { IdempotencyKeyReusedError, JobNotFoundError } from '../jobs/errors.js';
import { builder } from './builder.js';
import { userError } from './errors.js';
import { PikaVideoInput } from './pika.js';
import { VideoJob } from './video-job.js';

/** Each member of GenerateVideoInput and the provider it selects. */
const members = { pika: 'PIKA' } as const satisfies Record<string, VideoProvider>;

const GenerateVideoInput = builder.inputType('GenerateVideoInput', {
  description: 'Exactly one member: the provider, with its own typed settings.',
  isOneOf: true,
  fields: (t) => ({
    pika: t.field({ type: PikaVideoInput }),
  }),
});

builder.mutationFields((t) => ({
  generateVideo: t.field({
    type: VideoJob,
    description:
      'Stores a new job (QUEUED) and hands it to the provider at once. Follow it with `videoJobUpdated`. ' +
      "A provider's refusal is not an error here: the job ends FAILED with the provider's code and message. " +
      'Rate-limited per API key (RATE_LIMITED, with `extensions.retryAfterSeconds`).',
    args: {
      input: t.arg({ type: GenerateVideoInput, required: true }),
      idempotencyKey: t.arg.string({
        description: 'Retry safely: the same key and input return the same job (no second upstream task); the same key with another input is IDEMPOTENCY_KEY_REUSED.',
        validate: { minLength: 1, maxLength: 200 },
      }),
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      const client = ctx.viewer.kind === 'key' ? ctx.viewer.keyId : 'open';
      const allowed = ctx.generateLimiter.take(client);
      if (!allowed.ok) {
        throw userError('RATE_LIMITED', `too many videos requested; try again in ${allowed.retryAfterSeconds} s`, {
          retryAfterSeconds: allowed.retryAfterSeconds,
          http: { status: 429, headers: { 'retry-after': String(allowed.retryAfterSeconds) } },
        });
      }
      const [member, value] = Object.entries(input).find(([, v]) => v != null)!;
      try {
        return await ctx.jobs.create(members[member as keyof typeof members], value, { viewer: ctx.viewer, idempotencyKey });
      } catch (error) {
        if (error instanceof IdempotencyKeyReusedError) throw userError('IDEMPOTENCY_KEY_REUSED', error.message);
        throw error;
      }
    },
  }),
  cancelVideoJob: t.field({
    type: VideoJob,
    description: 'Ends the job CANCELED (a job already final is returned as it is). Later provider callbacks for it are recorded and ignored.',
    args: { id: t.arg.globalID({ required: true, for: VideoJob }) },
    resolve: async (_root, { id }, ctx) => {
      try {
        return await ctx.jobs.cancel(id.id, ctx.viewer);
      } catch (error) {
        if (error instanceof JobNotFoundError) throw userError('NOT_FOUND', error.message);
        throw error;
      }
    },
  }),
}));
