import type { PikaVideoInput } from './generated/graphql.js';

/** The seed page's example request, as GraphQL input. */
export const seedExample: PikaVideoInput = {
  prompt: '一只小猫',
  ratio: 'RATIO_16_9',
  style: 'INFLATE',
  sfx: true,
  model: 'V1_5',
  options: {
    frameRate: 20,
    camera: { pan: 'RIGHT', tilt: 'UP', rotate: 'CLOCKWISE', zoom: 'IN' },
    parameters: { guidanceScale: 16, motion: 2, negativePrompt: 'ugly', seed: 144124 },
  },
};

export const minimalPika = (prompt = 'a cat on a skateboard'): PikaVideoInput => ({
  prompt,
  ratio: 'RATIO_16_9',
  options: { frameRate: 24 },
});
