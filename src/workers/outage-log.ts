import { isBackendUnavailable, unavailableReason } from '../db/unavailable.js';
import type { Logger } from '../observability/logger.js';

/**
 * For loops that poll the database (dispatcher, reconciler): one line when it goes away, one
 * when it is back, instead of a stack trace per poll while it is down.
 */
export class OutageLog {
  private downSince: number | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly loop: string,
  ) {}

  /** Logs `error` unless it is the database being unreachable; returns whether it was. */
  failed(error: unknown, message: string, fields: Record<string, unknown> = {}): boolean {
    if (!isBackendUnavailable(error)) {
      this.logger.error({ ...fields, err: error }, message);
      return false;
    }
    if (this.downSince === undefined) {
      this.downSince = Date.now();
      this.logger.error({ reason: unavailableReason(error) }, `${this.loop}: the database is unreachable; retrying until it is back`);
    }
    return true;
  }

  /** Called after a database call worked. */
  succeeded() {
    if (this.downSince === undefined) return;
    const seconds = Math.round((Date.now() - this.downSince) / 1000);
    this.downSince = undefined;
    this.logger.info({ downSeconds: seconds }, `${this.loop}: the database is back`);
  }
}
