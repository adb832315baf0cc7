import { z } from 'zod';
import { UnknownTaskStateError } from './task-update.js';
import type { ProviderModule, SubmitOutcome, TaskUpdate, UpstreamRequest } from './types.js';

// DuomiAPI's unified video API (shared/duomi-current-models.md), one endpoint for several vendors
// (Sora 2, Veo 3.1, Grok video). Its wire format comes from working third-party clients, not
// DuomiAPI's own pages (which could not be read), so what it reads is lenient: the create answer's
// task id at the top (`id`) or in `data.task_id`; a task as `{id, state, progress, message,
// data.videos[].url}`, with `id` or `task_id`, bare or in a `{code, data}` envelope.

export const unifiedPaths = {
  create: '/v1/videos/generations',
  task: (taskId: string) => `/v1/videos/tasks/${encodeURIComponent(taskId)}`,
} as const;

/** The create request: the vendor's body as it is, the raw key in `Authorization`. */
export function unifiedSubmit(body: Record<string, unknown>): UpstreamRequest {
  return { method: 'POST', path: unifiedPaths.create, body, keyIn: 'header' };
}

export function unifiedFeed(taskId: string): UpstreamRequest {
  return { method: 'GET', path: unifiedPaths.task(taskId), keyIn: 'header' };
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
const object = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message from whichever field the answer put it in (`message`, `msg`, or OpenAI-style `error.message`). */
function messageOf(answer: Record<string, unknown>): string | undefined {
  for (const value of [answer.message, answer.msg, answer.error, object(answer.error) ? answer.error.message : undefined]) {
    if (typeof value === 'string' && value.trim()) return value;
  }
  return undefined;
}

/** Codes that say "accepted" when an answer carries one (most answers carry none). */
const successCodes = new Set(['0', '200']);

/**
 * Reads a create answer: a task id at the top (`id`) or in `data` (`task_id` or `id`) accepts,
 * unless a `code` says otherwise; `code: 403` (no balance or no permission) or any other code,
 * or an OpenAI-style `error`, refuses with its message.
 */
export function parseUnifiedSubmitAnswer(answer: unknown): SubmitOutcome {
  if (!object(answer))
    return { kind: 'refused', code: 'MALFORMED_ANSWER', message: 'DuomiAPI answered with something that is not a JSON object' };
  const code = answer.code === undefined || answer.code === null ? undefined : String(answer.code);
  const data = object(answer.data) ? answer.data : {};
  const taskId = [answer.id, data.task_id, data.id, answer.task_id].find(
    (v) => (typeof v === 'string' && v !== '') || typeof v === 'number',
  );
  const refusedByCode = code !== undefined && !successCodes.has(code);
  if (taskId !== undefined && !refusedByCode && !object(answer.error)) return { kind: 'accepted', taskId: String(taskId) };
  const errorCode = object(answer.error) && answer.error.code != null ? String(answer.error.code) : undefined;
  if (refusedByCode || answer.error) {
    const refusal = code ?? errorCode ?? 'REFUSED';
    return { kind: 'refused', code: refusal, message: messageOf(answer) ?? `DuomiAPI refused the task (code ${refusal})` };
  }
  return { kind: 'refused', code: 'MALFORMED_ANSWER', message: 'DuomiAPI accepted the task but sent no task id' };
}

const taskFields = z.looseObject({
  id: optional(text),
  task_id: optional(text),
  state: optional(z.string()),
  status: optional(z.string()),
  progress: optional(num),
  message: optional(z.string()),
  error: optional(z.unknown()),
  video_url: optional(z.string()),
  data: optional(
    z.looseObject({
      videos: optional(z.array(z.looseObject({ url: optional(z.string()) }).catch({}))),
    }),
  ),
});

type Status = TaskUpdate['status'];
// `pending|running|succeeded|error` as clients read them, and the spellings seen in similar APIs.
const byState: Record<string, Status> = {
  pending: 'SUBMITTED',
  queued: 'SUBMITTED',
  submitted: 'SUBMITTED',
  running: 'PROCESSING',
  processing: 'PROCESSING',
  in_progress: 'PROCESSING',
  succeeded: 'SUCCEEDED',
  success: 'SUCCEEDED',
  completed: 'SUCCEEDED',
  error: 'FAILED',
  failed: 'FAILED',
  failure: 'FAILED',
};

/** The task inside a `{code, data: {task_id, state, …}}` envelope, or the payload itself. */
function unwrap(payload: unknown): unknown {
  if (!object(payload) || 'state' in payload || 'status' in payload) return payload;
  return object(payload.data) && ('state' in payload.data || 'status' in payload.data) ? payload.data : payload;
}

/** Reads a task answer or a callback (whose shape is undocumented: taken to be the task answer's). */
export function parseUnifiedTask(payload: unknown): TaskUpdate {
  const parsed = taskFields.safeParse(unwrap(payload));
  if (!parsed.success) throw new UnknownTaskStateError('the payload is not a JSON object');
  const t = parsed.data;
  const named = t.state ?? t.status;
  if (named === undefined) throw new UnknownTaskStateError('the payload names no task state');
  const status = byState[named.toLowerCase()];
  if (!status) throw new UnknownTaskStateError(`unknown task state "${named}"`);
  const update: TaskUpdate = {
    taskId: t.id ?? t.task_id,
    status,
    progress: t.progress === undefined ? undefined : Math.max(0, Math.min(100, Math.round(t.progress))),
    videoUrl: t.data?.videos?.find((v) => v.url)?.url || t.video_url || undefined,
  };
  if (status === 'FAILED') {
    update.errorCode = 'UPSTREAM_FAILED';
    update.errorMessage = t.message || messageOf(t) || 'the provider reported an error';
  }
  return update;
}

/** What every provider module on the unified API shares: its feed, its success codes and its parsing. */
export const unifiedWire = {
  buildFeed: (taskId: string) => unifiedFeed(taskId),
  successCodes: [...successCodes],
  parseSubmitAnswer: parseUnifiedSubmitAnswer,
  parseUpdate: parseUnifiedTask,
} as const satisfies Partial<ProviderModule>;

/** Undocumented for all three vendors: the gateway caps the prompt as it does Pika's. */
export const unifiedLimits = { promptLength: 2000 } as const;
