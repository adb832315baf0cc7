/// <reference lib="dom" />
// The dashboard page: jobs, live through videoJobsUpdated, a form for new ones, and an API key
// when the gateway needs one. Works with introspection off: the form comes from `videoProviders`
// and the input types codegen wrote at build time.
import { apiKey, askForKey, maskedKey } from './api-key.js';
import { h, humanize } from './dom.js';
import { inputTypes } from './generated/input-types.js';
import type { GenerateVideoInput, JobStatus, VideoJobFilter, VideoProvider } from './generated/graphql.js';
import { InputTypes } from './input-types.js';
import { jobForm, type ProviderInfo } from './job-form.js';
import { JobList, type Job } from './job-list.js';
import { CancelJob, JobHistory, JobsUpdated, Providers, RecentJobs, SubmitJob } from './operations.js';
import { connectLive, request, type Live } from './transport.js';

const PAGE = 20;
const STATUSES: JobStatus[] = ['QUEUED', 'SUBMITTED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED'];

const connection = document.querySelector<HTMLElement>('#connection')!;
const summary = document.querySelector<HTMLElement>('#summary')!;
const keyBox = document.querySelector<HTMLElement>('#key')!;

function setConnection(state: 'live' | 'offline' | 'refused') {
  connection.dataset.state = state;
  connection.textContent = state === 'live' ? 'Live' : state === 'refused' ? 'Key refused' : 'Reconnecting…';
}

function summarize(jobs: Job[]) {
  const counts = new Map<string, number>();
  for (const job of jobs) counts.set(job.status, (counts.get(job.status) ?? 0) + 1);
  summary.replaceChildren(
    ...[...counts].map(([status, n]) =>
      h('span', { class: 'count', 'data-status': status }, h('b', {}, String(n)), ` ${humanize(status)}`),
    ),
  );
}

function showKey() {
  const key = apiKey.get();
  if (!key) return keyBox.replaceChildren();
  const forget = h('button', { type: 'button', class: 'small forget-key' }, 'Forget key');
  forget.addEventListener('click', () => {
    apiKey.clear();
    location.reload();
  });
  keyBox.replaceChildren(h('span', { class: 'muted' }, `Key ${maskedKey(key)}`), forget);
}

/** Whether the key this tab holds (or none) gives access; asked of a route that answers 200 either way. */
async function access(): Promise<{ access: 'granted' } | { access: 'denied'; reason: 'missing' | 'invalid'; message: string }> {
  const key = apiKey.get();
  const res = await fetch('/dashboard/access', { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return (await res.json()) as Awaited<ReturnType<typeof access>>;
}

/** Asks for a key until the gateway takes it (at once, when the gateway is open or the tab's key still works). */
async function ensureAccess() {
  for (let answer = await access(); answer.access === 'denied'; answer = await access()) {
    apiKey.clear();
    await askForKey(answer.reason === 'invalid' ? `The gateway refused that key: ${answer.message}.` : undefined);
    showKey();
  }
}

/** The provider catalogue: the form's tabs and choices. */
async function loadProviders(): Promise<ProviderInfo[]> {
  const result = await request(Providers, {});
  if (result.data) return result.data.videoProviders;
  throw new Error(result.errors?.map((e) => e.message).join('; ') ?? 'no answer');
}

showKey();
await ensureAccess();
const providers = await loadProviders();
const types = new InputTypes(inputTypes);
// Models by their own names (kling-v1, gen3), lengths in seconds.
types.addLabels(
  providers.flatMap((p) => [
    ...p.models.map((m) => [m.value, m.upstream] as const),
    ...p.durations.map((d) => [d.value, `${d.seconds} s`] as const),
  ]),
);
const list = new JobList(
  {
    valueLabel: (value) => types.valueLabel(value),
    cancel: async (id) => {
      const { data, errors } = await request(CancelJob, { id });
      if (data?.cancelVideoJob) list.upsert([data.cancelVideoJob]);
      return errors?.map((e) => e.message).join('; ');
    },
    history: async (id) => {
      const { data, errors } = await request(JobHistory, { id });
      if (!data?.videoJob) throw new Error(errors?.map((e) => e.message).join('; ') ?? 'not found');
      return data.videoJob.events;
    },
  },
  summarize,
);

// Filters and paging: the list is read page by page, newest first, through the filter.
let filter: VideoJobFilter = {};
let cursor: string | null | undefined;
const older = h('button', { type: 'button', class: 'load-older', hidden: true }, 'Load older jobs');

/** Reads one page after `after` (null: the newest); `paging` moves "Load older" on past it (a catch-up read does not). */
async function readPage(after: string | null, paging: boolean) {
  const asked = filter;
  const { data, errors } = await request(RecentJobs, { first: PAGE, after, filter });
  if (!data) throw new Error(errors?.map((e) => e.message).join('; ') ?? 'no answer');
  if (asked !== filter) return; // the filter changed meanwhile
  list.upsert(data.videoJobs.edges.map((e) => e.node));
  if (paging) {
    cursor = data.videoJobs.pageInfo.endCursor;
    older.hidden = !data.videoJobs.pageInfo.hasNextPage;
  }
}
older.addEventListener('click', () => {
  older.disabled = true;
  void readPage(cursor ?? null, true).finally(() => (older.disabled = false));
});

const statusFilter = h(
  'select',
  { name: 'filter-status', 'aria-label': 'Status' },
  h('option', { value: '' }, 'Every status'),
  ...STATUSES.map((s) => h('option', { value: s }, humanize(s))),
);
const providerFilter = h(
  'select',
  { name: 'filter-provider', 'aria-label': 'Provider' },
  h('option', { value: '' }, 'Every provider'),
  ...providers.map((p) => h('option', { value: p.provider }, humanize(p.provider))),
);
const applyFilter = () => {
  filter = {
    ...(statusFilter.value ? { status: [statusFilter.value as JobStatus] } : {}),
    ...(providerFilter.value ? { provider: providerFilter.value as VideoProvider } : {}),
  };
  cursor = undefined;
  list.setFilter(filter);
  void readPage(null, true);
};
statusFilter.addEventListener('change', applyFilter);
providerFilter.addEventListener('change', applyFilter);

const form = jobForm(types, providers, async (input) => {
  const { data, errors } = await request(SubmitJob, { input: input as GenerateVideoInput });
  if (data?.generateVideo) list.upsert([data.generateVideo]);
  return errors?.length ? errors : undefined;
});

document.querySelector('#new-job')!.append(form);
document.querySelector('#job-list')!.append(h('div', { class: 'filters' }, statusFilter, providerFilter), list.element, older);

setConnection('offline');
void readPage(null, true);
const live: Live = connectLive({
  connected: () => {
    setConnection('live');
    // Catch up on what changed while the page was away: the newest page again.
    void readPage(null, false).catch(() => {});
  },
  disconnected: () => setConnection('offline'),
  refused: () => {
    setConnection('refused');
    apiKey.clear();
    void askForKey('The gateway refused the key for live updates.').then(() => location.reload());
  },
});
live.follow(JobsUpdated, (data) => list.upsert([data.videoJobsUpdated]));
