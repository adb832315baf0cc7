import { z } from 'zod';
import type { ProviderCatalog } from './catalog.js';
import { InvalidJobInputError } from './errors.js';
import { notBlank, onlyInTheirModes } from './input-rules.js';
import { withoutNulls } from './json.js';
import { parseDuomiSubmitAnswer, parseDuomiTask } from './task-update.js';
import type { FindJob, ProviderModule, UpstreamRequest } from './types.js';

// Luma through DuomiAPI (shared/duomi-providers.md): generate (text, or from first/last frames),
// extend (a finished Luma task), and a feed that is a POST with the task id in the body.

// Undocumented: the gateway caps the prompt like Pika's.
export const lumaLimits = { promptLength: 2000 } as const;
export const lumaDefaults = { expandPrompt: true, loop: false } as const;

export const lumaCatalog = {
  provider: 'LUMA',
  name: 'Luma',
  modes: ['TEXT', 'IMAGE', 'EXTEND'],
  // Luma's text-to-video takes no documented ratio, so the gateway sends none.
  ratios: [],
  durations: {},
  models: {},
  styles: {},
} as const satisfies ProviderCatalog;

export const lumaInputSchema = z
  .object({
    prompt: notBlank(lumaLimits.promptLength),
    image: z.string().nullish(),
    imageEnd: z.string().nullish(),
    expandPrompt: z.boolean().nullish(),
    loop: z.boolean().nullish(),
    extend: z.string().trim().min(1, 'must not be blank').nullish(),
  })
  .superRefine((input, ctx) =>
    onlyInTheirModes(ctx, input, lumaMode(input), { image: ['IMAGE'], imageEnd: ['IMAGE'], loop: ['TEXT', 'IMAGE'] }),
  );

export type LumaInput = z.infer<typeof lumaInputSchema> & {
  /** The upstream task of the job `extend` names, resolved when the job is stored. */
  extendTaskId?: string;
};

export function lumaMode(input: LumaInput) {
  return input.extend ? 'EXTEND' : input.image || input.imageEnd ? 'IMAGE' : 'TEXT';
}

export function normalizeLumaInput(input: LumaInput): LumaInput {
  const extending = lumaMode(input) === 'EXTEND';
  return withoutNulls({
    ...input,
    prompt: input.prompt.trim(),
    extend: input.extend?.trim(),
    expandPrompt: input.expandPrompt ?? lumaDefaults.expandPrompt,
    loop: extending ? undefined : (input.loop ?? lumaDefaults.loop),
  });
}

/** Why `extend` does not name a job Luma can extend. */
export function extendRefused(why: string): InvalidJobInputError {
  return new InvalidJobInputError('LUMA', ['extend'], `extend must name one of your finished Luma jobs: ${why}`);
}

/**
 * `extend` (a stored job id, decoded from the client's id at the edge) must name one of the
 * caller's finished Luma jobs; its upstream task is what Luma extends.
 */
async function resolveExtend(input: LumaInput, findJob: FindJob): Promise<LumaInput> {
  if (!input.extend) return input;
  const job = await findJob(input.extend);
  if (!job) throw extendRefused('there is no such job');
  if (job.provider !== 'LUMA') throw extendRefused(`that one is a ${job.provider} job`);
  if (job.status !== 'SUCCEEDED' || !job.upstreamTaskId) throw extendRefused(`that one is ${job.status}`);
  return { ...input, extendTaskId: job.upstreamTaskId };
}

export function lumaUpstreamRequest(input: LumaInput, callbackUrl: string): UpstreamRequest {
  const common = { callback_url: callbackUrl, user_prompt: input.prompt, expand_prompt: input.expandPrompt ?? lumaDefaults.expandPrompt };
  if (lumaMode(input) === 'EXTEND') {
    if (!input.extendTaskId) throw new Error('a Luma extend job was stored without the task it extends');
    return { method: 'POST', path: '/api/video/luma/pro/extend', body: { ...common, task_id: input.extendTaskId } };
  }
  const body = withoutNulls({ ...common, image_url: input.image, image_end_url: input.imageEnd, loop: input.loop ?? lumaDefaults.loop });
  return { method: 'POST', path: '/api/video/luma/pro/generate', body };
}

export const luma: ProviderModule<LumaInput> = {
  id: 'LUMA',
  catalog: lumaCatalog,
  normalize: normalizeLumaInput,
  resolveReferences: resolveExtend,
  promptOf: (input) => input.prompt,
  modeOf: lumaMode,
  buildSubmit: lumaUpstreamRequest,
  // Luma's feed is a POST: the client adds the key to the body beside the task id.
  buildFeed: (taskId) => ({ method: 'POST', path: '/api/video/luma/feed', body: { task_id: taskId } }),
  parseSubmitAnswer: parseDuomiSubmitAnswer,
  parseUpdate: parseDuomiTask,
};
