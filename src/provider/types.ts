import type { JobStatus, VideoProvider } from '../db/generated/enums.js';

/** A request to DuomiAPI, built by a provider module; the client adds the key. */
export type UpstreamRequest = {
  method: 'GET' | 'POST';
  path: string;
  /** JSON body for POST (without `key`: the client adds it). */
  body?: Record<string, unknown>;
  query?: Record<string, string>;
};

/** What an upstream status change (callback or feed answer) says, in the gateway's own terms. */
export type TaskUpdate = {
  taskId?: string;
  status: Extract<JobStatus, 'SUBMITTED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED'>;
  progress?: number;
  videoUrl?: string;
  posterUrl?: string;
  errorCode?: string;
  errorMessage?: string;
};

/** The outcome of a submission that reached DuomiAPI and got an answer. */
export type SubmitOutcome =
  | { kind: 'accepted'; taskId: string }
  | { kind: 'refused'; code: string; message: string };

/**
 * Everything the gateway knows of one video provider. Adding a provider is a new module
 * implementing this and one line in registry.ts; the job machinery never changes.
 */
export type ProviderModule<Input = unknown> = {
  id: VideoProvider;
  /** The stored form of a schema-validated input: trimmed, defaults filled, nulls dropped. */
  normalize(input: Input): Input;
  /** The prompt, for listings (some providers call it otherwise upstream). */
  promptOf(input: Input): string | undefined;
  /** The upstream request that creates a task for `input`, calling back to `callbackUrl`. */
  buildSubmit(input: Input, callbackUrl: string): UpstreamRequest;
  /** The upstream request that reads a task's current state. */
  buildFeed(taskId: string): UpstreamRequest;
  /** Reads a create answer (`code` 200 + `data.task_id` for most providers). */
  parseSubmitAnswer(answer: unknown): SubmitOutcome;
  /** Reads a callback body or a feed answer; throws UnknownTaskStateError when it cannot tell. */
  parseUpdate(payload: unknown): TaskUpdate;
};
