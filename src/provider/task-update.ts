import { z } from 'zod';
import type { SubmitOutcome, TaskUpdate } from './types.js';

/** The payload names no state the gateway knows: it must never end a job. */
export class UnknownTaskStateError extends Error {
  override name = 'UnknownTaskStateError';
}

const text = z.union([z.string(), z.number()]).transform(String);
const num = z.union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/).transform(Number)]);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Pika's own task shape, as Pika-fronting services relay it. */
const pikaVideo = z.looseObject({
  status: optional(z.string()),
  progress: optional(num),
  resultUrl: optional(z.string()),
  videoPoster: optional(z.string()),
  imageThumb: optional(z.string()),
  error: optional(z.unknown()),
});

/** Every field seen in DuomiAPI's feeds and callbacks; unknown ones pass, malformed ones are ignored. */
const taskFields = z.looseObject({
  task_id: optional(text),
  id: optional(text),
  state: optional(z.string()),
  status: optional(text),
  progress: optional(num),
  video_url: optional(z.string()),
  poster: optional(z.string()),
  fail_reason: optional(z.string()),
  error: optional(z.unknown()),
  msg: optional(z.string()),
  message: optional(z.string()),
  videos: optional(z.array(pikaVideo)),
});

type TaskFields = z.infer<typeof taskFields>;
type Status = TaskUpdate['status'];

// The three vocabularies of shared/duomi-api.md, onto the gateway's states.
const byState: Record<string, Status> = { pending: 'SUBMITTED', running: 'PROCESSING', succeeded: 'SUCCEEDED', success: 'SUCCEEDED', error: 'FAILED' };
const byLegacyStatus: Record<string, Status> = { '0': 'SUBMITTED', '1': 'PROCESSING', '2': 'FAILED', '3': 'SUCCEEDED' };
const byPikaStatus: Record<string, Status> = { queued: 'SUBMITTED', pending: 'PROCESSING', finished: 'SUCCEEDED', error: 'FAILED' };

/** Strips the `{code, msg, data}` envelope that some callbacks and every feed answer carry. */
export function unwrapEnvelope(payload: unknown): unknown {
  if (payload && typeof payload === 'object' && 'data' in payload && 'code' in payload) {
    const data = (payload as { data: unknown }).data;
    if (data && typeof data === 'object' && !Array.isArray(data)) return data;
  }
  return payload;
}

function statusOf(t: TaskFields): Status {
  const video = t.videos?.[0];
  const candidates = [
    t.state !== undefined ? byState[t.state.toLowerCase()] : undefined, // `state` wins over `status`
    t.status !== undefined ? (byLegacyStatus[t.status] ?? byState[t.status.toLowerCase()] ?? byPikaStatus[t.status.toLowerCase()]) : undefined,
    video?.status !== undefined ? byPikaStatus[video.status.toLowerCase()] : undefined,
  ];
  const found = candidates.find((s) => s !== undefined);
  if (!found) {
    const named = [t.state && `state "${t.state}"`, t.status && `status "${t.status}"`, video?.status && `videos[0].status "${video.status}"`].filter(Boolean);
    throw new UnknownTaskStateError(named.length ? `unknown task ${named.join(', ')}` : 'the payload names no task state');
  }
  return found;
}

function errorText(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (value && typeof value === 'object' && 'message' in value && typeof value.message === 'string') return value.message;
  return undefined;
}

/** Reads any DuomiAPI status payload (callback or feed, with or without envelope) into a TaskUpdate. */
export function parseDuomiTask(payload: unknown): TaskUpdate {
  const parsed = taskFields.safeParse(unwrapEnvelope(payload));
  if (!parsed.success) throw new UnknownTaskStateError('the payload is not a JSON object');
  const t = parsed.data;
  const video = t.videos?.[0];
  const status = statusOf(t);
  const progress = t.progress ?? video?.progress;
  const update: TaskUpdate = {
    taskId: t.task_id ?? t.id,
    status,
    progress: progress === undefined ? undefined : Math.max(0, Math.min(100, Math.round(progress))),
    videoUrl: t.video_url ?? video?.resultUrl,
    posterUrl: t.poster ?? video?.videoPoster ?? video?.imageThumb,
  };
  if (status === 'FAILED') {
    update.errorCode = 'UPSTREAM_FAILED';
    update.errorMessage = t.fail_reason ?? errorText(t.error) ?? errorText(video?.error) ?? t.msg ?? t.message ?? 'the provider reported an error';
  }
  return update;
}

const createAnswer = z.looseObject({
  code: text,
  msg: optional(z.string()),
  data: optional(z.looseObject({ task_id: optional(text) })),
});

/** Reads DuomiAPI's create answer: `code` 200 with `data.task_id` accepts, any other code refuses. */
export function parseDuomiSubmitAnswer(answer: unknown): SubmitOutcome {
  const parsed = createAnswer.safeParse(answer);
  if (!parsed.success) return { kind: 'refused', code: 'MALFORMED_ANSWER', message: 'DuomiAPI answered without a code' };
  const { code, msg, data } = parsed.data;
  if (code === '200' && data?.task_id) return { kind: 'accepted', taskId: data.task_id };
  if (code === '200') return { kind: 'refused', code: 'MALFORMED_ANSWER', message: 'DuomiAPI accepted the task but sent no task_id' };
  return { kind: 'refused', code, message: msg || `DuomiAPI refused the task (code ${code})` };
}
