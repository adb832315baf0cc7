import type { GraphQLError } from 'graphql';
import { IdempotencyKeyReusedError, InvalidJobInputError, JobNotFoundError, RateLimitedError } from '../jobs/errors.js';
import { QuotaExceededError } from '../quotas/limits.js';
import { InvalidWebhookError } from '../webhooks/webhook-input.js';
import { WebhookSecretUnavailableError } from '../webhooks/webhook-service.js';
import { invalidFields, userError } from './errors.js';
import { jobNotFound, VIDEO_JOB } from './job-ids.js';
import { providerSchemas } from './provider-schemas.js';

/**
 * The one place the services' domain errors become GraphQL errors, for every operation on
 * every transport (the error policy plugin asks it about each error); undefined for any other
 * error. A rule only the service can check (InvalidJobInputError) reads like zod's
 * BAD_USER_INPUT, at the field of `generateVideo`'s input it concerns.
 */
export function graphQLErrorOf(error: unknown): GraphQLError | undefined {
  if (error instanceof InvalidJobInputError) {
    return invalidFields([{ path: ['input', providerSchemas[error.provider].member, ...error.field], message: error.message }]);
  }
  if (error instanceof IdempotencyKeyReusedError) return userError('IDEMPOTENCY_KEY_REUSED', error.message);
  if (error instanceof JobNotFoundError) return userError('NOT_FOUND', jobNotFound({ typename: VIDEO_JOB, id: error.jobId }));
  if (error instanceof RateLimitedError) {
    const { retryAfterSeconds } = error;
    return userError('RATE_LIMITED', error.message, {
      retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    });
  }
  if (error instanceof QuotaExceededError) {
    const retryAfterSeconds = error.freesAt ? Math.max(1, Math.ceil((error.freesAt.getTime() - Date.now()) / 1000)) : undefined;
    const http = retryAfterSeconds ? { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } } : { status: 429 };
    return userError('QUOTA_EXCEEDED', error.message, {
      limit: error.limit,
      max: error.max,
      freesAt: error.freesAt?.toISOString() ?? null,
      retryAfterSeconds,
      http,
    });
  }
  if (error instanceof InvalidWebhookError) return invalidFields([{ path: ['webhook', error.field], message: error.message }]);
  if (error instanceof WebhookSecretUnavailableError) return userError('FORBIDDEN', error.message);
  return undefined;
}
