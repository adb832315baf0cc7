/// <reference lib="dom" />
import { h, humanize } from './dom.js';
import { shownProgress } from './estimate.js';
import type { DashboardJobHistoryQuery, JobCardFragment, VideoJobFilter } from './generated/graphql.js';

export type Job = JobCardFragment;
export type JobEvent = NonNullable<DashboardJobHistoryQuery['videoJob']>['events'][number];

/** What a card can ask of the page. */
export type JobActions = {
  cancel: (id: string) => Promise<string | undefined>;
  history: (id: string) => Promise<JobEvent[]>;
  /** A setting's value as people read it: "16:9", "5 s", "Eye pop". */
  valueLabel: (value: string) => string;
};

const FINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELED']);
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The query aliases a provider's fields (`klingModel`) only to tell them apart; people read "Model". */
const PROVIDER_ALIAS = /^(kling|runway|pix|sora|veo|grok|luma|pika)(?=[A-Z])/;
const settingName = (key: string) => humanize(key.replace(PROVIDER_ALIAS, ''));

/** The settings a job was made with, flattened to chips: "Ratio 16:9", "Model Kling v1", "Pan right". */
function settingChips(actions: JobActions, value: unknown, name = ''): HTMLElement[] {
  if (value === null || value === undefined || value === false) return [];
  // A list: one chip for scalars ("Reference images a.png, b.png"), each item's own for objects (shots).
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object'))
      return value.length ? [h('li', {}, h('span', {}, settingName(name)), ` ${value.map(String).join(', ')}`)] : [];
    return value.flatMap((v) => settingChips(actions, v, name));
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === '__typename' || key === 'prompt' ? [] : settingChips(actions, v, key)));
  }
  const shown = value === true ? 'on' : typeof value === 'string' ? actions.valueLabel(value) : String(value);
  return [h('li', {}, h('span', {}, settingName(name)), ` ${shown}`)];
}

/** Copies text to the clipboard (or, where the page may not, through a hidden selection). */
async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { class: 'offscreen', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

function historyList(events: JobEvent[]): HTMLElement {
  return h(
    'ol',
    { class: 'history' },
    ...events.map((e) =>
      h(
        'li',
        { class: e.applied ? '' : 'ignored' },
        h('time', { datetime: e.at }, timeFormat.format(new Date(e.at))),
        ` ${e.from ? `${humanize(e.from)} → ` : ''}${humanize(e.to)}`,
        e.progress !== null && e.progress !== undefined ? ` · ${e.progress}%` : '',
        ` · ${humanize(e.source)}`,
        !e.applied && ' · ignored',
      ),
    ),
  );
}

function media(job: Job): HTMLElement {
  if (job.status === 'SUCCEEDED' && job.videoUrl) {
    return h('video', { src: job.videoUrl, poster: job.posterUrl ?? undefined, controls: true, preload: 'none', playsinline: true });
  }
  if (job.status === 'FAILED' || job.status === 'CANCELED') return h('div', { class: 'placeholder' }, job.status === 'FAILED' ? '✕' : '–');
  return h('div', { class: 'placeholder working' }, h('span', { class: 'spinner' }));
}

function seconds(from: string, to: string) {
  return `${((Date.parse(to) - Date.parse(from)) / 1000).toFixed(1)} s`;
}

/** One job's card; its parts are rebuilt as the job changes, the settings never change. */
class JobCardView {
  readonly element: HTMLElement;
  private readonly mediaBox = h('div', { class: 'media' });
  private readonly badge = h('span', { class: 'badge' });
  private readonly bar = h('div', { class: 'bar' });
  private readonly percent = h('span', { class: 'percent' });
  private readonly progress = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100 }, this.bar);
  private readonly estimate = h('p', { class: 'estimate' });
  private readonly error = h('p', { class: 'error' });
  private readonly footer = h('footer', {});
  private readonly cancel = h('button', { type: 'button', class: 'small cancel' }, 'Cancel');
  private readonly historyBox = h('div', { class: 'history-box' });
  private shownMedia = '';

  constructor(
    actions: JobActions,
    public job: Job,
  ) {
    const copyId = h('button', { type: 'button', class: 'small copy-id', title: job.id }, 'Copy id');
    copyId.addEventListener('click', () => {
      void copy(job.id).then(() => {
        copyId.textContent = 'Copied';
        setTimeout(() => (copyId.textContent = 'Copy id'), 1_500);
      });
    });
    const history = h('button', { type: 'button', class: 'small show-history', 'aria-expanded': 'false' }, 'History');
    history.addEventListener('click', () => {
      const open = history.getAttribute('aria-expanded') === 'true';
      history.setAttribute('aria-expanded', String(!open));
      if (open) return this.historyBox.replaceChildren();
      this.historyBox.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
      void actions
        .history(this.job.id)
        .then((events) => this.historyBox.replaceChildren(historyList(events)))
        .catch((error: unknown) =>
          this.historyBox.replaceChildren(h('p', { class: 'error' }, `Could not load the history: ${String(error)}`)),
        );
    });
    this.cancel.addEventListener('click', () => {
      this.cancel.disabled = true;
      void actions.cancel(this.job.id).then((problem) => {
        this.cancel.disabled = false;
        if (problem) this.error.textContent = problem;
        this.error.hidden = !problem;
      });
    });
    this.element = h(
      'article',
      { class: 'job', 'data-id': job.id },
      this.mediaBox,
      h(
        'div',
        { class: 'body' },
        h(
          'header',
          {},
          this.badge,
          h('span', { class: 'provider' }, humanize(job.provider)),
          h('time', { datetime: job.createdAt }, timeFormat.format(new Date(job.createdAt))),
        ),
        h('p', { class: 'prompt' }, job.prompt ?? '(no prompt)'),
        h('div', { class: 'progress-row' }, this.progress, this.percent),
        this.estimate,
        h('ul', { class: 'settings' }, ...settingChips(actions, job.settings)),
        this.error,
        h('div', { class: 'actions' }, this.cancel, history, copyId),
        this.historyBox,
        this.footer,
      ),
    );
    this.render();
  }

  update(job: Job) {
    this.job = job;
    this.render();
  }

  /** Whether the bar shows an estimate, which moves with time rather than with events. */
  get estimating(): boolean {
    return shownProgress(this.job).estimated;
  }

  /** Redraws the bar: the provider's progress, or the estimate where the provider reports none. */
  tick() {
    const shown = shownProgress(this.job);
    this.progress.classList.toggle('estimated', shown.estimated);
    this.bar.style.width = `${shown.percent}%`;
    this.percent.textContent = `${shown.estimated ? '~' : ''}${shown.percent}%`;
    this.progress.setAttribute('aria-valuenow', String(shown.percent));
    this.estimate.textContent = shown.note;
    this.estimate.hidden = !shown.note;
  }

  private render() {
    const { job } = this;
    this.element.dataset.status = job.status;
    this.badge.textContent = humanize(job.status);
    this.tick();
    this.error.textContent = job.error ? `${job.error.code}: ${job.error.message}` : '';
    this.error.hidden = !job.error;
    this.cancel.hidden = FINAL.has(job.status);
    // Rebuilt only when what it shows changes, so a playing video is left alone.
    const mediaKey = `${job.status}|${job.videoUrl}`;
    if (mediaKey !== this.shownMedia) {
      this.shownMedia = mediaKey;
      this.mediaBox.replaceChildren(media(job));
    }
    this.footer.replaceChildren(
      ...(job.finishedAt ? [`finished in ${seconds(job.createdAt, job.finishedAt)}`] : []),
      ...(job.videoUrl ? [' · ', h('a', { href: job.videoUrl, target: '_blank', rel: 'noopener' }, 'open video')] : []),
      // What some providers make beside the video: Runway's last frame, PIX's animated preview.
      ...(job.lastFrameUrl
        ? [' · ', h('a', { class: 'last-frame', href: job.lastFrameUrl, target: '_blank', rel: 'noopener' }, 'last frame')]
        : []),
      ...(job.previewUrl ? [' · ', h('a', { class: 'preview', href: job.previewUrl, target: '_blank', rel: 'noopener' }, 'preview')] : []),
    );
  }
}

