import { encodeGlobalID } from '@pothos/plugin-relay';
import { isJobId } from '../jobs/job-id.js';
import { extendRefused, lumaDefaults, lumaInputSchema, lumaLimits, type LumaInput } from '../provider/luma.js';
import { VIDEO_JOB, videoJobIdOf } from './job-ids.js';
import { type FieldTable, inputTypeOf, outputTypeOf } from './provider-fields.js';
import type { ProviderSettings } from './provider-schemas.js';

/** What a client gives: the input but for what the service resolves when it stores the job. */
type LumaGiven = Omit<LumaInput, 'extendTaskId'>;

const lumaFields: FieldTable<LumaGiven> = {
  prompt: {
    type: 'String',
    required: true,
    description: `What to make (Luma's \`user_prompt\`); not blank, at most ${lumaLimits.promptLength} characters.`,
  },
  image: { type: 'URL', description: 'First frame: makes an image-to-video job.' },
  imageEnd: { type: 'URL', description: 'Last frame.' },
  expandPrompt: {
    type: 'Boolean',
    description: `Let Luma rewrite the prompt; defaults to ${lumaDefaults.expandPrompt}.`,
    default: lumaDefaults.expandPrompt,
  },
  loop: {
    type: 'Boolean',
    description: `Make the video loop; defaults to ${lumaDefaults.loop}. Not with \`extend\`.`,
    outputDescription: 'Null for an extension.',
  },
  extend: {
    type: 'ID',
    description: 'The id of one of your finished (SUCCEEDED) Luma jobs: this job continues its video. Takes no image, imageEnd or loop.',
    outputDescription: 'The job this one extends.',
    resolve: (s) => (s.extend ? extendedJobId(s.extend) : null),
  },
};

export const LumaVideoInput = inputTypeOf('LumaVideoInput', lumaFields, {
  description: 'A Luma video: from the prompt, from first and last frames, or extending one of your finished Luma jobs.',
  validate: { schema: lumaInputSchema },
});

export const LumaVideoSettings = outputTypeOf<LumaGiven, ProviderSettings<LumaInput>>('LumaVideoSettings', lumaFields, {
  description: 'The settings a Luma job was made with, defaults filled in.',
});

/**
 * The input as the service takes it: `extend` decoded at the edge from the client's global id to
 * the stored id of the job it names. An id that names no job is refused here, as the service
 * refuses a job the client may not extend.
 */
export function lumaInputFromGraphQL(input: LumaInput): LumaInput {
  if (input.extend == null) return input;
  const jobId = videoJobIdOf(input.extend);
  if (!jobId) throw extendRefused('there is no such job');
  return { ...input, extend: jobId };
}

/** The client's id of the job a stored input extends (inputs stored before ids were decoded at the edge hold it already). */
function extendedJobId(stored: string): string {
  return isJobId(stored) ? encodeGlobalID(VIDEO_JOB, stored) : stored;
}
