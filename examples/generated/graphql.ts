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

export type SubmitVideoMutationVariables = Exact<{
  input: GenerateVideoInput;
}>;


export type SubmitVideoMutation = { generateVideo: { id: string, status: JobStatus, progress: number } };

export type FollowVideoSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FollowVideoSubscription = { videoJobUpdated: { status: JobStatus, progress: number, videoUrl: string | null, error: { code: string, message: string } | null } };

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

export const SubmitVideoDocument = new TypedDocumentString(`
    mutation SubmitVideo($input: GenerateVideoInput!) {
  generateVideo(input: $input) {
    id
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<SubmitVideoMutation, SubmitVideoMutationVariables>;
export const FollowVideoDocument = new TypedDocumentString(`
    subscription FollowVideo($id: ID!) {
  videoJobUpdated(id: $id) {
    status
    progress
    videoUrl
    error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FollowVideoSubscription, FollowVideoSubscriptionVariables>;