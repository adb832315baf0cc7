/** Failures the API reports to its clients; src/schema/errors.ts turns them into GraphQL errors. */
export class JobNotFoundError extends Error {
  override name = 'JobNotFoundError';
  constructor(readonly jobId: string) {
    super(`no video job with id ${jobId}`);
  }
}

/** An input that passed the schema but breaks a rule only the service can check. */
export class InvalidJobInputError extends Error {
  override name = 'InvalidJobInputError';
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
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
