import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, type GraphQLResponse } from './support/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { GenerateVideo } from './support/operations.js';
import { minimalPika } from './support/pika.js';

// Every bad input fails before anything is stored, with BAD_USER_INPUT and the path of each bad field.

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startGateway('postgres');
});
afterAll(() => gateway.stop());

const jobCount = () => gateway.db.prisma.job.count();

async function generate(pika: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(gateway.url, GenerateVideo, { input: { pika } } as never);
}

function problems(response: GraphQLResponse) {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  return error!.extensions!.fields as { path: (string | number)[]; message: string }[];
}

describe('generateVideo refuses bad input and stores nothing', () => {
  it.each([
    ['a frame rate over 24', { options: { frameRate: 30 } }, ['input', 'pika', 'options', 'frameRate'], 'must be at most 24'],
    ['a frame rate under 8', { options: { frameRate: 7 } }, ['input', 'pika', 'options', 'frameRate'], 'must be at least 8'],
    ['a blank prompt', { prompt: '   ' }, ['input', 'pika', 'prompt'], 'must not be blank'],
    ['a prompt too long', { prompt: 'x'.repeat(2001) }, ['input', 'pika', 'prompt'], 'must be at most 2000 characters long'],
    [
      'both image and video',
      { image: 'https://e.com/a.png', video: 'https://e.com/b.mp4' },
      ['input', 'pika', 'video'],
      'give at most one of image (image-to-video) and video (video-to-video)',
    ],
    [
      'a ratio Pika does not make',
      { ratio: 'RATIO_21_9' },
      ['input', 'pika', 'ratio'],
      'Pika makes 16:9, 9:16, 1:1, 4:5, 5:4, 5:2, 4:3, 3:4 only',
    ],
    [
      'a guidance scale out of range',
      { options: { frameRate: 12, parameters: { guidanceScale: 40 } } },
      ['input', 'pika', 'options', 'parameters', 'guidanceScale'],
      'must be at most 25',
    ],
    [
      'a negative seed',
      { options: { frameRate: 12, parameters: { seed: -1 } } },
      ['input', 'pika', 'options', 'parameters', 'seed'],
      'must be at least 0',
    ],
  ])('%s', async (_case, change, path, message) => {
    const before = await jobCount();
    expect(problems(await generate({ ...minimalPika(), ...change }))).toEqual([{ path, message }]);
    expect(await jobCount()).toBe(before);
  });

  it('names every bad field at once', async () => {
    const fields = problems(await generate({ prompt: '', ratio: 'RATIO_21_9', options: { frameRate: 99 } }));
    expect(fields.map((f) => f.path.join('.'))).toEqual(['input.pika.prompt', 'input.pika.ratio', 'input.pika.options.frameRate']);
  });

  it.each([
    [
      'an unknown enum value',
      { ...minimalPika(), style: 'SPARKLE' },
      'input.pika.style',
      /Value "SPARKLE" does not exist in "PikaStyle" enum/,
    ],
    [
      'a frame rate that is not a whole number',
      { ...minimalPika(), options: { frameRate: 12.5 } },
      'input.pika.options.frameRate',
      /Int cannot represent non-integer value/,
    ],
    ['a reference that is not a URL', { ...minimalPika(), image: 'not a url' }, 'input.pika.image', /is not a URL/],
    ['an ftp URL', { ...minimalPika(), video: 'ftp://e.com/a.mp4' }, 'input.pika.video', /must use http or https/],
    ['a missing required field', { ratio: 'RATIO_1_1' }, 'input.pika', /Field "prompt" of required type "String!" was not provided/],
  ])('%s in the variables', async (_case, pika, path, message) => {
    const before = await jobCount();
    const [field] = problems(await generate(pika));
    expect(field!.path.join('.')).toBe(path);
    expect(field!.message).toMatch(message);
    expect(await jobCount()).toBe(before);
  });

  it('an input naming no provider breaks @oneOf', async () => {
    const response = await gql(gateway.url, GenerateVideo, { input: {} } as never);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/exactly one key/i),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('an unknown enum written into the query itself', async () => {
    const response = await gql(
      gateway.url,
      'mutation { generateVideo(input: { pika: { prompt: "x", ratio: SQUARE, options: { frameRate: 10 } } }) { id } }',
    );
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/SQUARE/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