/** The jobs shown, newest first, those matching the filter only; a change only ever replaces an older view of a job. */
export class JobList {
  readonly element = h('div', { class: 'jobs' });
  private readonly cards = new Map<string, JobCardView>();
  private readonly empty = h('p', { class: 'empty' }, 'No jobs yet. Make one with the form.');
  private filter: VideoJobFilter = {};

  constructor(
    private readonly actions: JobActions,
    private readonly onChange: (jobs: Job[]) => void,
  ) {
    this.element.append(this.empty);
    // Estimates move with time: redraw those bars each second, between the server's events.
    setInterval(() => {
      for (const card of this.cards.values()) if (card.estimating) card.tick();
    }, 1000);
  }

  /** Shows only jobs matching `filter` from now on; the cards shown so far go (the page reads the list again). */
  setFilter(filter: VideoJobFilter) {
    this.filter = filter;
    this.cards.clear();
    this.empty.textContent =
      filter.status?.length || filter.provider ? 'No jobs match the filter.' : 'No jobs yet. Make one with the form.';
    this.upsert([]);
  }

  private matches(job: Job): boolean {
    const { status, provider } = this.filter;
    return (!status?.length || status.includes(job.status)) && (!provider || job.provider === provider);
  }

  upsert(jobs: Job[]) {
    for (const job of jobs) {
      const card = this.cards.get(job.id);
      if (!this.matches(job)) {
        // A job that changed out of the filter (a processing one that succeeded) leaves the list.
        if (card && job.updatedAt >= card.job.updatedAt) this.cards.delete(job.id);
        continue;
      }
      if (!card) this.cards.set(job.id, new JobCardView(this.actions, job));
      else if (job.updatedAt >= card.job.updatedAt) card.update(job);
    }
    const newest = [...this.cards.values()].sort((a, b) => b.job.createdAt.localeCompare(a.job.createdAt));
    // Moves only what is out of place: a card taken out of the page would stop its video.
    const wanted = newest.length > 0 ? newest.map((c) => c.element) : [this.empty];
    wanted.forEach((element, i) => {
      if (this.element.children[i] !== element) this.element.insertBefore(element, this.element.children[i] ?? null);
    });
    while (this.element.children.length > wanted.length) this.element.lastElementChild!.remove();
    this.onChange(newest.map((c) => c.job));
  }
}
