/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** What caused a change: API (this gateway's calls), CALLBACK (the provider's), POLL (a feed query), SYSTEM (time-outs). */
export type EventSource =
  | 'API'
  | 'CALLBACK'
  | 'POLL'
  | 'SYSTEM';

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

export type VideoJobFilter = {
  provider?: VideoProvider | null | undefined;
  /** Any of these statuses. */
  status?: Array<JobStatus> | null | undefined;
};

export type VideoProvider =
  | 'KLING'
  | 'LUMA'
  | 'PIKA'
  | 'PIX'
  | 'RUNWAY';

export type JobFieldsFragment = { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null };

export type GenerateVideoMutationVariables = Exact<{
  input: GenerateVideoInput;
}>;


export type GenerateVideoMutation = { generateVideo: { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, settings: { mode: PikaMode, prompt: string, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }, error: { code: string, message: string } | null } };

export type VideoJobUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type VideoJobUpdatedSubscription = { videoJobUpdated: { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null } };

export type VideoJobsUpdatedSubscriptionVariables = Exact<{
  filter?: VideoJobFilter | null | undefined;
}>;


export type VideoJobsUpdatedSubscription = { videoJobsUpdated: { id: string, status: JobStatus, progress: number } };

export type VideoJobWithEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type VideoJobWithEventsQuery = { videoJob: { id: string, provider: VideoProvider, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, events: Array<{ from: JobStatus | null, to: JobStatus, progress: number | null, source: EventSource, at: string }>, error: { code: string, message: string } | null } | null };

export type VideoJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: VideoJobFilter | null | undefined;
}>;


export type VideoJobsQuery = { videoJobs: { edges: Array<{ cursor: string, node: { id: string, status: JobStatus, prompt: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node: { status: JobStatus, prompt: string | null, id: string } | null };

export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const GenerateVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PikaVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"sfx"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"video"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pan"}},{"kind":"Field","name":{"kind":"Name","value":"tilt"}},{"kind":"Field","name":{"kind":"Name","value":"rotate"}},{"kind":"Field","name":{"kind":"Name","value":"zoom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceScale"}},{"kind":"Field","name":{"kind":"Name","value":"motion"}},{"kind":"Field","name":{"kind":"Name","value":"negativePrompt"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<GenerateVideoMutation, GenerateVideoMutationVariables>;
export const VideoJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VideoJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<VideoJobUpdatedSubscription, VideoJobUpdatedSubscriptionVariables>;
export const VideoJobsUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VideoJobsUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobsUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<VideoJobsUpdatedSubscription, VideoJobsUpdatedSubscriptionVariables>;
export const VideoJobWithEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoJobWithEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<VideoJobWithEventsQuery, VideoJobWithEventsQueryVariables>;
export const VideoJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VideoJobsQuery, VideoJobsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;