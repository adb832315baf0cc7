// Submits a video to the gateway and follows it over graphql-ws to the end, with a progress bar.
//   npx tsx examples/follow-job.ts --url http://localhost:4000 --prompt "a kitten on a skateboard"
// The operations are typed by `npm run codegen` (examples/generated/).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from './generated/index.js';
import type { TypedDocumentString } from './generated/graphql.js';

const Submit = graphql(`
  mutation SubmitVideo($input: GenerateVideoInput!, $idempotencyKey: String) {
    generateVideo(input: $input, idempotencyKey: $idempotencyKey) { id status progress }
  }
`);

const Follow = graphql(`
  subscription FollowVideo($id: ID!) {
    videoJobUpdated(id: $id) { status progress videoUrl error { code message } estimate { finishesAt seconds basedOn } }
  }
`);

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    prompt: { type: 'string', default: 'a kitten on a skateboard' },
  },
});

// A deploy closes the socket with 1012: the client reconnects and subscribes again, and the job's
// current state comes first, so nothing is missed. (A retried mutation is safe: it carries an idempotency key.)
const client = createClient({ url: `${values.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 8 });

/** Every result of one operation: a mutation yields one, a subscription one per change. */
async function* run<R, V extends Record<string, unknown>>(document: TypedDocumentString<R, V>, variables: V) {
  for await (const result of client.iterate<R>({ query: document.toString(), variables })) {
    if (result.errors?.length || !result.data) throw new Error(result.errors?.map((e) => e.message).join('; ') ?? 'no data');
    yield result.data;
  }
}

type Job = { status: string; progress: number; estimate?: { finishesAt: string; seconds: number; basedOn: number } | null };
const isFinal = (status: string) => ['SUCCEEDED', 'FAILED', 'CANCELED'].includes(status);

/**
 * What the bar shows: the provider's progress once it reports any; before that (most providers
 * report none until the end) the gateway's estimate, time elapsed against the usual total.
 */
function shown(job: Job, now = Date.now()): { progress: number; note: string } {
  const { estimate } = job;
  if (isFinal(job.status) || job.progress > 0 || !estimate) return { progress: job.progress, note: '' };
  const from = `estimated from ${estimate.basedOn} job${estimate.basedOn === 1 ? '' : 's'}`;
  if (job.status === 'QUEUED') return { progress: 0, note: `~${Math.round(estimate.seconds)} s once started, ${from}` };
  const finishesAt = Date.parse(estimate.finishesAt);
  const elapsed = now - (finishesAt - estimate.seconds * 1000);
  const progress = Math.max(0, Math.min(99, Math.floor((100 * elapsed) / (estimate.seconds * 1000))));
  const left = Math.round((finishesAt - now) / 1000);
  return { progress, note: left > 0 ? `~${left} s left, ${from}` : `taking longer than usual, ${from}` };
}

function drawBar(job: Job) {
  const { progress, note } = shown(job);
  const width = 30;
  const filled = Math.round((progress / 100) * width);
  const percent = `${note ? '~' : ''}${String(progress).padStart(3)}%`;
  const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent} ${job.status.padEnd(10)}${note ? ` (${note})` : ''}`;
  // On a terminal the bar redraws in place; piped output gets one line per change.
  process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`);
}

let ticker: NodeJS.Timeout | undefined;
try {
  let id = '';
  for await (const data of run(Submit, {
    input: { pika: { prompt: values.prompt, ratio: 'RATIO_16_9', options: { frameRate: 24 } } },
    idempotencyKey: randomUUID(),
  })) {
    id = data.generateVideo.id;
  }
  console.log(`job ${id}`);
  // An estimate moves with time: redraw it each second between the server's events.
  let latest: Job | undefined;
  ticker = setInterval(() => latest && shown(latest).note && drawBar(latest), 1000);
  for await (const { videoJobUpdated: job } of run(Follow, { id })) {
    latest = job;
    drawBar(job);
    if (isFinal(job.status)) clearInterval(ticker);
    if (job.status === 'SUCCEEDED') console.log(`\nvideo: ${job.videoUrl}`);
    if (job.error) {
      console.log(`\nfailed: ${job.error.code} ${job.error.message}`);
      process.exitCode = 1;
    }
  }
} finally {
  clearInterval(ticker);
  await client.dispose();
}
