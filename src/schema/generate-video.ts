import type { InputObjectRef } from '@pothos/core';
import type { VideoProvider } from '../db/generated/client.js';
import { builder } from './builder.js';
import { withInputRules } from './errors.js';
import { providerSchemaList } from './provider-schemas.js';
import { VideoJob, videoJobIdOf } from './video-job.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
const members = new Map<string, VideoProvider>(providerSchemaList.map(({ member, provider }) => [member, provider]));

const GenerateVideoInput = builder.inputType('GenerateVideoInput', {
  description: 'Exactly one member: the provider, with its own typed settings. `videoProviders` lists what each offers.',
  isOneOf: true,
  fields: (t) =>
    Object.fromEntries(
      providerSchemaList.map(({ member, input, about }) => [member, t.field({ type: input as InputObjectRef<Types, object>, description: about })]),
    ),
});

builder.mutationField('generateVideo', (t) =>
  t.field({
    type: VideoJob,
    description:
      'Stores a new job (QUEUED) and hands it to the provider at once. Follow it with `videoJobUpdated`. ' +
      "A provider's refusal is not an error here: the job ends FAILED with the provider's code and message.",
    args: { input: t.arg({ type: GenerateVideoInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const [member, value] = Object.entries(input).find(([, v]) => v != null)!;
      // Ownership hook: pass the caller as `owner` once API keys land.
      return withInputRules(['input', member], () => ctx.jobs.create(members.get(member)!, value, { jobIdOf: videoJobIdOf }));
    },
  }),
);
