import type { VideoProvider } from '../db/generated/enums.js';
import type { AspectRatio, ProviderCatalog, VideoMode as Mode } from '../provider/catalog.js';
import { providerFor } from '../provider/registry.js';
import { builder } from './builder.js';
import { AspectRatio as AspectRatioEnum, VideoMode } from './enums.js';
import { providerSchemaList } from './provider-schemas.js';
import { VideoProviderEnum } from './video-job.js';

// `videoProviders` reads each provider module's catalog: the same definitions its input rules and
// GraphQL enums are built from, so a form built from this offers exactly what the inputs take.

type Choice = { value: string; upstream: string | number };
type ProviderInfo = { provider: VideoProvider; member: string; inputType: string; catalog: ProviderCatalog };

const choices = (values: ProviderCatalog['models']): Choice[] => Object.entries(values).map(([value, upstream]) => ({ value, upstream }));

const VideoChoice = builder.objectRef<Choice>('VideoChoice').implement({
  description: 'One value of a closed set.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The enum value to send.' }),
    upstream: t.string({ description: 'How the provider spells it.', resolve: (c) => String(c.upstream) }),
  }),
});

const VideoDurationChoice = builder.objectRef<{ value: string; seconds: number }>('VideoDurationChoice').implement({
  description: 'One length a provider makes.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The enum value to send.' }),
    seconds: t.exposeInt('seconds'),
  }),
});

const VideoModelChoice = builder
  .objectRef<Choice & { ratios: readonly AspectRatio[]; unsupported: readonly string[]; durations: { value: string; seconds: number }[] }>(
    'VideoModelChoice',
  )
  .implement({
    description: 'One model of a provider.',
    fields: (t) => ({
      value: t.exposeString('value', { description: 'The enum value to send as `model`.' }),
      upstream: t.string({ description: 'How the provider spells it.', resolve: (c) => String(c.upstream) }),
      ratios: t.field({ type: [AspectRatioEnum], description: 'The ratios this model makes.', resolve: (c) => [...c.ratios] }),
      durations: t.field({
        type: [VideoDurationChoice],
        description: "The lengths this model makes (the provider's, unless it makes fewer).",
        resolve: (c) => c.durations,
      }),
      unsupported: t.stringList({
        description:
          "The input's fields this model refuses though other models of the provider take them (Kling v2's `cfgScale`); a form hides them.",
        resolve: (c) => [...c.unsupported],
      }),
    }),
  });

const VideoProviderInfo = builder.objectRef<ProviderInfo>('VideoProviderInfo').implement({
  description: 'What one provider makes, from the same definitions that validate its input.',
  fields: (t) => ({
    provider: t.expose('provider', { type: VideoProviderEnum }),
    input: t.string({ description: 'Its member of GenerateVideoInput, e.g. `kling`.', resolve: (p) => p.member }),
    inputType: t.exposeString('inputType', { description: 'The type of that member, e.g. `KlingVideoInput`.' }),
    modes: t.field({ type: [VideoMode], description: 'The modes its input can make.', resolve: (p) => [...p.catalog.modes] as Mode[] }),
    ratios: t.field({
      type: [AspectRatioEnum],
      description: 'The ratios it makes (`ratio`); empty when it takes none.',
      resolve: (p) => [...p.catalog.ratios],
    }),
    defaultRatio: t.field({ type: AspectRatioEnum, nullable: true, resolve: (p) => p.catalog.defaultRatio }),
    durations: t.field({
      type: [VideoDurationChoice],
      description: 'The lengths it makes, sent in the field `durationField` names; empty when it takes none.',
      resolve: (p) => Object.entries(p.catalog.durations).map(([value, seconds]) => ({ value, seconds })),
    }),
    durationField: t.string({ nullable: true, resolve: (p) => p.catalog.durationField }),
    models: t.field({
      type: [VideoModelChoice],
      description: 'Its models (`model`); empty when it has no choice of model.',
      resolve: ({ catalog }) =>
        choices(catalog.models).map((c) => {
          const rules = catalog.modelRules?.[c.value];
          const durations = Object.entries(catalog.durations)
            .filter(([value]) => !rules?.durations || rules.durations.includes(value))
            .map(([value, seconds]) => ({ value, seconds }));
          return { ...c, ratios: catalog.modelRatios?.[c.value] ?? catalog.ratios, unsupported: rules?.unsupported ?? [], durations };
        }),
    }),
    defaultModel: t.string({ nullable: true, resolve: (p) => p.catalog.defaultModel }),
    styles: t.field({
      type: [VideoChoice],
      description: 'Its named styles (`style`); empty when it has none, or takes any name.',
      resolve: (p) => choices(p.catalog.styles),
    }),
  }),
});

builder.queryField('videoProviders', (t) =>
  t.field({
    type: [VideoProviderInfo],
    description: 'Every provider, with its modes, ratios, durations, models and styles: a form can build itself from this.',
    resolve: () =>
      providerSchemaList.map(({ provider, member, input }) => ({
        provider,
        member,
        inputType: input.name,
        catalog: providerFor(provider).catalog,
      })),
  }),
);
