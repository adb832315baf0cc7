/// <reference lib="dom" />
// The dashboard page: recent jobs, live through videoJobsUpdated, and a form for new ones.
import { h, humanize } from './dom.js';
import { InputTypes } from './input-types.js';
import { jobForm } from './job-form.js';
import { JobList, type Job } from './job-list.js';
import type { GenerateVideoInput } from './generated/graphql.js';
import { JobsUpdated, RecentJobs, SchemaInputTypes, SubmitJob } from './operations.js';
import { connectLive, request } from './transport.js';

const connection = document.querySelector<HTMLElement>('#connection')!;
const summary = document.querySelector<HTMLElement>('#summary')!;

function setConnection(state: 'live' | 'offline') {
  connection.dataset.state = state;
  connection.textContent = state === 'live' ? 'Live' : 'Reconnecting…';
}

function summarize(jobs: Job[]) {
  const counts = new Map<string, number>();
  for (const job of jobs) counts.set(job.status, (counts.get(job.status) ?? 0) + 1);
  summary.replaceChildren(
    ...[...counts].map(([status, n]) => h('span', { class: 'count', 'data-status': status }, h('b', {}, String(n)), ` ${humanize(status)}`)),
  );
}

const introspection = await request(SchemaInputTypes, {});
const types = new InputTypes(introspection.data?.__schema.types ?? []);
const list = new JobList(types, summarize);

/** Reads the newest jobs again: at start and after every reconnection, for what the page missed. */
async function catchUp() {
  const { data } = await request(RecentJobs, { first: 50 });
  if (data) list.upsert(data.videoJobs.edges.map((e) => e.node));
}

const form = jobForm(types, async (input) => {
  // The form is built from GenerateVideoInput's own introspection, so its value has that shape.
  const { data, errors } = await request(SubmitJob, { input: input as GenerateVideoInput });
  if (data?.generateVideo) list.upsert([data.generateVideo]);
  return errors?.length ? errors : undefined;
});

document.querySelector('#new-job')!.append(form);
document.querySelector('#job-list')!.append(list.element);

setConnection('offline');
const live = connectLive({
  connected: () => {
    setConnection('live');
    void catchUp();
  },
  disconnected: () => setConnection('offline'),
});
live.follow(JobsUpdated, (data) => list.upsert([data.videoJobsUpdated]));
