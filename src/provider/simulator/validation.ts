import type { SimTask } from './payloads.js';

// The refusals DuomiAPI gives for bad requests (a code with a message), so the gateway's refusal
// handling is exercised; the gateway's own validation normally stops these first. They also pin
// down what the upstream wants: Kling's duration is a string, Runway's seconds a number.

type Body = Record<string, unknown>;
/** Returns why the body is refused, or undefined when it is accepted. */
export type Validate = (body: Body, tasks: ReadonlyMap<string, SimTask>) => string | undefined;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const absentOrIn = (v: unknown, allowed: readonly unknown[]) => v === undefined || allowed.includes(v);
const absentOrBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';
const inRange = (v: unknown, min: number, max: number) => typeof v === 'number' && v >= min && v <= max;
const options = (body: Body) => (body.options ?? {}) as Body;

export const validatePikaBody: Validate = (body) => {
  if (!filled(body.prompt)) return 'prompt 必填';
  if (typeof body.ratio !== 'string' || !['16:9', '9:16', '1:1', '4:5', '5:4', '5:2', '4:3', '3:4'].includes(body.ratio))
    return 'ratio 无效';
  const frameRate = options(body).frameRate;
  if (typeof frameRate !== 'number' || !Number.isInteger(frameRate) || !inRange(frameRate, 8, 24))
    return 'options.frameRate 必须在 8-24 之间';
  if (body.image !== undefined && body.video !== undefined) return 'image 和 video 只能选一个';
  return undefined;
};

const klingAxes = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'];

const klingModelNames = [
  'kling-v1',
  'kling-v1-5',
  'kling-v1-6',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v2-5-turbo',
  'kling-v2-6',
  'kling-v3',
];
const klingV1 = ['kling-v1', 'kling-v1-5', 'kling-v1-6'];

