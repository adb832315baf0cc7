import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';
import { subscribeWs, wsClient } from './support/graphql.js';
import { GenerateVideo, VideoJobUpdated } from './support/operations.js';
import { seedExample } from './support/pika.js';

describe('what DuomiAPI receives for a Pika job', () => {
  const using = useDisposables();

  it("is the seed page's request, field for field, with enums spelled as Pika spells them", async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const [created] = await subscribeWs(client, GenerateVideo, { input: { pika: seedExample } }).done;
    const job = created!.data!.generateVideo;
    await subscribeWs(client, VideoJobUpdated, { id: job.id }).done;

    const [submission] = gateway.app.simulator!.received;
    expect(submission!.path).toBe('/api/video/pika/pro/generate');
    const { callback_url, ...body } = submission!.body;
    expect(body).toEqual({
      prompt: '一只小猫',
      ratio: '16:9',
      style: 'Inflate',
      sfx: true,
      model: 1.5,
      options: {
        frameRate: 20,
        camera: { pan: 'right', tilt: 'up', rotate: 'cw', zoom: 'in' },
        parameters: { guidanceScale: 16, motion: 2, negativePrompt: 'ugly', seed: 144124 },
      },
    });
    // The callback URL names the job and carries its token; the job id is the raw UUID of the node.
    const rawId = Buffer.from(job.id, 'base64').toString().split(':')[1];
    expect(callback_url).toMatch(new RegExp(`^${gateway.url}/callbacks/duomi/${rawId}\\?token=[\\w-]{43}$`));
    // What a client reads back is the typed settings it asked for.
    expect(job.settings).toMatchObject({ ...seedExample, mode: 'TEXT' });
  });

  it.each([
    ['EYE_POP', 'Eye-pop'],
    ['CAKE_IFY', 'Cake-ify'],
    ['TA_DA', 'Ta-da'],
  ] as const)('maps %s to "%s", ratios and the other camera moves likewise', async (style, upstream) => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const client = using(wsClient(gateway.wsUrl), (c) => c.dispose());
    const pika = {
      ...seedExample,
      style,
      ratio: 'RATIO_5_2' as const,
      model: 'V1_0' as const,
      options: {
        frameRate: 8,
        camera: { pan: 'LEFT' as const, tilt: 'DOWN' as const, rotate: 'COUNTERCLOCKWISE' as const, zoom: 'OUT' as const },
        parameters: { seed: 9_007_199_254_740_991 },
      },
    };
    await subscribeWs(client, GenerateVideo, { input: { pika } }).done;
    await expect.poll(() => gateway.app.simulator!.received.length).toBe(1);
    expect(gateway.app.simulator!.received[0]!.body).toMatchObject({
      style: upstream,
      ratio: '5:2',
      model: 1,
      options: {
        frameRate: 8,
        camera: { pan: 'left', tilt: 'down', rotate: 'ccw', zoom: 'out' },
        parameters: { seed: 9_007_199_254_740_991 },
      },
    });
  });
});
