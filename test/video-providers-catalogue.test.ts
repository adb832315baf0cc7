import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';
import { gql } from './support/graphql.js';
import type { AspectRatio, VideoProvidersQuery } from './support/generated/graphql.js';
import { GenerateVideo, VideoProviders } from './support/operations.js';

// `videoProviders` is built from the same catalogs as the inputs' rules and enums: every value it
// lists is accepted by the input, and every value the input accepts is listed.

let gateway: TestGateway;
let catalogue: VideoProvidersQuery['videoProviders'];
beforeAll(async () => {
  gateway = await startGateway('postgres');
  gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 }); // jobs stay SUBMITTED: only acceptance matters here
  catalogue = (await gql(gateway.url, VideoProviders)).data!.videoProviders;
});
afterAll(() => gateway.stop());

/** An input of each provider in which every catalogued field applies (Runway's image mode takes every model). */
const baseInputs: Record<string, Record<string, unknown>> = {
  pika: { prompt: 'x', ratio: 'RATIO_16_9', options: { frameRate: 12 } },
  kling: { prompt: 'x' },
  luma: { prompt: 'x' },
  runway: { prompt: 'x', image: 'https://example.com/a.png' },
  pix: { prompt: 'x' },
  sora: { prompt: 'x' },
  veo: { prompt: 'x' },
  grok: { prompt: 'x' },
};

// The printed schema sorts enum values; compare them as sets.
const sorted = (values: string[]) => [...values].sort();

type InputField = { name: string; type: { name: string | null; ofType: { name: string | null } | null } };
const typeName = (f: InputField) => f.type.name ?? f.type.ofType?.name;

async function inputFields(type: string): Promise<InputField[]> {
  const { data } = await gql<{ __type: { inputFields: InputField[] } }>(
    gateway.url,
    `{ __type(name: "${type}") { inputFields { name type { name ofType { name } } } } }`,
  );
  return data!.__type.inputFields;
}
async function enumValues(type: string): Promise<string[]> {
  const { data } = await gql<{ __type: { enumValues: { name: string }[] } }>(
    gateway.url,
    `{ __type(name: "${type}") { enumValues { name } } }`,
  );
  return data!.__type.enumValues.map((v) => v.name);
}
async function accepted(member: string, change: Record<string, unknown>): Promise<boolean> {
  const response = await gql(gateway.url, GenerateVideo, { input: { [member]: { ...baseInputs[member], ...change } } } as never);
  return response.errors === undefined;
}

