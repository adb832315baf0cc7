import type { VideoProvider } from '../db/generated/enums.js';

// What each provider offers, as GraphQL enum names mapped to the upstream's spellings. A provider
// module's zod rules, its GraphQL enums and the `videoProviders` query are all built from its
// catalog, so the three can never disagree.

export const aspectRatios = {
  RATIO_16_9: '16:9',
  RATIO_9_16: '9:16',
  RATIO_1_1: '1:1',
  RATIO_4_5: '4:5',
  RATIO_5_4: '5:4',
  RATIO_5_2: '5:2',
  RATIO_4_3: '4:3',
  RATIO_3_4: '3:4',
  RATIO_21_9: '21:9',
  RATIO_2_3: '2:3',
  RATIO_3_2: '3:2',
} as const;
export type AspectRatio = keyof typeof aspectRatios;

/** How a job starts, and its name in messages. */
export const videoModes = {
  TEXT: 'text-to-video',
  IMAGE: 'image-to-video',
  VIDEO: 'video-to-video',
  EXTEND: 'extend',
  ACT_ONE: 'Act-One',
  REFERENCE: 'reference-images-to-video',
  MULTI_IMAGE: 'multi-image reference',
  EFFECT: 'effect',
  EDIT: 'video editing',
} as const;
export type VideoMode = keyof typeof videoModes;

/** The upstream's spelling (or number) of each value of a closed set, keyed by its GraphQL enum name. */
export type Spellings = Readonly<Record<string, string | number>>;

export type ProviderCatalog = {
  provider: VideoProvider;
  /** The provider's name in messages, e.g. "Kling". */
  name: string;
  modes: readonly VideoMode[];
  /** The aspect ratios it makes; empty when it takes none (the video's shape is the provider's). */
  ratios: readonly AspectRatio[];
  defaultRatio?: AspectRatio;
  /** Each duration enum value and its length in seconds. */
  durations: Readonly<Record<string, number>>;
  /** The name of the input field that takes a duration, when there is one. */
  durationField?: string;
  models: Spellings;
  defaultModel?: string;
  /** What a model refuses that the provider's other models take: input field names (e.g. Kling v2's `cfgScale`). */
  modelRules?: Readonly<Record<string, { readonly unsupported?: readonly string[]; readonly durations?: readonly string[] }>>;
  /** Models that make fewer ratios than the provider does. */
  modelRatios?: Readonly<Record<string, readonly AspectRatio[]>>;
  /** Named styles, when the provider has a closed set of them. */
  styles: Spellings;
};

/** The enum names of a closed set, as the non-empty tuple zod's `z.enum` and Pothos enums want. */
export const enumKeys = <T extends Readonly<Record<string, unknown>>>(values: T) =>
  Object.keys(values) as [keyof T & string, ...(keyof T & string)[]];

/** "16:9, 9:16, 1:1", as messages name ratios. */
export const listRatios = (ratios: readonly AspectRatio[]) => ratios.map((r) => aspectRatios[r]).join(', ');
