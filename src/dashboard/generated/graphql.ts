/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Width:height of the video. Each provider takes its own subset (see each input). */
export type AspectRatio =
  /** 1:1 */
  | 'RATIO_1_1'
  /** 3:4 */
  | 'RATIO_3_4'
  /** 4:3 */
  | 'RATIO_4_3'
  /** 4:5 */
  | 'RATIO_4_5'
  /** 5:2 */
  | 'RATIO_5_2'
  /** 5:4 */
  | 'RATIO_5_4'
  /** 9:16 */
  | 'RATIO_9_16'
  /** 16:9 */
  | 'RATIO_16_9'
  /** 21:9 */
  | 'RATIO_21_9';

/** Camera moves; any combination. */
export type CameraInput = {
  pan?: CameraPan | null | undefined;
  rotate?: CameraRotate | null | undefined;
  tilt?: CameraTilt | null | undefined;
  zoom?: CameraZoom | null | undefined;
};

export type CameraPan =
  | 'LEFT'
  | 'RIGHT';

export type CameraRotate =
  | 'CLOCKWISE'
  | 'COUNTERCLOCKWISE';

export type CameraTilt =
  | 'DOWN'
  | 'UP';

export type CameraZoom =
  | 'IN'
  | 'OUT';

/** Exactly one member: the provider, with its own typed settings. */
export type GenerateVideoInput =
  {   pika: PikaVideoInput; };

/** QUEUED (stored, not yet with the provider) → SUBMITTED → PROCESSING → SUCCEEDED, FAILED or CANCELED. The last three are final. */
export type JobStatus =
  | 'CANCELED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED'
  | 'SUBMITTED'
  | 'SUCCEEDED';

/** TEXT from the prompt alone, IMAGE from a reference image, VIDEO from a reference video (restyle or extend). */
export type PikaMode =
  | 'IMAGE'
  | 'TEXT'
  | 'VIDEO';

/** Pika model version. */
export type PikaModel =
  | 'V1_0'
  | 'V1_5';

export type PikaOptionsInput = {
  camera?: CameraInput | null | undefined;
  /** Frames per second, 8–24. */
  frameRate: number;
  parameters?: PikaParametersInput | null | undefined;
};

export type PikaParametersInput = {
  /** How closely to follow the prompt, 5–25. */
  guidanceScale?: number | null | undefined;
  /** Amount of motion, 0–4. */
  motion?: number | null | undefined;
  /** What to avoid, at most 1000 characters. */
  negativePrompt?: string | null | undefined;
  /** Seed for reproducible results, 0–2^53−1 (beyond GraphQL's 32-bit Int). */
  seed?: number | null | undefined;
};

/** A Pikaffect (Pika 1.5), sent upstream as its own name: `EYE_POP` is "Eye-pop". */
export type PikaStyle =
  | 'CAKE_IFY'
  | 'CRUMBLE'
  | 'CRUSH'
  | 'DECAPITATE'
  | 'DEFLATE'
  | 'DISSOLVE'
  | 'EXPLODE'
  | 'EYE_POP'
  | 'INFLATE'
  | 'LEVITATE'
  | 'MELT'
  | 'SQUISH'
  | 'TA_DA';

/** A Pika 1.5 video, as DuomiAPI's Pika generate endpoint takes it. Give `image` or `video` (not both) for the reference modes. */
export type PikaVideoInput = {
  /** Reference image: makes an image-to-video job. */
  image?: string | null | undefined;
  /** Defaults to the latest, V1_5. */
  model?: PikaModel | null | undefined;
  options: PikaOptionsInput;
  /** What to make; not blank, at most 2000 characters. */
  prompt: string;
  /** One of 16:9, 9:16, 1:1, 4:5, 5:4, 5:2, 4:3, 3:4. */
  ratio: AspectRatio;
  /** Add sound effects. */
  sfx?: boolean | null | undefined;
  style?: PikaStyle | null | undefined;
  /** Reference video: makes a video-to-video (restyle or extend) job. */
  video?: string | null | undefined;
};

export type VideoProvider =
  | 'KLING'
  | 'LUMA'
  | 'PIKA'
  | 'PIX'
  | 'RUNWAY';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type JobCardFragment = { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, settings: { __typename: 'PikaVideoSettings', mode: PikaMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } } };

export type DashboardRecentJobsQueryVariables = Exact<{
  first: number;
}>;


export type DashboardRecentJobsQuery = { videoJobs: { edges: Array<{ node: { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, settings: { __typename: 'PikaVideoSettings', mode: PikaMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } } } }> } };

export type DashboardJobsUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardJobsUpdatedSubscription = { videoJobsUpdated: { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, settings: { __typename: 'PikaVideoSettings', mode: PikaMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } } } };

export type DashboardSubmitJobMutationVariables = Exact<{
  input: GenerateVideoInput;
}>;


export type DashboardSubmitJobMutation = { generateVideo: { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, settings: { __typename: 'PikaVideoSettings', mode: PikaMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } } } };

export type DashboardInputTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardInputTypesQuery = { __schema: { types: Array<{ kind: __TypeKind, name: string | null, description: string | null, inputFields: Array<{ name: string, description: string | null, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null } }> | null, enumValues: Array<{ name: string, description: string | null }> | null }> } };

export type TypeRefFragment = { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobCardFragmentDoc = new TypedDocumentString(`
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  prompt
  videoUrl
  posterUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
  }
}
    `, {"fragmentName":"JobCard"}) as unknown as TypedDocumentString<JobCardFragment, unknown>;
export const TypeRefFragmentDoc = new TypedDocumentString(`
    fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
      }
    }
  }
}
    `, {"fragmentName":"TypeRef"}) as unknown as TypedDocumentString<TypeRefFragment, unknown>;
export const DashboardRecentJobsDocument = new TypedDocumentString(`
    query DashboardRecentJobs($first: Int!) {
  videoJobs(first: $first) {
    edges {
      node {
        ...JobCard
      }
    }
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  prompt
  videoUrl
  posterUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<DashboardRecentJobsQuery, DashboardRecentJobsQueryVariables>;
export const DashboardJobsUpdatedDocument = new TypedDocumentString(`
    subscription DashboardJobsUpdated {
  videoJobsUpdated {
    ...JobCard
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  prompt
  videoUrl
  posterUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<DashboardJobsUpdatedSubscription, DashboardJobsUpdatedSubscriptionVariables>;
export const DashboardSubmitJobDocument = new TypedDocumentString(`
    mutation DashboardSubmitJob($input: GenerateVideoInput!) {
  generateVideo(input: $input) {
    ...JobCard
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  prompt
  videoUrl
  posterUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<DashboardSubmitJobMutation, DashboardSubmitJobMutationVariables>;
export const DashboardInputTypesDocument = new TypedDocumentString(`
    query DashboardInputTypes {
  __schema {
    types {
      kind
      name
      description
      inputFields {
        name
        description
        type {
          ...TypeRef
        }
      }
      enumValues {
        name
        description
      }
    }
  }
}
    fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<DashboardInputTypesQuery, DashboardInputTypesQueryVariables>;