function validateKlingCommon(body: Body): string | undefined {
  if (!filled(body.prompt)) return 'prompt is required';
  if (!absentOrIn(body.model_name, klingModelNames)) return 'model_name is invalid';
  if (!absentOrIn(body.mode, ['std', 'pro'])) return 'mode must be std or pro';
  if (!absentOrIn(body.duration, ['5', '10'])) return 'duration must be the string "5" or "10"';
  if (body.cfg_scale !== undefined && !inRange(body.cfg_scale, 0, 1)) return 'cfg_scale must be within [0, 1]';
  if (body.cfg_scale !== undefined && !klingV1.includes(String(body.model_name ?? 'kling-v1')))
    return `cfg_scale is not supported by ${String(body.model_name)}`;
  if (!absentOrIn(body.sound, ['on', 'off'])) return 'sound must be on or off';
  if (body.multi_shot !== undefined) {
    if (body.multi_shot !== true || body.shot_type !== 'customize') return 'multi_shot needs shot_type customize';
    if (body.model_name !== 'kling-v3') return 'multi_shot is supported by kling-v3 only';
    const shots = body.multi_prompt as { index?: unknown; prompt?: unknown; duration?: unknown }[] | undefined;
    if (!Array.isArray(shots) || shots.length < 1 || shots.length > 6) return 'multi_prompt must hold 1 to 6 shots';
    if (shots.some((s, i) => s.index !== i || !filled(s.prompt) || String(s.prompt).length > 512 || typeof s.duration !== 'string'))
      return 'multi_prompt shots need index, prompt (≤ 512) and duration as a string';
    if (shots.reduce((sum, s) => sum + Number(s.duration), 0) !== Number(body.duration ?? '5'))
      return 'multi_prompt durations must add up to duration';
  }
  const camera = body.camera_control as { type?: unknown; config?: Record<string, unknown> } | undefined;
  if (camera !== undefined) {
    if (!absentOrIn(camera.type, ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward']))
      return 'camera_control.type is invalid';
    const moving = klingAxes.filter((a) => camera.config?.[a] !== undefined && camera.config[a] !== 0);
    if (camera.type === 'simple' && moving.length !== 1) return 'camera_control.config must move exactly one axis';
    if (camera.type !== 'simple' && camera.config !== undefined) return 'camera_control.config is for simple only';
  }
  return undefined;
}

export const validateKlingMultiImage: Validate = (body) => {
  if (!filled(body.prompt)) return 'prompt is required';
  if (!absentOrIn(body.model_name, klingModelNames)) return 'model_name is invalid';
  const images = body.image_list as { image?: unknown }[] | undefined;
  if (!Array.isArray(images) || images.length < 1 || images.length > 4 || images.some((i) => !filled(i.image)))
    return 'image_list must hold 1 to 4 {image}';
  if (!absentOrIn(body.duration, ['5', '10'])) return 'duration must be the string "5" or "10"';
  if (!absentOrIn(body.aspect_ratio, ['16:9', '9:16', '1:1'])) return 'aspect_ratio is invalid';
  for (const field of ['image', 'cfg_scale', 'camera_control'])
    if (body[field] !== undefined) return `${field} is not supported by multi-image2video`;
  return undefined;
};

/** Kling extends a video by its id (`task_result.videos[0].id` of a succeeded task), not by the task's. */
export const validateKlingExtend: Validate = (body, tasks) => {
  const id = typeof body.video_id === 'string' ? body.video_id : '';
  const extended = tasks.get(id.replace(/-v0$/, ''));
  if (!id.endsWith('-v0') || !extended || extended.provider !== 'kling' || extended.state !== 'succeeded')
    return 'video_id is invalid: only a succeeded Kling video can be extended';
  for (const field of ['model_name', 'image', 'duration'])
    if (body[field] !== undefined) return `${field} is not supported by video-extend`;
  return undefined;
};

const klingSingleEffects = ['bloombloom', 'dizzydizzy', 'fuzzyfuzzy', 'squish', 'expansion'];
const klingPairEffects = ['hug', 'kiss', 'heart_gesture'];

export const validateKlingEffects: Validate = (body) => {
  const scene = String(body.effect_scene ?? '');
  const input = (body.input ?? {}) as Body;
  if (![...klingSingleEffects, ...klingPairEffects].includes(scene)) return 'effect_scene is invalid';
  if (!absentOrIn(input.model_name, klingModelNames) || !absentOrIn(input.mode, ['std', 'pro']) || !absentOrIn(input.duration, ['5', '10']))
    return 'input is invalid';
  const images = input.images;
  const wanted = klingPairEffects.includes(scene) ? 2 : 1;
  if (!Array.isArray(images) || images.length !== wanted || !images.every(filled))
    return `${scene} takes ${wanted} image(s) in input.images`;
  if (body.prompt !== undefined) return 'prompt is not supported by effects';
  return undefined;
};

export const validateKlingText: Validate = (body) =>
  validateKlingCommon(body) ?? (!absentOrIn(body.aspect_ratio, ['16:9', '9:16', '1:1']) ? 'aspect_ratio is invalid' : undefined);

export const validateKlingImage: Validate = (body) => {
  const common = validateKlingCommon(body);
  if (common) return common;
  if (!filled(body.image)) return 'image is required';
  // Kling refuses a last frame together with camera control.
  if (body.image_tail !== undefined && body.camera_control !== undefined) return 'image_tail cannot be used with camera_control';
  return undefined;
};

export const validateLumaGenerate: Validate = (body) => {
  if (!filled(body.user_prompt)) return 'user_prompt 必填';
  if (!absentOrBoolean(body.expand_prompt) || !absentOrBoolean(body.loop)) return 'expand_prompt 和 loop 必须是布尔值';
  return undefined;
};

export const validateLumaExtend: Validate = (body, tasks) => {
  if (!filled(body.user_prompt)) return 'user_prompt 必填';
  const extended = typeof body.task_id === 'string' ? tasks.get(body.task_id) : undefined;
  if (extended?.provider !== 'luma' || extended.state !== 'succeeded') return 'task_id 无效：只能扩展已完成的 Luma 任务';
  return undefined;
};

export const validateRunwayGenerate: Validate = (body, tasks) => {
  // Video-to-video as one of DuomiAPI's pages and its endpoint map have it: `video` to /pro/generate.
  if (body.video !== undefined) return validateRunwayVideo(body, tasks);
  if (!filled(body.prompt) && !filled(body.image)) return 'prompt 或 image 必填';
  if (!absentOrIn(body.model, ['gen2', 'gen3', 'gen4', 'gen4_turbo', 'gen4.5'])) return 'model 无效';
  if (!absentOrIn(body.ratio, ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9'])) return 'ratio 无效';
  if (body.model === 'gen3' && !absentOrIn(body.ratio, ['16:9', '9:16'])) return 'gen3 只支持 16:9 和 9:16';
  if (!absentOrIn(options(body).seconds, [5, 10])) return 'options.seconds 必须是 5 或 10';
  return undefined;
};

export const validateRunwayVideo: Validate = (body) => {
  if (!filled(body.video)) return 'video 必填';
  const st = options(body).structure_transformation;
  if (st !== undefined && !inRange(st, 0, 1)) return 'options.structure_transformation 必须在 0-1 之间';
  return undefined;
};

/** Aleph (video editing): a video, a prompt of at most 1,000 characters, at most one reference image. */
export const validateRunwayAleph: Validate = (body) => {
  if (!filled(body.video)) return 'video 必填';
  if (!filled(body.prompt) || String(body.prompt).length > 1000) return 'prompt 必填，最多 1000 字';
  if (body.images !== undefined && !(Array.isArray(body.images) && body.images.length <= 1 && body.images.every(filled)))
    return 'images 最多一张';
  if (!absentOrIn(options(body).seconds, [5])) return 'options.seconds 必须是 5';
  return undefined;
};

export const validateRunwayActOne: Validate = (body) =>
  !filled(body.video) ? 'video 必填' : !filled(body.image) ? 'image 必填' : undefined;

const pixCameraMoves = [
  'horizontal_left',
  'horizontal_right',
  'vertical_up',
  'vertical_down',
  'zoom_in',
  'zoom_out',
  'crane_up',
  'quickly_zoom_in',
  'quickly_zoom_out',
  'smooth_zoom_in',
  'camera_rotation',
  'robo_arm',
  'super_dolly_out',
  'whip_pan',
  'hitchcock',
  'left_follow',
  'right_follow',
  'pan_left',
  'pan_right',
  'fix_bg',
];

export const validatePixBody: Validate = (body) => {
  if (body.model === undefined || !absentOrIn(body.model, ['auto', 'v3.5', 'v4', 'v4.5', 'v5', 'v5.5', 'v5.6', 'v6', 'c1']))
    return 'model 必填且必须有效';
  if (!filled(body.prompt)) return 'prompt 必填';
  if (!absentOrIn(body.duration, [5, 8, 10, 15])) return 'duration 必须是 5、8、10 或 15';
  if (!absentOrIn(body.quality, ['360p', '540p', '720p', '1080p'])) return 'quality 无效';
  if (body.quality === '1080p' && body.duration === 8) return '1080p 不支持 8 秒';
  if (!absentOrIn(body.audio, [0, 1])) return 'audio 必须是 0 或 1';
  if (body.image_list !== undefined && !(Array.isArray(body.image_list) && body.image_list.length > 0 && body.image_list.every(filled)))
    return 'image_list 必须是图片地址数组';
  if (!absentOrIn(body.camera_movement, pixCameraMoves)) return 'camera_movement 无效';
  if (!absentOrIn(body.sound_effect_switch, [0, 1])) return 'sound_effect_switch 必须是 0 或 1';
  // Effect ids have 15 digits, sent as a JSON number.
  if (
    body.template_id !== undefined &&
    !(typeof body.template_id === 'number' && Number.isSafeInteger(body.template_id) && body.template_id > 0)
  )
    return 'template_id 必须是整数';
  if (body.camera_movement !== undefined && body.template_id !== undefined) return 'camera_movement 不能和 template_id 同时使用';
  return undefined;
};
