import { z } from 'zod';
import type { SubmitOutcome, TaskUpdate } from './types.js';

/** The payload names no state the gateway knows: it must never end a job. */
export class UnknownTaskStateError extends Error {
  override name = 'UnknownTaskStateError';
}

const text = z.union([z.string(), z.number()]).transform(String);
const num = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?\d+(\.\d+)?\s*$/)
    .transform(Number),
]);
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

/** Kling's own task result (its official format): the videos it made, `{id, url, duration}` each (no cover). */
const klingResult = z.looseObject({
  videos: optional(z.array(z.looseObject({ id: optional(text), url: optional(z.string()) }))),
});

/** Every field seen in DuomiAPI's feeds and callbacks; unknown ones pass, malformed ones are ignored. */
const taskFields = z.looseObject({
  task_id: optional(text),
  id: optional(text),
  state: optional(z.string()),
  status: optional(text),
  task_status: optional(z.string()),
  progress: optional(num),
  video_url: optional(z.string()),
  poster: optional(z.string()),
  last_frame: optional(z.string()),
  image_url: optional(z.string()),
  fail_reason: optional(z.string()),
  task_status_msg: optional(z.string()),
  error: optional(z.unknown()),
  msg: optional(z.string()),
  message: optional(z.string()),
  videos: optional(z.array(pikaVideo)),
  task_result: optional(klingResult),
  point: optional(num),
  refund: optional(text),
});

type TaskFields = z.infer<typeof taskFields>;
type Status = TaskUpdate['status'];

// The four vocabularies (shared/duomi-api.md, and Kling's of shared/duomi-providers.md), onto the
// gateway's states. Every provider's payload is read against all four: an answer in an unexpected
// vocabulary still says what it says.
const byState: Record<string, Status> = {
  pending: 'SUBMITTED',
  running: 'PROCESSING',
  succeeded: 'SUCCEEDED',
  success: 'SUCCEEDED',
  error: 'FAILED',
};
const byLegacyStatus: Record<string, Status> = { '0': 'SUBMITTED', '1': 'PROCESSING', '2': 'FAILED', '3': 'SUCCEEDED' };
const byPikaStatus: Record<string, Status> = { queued: 'SUBMITTED', pending: 'PROCESSING', finished: 'SUCCEEDED', error: 'FAILED' };
const byKlingStatus: Record<string, Status> = { submitted: 'SUBMITTED', processing: 'PROCESSING', succeed: 'SUCCEEDED', failed: 'FAILED' };

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
    t.task_status !== undefined ? byKlingStatus[t.task_status.toLowerCase()] : undefined,
    t.status !== undefined
      ? (byLegacyStatus[t.status] ?? byState[t.status.toLowerCase()] ?? byPikaStatus[t.status.toLowerCase()])
      : undefined,
    video?.status !== undefined ? byPikaStatus[video.status.toLowerCase()] : undefined,
  ];
  const found = candidates.find((s) => s !== undefined);
  if (!found) {
    const named = [
      t.state && `state "${t.state}"`,
      t.task_status && `task_status "${t.task_status}"`,
      t.status && `status "${t.status}"`,
      video?.status && `videos[0].status "${video.status}"`,
    ].filter(Boolean);
    throw new UnknownTaskStateError(named.length ? `unknown task ${named.join(', ')}` : 'the payload names no task state');
  }
  return found;
}

/** An envelope's "success" (`成功`, `SUCCEED`) left in a flat payload is no reason for a failure. */
function failureText(value: string | undefined): string | undefined {
  return value && !/^(成功|success|succeed|ok)$/i.test(value.trim()) ? value : undefined;
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
  const klingVideo = t.task_result?.videos?.[0];
  const status = statusOf(t);
  const progress = t.progress ?? video?.progress;
  const update: TaskUpdate = {
    taskId: t.task_id ?? t.id,
    status,
    progress: progress === undefined ? undefined : Math.max(0, Math.min(100, Math.round(progress))),
    videoUrl: t.video_url || video?.resultUrl || klingVideo?.url || undefined,
    posterUrl: t.poster || video?.videoPoster || video?.imageThumb || undefined,
    lastFrameUrl: t.last_frame || undefined,
    previewUrl: t.image_url || undefined,
    videoId: klingVideo?.id || undefined,
    points: t.point,
    refunded: t.refund === undefined ? undefined : ['1', 'true'].includes(t.refund.toLowerCase()),
  };
  if (status === 'FAILED') {
    update.errorCode = 'UPSTREAM_FAILED';
    // Each dialect's own field first: DuomiAPI's `data.msg` (feed and callbacks; the envelope is
    // already stripped), Kling's `task_status_msg`, the unified API's `message`; then the older
    // `fail_reason` and error objects.
    update.errorMessage =
      failureText(t.msg) ||
      t.task_status_msg ||
      failureText(t.message) ||
      t.fail_reason ||
      errorText(t.error) ||
      errorText(video?.error) ||
      'the provider reported an error';
  }
  return update;
}

const createAnswer = z.looseObject({
  code: text,
  msg: optional(z.string()),
  message: optional(z.string()),
  data: optional(z.looseObject({ task_id: optional(text) })),
});

/**
 * Reads a create answer: one of `successCodes` with `data.task_id` accepts, any other code
 * refuses. DuomiAPI's own answers say 200 and `msg`; Kling's official format says 0 and `message`.
 */
export function parseSubmitAnswer(answer: unknown, successCodes: readonly string[]): SubmitOutcome {
  const parsed = createAnswer.safeParse(answer);
  if (!parsed.success) return { kind: 'refused', code: 'MALFORMED_ANSWER', message: 'DuomiAPI answered without a code' };
  const { code, msg, message, data } = parsed.data;
  const accepted = successCodes.includes(code);
  if (accepted && data?.task_id) return { kind: 'accepted', taskId: data.task_id };
  if (accepted) return { kind: 'refused', code: 'MALFORMED_ANSWER', message: 'DuomiAPI accepted the task but sent no task_id' };
  return { kind: 'refused', code, message: msg || message || `DuomiAPI refused the task (code ${code})` };
}

/** DuomiAPI's own create answer: `code` 200 with `data.task_id`. */
export const parseDuomiSubmitAnswer = (answer: unknown) => parseSubmitAnswer(answer, ['200']);
