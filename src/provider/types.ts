import type { JobStatus, VideoProvider } from '../db/generated/enums.js';
import type { ProviderCatalog, VideoMode } from './catalog.js';

/** A request to DuomiAPI, built by a provider module; the client adds the key. */
export type UpstreamRequest = {
  method: 'GET' | 'POST';
  path: string;
  /** JSON body for POST (without `key`: the client adds it). */
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  /**
   * Where the account key goes: `body` (DuomiAPI's own endpoints: in a POST's JSON body, in
   * `Authorization` for a GET) or `header` (the raw key in `Authorization`, whatever the method,
   * with no key in the body: the unified video API, and Kling's official format for create and query alike).
   */
  keyIn?: 'body' | 'header';
};

/** Upstream choices the configuration makes (see src/config/env.ts), handed to the modules that build requests. */
export type UpstreamSettings = {
  /** Runway video-to-video's endpoint: DuomiAPI's pages disagree (`/pro/video2video` or `/pro/generate` with `video`). */
  runwayVideoToVideo: 'video2video' | 'generate';
};

export const defaultUpstreamSettings: UpstreamSettings = { runwayVideoToVideo: 'video2video' };

/** What an upstream status change (callback or feed answer) says, in the gateway's own terms. */
export type TaskUpdate = {
  taskId?: string;
  status: Extract<JobStatus, 'SUBMITTED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED'>;
  progress?: number;
  videoUrl?: string;
  posterUrl?: string;
  /** The video's last frame, an image (Runway's `last_frame`). */
  lastFrameUrl?: string;
  /** An animated preview (PIX's `image_url`, a webp). */
  previewUrl?: string;
  /** The provider's id of the video made (Kling's `task_result.videos[0].id`), which Kling's extend takes. */
  videoId?: string;
  errorCode?: string;
  errorMessage?: string;
  /** Points charged (`point`), as finished tasks report them. */
  points?: number;
  /** Whether the points were refunded (`refund` = "1"). */
  refunded?: boolean;
};

/** The outcome of a submission that reached DuomiAPI and got an answer. */
export type SubmitOutcome = { kind: 'accepted'; taskId: string } | { kind: 'refused'; code: string; message: string };

/** An earlier job that an input refers to (the video Luma extends), as much as a module needs of it. */
export type ReferencedJob = { provider: VideoProvider; status: JobStatus; upstreamTaskId: string | null; upstreamVideoId?: string | null };

/** Finds the earlier job an input names by its stored id; null when there is none the caller may use. */
export type FindJob = (jobId: string) => Promise<ReferencedJob | null>;

/**
 * Everything the gateway knows of one video provider. Adding a provider is a new module
 * implementing this and one line in registry.ts; the job machinery never changes.
 */
export type ProviderModule<Input = unknown> = {
  id: VideoProvider;
  /** What it offers; its input rules and GraphQL enums are built from the same definitions. */
  catalog: ProviderCatalog;
  /** The stored form of a schema-validated input: trimmed, defaults filled, nulls dropped. */
  normalize(input: Input): Input;
  /**
   * Resolves what a normalised input says of earlier jobs into what the upstream needs (Luma's
   * `extend` into the task id), before the job is stored. Throws InvalidJobInputError.
   */
  resolveReferences?(input: Input, findJob: FindJob): Promise<Input>;
  /** The prompt, for listings (some providers call it otherwise upstream). */
  promptOf(input: Input): string | undefined;
  modeOf(input: Input): VideoMode;
  /** The upstream request that creates a task for `input`, calling back to `callbackUrl`. */
  buildSubmit(input: Input, callbackUrl: string, jobId?: string, settings?: UpstreamSettings): UpstreamRequest;
  /** The upstream request that reads a task's current state (its path may depend on the job's input). */
  buildFeed(taskId: string, input: Input): UpstreamRequest;
  /**
   * The `code`s that mean success in its answers (submissions and feed queries), when not
   * DuomiAPI's own 200 alone; any other code is counted as a refusal in the metrics.
   */
  successCodes?: readonly string[];
  /** Reads a create answer (`code` 200 + `data.task_id` for most providers). */
  parseSubmitAnswer(answer: unknown): SubmitOutcome;
  /** Reads a callback body or a feed answer; throws UnknownTaskStateError when it cannot tell. */
  parseUpdate(payload: unknown): TaskUpdate;
  /**
   * For a provider that takes the job's own id with a submission (Kling's `external_task_id`):
   * how to find the task it made from that id, so a submission whose answer was lost is adopted
   * rather than sent again. `parse` answers null when the provider holds no such task.
   */
  lookup?: {
    build(jobId: string, input: Input): UpstreamRequest;
    parse(answer: unknown, jobId: string): (TaskUpdate & { taskId: string }) | null;
  };
};
