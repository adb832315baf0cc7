import type { SimProvider } from './payloads.js';
import {
  validateKlingEffects,
  validateKlingExtend,
  validateKlingImage,
  validateKlingMultiImage,
  validateKlingText,
  validateLumaExtend,
  validateLumaGenerate,
  validatePikaBody,
  validatePixBody,
  validateRunwayActOne,
  validateRunwayAleph,
  validateRunwayGenerate,
  validateRunwayVideo,
  type Validate,
} from './validation.js';
import { staysPending, validateUnifiedBody } from './unified.js';

// Every endpoint the simulator speaks (shared/duomi-api.md, shared/duomi-providers.md).

/**
 * The submit endpoints (POST), with the rules each enforces as refusals. `keyInHeader`: the key
 * counts only in `Authorization` (the unified API, where `callback_url` is optional too, and
 * Kling's official format); `stuck`: a request it accepts but whose task never leaves `pending`.
 */
export const submitRoutes: Record<
  string,
  { provider: SimProvider; endpoint: string; validate: Validate; keyInHeader?: boolean; stuck?: (body: Record<string, unknown>) => boolean }
> = {
  '/api/video/pika/pro/generate': { provider: 'pika', endpoint: 'generate', validate: validatePikaBody },
  '/api/video/kling/v1/videos/text2video': { provider: 'kling', endpoint: 'text2video', validate: validateKlingText, keyInHeader: true },
  '/api/video/kling/v1/videos/image2video': { provider: 'kling', endpoint: 'image2video', validate: validateKlingImage, keyInHeader: true },
  '/api/video/kling/v1/videos/multi-image2video': {
    provider: 'kling',
    endpoint: 'multi-image2video',
    validate: validateKlingMultiImage,
    keyInHeader: true,
  },
  '/api/video/kling/v1/videos/video-extend': {
    provider: 'kling',
    endpoint: 'video-extend',
    validate: validateKlingExtend,
    keyInHeader: true,
  },
  '/api/video/kling/v1/videos/effects': { provider: 'kling', endpoint: 'effects', validate: validateKlingEffects, keyInHeader: true },
  '/api/video/luma/pro/generate': { provider: 'luma', endpoint: 'generate', validate: validateLumaGenerate },
  '/api/video/luma/pro/extend': { provider: 'luma', endpoint: 'extend', validate: validateLumaExtend },
  '/api/video/runway/pro/generate': { provider: 'runway', endpoint: 'generate', validate: validateRunwayGenerate },
  '/api/video/runway/pro/video2video': { provider: 'runway', endpoint: 'video2video', validate: validateRunwayVideo },
  '/api/video/runway/pro/aleph': { provider: 'runway', endpoint: 'aleph', validate: validateRunwayAleph },
  '/api/video/runway/pro/act_one': { provider: 'runway', endpoint: 'act_one', validate: validateRunwayActOne },
  '/api/video/pix/pro/generate': { provider: 'pix', endpoint: 'generate', validate: validatePixBody },
  '/v1/videos/generations': {
    provider: 'unified',
    endpoint: 'generations',
    validate: validateUnifiedBody,
    keyInHeader: true,
    stuck: staysPending,
  },
};

/**
 * The feed endpoints: `task_id` in the query (GET) or the body (POST), or, for Kling, as the last
 * path segment (`:task_id`), under the endpoint that made the task.
 */
export const feedRoutes: Record<string, { provider: SimProvider; endpoint?: string; keyInHeader?: boolean }> = {
  '/api/video/pika/feed': { provider: 'pika' },
  '/api/video/luma/feed': { provider: 'luma' },
  '/api/video/runway/feed': { provider: 'runway' },
  '/api/video/pix/feed': { provider: 'pix' },
  '/api/video/kling/v1/videos/text2video/:task_id': { provider: 'kling', endpoint: 'text2video', keyInHeader: true },
  '/api/video/kling/v1/videos/image2video/:task_id': { provider: 'kling', endpoint: 'image2video', keyInHeader: true },
  '/api/video/kling/v1/videos/multi-image2video/:task_id': { provider: 'kling', endpoint: 'multi-image2video', keyInHeader: true },
  '/api/video/kling/v1/videos/video-extend/:task_id': { provider: 'kling', endpoint: 'video-extend', keyInHeader: true },
  '/api/video/kling/v1/videos/effects/:task_id': { provider: 'kling', endpoint: 'effects', keyInHeader: true },
  '/v1/videos/tasks/:task_id': { provider: 'unified' },
};

/** The feed route a path names, and the task id its path carries (Kling's). */
export function matchFeed(pathname: string): { route: (typeof feedRoutes)[string]; pathTaskId?: string } | undefined {
  const exact = feedRoutes[pathname];
  if (exact) return { route: exact };
  const cut = pathname.lastIndexOf('/');
  const route = feedRoutes[`${pathname.slice(0, cut)}/:task_id`];
  const pathTaskId = decodeURIComponent(pathname.slice(cut + 1));
  return route && pathTaskId ? { route, pathTaskId } : undefined;
}
