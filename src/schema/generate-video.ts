import type { VideoProvider } from '../db/generated/client.js';
import { builder } from './builder.js';
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

builder.mutationField('generateVideo', (t) =>
  t.field({
    type: VideoJob,
    description:
      'Stores a new job (QUEUED) and hands it to the provider at once. Follow it with `videoJobUpdated`. ' +
      "A provider's refusal is not an error here: the job ends FAILED with the provider's code and message.",
    args: { input: t.arg({ type: GenerateVideoInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const [member, value] = Object.entries(input).find(([, v]) => v != null)!;
      return ctx.jobs.create(members[member as keyof typeof members], value);
    },
  }),
);
