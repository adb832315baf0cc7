import { builder } from './builder.js';
import { requireJobId } from './job-ids.js';
import { VideoJob, VideoJobFilter } from './video-job.js';

builder.subscriptionFields((t) => ({
  videoJobUpdated: t.field({
    type: VideoJob,
    description:
      "Sends the job's current state at once, then every change, and completes after a final state. " +
      'While the job is QUEUED, a change of its `queuePosition` is sent too (the job as it was, placed anew).',
    args: { id: t.arg.globalID({ required: true }) },
    subscribe: (_root, { id }, ctx) => {
      const jobId = requireJobId(id);
      return ctx.queue.follow(jobId, ctx.jobs.watch(jobId, ctx.viewer, { signal: ctx.ended }));
    },
    resolve: (job) => job,
  }),
  videoJobsUpdated: t.field({
    type: VideoJob,
    description: 'Every change to any job that matches the filter, as it is stored; for dashboards.',
    args: { filter: t.arg({ type: VideoJobFilter }) },
    subscribe: (_root, { filter }, ctx) =>
      ctx.jobs.watchAll({ status: filter?.status, provider: filter?.provider }, ctx.viewer, { signal: ctx.ended }),
    resolve: (job) => job,
  }),
}));
