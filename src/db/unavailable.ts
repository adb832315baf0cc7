// Tells "the database (or Redis) cannot be reached now" apart from every other failure, so that
// clients get 503 + Retry-After instead of a 500, and background loops log one line per outage
// instead of a stack per poll.

/** Seconds a client is asked to wait before trying again while a backend is down. */
export const RETRY_AFTER_SECONDS = 5;

/** Driver adapter error kinds (@prisma/adapter-pg) that mean the server is gone or full. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Prisma's codes for the same: can't reach, timed out, closed the connection, pool timeout. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** Socket errors, from pg, ioredis or node itself. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Postgres SQLSTATEs: class 08 (connection exception), shutting down, starting up, too many connections. */
const SQLSTATE = /^(08...|57P01|57P02|57P03|53300)$/;
/** What pg and ioredis say when a connection breaks or cannot be had in time. */
const MESSAGES =
  /Connection terminated|Connection ended unexpectedly|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|Connection is closed|Reached the max retries per request limit|Stream isn't writeable/i;

/** True when `error` (or what caused it) says the database or Redis is unreachable right now. */
export function isBackendUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } };
  };
  const adapter = e.meta?.driverAdapterError?.cause;
  if (adapter) {
    if (ADAPTER_KINDS.has(String(adapter.kind))) return true;
    const sqlState = adapter.originalCode ?? adapter.code;
    if (typeof sqlState === 'string' && SQLSTATE.test(sqlState)) return true;
  }
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isBackendUnavailable(inner, depth + 1))) return true;
  return isBackendUnavailable(e.originalError, depth + 1) || isBackendUnavailable(e.cause, depth + 1);
}

/** The short reason for a log line: the adapter's kind or the error's code, never a stack. */
export function unavailableReason(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  const kind = e?.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string') return kind;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.message === 'string'
    ? e.message
        .split('\n')
        .find((line) => line.trim())!
        .trim()
        .slice(0, 200)
    : String(error);
}
