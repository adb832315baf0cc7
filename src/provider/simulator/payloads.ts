import type { Knobs } from './knobs.js';
import { unifiedEnvelope, unifiedTask } from './unified.js';

export type SimState = 'pending' | 'running' | 'succeeded' | 'error';
/** `unified`: the unified video API (Sora 2, Veo 3.1, Grok video), whose tasks' endpoint is the vendor. */
export type SimProvider = 'pika' | 'kling' | 'luma' | 'runway' | 'pix' | 'unified';

/** A simulated task as DuomiAPI would hold it. */
export type SimTask = {
  taskId: string;
  provider: SimProvider;
  /** Which of the provider's submit endpoints made it, e.g. `text2video`. */
  endpoint: string;
  body: Record<string, unknown>;
  callbackUrl: string;
  state: SimState;
  /** How the task will end, decided when it is accepted. */
  outcome?: 'succeeded' | 'error';
  progress: number;
  /** Whether its answers carry `progress` (the reportProgress knob when it was accepted). */
  reportsProgress: boolean;
  videoUrl?: string;
  posterUrl?: string;
  error?: string;
  createdAt: number;
  updatedAt: number;
};

type Shape = Exclude<Knobs['callbackShape'], 'mixed'>;
export const shapes: Shape[] = ['state', 'legacy', 'pika', 'enveloped'];

const legacyStatus: Record<SimState, string> = { pending: '0', running: '1', error: '2', succeeded: '3' };
const pikaStatus: Record<SimState, string> = { pending: 'queued', running: 'pending', succeeded: 'finished', error: 'error' };
const klingStatus: Record<SimState, string> = { pending: 'submitted', running: 'processing', succeeded: 'succeed', error: 'failed' };
const isFinal = (task: SimTask) => task.state === 'succeeded' || task.state === 'error';

/** The stand-in files of a finished task: the video, its poster, Runway's last frame, PIX's animated preview. */
export const fileUrls = (baseUrl: string, taskId: string) => ({
  video: `${baseUrl}/files/${taskId}.mp4`,
  poster: `${baseUrl}/files/${taskId}.svg`,
  lastFrame: `${baseUrl}/files/${taskId}-last.svg`,
  preview: `${baseUrl}/files/${taskId}-preview.webp`,
});

/** The task's URL of one of its stand-in files, once it has its video. */
const fileOf = (task: SimTask, kind: 'lastFrame' | 'preview') =>
  task.videoUrl ? fileUrls(task.videoUrl.replace(/\/files\/.*$/, ''), task.taskId)[kind] : '';

/**
 * DuomiAPI's own task data (numbers as strings, as it sends them): Pika, Luma and PIX speak it. A
 * failure's reason is in `msg`; there is no `progress` unless the knob asks for it.
 */
function duomiData(task: SimTask): Record<string, unknown> {
  return {
    task_id: task.taskId,
    state: task.state,
    status: legacyStatus[task.state],
    ...(task.reportsProgress ? { progress: String(task.progress) } : {}),
    prompt: task.body.prompt ?? task.body.user_prompt,
    video_url: task.videoUrl ?? '',
    poster: task.posterUrl ?? '',
    msg: task.error ?? '',
    // Points are charged when a task ends; a failed task's are refunded.
    point: isFinal(task) ? '10' : '0',
    refund: task.state === 'error' ? '1' : '0',
    create_time: String(Math.floor(task.createdAt / 1000)),
    update_time: String(Math.floor(task.updatedAt / 1000)),
  };
}

/** Kling's own task (its official format): `task_status`, and the videos under `task_result`. */
function klingData(task: SimTask): Record<string, unknown> {
  return {
    task_id: task.taskId,
    task_status: klingStatus[task.state],
    task_status_msg: task.error ?? '',
    ...(typeof task.body.external_task_id === 'string' ? { task_info: { external_task_id: task.body.external_task_id } } : {}),
    created_at: task.createdAt,
    updated_at: task.updatedAt,
    ...(task.videoUrl
      ? { task_result: { videos: [{ id: `${task.taskId}-v0`, url: task.videoUrl, duration: String(task.body.duration ?? '5') }] } }
      : {}),
  };
}

/** How each provider's answers look: its task data, and the envelope around it. */
const dialects: Record<SimProvider, { data: (task: SimTask) => Record<string, unknown>; envelope: (data: unknown) => unknown }> = {
  pika: { data: duomiData, envelope },
  luma: { data: duomiData, envelope },
  // PIX adds an animated preview.
  pix: { data: (task) => ({ ...duomiData(task), image_url: fileOf(task, 'preview') }), envelope },
  // Runway's feed speaks only the legacy numeric status, with the last frame and the translated prompt.
  runway: {
    data: (task) => {
      const { state: _state, ...legacy } = duomiData(task);
      return { ...legacy, last_frame: fileOf(task, 'lastFrame'), prompt_en: task.body.prompt ?? '' };
    },
    envelope,
  },
  kling: { data: klingData, envelope: klingEnvelope },
  // The unified API's task answer, bare; "enveloped" puts it in `{code, data}` with `task_id`.
  unified: { data: unifiedTask, envelope: unifiedEnvelope },
};

export function envelope(data: unknown) {
  return { code: 200, msg: '成功', data, exec_time: 0.01, ip: '127.0.0.1' };
}

function klingEnvelope(data: unknown) {
  return { code: 0, message: 'SUCCEED', request_id: `req-${Date.now()}`, data };
}

/** The create answer for an accepted task, in the provider's format. */
export function acceptedAnswer(task: SimTask): unknown {
  if (task.provider === 'unified') return { id: task.taskId };
  if (task.provider !== 'kling') return envelope({ task_id: task.taskId });
  const { task_id, task_status, created_at, updated_at } = klingData(task);
  return klingEnvelope({ task_id, task_status, created_at, updated_at });
}

/** A refusal of a bad request: DuomiAPI's `{code, msg}`, or Kling's own `{code, message}`. */
export function refusalAnswer(provider: SimProvider, code: number, msg: string): unknown {
  if (provider === 'unified') return { code, message: msg };
  return provider === 'kling'
    ? { code: code === 400 ? 1201 : code, message: msg, request_id: `req-${Date.now()}` }
    : { code, msg, data: {} };
}

/** The feed answer for a task: its data in the provider's envelope. */
export function feedAnswer(task: SimTask): unknown {
  if (task.provider === 'unified') return unifiedTask(task); // its task answer comes bare
  const dialect = dialects[task.provider];
  return dialect.envelope(dialect.data(task));
}

/**
 * One callback body in the chosen shape: the provider's own data (`state`), wrapped in its envelope,
 * without the newer `state` field (`legacy`), or Pika's own videos[] shape (Pika's tasks only).
 */
export function callbackBody(task: SimTask, shape: Shape): unknown {
  const dialect = dialects[task.provider];
  const data = dialect.data(task);
  switch (shape) {
    case 'state':
      return data;
    case 'enveloped':
      return dialect.envelope(data);
    case 'legacy': {
      // The unified API has no older vocabulary.
      if (task.provider === 'unified') return data;
      const { state: _state, ...legacy } = data;
      return legacy;
    }
    case 'pika':
      if (task.provider !== 'pika') return data;
      return {
        id: task.taskId,
        videos: [
          {
            id: `${task.taskId}-v0`,
            status: pikaStatus[task.state],
            ...(task.reportsProgress ? { progress: task.progress } : {}),
            resultUrl: task.videoUrl,
            videoPoster: task.posterUrl,
            imageThumb: task.posterUrl,
            error: task.error,
          },
        ],
      };
  }
}
