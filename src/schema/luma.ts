import { encodeGlobalID } from '@pothos/plugin-relay';
import { isJobId } from '../jobs/job-id.js';
import { extendRefused, lumaDefaults, lumaInputSchema, lumaLimits, type LumaInput } from '../provider/luma.js';
import { builder } from './builder.js';
import { VIDEO_JOB, videoJobIdOf } from './job-ids.js';
import type { ProviderSettings } from './provider-schemas.js';

export const LumaVideoInput = builder.inputType('LumaVideoInput', {
  description: 'A Luma video: from the prompt, from first and last frames, or extending one of your finished Luma jobs.',
  fields: (t) => ({
    prompt: t.string({
      required: true,
      description: `What to make (Luma's \`user_prompt\`); not blank, at most ${lumaLimits.promptLength} characters.`,
    }),
    image: t.field({ type: 'URL', description: 'First frame: makes an image-to-video job.' }),
    imageEnd: t.field({ type: 'URL', description: 'Last frame.' }),
    expandPrompt: t.boolean({ description: `Let Luma rewrite the prompt; defaults to ${lumaDefaults.expandPrompt}.` }),
    loop: t.boolean({ description: `Make the video loop; defaults to ${lumaDefaults.loop}. Not with \`extend\`.` }),
    extend: t.id({
      description: 'The id of one of your finished (SUCCEEDED) Luma jobs: this job continues its video. Takes no image, imageEnd or loop.',
    }),
  }),
  validate: { schema: lumaInputSchema },
});

export const LumaVideoSettings = builder.objectRef<ProviderSettings<LumaInput>>('LumaVideoSettings').implement({
  description: 'The settings a Luma job was made with, defaults filled in.',
  fields: (t) => ({
    prompt: t.exposeString('prompt'),
    image: t.expose('image', { type: 'URL', nullable: true }),
    imageEnd: t.expose('imageEnd', { type: 'URL', nullable: true }),
    expandPrompt: t.boolean({ resolve: (s) => s.expandPrompt ?? lumaDefaults.expandPrompt }),
    loop: t.exposeBoolean('loop', { nullable: true, description: 'Null for an extension.' }),
    extend: t.id({ nullable: true, description: 'The job this one extends.', resolve: (s) => (s.extend ? extendedJobId(s.extend) : null) }),
  }),
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
