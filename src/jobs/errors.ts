/** Failures the API reports to its clients; src/schema/domain-errors.ts turns them into GraphQL errors. */
export { InvalidJobInputError } from '../provider/errors.js';

export class JobNotFoundError extends Error {
  override name = 'JobNotFoundError';
  constructor(readonly jobId: string) {
    super(`no video job with id ${jobId}`);
  }
}

/** The client asked for more jobs than its rate allows. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many videos requested; try again in ${retryAfterSeconds} s`);
  }
}

/** The same idempotency key came again with a different input. */
export class IdempotencyKeyReusedError extends Error {
  override name = 'IdempotencyKeyReusedError';
  constructor() {
    super('this idempotency key was already used with a different input');
  }
}

/** An upstream task id that another job of the provider already holds. */
export class TaskIdTakenError extends Error {
  override name = 'TaskIdTakenError';
  constructor(readonly taskId: string) {
    super(`task ${taskId} belongs to another job`);
  }
}
