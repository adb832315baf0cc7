import type { SimTask } from './payloads.js';
import type { Validate } from './validation.js';

// The unified video API (shared/duomi-current-models.md): one create endpoint for Sora 2, Veo 3.1
// and Grok video, the key in `Authorization`, tasks as `{id, state, progress, message,
// data.videos[].url}`. Its rules are those working clients follow; its refusals are `{code,
// message}`, and `code: 403` when the account has no balance or no permission.

type Body = Record<string, unknown>;

/** What each vendor's models take. */
const families = {
  sora: {
    models: ['sora-2', 'sora-2-pro'],
    ratios: ['16:9', '9:16'],
    durations: [4, 8, 12],
    maxImages: 1,
    extra: (body: Body) => (!absentOrIn(body.size, ['small', 'large']) ? 'size must be small or large' : undefined),
  },
  veo: {
    models: ['veo3.1-fast', 'veo3.1-pro'],
    ratios: ['16:9', '9:16'],
    durations: [8],
    maxImages: 3,
    extra: (body: Body) => {
      if (!absentOrIn(body.quality, ['720p', '1080p', '4k'])) return 'quality must be 720p, 1080p or 4k';
      const images = Array.isArray(body.image_urls) ? body.image_urls.length : 0;
      switch (body.generation_type) {
        case undefined:
        case 'TEXT':
          return images > 0 ? 'generation_type TEXT takes no image_urls' : undefined;
        case 'FIRST&LAST':
          return images < 1 || images > 2 ? 'generation_type FIRST&LAST takes one or two image_urls' : undefined;
        case 'REFERENCE':
          return images < 1 ? 'generation_type REFERENCE needs image_urls' : undefined;
        default:
          return 'generation_type must be TEXT, FIRST&LAST or REFERENCE';
      }
    },
  },
  grok: {
    models: ['grok-video', 'grok-video-1.5'],
    ratios: ['2:3', '3:2', '1:1', '9:16', '16:9'],
    durations: [6, 10, 15, 20, 25, 30],
    maxImages: 1,
    extra: (body: Body) => (!absentOrIn(body.quality, ['720p']) ? 'quality must be 720p' : undefined),
  },
} as const;

const absentOrIn = (v: unknown, allowed: readonly unknown[]) => v === undefined || allowed.includes(v);

/** The vendor a model belongs to, which the simulator records as the task's endpoint. */
export function unifiedFamily(model: unknown): keyof typeof families | undefined {
  return (Object.keys(families) as (keyof typeof families)[]).find((f) => (families[f].models as readonly unknown[]).includes(model));
}

export const validateUnifiedBody: Validate = (body) => {
  const family = unifiedFamily(body.model);
  if (!family) return `model ${JSON.stringify(body.model ?? null)} is not supported`;
  const rules = families[family];
  if (typeof body.prompt !== 'string' || !body.prompt.trim()) return 'prompt is required';
  if (!absentOrIn(body.aspect_ratio, rules.ratios)) return `aspect_ratio must be one of ${rules.ratios.join(', ')}`;
  if (!absentOrIn(body.duration, rules.durations)) return `duration must be one of ${rules.durations.join(', ')}`;
  if (body.image_urls !== undefined && (!Array.isArray(body.image_urls) || !body.image_urls.every((u) => typeof u === 'string')))
    return 'image_urls must be a list of URLs';
  if (Array.isArray(body.image_urls) && body.image_urls.length > rules.maxImages) return `image_urls takes at most ${rules.maxImages}`;
  return rules.extra(body);
};

/** A client reports Veo tasks created without `image_urls` stuck in `pending`: so are the simulator's. */
export const staysPending = (body: Body) => unifiedFamily(body.model) === 'veo' && body.image_urls === undefined;

/** A prompt containing "#403" is refused as an account without balance or permission would be. */
export const refusesForAccount = (body: Body) => typeof body.prompt === 'string' && body.prompt.includes('#403');
export const accountRefusal = { code: 403, message: 'insufficient balance or no permission for this model' };

/** A task as the query endpoint answers it. */
export function unifiedTask(task: SimTask): Record<string, unknown> {
  return {
    id: task.taskId,
    state: task.state,
    progress: task.progress,
    message: task.error ?? '',
    data: { videos: task.videoUrl ? [{ url: task.videoUrl }] : [] },
  };
}

/** The same task in a `{code, data}` envelope with `task_id`, as some clients expect. */
export function unifiedEnvelope(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { id, ...rest } = data as Body;
  return { code: 200, message: 'success', data: { task_id: id, ...rest } };
}
