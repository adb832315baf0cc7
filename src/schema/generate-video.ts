import type { InputObjectRef } from '@pothos/core';
import type { VideoProvider } from '../db/generated/client.js';
import { builder } from './builder.js';
import { WebhookInput } from './webhooks.js';
import { inputsFromGraphQL, providerSchemaList } from './provider-schemas.js';
import { requireJobId } from './job-ids.js';
import { VideoJob } from './video-job.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
const members = new Map<string, VideoProvider>(providerSchemaList.map(({ member, provider }) => [member, provider]));

const GenerateVideoInput = builder.inputType('GenerateVideoInput', {
  description: 'Exactly one member: the provider, with its own typed settings. `videoProviders` lists what each offers.',
  isOneOf: true,
  fields: (t) =>
    Object.fromEntries(
      providerSchemaList.map(({ member, input, about }) => [
        member,
        t.field({ type: input as InputObjectRef<Types, object>, description: about }),
      ]),
    ),
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
        description:
          'Retry safely: the same key and input return the same job (no second upstream task); the same key with another input is IDEMPOTENCY_KEY_REUSED.',
        validate: { minLength: 1, maxLength: 200 },
      }),
      webhook: t.arg({ type: WebhookInput, description: "Call your server on the job's events (see WebhookInput)." }),
    },
    resolve: (_root, { input, idempotencyKey, webhook }, ctx) => {
      const [member, value] = Object.entries(input).find(([, v]) => v != null)!;
      const provider = members.get(member)!;
      const decoded = inputsFromGraphQL[provider]?.(value as never) ?? value;
      return ctx.jobs.create(provider, decoded, { viewer: ctx.viewer, idempotencyKey, webhook });
    },
  }),
  cancelVideoJob: t.field({
    type: VideoJob,
    description:
      'Ends the job CANCELED (a job already final is returned as it is). Later provider callbacks for it are recorded and ignored.',
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.jobs.cancel(requireJobId(id), ctx.viewer),
  }),
}));
