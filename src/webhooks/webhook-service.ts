import type { Job } from '../db/generated/client.js';
import type { Viewer } from '../auth/viewer.js';
import type { DeliveryStore } from './delivery-store.js';
import type { WebhookSecrets } from './secrets.js';

export class WebhookSecretUnavailableError extends Error {
  override name = 'WebhookSecretUnavailableError';
  constructor() {
    super('an open gateway signs webhooks with WEBHOOK_SECRET; only an API key has a secret to rotate');
  }
}

/** What the API shows and changes of webhooks: a job's deliveries (to its owner only), a key's secret. */
export class WebhookService {
  constructor(
    private readonly store: DeliveryStore,
    private readonly secrets: WebhookSecrets,
  ) {}

  /** The job's deliveries with their attempts, or null when the viewer is not the job's owner (admins included). */
  async deliveriesOf(job: Pick<Job, 'id' | 'ownerId'>, viewer: Viewer) {
    const owner = viewer.kind === 'key' ? viewer.keyId : null;
    if (job.ownerId !== owner) return null;
    return this.store.forJob(job.id);
  }

  /** A new signing secret for the viewer's key, returned once. */
  rotateSecret(viewer: Viewer): Promise<string> {
    if (viewer.kind !== 'key') throw new WebhookSecretUnavailableError();
    return this.secrets.rotate(viewer.keyId);
  }
}
