import type { Estimate } from '../jobs/estimates.js';
import { builder } from './builder.js';
import { VideoJob } from './video-job.js';

// How long a job has left, beside what the provider says: most providers report no progress
// between start and end, so the gateway estimates it from the jobs like it that finished.

const VideoJobEstimate = builder.objectRef<Estimate>('VideoJobEstimate').implement({
  description:
    'When an unfinished job should finish: the median time from submission to success of the recent successful jobs ' +
    'of the same provider, model and mode.',
  fields: (t) => ({
    finishesAt: t.field({
      type: 'DateTime',
      description: 'Its submission to the provider plus `seconds`; for a job still QUEUED, from now (it has not started).',
      resolve: (e) => e.finishesAt,
    }),
    seconds: t.exposeFloat('seconds', { description: 'The expected total, from submission to success, in seconds.' }),
    basedOn: t.exposeInt('basedOn', { description: 'How many finished jobs the estimate comes from (the most recent, up to 50).' }),
  }),
});

builder.objectFields(VideoJob, (t) => ({
  estimate: t.field({
    type: VideoJobEstimate,
    nullable: true,
    description: 'Null for a finished job, and until a job like it (same provider, model and mode) has succeeded.',
    resolve: (job, _args, ctx) => ctx.estimates.estimate(job),
  }),
  queuePosition: t.int({
    nullable: true,
    description:
      'For a QUEUED job: its place in line, 1 = next. A provider with its own upstream pace (UPSTREAM_RATE_PER_SECOND) has its own line; ' +
      'the others share one, behind the concurrency cap (UPSTREAM_CONCURRENCY); each in the order the jobs were made. ' +
      '`videoJobUpdated` sends it again when it changes. Null once the job has left the queue.',
    resolve: (job, _args, ctx) => ctx.queue.positionOf(job),
  }),
  estimatedProgress: t.int({
    nullable: true,
    description:
      "0–99: time elapsed since submission against the estimate's `seconds` (0 while QUEUED). Null without an estimate. " +
      'It stands beside `progress`, which is only what the provider reported (most report none until the end).',
    resolve: (job, _args, ctx) => ctx.estimates.estimatedProgress(job),
  }),
}));
