import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../src/db/generated/client.js';
import { nextState } from '../src/jobs/state-machine.js';

const job = (status: JobStatus, progress = 0, upstreamTaskId: string | null = 't1', errorCode: string | null = null) => ({
  status,
  progress,
  upstreamTaskId,
  errorCode,
});
const now = new Date('2026-01-01T00:00:00Z');

describe('the job state machine', () => {
  it('moves forwards only: QUEUED → SUBMITTED → PROCESSING → a final state', () => {
    expect(nextState(job('QUEUED', 0, null), { status: 'SUBMITTED', upstreamTaskId: 't1' })).toEqual({
      status: 'SUBMITTED',
      progress: 0,
      upstreamTaskId: 't1',
    });
    expect(nextState(job('SUBMITTED'), { status: 'PROCESSING', progress: 10 })).toEqual({ status: 'PROCESSING', progress: 10 });
    expect(nextState(job('PROCESSING', 10), { status: 'SUBMITTED' })).toBeNull();
  });

  it('takes a final state from any earlier one, even a callback that beat the submit answer', () => {
    expect(nextState(job('QUEUED', 0, null), { status: 'SUCCEEDED', upstreamTaskId: 't9', videoUrl: 'v' }, now)).toEqual({
      status: 'SUCCEEDED',
      progress: 100,
      upstreamTaskId: 't9',
      videoUrl: 'v',
      posterUrl: undefined,
      errorCode: null,
      errorMessage: null,
      finishedAt: now,
    });
    expect(nextState(job('PROCESSING', 40), { status: 'FAILED', errorCode: 'E', errorMessage: 'm' }, now)).toMatchObject({
      status: 'FAILED',
      progress: 40,
      errorCode: 'E',
      finishedAt: now,
    });
  });

  it.each<JobStatus>(['SUCCEEDED', 'FAILED', 'CANCELED'])('keeps %s final', (status) => {
    for (const seen of ['QUEUED', 'SUBMITTED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELED'] as const) {
      expect(nextState(job(status, 50), { status: seen, progress: 99 })).toBeNull();
    }
  });

  it('records rising progress, and ignores repeats and progress going back', () => {
    expect(nextState(job('PROCESSING', 40), { status: 'PROCESSING', progress: 60 })).toEqual({ status: 'PROCESSING', progress: 60 });
    expect(nextState(job('PROCESSING', 40), { status: 'PROCESSING', progress: 40 })).toBeNull();
    expect(nextState(job('PROCESSING', 40), { status: 'PROCESSING', progress: 20 })).toBeNull();
  });

  it('adopts a task id it lacked even when the report is otherwise stale', () => {
    expect(nextState(job('PROCESSING', 40, null), { status: 'SUBMITTED', upstreamTaskId: 't2' })).toEqual({
      status: 'PROCESSING',
      progress: 40,
      upstreamTaskId: 't2',
    });
  });
});

describe('the TIMEOUT rule', () => {
  it('lets a real success overrule a job the gateway timed out, and nothing else', () => {
    expect(nextState(job('FAILED', 50, 't1', 'TIMEOUT'), { status: 'SUCCEEDED', videoUrl: 'v' }, now)).toMatchObject({
      status: 'SUCCEEDED',
      progress: 100,
      errorCode: null,
      finishedAt: now,
    });
    expect(nextState(job('FAILED', 50, 't1', 'TIMEOUT'), { status: 'FAILED', errorCode: 'UPSTREAM_FAILED' })).toBeNull();
    expect(nextState(job('FAILED', 50, 't1', 'TIMEOUT'), { status: 'PROCESSING', progress: 90 })).toBeNull();
    expect(nextState(job('FAILED', 50, 't1', 'UPSTREAM_FAILED'), { status: 'SUCCEEDED' })).toBeNull();
    expect(nextState(job('CANCELED', 50), { status: 'SUCCEEDED' })).toBeNull();
  });
});
