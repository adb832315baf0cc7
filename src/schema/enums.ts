import { aspectRatios, type videoModes, type Spellings } from '../provider/catalog.js';
import { builder } from './builder.js';

// The enums every provider shares, and the helper that turns a provider catalog's closed sets
// into GraphQL enums (so the enums, the zod rules and `videoProviders` share one definition).

/** The enum names of a closed set, for Pothos `values`. */
export const enumOf = <T extends Readonly<Record<string, unknown>>>(values: T) => Object.keys(values) as (keyof T & string)[];

const described = <T extends Readonly<Record<string, string | number>>>(values: T, describe: (value: T[keyof T]) => string) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { description: describe(value as T[keyof T]) }])) as Record<
    keyof T & string,
    { description: string }
  >;

/** A GraphQL enum of one of a catalog's closed sets; each value's description is how the provider spells it. */
export const catalogEnum = <T extends Spellings>(name: string, description: string, values: T) =>
  builder.enumType(name, { description, values: described(values, (upstream) => `Sent as \`${upstream}\`.`) });

/** A GraphQL enum of a catalog's durations (`SECONDS_5` …). */
export const durationEnum = <T extends Readonly<Record<string, number>>>(name: string, description: string, values: T) =>
  builder.enumType(name, { description, values: described(values, (seconds) => `${seconds} seconds.`) });

export const AspectRatio = builder.enumType('AspectRatio', {
  description: 'Width:height of the video. Each provider takes its own subset (see each input, or `videoProviders`).',
  values: described(aspectRatios, (ratio) => ratio),
});

export const VideoMode = builder.enumType('VideoMode', {
  description: 'How a job starts; the fields of its input decide it.',
  values: {
    TEXT: { description: 'From the prompt alone.' },
    IMAGE: { description: 'From a first (and maybe last) frame.' },
    VIDEO: { description: 'From a reference video: restyle or extend it.' },
    EXTEND: { description: 'Continues a finished job of the same provider.' },
    ACT_ONE: { description: 'Runway Act-One: a performance video drives a character image.' },
    REFERENCE: { description: 'From reference images: subjects or a style the video keeps (Veo).' },
    MULTI_IMAGE: { description: 'Kling multi-image reference: up to four images the video keeps (`referenceImages`).' },
    EFFECT: { description: 'A Kling effect scene on one or two images (`effect`).' },
    EDIT: { description: 'Runway Aleph: edits a video as the prompt says.' },
  } satisfies Record<keyof typeof videoModes, { description: string }>,
});
