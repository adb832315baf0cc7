/// <reference lib="dom" />
import { h, humanize } from './dom.js';
import { shownProgress } from './estimate.js';
import type { JobCardFragment } from './generated/graphql.js';
import type { InputTypes } from './input-types.js';

export type Job = JobCardFragment;

const LIMIT = 50;
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The settings a job was made with, flattened to chips by their own names: "Ratio 16:9", "Pan right". */
function settingChips(types: InputTypes, value: unknown, name = ''): HTMLElement[] {
  if (value === null || value === undefined || value === false) return [];
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === '__typename' || key === 'prompt' ? [] : settingChips(types, v, key)));
  }
  const shown = value === true ? 'on' : typeof value === 'string' ? (types.enumLabel(value) ?? value) : String(value);
  return [h('li', {}, h('span', {}, humanize(name)), ` ${shown}`)];
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
  private shownMedia = '';

  constructor(
    types: InputTypes,
    public job: Job,
  ) {
    this.element = h(
      'article',
      { class: 'job', 'data-id': job.id },
      this.mediaBox,
      h(
        'div',
        { class: 'body' },
        h('header', {}, this.badge, h('span', { class: 'provider' }, humanize(job.provider)), h('time', { datetime: job.createdAt }, timeFormat.format(new Date(job.createdAt)))),
        h('p', { class: 'prompt' }, job.prompt ?? '(no prompt)'),
        h('div', { class: 'progress-row' }, this.progress, this.percent),
        this.estimate,
        h('ul', { class: 'settings' }, ...settingChips(types, job.settings)),
        this.error,
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
      ...(job.lastFrameUrl ? [' · ', h('a', { class: 'last-frame', href: job.lastFrameUrl, target: '_blank', rel: 'noopener' }, 'last frame')] : []),
      ...(job.previewUrl ? [' · ', h('a', { class: 'preview', href: job.previewUrl, target: '_blank', rel: 'noopener' }, 'preview')] : []),
    );
  }
}

/** The newest jobs, kept in order; a change only ever replaces an older view of a job. */
export class JobList {
  readonly element = h('div', { class: 'jobs' });
  private readonly cards = new Map<string, JobCardView>();
  private readonly empty = h('p', { class: 'empty' }, 'No jobs yet. Make one with the form.');

  constructor(
    private readonly types: InputTypes,
    private readonly onChange: (jobs: Job[]) => void,
  ) {
    this.element.append(this.empty);
    // Estimates move with time: redraw those bars each second, between the server's events.
    setInterval(() => {
      for (const card of this.cards.values()) if (card.estimating) card.tick();
    }, 1000);
  }

  upsert(jobs: Job[]) {
    for (const job of jobs) {
      const card = this.cards.get(job.id);
      if (!card) this.cards.set(job.id, new JobCardView(this.types, job));
      else if (job.updatedAt >= card.job.updatedAt) card.update(job);
    }
    const newest = [...this.cards.values()].sort((a, b) => b.job.createdAt.localeCompare(a.job.createdAt));
    for (const dropped of newest.splice(LIMIT)) this.cards.delete(dropped.job.id);
    // Moves only what is out of place: a card taken out of the page would stop its video.
    const wanted = newest.length > 0 ? newest.map((c) => c.element) : [this.empty];
    wanted.forEach((element, i) => {
      if (this.element.children[i] !== element) this.element.insertBefore(element, this.element.children[i] ?? null);
    });
    while (this.element.children.length > wanted.length) this.element.lastElementChild!.remove();
    this.onChange(newest.map((c) => c.job));
  }
}
