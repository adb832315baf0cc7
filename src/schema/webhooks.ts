import { DeliveryStatus, WebhookEvent, type WebhookAttempt, type WebhookDelivery } from '../db/generated/client.js';
import { builder } from './builder.js';
import { VideoJob } from './video-job.js';

export const WebhookEventEnum = builder.enumType(WebhookEvent, {
  name: 'WebhookEvent',
  description:
    'STARTED: the provider took the job; PROGRESS: each step forward after that; COMPLETED: a final state (SUCCEEDED, FAILED, CANCELED).',
});

const DeliveryStatusEnum = builder.enumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING (to be tried, or tried again), DELIVERED (a 2xx), GONE (the receiver answered 410: no more tries), FAILED (given up after WEBHOOK_RETRY_HOURS, or a private address).',
});

export const WebhookInput = builder.inputType('WebhookInput', {
  description:
    "Where to POST the job's events: each signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature) with your key's secret, retried with backoff for up to a day.",
  fields: (t) => ({
    url: t.string({ required: true, description: 'An https: URL of a public host.' }),
    events: t.field({ type: [WebhookEventEnum], description: 'The events to send; COMPLETED when not given.' }),
  }),
});

const WebhookAttemptRef = builder.objectRef<WebhookAttempt>('WebhookAttempt').implement({
  description: 'One try to deliver a webhook.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first try.' }),
    statusCode: t.int({
      nullable: true,
      description: "The receiver's HTTP status; null when there was none.",
      resolve: (a) => a.statusCode,
    }),
    error: t.string({
      nullable: true,
      description: 'Why there was no status: a time-out, a network error, a refused address.',
      resolve: (a) => a.error,
    }),
    at: t.field({ type: 'DateTime', resolve: (a) => a.at }),
  }),
});

const WebhookDeliveryRef = builder.objectRef<WebhookDelivery & { tries: WebhookAttempt[] }>('WebhookDelivery').implement({
  description: "One event of the job for the client's server, and every try to deliver it.",
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Sent as `webhook-id` with every try (prefixless), so a receiver can de-duplicate.' }),
    event: t.field({ type: WebhookEventEnum, resolve: (d) => d.event }),
    url: t.exposeString('url'),
    status: t.field({ type: DeliveryStatusEnum, resolve: (d) => d.status }),
    attempts: t.field({ type: [WebhookAttemptRef], description: 'Oldest first.', resolve: (d) => d.tries }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it is tried next; null once it is not.',
      resolve: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
  }),
});

builder.objectField(VideoJob, 'webhookDeliveries', (t) =>
  t.field({
    type: [WebhookDeliveryRef],
    nullable: true,
    description: "The job's webhook deliveries, oldest first; only its owner sees them (null for anyone else, admins included).",
    resolve: (job, _args, ctx) => ctx.webhooks.deliveriesOf(job, ctx.viewer),
  }),
);

builder.mutationField('rotateWebhookSecret', (t) =>
  t.string({
    description:
      'Gives your API key a new webhook signing secret (`whsec_…`) and returns it, once; every delivery from now on, retries included, is signed with it.',
    resolve: (_root, _args, ctx) => ctx.webhooks.rotateSecret(ctx.viewer),
  }),
);
