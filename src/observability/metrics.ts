import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { watchJobTable, type JobStatsSource } from './job-gauges.js';

/** Seconds, from a fast simulated job to a slow real one. */
const jobBuckets = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1200, 3600];
/** Seconds, for calls that take milliseconds. */
const callBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];

/**
 * One app's Prometheus metrics, on a registry of its own (tests build several apps in one
 * process). buildApp makes it and hands each part the group it counts; GET /metrics serves it.
 */
export function createMetrics({ jobStats }: { jobStats?: JobStatsSource } = {}) {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  if (jobStats) watchJobTable(registry, jobStats);

  return {
    registry,
    jobs: {
      created: new Counter({ name: 'gateway_jobs_created_total', help: 'Jobs stored, by provider.', labelNames: ['provider'], registers }),
      finished: new Counter({
        name: 'gateway_jobs_finished_total',
        help: 'Jobs that reached a final state, by provider and status (SUCCEEDED, FAILED, CANCELED).',
        labelNames: ['provider', 'status'],
        registers,
      }),
      timeToFinal: new Histogram({
        name: 'gateway_job_time_to_final_seconds',
        help: 'From a job being stored to its final state, by provider and status.',
        labelNames: ['provider', 'status'],
        buckets: jobBuckets,
        registers,
      }),
    },
    callbacks: new Counter({
      name: 'gateway_callbacks_total',
      help:
        'Provider callbacks by outcome: applied (changed the job), duplicate (a repeat of where it is), stale (behind it), ' +
        'rejected (with reason: bad_token, unknown_job, task_mismatch, unknown_state, too_large, malformed_json).',
      labelNames: ['outcome', 'reason'],
      registers,
    }),
    upstream: {
      calls: new Counter({
        name: 'gateway_upstream_calls_total',
        help: 'Calls to DuomiAPI by endpoint and result: ok, refused (an answer with code ≠ 200), http_429, http_5xx, timeout, network_error, invalid_body.',
        labelNames: ['endpoint', 'result'],
        registers,
      }),
      duration: new Histogram({
        name: 'gateway_upstream_call_duration_seconds',
        help: 'Latency of calls to DuomiAPI by endpoint and result.',
        labelNames: ['endpoint', 'result'],
        buckets: callBuckets,
        registers,
      }),
    },
    dispatch: {
      retries: new Counter({
        name: 'gateway_submission_retries_total',
        help: 'Submissions put back to be tried again after a fault, by provider and fault (http_429, http_5xx, timeout, network_error, invalid_body).',
        labelNames: ['provider', 'fault'],
        registers,
      }),
    },
    /** Requests refused by a rate limit, by limit (generateVideo, subscriptions_per_connection). */
    rateLimited: new Counter({
      name: 'gateway_rate_limited_total',
      help: 'Requests refused by a rate limit (RATE_LIMITED), by limit: generateVideo, subscriptions_per_connection, connections_per_key.',
      labelNames: ['limit'],
      registers,
    }),
    http: {
      requests: new Counter({
        name: 'gateway_http_requests_total',
        help: 'HTTP requests answered, by route template (e.g. /callbacks/duomi/:jobId, "unmatched"), method and status.',
        labelNames: ['route', 'method', 'status'],
        registers,
      }),
    },
    reconciliation: {
      polls: new Counter({
        name: 'gateway_reconciliation_polls_total',
        help: 'Feed queries made to reconcile jobs whose callbacks are late, by result: changed, unchanged, error.',
        labelNames: ['result'],
        registers,
      }),
    },
    cluster: {
      redisUp: new Gauge({
        name: 'gateway_redis_up',
        help: 'Whether this instance reaches Redis (1) or runs alone for now (0); only with REDIS_URL.',
        registers,
      }),
      outages: new Counter({ name: 'gateway_redis_outages_total', help: 'Times this instance lost Redis.', registers }),
      localDecisions: new Counter({
        name: 'gateway_limit_local_decisions_total',
        help: 'Limit checks counted on this instance alone because Redis was unreachable, by limit (generate, connections).',
        labelNames: ['limit'],
        registers,
      }),
    },
    graphql: {
      subscriptionsOpen: new Gauge({
        name: 'gateway_subscriptions_open',
        help: 'Subscriptions streaming now (graphql-ws and SSE), by root field.',
        labelNames: ['field'],
        registers,
      }),
      duration: new Histogram({
        name: 'gateway_graphql_operation_duration_seconds',
        help: 'Execution time of queries and mutations, by operation type, root fields and outcome (ok, error).',
        labelNames: ['type', 'fields', 'outcome'],
        buckets: callBuckets,
        registers,
      }),
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
