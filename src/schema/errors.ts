import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/** Every `extensions.code` the API returns for an expected failure. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'NOT_FOUND'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RATE_LIMITED'
  /** A per-key quota (maxConcurrent, maxPerDay) is used up; `extensions` say which and when it frees up. */
  | 'QUOTA_EXCEEDED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** A database (or Redis) the request needs cannot be reached: HTTP 503 with Retry-After. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** One rule a field broke: `path` is the argument path, e.g. ["input", "pika", "options", "frameRate"]. */
export type FieldProblem = { path: (string | number)[]; message: string };

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode;
    fields?: FieldProblem[];
  }
}

export function userError(code: ErrorCode, message: string, extensions: Omit<GraphQLError['extensions'], 'code'> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** An id the API never gave out: not a global id, or a VideoJob one whose id is not a job's. */
export function invalidId(globalId: string) {
  const shown = globalId.length > 64 ? `${globalId.slice(0, 64)}…` : globalId;
  return userError('BAD_USER_INPUT', `"${shown}" is not a valid id`);
}

/** One BAD_USER_INPUT error naming each bad field and the rule it broke. */
export function invalidFields(fields: FieldProblem[]): GraphQLError {
  const summary = fields.map((f) => `${f.path.join('.') || 'input'} ${f.message}`).join('; ');
  return userError('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields });
}

/** Turns zod's issues into one BAD_USER_INPUT error naming each field and the rule it broke. */
export function badUserInput(issues: readonly z.core.$ZodIssue[]): GraphQLError {
  return invalidFields(
    issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: describeIssue(issue) })),
  );
}

// zod's own wording; a message set in a schema (e.g. 'must not be blank') is kept as written.
const ZOD_DEFAULT = /^(Too (small|big)|Invalid|Expected)/;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return `must be at least ${String(issue.minimum)} characters long`;
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} items`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters long`;
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : `must be a ${issue.expected}`;
    default:
      return issue.message;
  }
}
