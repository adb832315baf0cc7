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
    videoJobUpdated(id: $id) { status progress videoUrl error { code message } }
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

function drawBar(progress: number, status: string) {
  const width = 30;
  const filled = Math.round((progress / 100) * width);
  const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(progress).padStart(3)}% ${status.padEnd(10)}`;
  // On a terminal the bar redraws in place; piped output gets one line per change.
  process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`);
}

try {
  let id = '';
  for await (const data of run(Submit, { input: { pika: { prompt: values.prompt, ratio: 'RATIO_16_9', options: { frameRate: 24 } } }, idempotencyKey: randomUUID() })) {
    id = data.generateVideo.id;
  }
  console.log(`job ${id}`);
  for await (const { videoJobUpdated: job } of run(Follow, { id })) {
    drawBar(job.progress, job.status);
    if (job.status === 'SUCCEEDED') console.log(`\nvideo: ${job.videoUrl}`);
    if (job.error) {
      console.log(`\nfailed: ${job.error.code} ${job.error.message}`);
      process.exitCode = 1;
    }
  }
} finally {
  await client.dispose();
}
