import type { Client } from 'graphql-ws';
import { expect, it } from 'vitest';
import type { GenerateVideoInput } from './generated/graphql.js';
import { generateAndFollow } from './follow-job.js';
import type { TestGateway } from './gateway.js';
import { rawJobId } from './graphql.js';

type Member = 'sora' | 'veo' | 'grok';

/**
 * What every provider on the unified video API must survive, through the simulator: an `error`
 * state with its message, a 403 refusal (no balance or no permission), and a task that never
 * calls back, finished by the reconciler's polling. The gateway needs a short RECONCILE_AFTER_SECONDS.
 */
export function unifiedApiOutcomes(
  member: Member,
  /** An input (without its prompt) for each of the provider's modes. */
  modes: Record<string, Record<string, unknown>>,
  started: () => { gateway: TestGateway; client: Client },
) {
  const follow = (input: Record<string, unknown>, prompt: string) => {
    const { gateway, client } = started();
    return generateAndFollow(gateway, client, { [member]: { ...input, prompt } } as unknown as GenerateVideoInput);
  };
  const eachMode = Object.entries(modes);

  it.each(eachMode)("%s: an `error` state ends the job FAILED with the task's message", async (mode, input) => {
    const { job, last } = await follow(input, 'a storm #fail');
    expect(job.mode).toBe(mode);
    expect(last).toMatchObject({
      status: 'FAILED',
      error: { code: 'UPSTREAM_FAILED', message: 'generation failed: the model could not render this prompt' },
      videoUrl: null,
    });
  });

  it.each(eachMode)(
    "%s: a 403 refusal (no balance or no permission) ends the job FAILED with the upstream's code and message, no task made",
    async (mode, input) => {
      const { job, last } = await follow(input, 'a storm #403');
      expect(job.mode).toBe(mode);
      expect(last).toMatchObject({
        status: 'FAILED',
        error: { code: '403', message: 'insufficient balance or no permission for this model' },
        upstreamTaskId: null,
      });
    },
  );

  it('a task that never calls back is finished by polling its task', async () => {
    const { gateway } = started();
    gateway.app.simulator!.setKnobs({ dropRate: 1 });
    try {
      const { job, last } = await follow(eachMode[0]![1], 'a quiet one');
      expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, videoUrl: expect.stringMatching(/\/files\/.+\.mp4$/) });
      const events = await gateway.db.prisma.jobEvent.findMany({ where: { jobId: rawJobId(job.id) }, orderBy: { id: 'asc' } });
      expect(events.map((e) => e.source)).not.toContain('CALLBACK');
      expect(events.at(-1)).toMatchObject({ source: 'POLL', toStatus: 'SUCCEEDED' });
      expect(gateway.app.simulator!.sentCallbacks.filter((c) => c.taskId === last.upstreamTaskId)).toHaveLength(0);
    } finally {
      gateway.app.simulator!.setKnobs({});
    }
  });
}
