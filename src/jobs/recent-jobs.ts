import type { Job } from '../db/generated/client.js';

/** The latest rows of the most recently changed jobs, least recent dropped first. */
export class RecentJobs {
  private readonly rows = new Map<string, Job>();

  constructor(private readonly capacity: number) {}

  get(id: string): Job | undefined {
    return this.rows.get(id);
  }

  remember(job: Job) {
    const known = this.rows.get(job.id);
    if (known && known.version > job.version) return; // a slower answer must not hide a newer row
    this.rows.delete(job.id);
    this.rows.set(job.id, job);
    if (this.rows.size > this.capacity) this.rows.delete(this.rows.keys().next().value!);
  }
}
