import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { EventSource, JobStatus, VideoProvider, type Job, type JobEvent } from '../db/generated/client.js';
import { isJobId } from '../jobs/job-id.js';
import { providerFor } from '../provider/registry.js';
import { builder } from './builder.js';
import { VideoMode } from './enums.js';
import { invalidFields } from './errors.js';
import { jobIdOf, VIDEO_JOB } from './job-ids.js';
import { providerSchemaList, providerSchemas, type ProviderSettings } from './provider-schemas.js';

export const JobStatusEnum = builder.enumType(JobStatus, {
  name: 'JobStatus',
  description:
    'QUEUED (stored, not yet with the provider) → SUBMITTED → PROCESSING → SUCCEEDED, FAILED or CANCELED. The last three are final.',
});
export const VideoProviderEnum = builder.enumType(VideoProvider, { name: 'VideoProvider' });
const EventSourceEnum = builder.enumType(EventSource, {
  name: 'EventSource',
  description: "What caused a change: API (this gateway's calls), CALLBACK (the provider's), POLL (a feed query), SYSTEM (time-outs).",
});

const JobError = builder.objectRef<{ code: string; message: string }>('JobError').implement({
  description: "Why a job failed: the provider's code and message for its refusals and errors, or the gateway's own code.",
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});

const VideoJobEvent = builder.objectRef<JobEvent>('VideoJobEvent').implement({
  description: 'One change of a job, as stored in its history.',
  fields: (t) => ({
    from: t.field({ type: JobStatusEnum, nullable: true, resolve: (e) => e.fromStatus }),
    to: t.field({ type: JobStatusEnum, resolve: (e) => e.toStatus }),
    progress: t.exposeInt('progress', { nullable: true }),
    source: t.expose('source', { type: EventSourceEnum }),
    applied: t.exposeBoolean('applied', { description: 'False for a report kept but ignored (a callback after the job was canceled).' }),
    note: t.string({
      nullable: true,
      description: "The gateway's own account of a SYSTEM event (a submission sent again, or given up, after its answer was lost).",
      resolve: (e) =>
        e.source === 'SYSTEM' && typeof (e.payload as { note?: unknown } | null)?.note === 'string'
          ? (e.payload as { note: string }).note
          : null,
    }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.createdAt }),
  }),
});

const JobCost = builder.objectRef<{ points: number | null; refunded: boolean }>('JobCost').implement({
  description: 'What the provider charged for the job, as it reported with the final state.',
  fields: (t) => ({
    points: t.exposeFloat('points', { nullable: true, description: "Points charged (the provider's `point`); null when it did not say." }),
    refunded: t.exposeBoolean('refunded', { description: 'Whether the points were given back (every failed task is refunded).' }),
  }),
});

const VideoSettings = builder.unionType('VideoSettings', {
  description: 'The typed settings a job was made with; one member per provider.',
  types: providerSchemaList.map((p) => p.settings),
  resolveType: (settings: ProviderSettings<object>) => providerSchemas[settings.provider].settings,
});

export const VideoJob = builder.objectRef<Job>(VIDEO_JOB);

builder.node(VideoJob, {
  description: 'One video generation job: its input, where it stands, and its result.',
  id: {
    resolve: (job) => job.id,
    parse: (id) => jobIdOf({ typename: VideoJob.name, id })!,
  },
  loadOne: (id, ctx) => ctx.jobs.find(id, ctx.viewer),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'upstreamTaskId' in value && 'provider' in value,
  fields: (t) => ({
    provider: t.expose('provider', { type: VideoProviderEnum }),
    status: t.expose('status', { type: JobStatusEnum }),
    progress: t.exposeInt('progress', {
      description:
        "0–100 as the provider reports it; never goes back. Pika, Kling, Luma, Runway and PIX report none (DuomiAPI's feeds for them " +
        'have no progress field): their jobs stay at 0 until they succeed (100).',
    }),
    mode: t.field({
      type: VideoMode,
      description: 'How the job started, as its input decided.',
      resolve: (job) => providerFor(job.provider).modeOf(job.input),
    }),
    prompt: t.string({ nullable: true, resolve: (job) => providerFor(job.provider).promptOf(job.input) ?? null }),
    settings: t.field({
      type: VideoSettings,
      description: 'What the job was made with, in the shape of its input, defaults filled in.',
      resolve: (job) => ({ ...(job.input as object), provider: job.provider }) as never,
    }),
    cost: t.field({
      type: JobCost,
      nullable: true,
      description: 'Null until a final state reports it; some providers (Kling) never do.',
      resolve: (job) =>
        job.costPoints == null && job.costRefunded == null ? null : { points: job.costPoints, refunded: job.costRefunded ?? false },
    }),
    upstreamTaskId: t.exposeString('upstreamTaskId', { nullable: true, description: "DuomiAPI's task id, once it has accepted the job." }),
    videoUrl: t.exposeString('videoUrl', { nullable: true }),
    posterUrl: t.exposeString('posterUrl', { nullable: true }),
    lastFrameUrl: t.exposeString('lastFrameUrl', {
      nullable: true,
      description: "The video's last frame, an image (Runway's `last_frame`); null when the provider sends none.",
    }),
    previewUrl: t.exposeString('previewUrl', {
      nullable: true,
      description: "An animated preview, a webp (PIX's `image_url`); null when the provider sends none.",
    }),
    error: t.field({
      type: JobError,
      nullable: true,
      resolve: (job) => (job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? '' } : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    events: t.field({
      type: [VideoJobEvent],
      description: 'Its history, oldest first.',
      resolve: (job, _args, ctx) => ctx.jobs.events(job.id),
    }),
  }),
});

export const VideoJobFilter = builder.inputType('VideoJobFilter', {
  fields: (t) => ({
    status: t.field({ type: [JobStatusEnum], description: 'Any of these statuses.' }),
    provider: t.field({ type: VideoProviderEnum }),
  }),
});

builder.queryFields((t) => ({
  videoJob: t.field({
    type: VideoJob,
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (_root, { id }, ctx) => {
      const jobId = jobIdOf(id);
      return jobId ? ctx.jobs.find(jobId, ctx.viewer) : null;
    },
  }),
  videoJobs: t.connection(
    {
      type: VideoJob,
      description: 'Jobs, newest first.',
      args: { filter: t.arg({ type: VideoJobFilter }) },
      resolve: (_root, args, ctx) => {
        for (const cursor of ['after', 'before'] as const) {
          const value = args[cursor];
          if (value != null && !isJobId(value)) throw invalidFields([{ path: [cursor], message: 'is not a cursor this API gave out' }]);
        }
        return resolveCursorConnection(
          { args, toCursor: (job: Job) => job.id },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            ctx.jobs.list({ status: args.filter?.status, provider: args.filter?.provider }, { before, after, limit, inverted }, ctx.viewer),
        );
      },
    },
    // The names clients expect (Relay's own convention), not Pothos's QueryVideoJobsConnection.
    { name: 'VideoJobConnection' },
    { name: 'VideoJobEdge' },
  ),
}));
