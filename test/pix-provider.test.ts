import { describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { generateAndFollow, receivedBody } from './support/follow-job.js';
import { useSharedGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { PixVideoInput } from './support/generated/graphql.js';
import { PixSettings } from './support/operations.js';

// PIX (PixVerse) behind generateVideo: one flat body, sound as a 0/1 switch, speakers as "Auto" or "1"…"14".

let gateway: TestGateway;
let client: Client;
useSharedGateway((g, c) => ([gateway, client] = [g, c]));

describe('a PIX job, followed over graphql-ws to SUCCEEDED', () => {
  it.each<[string, PixVideoInput, 'TEXT' | 'IMAGE', Record<string, unknown>]>([
    ['text-to-video, defaults sent', { prompt: 'a robot dancing' }, 'TEXT', { model: 'auto', prompt: 'a robot dancing', ratio: '16:9' }],
    [
      'text-to-video with every field',
      {
        prompt: 'a robot dancing',
        model: 'V4_5',
        ratio: 'RATIO_3_4',
        negativePrompt: 'text',
        seed: 2_147_483_647,
        style: 'ANIMATION_3D',
        effect: 315,
        duration: 'SECONDS_8',
        soundEffect: { enabled: true, description: 'servo whirr' },
        lipSync: { speaker: 'SPEAKER_14', text: 'hello' },
      },
      'TEXT',
      {
        model: 'v4.5',
        prompt: 'a robot dancing',
        ratio: '3:4',
        negative_prompt: 'text',
        seed: 2_147_483_647,
        style: '3d_animation',
        template_id: 315,
        duration: 8,
        sound_effect_switch: 1,
        sound_effect_content: 'servo whirr',
        lip_sync_tts_speaker_id: '14',
        lip_sync_tts_content: 'hello',
      },
    ],
    [
      'image-to-video from first and last frames, sound off, the default speaker',
      {
        prompt: 'it waves',
        image: 'https://example.com/robot.png',
        lastImage: 'https://example.com/robot-2.png',
        model: 'V3_5',
        duration: 'SECONDS_5',
        soundEffect: { enabled: false },
        lipSync: { text: 'hi' },
      },
      'IMAGE',
      {
        model: 'v3.5',
        prompt: 'it waves',
        ratio: '16:9',
        image: 'https://example.com/robot.png',
        last_image: 'https://example.com/robot-2.png',
        duration: 5,
        sound_effect_switch: 0,
        lip_sync_tts_speaker_id: 'Auto',
        lip_sync_tts_content: 'hi',
      },
    ],
  ])('%s', async (_case, pix, mode, body) => {
    const { job, statuses, last, submission } = await generateAndFollow(gateway, client, { pix });
    expect(job).toMatchObject({ provider: 'PIX', mode, prompt: pix.prompt });
    expect(statuses).toContain('PROCESSING');
    expect(last).toMatchObject({ status: 'SUCCEEDED', progress: 100, cost: { points: 10, refunded: false } });
    expect(last.videoUrl).toMatch(/\/files\/.+\.mp4$/);
    expect(submission!.path).toBe('/api/video/pix/pro/generate');
    expect(receivedBody(submission)).toEqual(body);
  });

  it('reads back the settings it was made with, defaults filled in', async () => {
    const { job } = await generateAndFollow(gateway, client, { pix: { prompt: 'clay birds', style: 'CLAY', lipSync: { text: 'tweet' } } });
    const { data } = await gql(gateway.url, PixSettings, { id: job.id });
    expect(data!.videoJob).toEqual({
      mode: 'TEXT',
      settings: {
        prompt: 'clay birds',
        model: 'AUTO',
        ratio: 'RATIO_16_9',
        negativePrompt: null,
        seed: null,
        style: 'CLAY',
        effect: null,
        image: null,
        lastImage: null,
        duration: null,
        cameraMovement: null,
        quality: null,
        audio: null,
        referenceImages: null,
        soundEffect: null,
        lipSync: { speaker: 'AUTO', text: 'tweet' },
      },
    });
  });
});