describe('videoProviders', () => {
  it('lists every provider, each under its member of GenerateVideoInput', async () => {
    expect(catalogue.map((p) => [p.provider, p.input, p.inputType])).toEqual([
      ['PIKA', 'pika', 'PikaVideoInput'],
      ['KLING', 'kling', 'KlingVideoInput'],
      ['LUMA', 'luma', 'LumaVideoInput'],
      ['RUNWAY', 'runway', 'RunwayVideoInput'],
      ['PIX', 'pix', 'PixVideoInput'],
      ['SORA', 'sora', 'SoraVideoInput'],
      ['VEO', 'veo', 'VeoVideoInput'],
      ['GROK', 'grok', 'GrokVideoInput'],
    ]);
    const members = (await inputFields('GenerateVideoInput')).map((f) => [f.name, typeName(f)]);
    expect(members).toEqual(expect.arrayContaining(catalogue.map((p) => [p.input, p.inputType])));
    expect(members).toHaveLength(catalogue.length);
    expect(Object.fromEntries(catalogue.map((p) => [p.provider, p.modes]))).toEqual({
      PIKA: ['TEXT', 'IMAGE', 'VIDEO'],
      KLING: ['TEXT', 'IMAGE', 'MULTI_IMAGE', 'EXTEND', 'EFFECT'],
      LUMA: ['TEXT', 'IMAGE', 'EXTEND'],
      RUNWAY: ['TEXT', 'IMAGE', 'VIDEO', 'ACT_ONE', 'EDIT'],
      PIX: ['TEXT', 'IMAGE', 'REFERENCE'],
      SORA: ['TEXT', 'IMAGE'],
      VEO: ['TEXT', 'IMAGE', 'REFERENCE'],
      GROK: ['TEXT', 'IMAGE'],
    });
  });

  it("lists exactly the values of each input's model, style and duration enums, and its defaults among them", async () => {
    for (const provider of catalogue) {
      const fields = await inputFields(provider.inputType);
      const enumOf = async (field: string | null | undefined) => {
        const found = fields.find((f) => f.name === field);
        return found ? enumValues(typeName(found)!) : [];
      };
      expect(sorted(await enumOf('model'))).toEqual(sorted(provider.models.map((m) => m.value)));
      const style = fields.find((f) => f.name === 'style');
      if (style && typeName(style) !== 'String') expect(sorted(await enumOf('style'))).toEqual(sorted(provider.styles.map((s) => s.value)));
      else expect(provider.styles).toEqual([]);
      expect(sorted(await enumOf(provider.durationField))).toEqual(sorted(provider.durations.map((d) => d.value)));
      if (provider.defaultModel) expect(provider.models.map((m) => m.value)).toContain(provider.defaultModel);
      if (provider.defaultRatio) expect(provider.ratios).toContain(provider.defaultRatio);
      expect(fields.some((f) => f.name === 'ratio')).toBe(provider.ratios.length > 0);
    }
  });

  it('every model, style and duration it lists is accepted by the input', async () => {
    for (const { input, models, styles, durations, durationField } of catalogue) {
      for (const model of models) expect(await accepted(input, { model: model.value }), `${input}.model ${model.value}`).toBe(true);
      for (const style of styles) expect(await accepted(input, { style: style.value }), `${input}.style ${style.value}`).toBe(true);
      for (const duration of durations)
        expect(await accepted(input, { [durationField!]: duration.value }), `${input}.${durationField} ${duration.value}`).toBe(true);
    }
  });

  it("refuses a model's unsupported fields exactly when it lists them, and takes them with every other model", async () => {
    /** A value for each field a model may refuse, valid with the base input and every model that takes it. */
    const samples: Record<string, unknown> = { cfgScale: 0.5, shots: [{ prompt: 'a', duration: 5 }] };
    for (const { input, models } of catalogue) {
      const fields = new Set(models.flatMap((m) => m.unsupported));
      for (const field of fields) {
        expect(samples, `a sample for ${input}.${field}`).toHaveProperty(field);
        for (const model of models) {
          expect(await accepted(input, { model: model.value, [field]: samples[field] }), `${input} ${model.value} ${field}`).toBe(
            !model.unsupported.includes(field),
          );
        }
      }
    }
    expect(catalogue.find((p) => p.provider === 'KLING')!.models.find((m) => m.value === 'KLING_V3')!.unsupported).toEqual(['cfgScale']);
  });

  it('accepts a duration with a model exactly when the model lists it', async () => {
    for (const { input, models, durations, durationField } of catalogue) {
      for (const model of models) {
        const listed = model.durations.map((d) => d.value);
        expect(
          durations.map((d) => d.value),
          `${input} ${model.value}`,
        ).toEqual(expect.arrayContaining(listed));
        for (const duration of durations) {
          expect(
            await accepted(input, { model: model.value, [durationField!]: duration.value }),
            `${input} ${model.value} ${duration.value}`,
          ).toBe(listed.includes(duration.value));
        }
      }
    }
    expect(
      catalogue
        .find((p) => p.provider === 'PIX')!
        .models.find((m) => m.value === 'V4')!
        .durations.map((d) => d.seconds),
    ).toEqual([5, 8]);
  });

  it('accepts a ratio exactly when it is listed (per model, where a model makes fewer)', async () => {
    const allRatios = (await enumValues('AspectRatio')) as AspectRatio[];
    for (const { input, ratios, models } of catalogue.filter((p) => p.ratios.length > 0)) {
      for (const { value, ratios: modelRatios } of models.length ? models : [{ value: undefined, ratios }]) {
        for (const ratio of allRatios) {
          expect(await accepted(input, { model: value, ratio }), `${input} ${value ?? ''} ${ratio}`).toBe(modelRatios.includes(ratio));
        }
      }
    }
  });
});
