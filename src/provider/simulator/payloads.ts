import type { Knobs } from './knobs.js';

export type SimState = 'pending' | 'running' | 'succeeded' | 'error';

/** A simulated task as DuomiAPI would hold it. */
export type SimTask = {
  taskId: string;
  provider: string;
  body: Record<string, unknown>;
  callbackUrl: string;
  state: SimState;
  /** How the task will end, decided when it is accepted. */
  outcome?: 'succeeded' | 'error';
  progress: number;
  videoUrl?: string;
  posterUrl?: string;
  error?: string;
  createdAt: number;
  updatedAt: number;
};

const legacyStatus: Record<SimState, string> = { pending: '0', running: '1', error: '2', succeeded: '3' };
const pikaStatus: Record<SimState, string> = { pending: 'queued', running: 'pending', succeeded: 'finished', error: 'error' };
type Shape = Exclude<Knobs['callbackShape'], 'mixed'>;
export const shapes: Shape[] = ['state', 'legacy', 'pika', 'enveloped'];

/** The feed's `data` object for a task (numbers as strings, as DuomiAPI sends them). */
export function feedData(task: SimTask): Record<string, unknown> {
  return {
    task_id: task.taskId,
    state: task.state,
    status: legacyStatus[task.state],
    progress: String(task.progress),
    prompt: task.body.prompt ?? task.body.user_prompt,
    video_url: task.videoUrl ?? '',
    poster: task.posterUrl ?? '',
    fail_reason: task.error ?? '',
    point: task.state === 'succeeded' ? '10' : '0',
    refund: task.state === 'error' ? '1' : '0',
    create_time: String(Math.floor(task.createdAt / 1000)),
    update_time: String(Math.floor(task.updatedAt / 1000)),
  };
}

export function envelope(data: unknown) {
  return { code: 200, msg: '成功', data, exec_time: 0.01, ip: '127.0.0.1' };
}

/** One callback body, in the chosen vocabulary. */
export function callbackBody(task: SimTask, shape: Shape): Record<string, unknown> {
  const data = feedData(task);
  switch (shape) {
    case 'state':
      return data;
    case 'enveloped':
      return envelope(data);
    case 'legacy': {
      const { state: _state, ...legacy } = data;
      return legacy;
    }
    case 'pika':
      return {
        id: task.taskId,
        videos: [
          {
            id: `${task.taskId}-v0`,
            status: pikaStatus[task.state],
            progress: task.progress,
            resultUrl: task.videoUrl,
            videoPoster: task.posterUrl,
            imageThumb: task.posterUrl,
            error: task.error,
          },
        ],
      };
  }
}
