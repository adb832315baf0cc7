/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query JobsWithEvents($first: Int) {\n    videoJobs(first: $first) { edges { node { id prompt events { from to source } } } }\n  }\n": typeof types.JobsWithEventsDocument,
    "\n  fragment JobFields on VideoJob {\n    id\n    provider\n    mode\n    status\n    progress\n    prompt\n    upstreamTaskId\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    cost { points refunded }\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  mutation GenerateVideo($input: GenerateVideoInput!, $idempotencyKey: String) {\n    generateVideo(input: $input, idempotencyKey: $idempotencyKey) {\n      ...JobFields\n      settings {\n        ... on PikaVideoSettings {\n          mode prompt ratio style sfx model image video\n          options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n        }\n      }\n    }\n  }\n": typeof types.GenerateVideoDocument,
    "\n  subscription VideoJobUpdated($id: ID!) {\n    videoJobUpdated(id: $id) { ...JobFields }\n  }\n": typeof types.VideoJobUpdatedDocument,
    "\n  subscription VideoJobsUpdated($filter: VideoJobFilter) {\n    videoJobsUpdated(filter: $filter) { id status progress }\n  }\n": typeof types.VideoJobsUpdatedDocument,
    "\n  query VideoJobWithEvents($id: ID!) {\n    videoJob(id: $id) {\n      ...JobFields\n      events { from to progress source at }\n    }\n  }\n": typeof types.VideoJobWithEventsDocument,
    "\n  query VideoJobs($first: Int, $after: String, $last: Int, $before: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { id status prompt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.VideoJobsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on VideoJob { status prompt } }\n  }\n": typeof types.NodeByIdDocument,
    "\n  mutation CancelVideoJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobFields }\n  }\n": typeof types.CancelVideoJobDocument,
    "\n  query KlingSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on KlingVideoSettings {\n          prompt negativePrompt model mode duration ratio cfgScale image imageTail\n          camera { type horizontal vertical pan tilt roll zoom }\n        }\n      }\n    }\n  }\n": typeof types.KlingSettingsDocument,
    "\n  query LumaSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on LumaVideoSettings { prompt image imageEnd expandPrompt loop extend } }\n    }\n  }\n": typeof types.LumaSettingsDocument,
    "\n  query RunwaySettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on RunwayVideoSettings {\n          prompt model ratio seconds style image lastImage imageAsEndFrame flip video structureTransformation character edit referenceImage\n          motion { x y z r bgXPan bgYPan }\n        }\n      }\n    }\n  }\n": typeof types.RunwaySettingsDocument,
    "\n  query PixSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on PixVideoSettings {\n          prompt model ratio negativePrompt seed style effect image lastImage duration cameraMovement quality audio referenceImages\n          soundEffect { enabled description }\n          lipSync { speaker text }\n        }\n      }\n    }\n  }\n": typeof types.PixSettingsDocument,
    "\n  query SoraSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on SoraVideoSettings { prompt model ratio duration size image } }\n    }\n  }\n": typeof types.SoraSettingsDocument,
    "\n  query VeoSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on VeoVideoSettings { prompt model ratio duration quality image lastImage referenceImages } }\n    }\n  }\n": typeof types.VeoSettingsDocument,
    "\n  query GrokSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on GrokVideoSettings { prompt model ratio duration image } }\n    }\n  }\n": typeof types.GrokSettingsDocument,
    "\n  query JobEstimate($id: ID!) {\n    videoJob(id: $id) { status progress estimatedProgress estimate { finishesAt seconds basedOn } }\n  }\n": typeof types.JobEstimateDocument,
    "\n  query QueuedJobs($filter: VideoJobFilter) {\n    videoJobs(first: 50, filter: $filter) { edges { node { id status queuePosition } } }\n  }\n": typeof types.QueuedJobsDocument,
    "\n  subscription FollowQueue($id: ID!) {\n    videoJobUpdated(id: $id) { id status queuePosition }\n  }\n": typeof types.FollowQueueDocument,
    "\n  query VideoProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio durationField defaultModel\n      durations { value seconds }\n      models { value upstream ratios unsupported durations { value seconds } }\n      styles { value upstream }\n    }\n  }\n": typeof types.VideoProvidersDocument,
};
const documents: Documents = {
    "\n  query JobsWithEvents($first: Int) {\n    videoJobs(first: $first) { edges { node { id prompt events { from to source } } } }\n  }\n": types.JobsWithEventsDocument,
    "\n  fragment JobFields on VideoJob {\n    id\n    provider\n    mode\n    status\n    progress\n    prompt\n    upstreamTaskId\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    cost { points refunded }\n  }\n": types.JobFieldsFragmentDoc,
    "\n  mutation GenerateVideo($input: GenerateVideoInput!, $idempotencyKey: String) {\n    generateVideo(input: $input, idempotencyKey: $idempotencyKey) {\n      ...JobFields\n      settings {\n        ... on PikaVideoSettings {\n          mode prompt ratio style sfx model image video\n          options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n        }\n      }\n    }\n  }\n": types.GenerateVideoDocument,
    "\n  subscription VideoJobUpdated($id: ID!) {\n    videoJobUpdated(id: $id) { ...JobFields }\n  }\n": types.VideoJobUpdatedDocument,
    "\n  subscription VideoJobsUpdated($filter: VideoJobFilter) {\n    videoJobsUpdated(filter: $filter) { id status progress }\n  }\n": types.VideoJobsUpdatedDocument,
    "\n  query VideoJobWithEvents($id: ID!) {\n    videoJob(id: $id) {\n      ...JobFields\n      events { from to progress source at }\n    }\n  }\n": types.VideoJobWithEventsDocument,
    "\n  query VideoJobs($first: Int, $after: String, $last: Int, $before: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { id status prompt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.VideoJobsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on VideoJob { status prompt } }\n  }\n": types.NodeByIdDocument,
    "\n  mutation CancelVideoJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobFields }\n  }\n": types.CancelVideoJobDocument,
    "\n  query KlingSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on KlingVideoSettings {\n          prompt negativePrompt model mode duration ratio cfgScale image imageTail\n          camera { type horizontal vertical pan tilt roll zoom }\n        }\n      }\n    }\n  }\n": types.KlingSettingsDocument,
    "\n  query LumaSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on LumaVideoSettings { prompt image imageEnd expandPrompt loop extend } }\n    }\n  }\n": types.LumaSettingsDocument,
    "\n  query RunwaySettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on RunwayVideoSettings {\n          prompt model ratio seconds style image lastImage imageAsEndFrame flip video structureTransformation character edit referenceImage\n          motion { x y z r bgXPan bgYPan }\n        }\n      }\n    }\n  }\n": types.RunwaySettingsDocument,
    "\n  query PixSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on PixVideoSettings {\n          prompt model ratio negativePrompt seed style effect image lastImage duration cameraMovement quality audio referenceImages\n          soundEffect { enabled description }\n          lipSync { speaker text }\n        }\n      }\n    }\n  }\n": types.PixSettingsDocument,
    "\n  query SoraSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on SoraVideoSettings { prompt model ratio duration size image } }\n    }\n  }\n": types.SoraSettingsDocument,
    "\n  query VeoSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on VeoVideoSettings { prompt model ratio duration quality image lastImage referenceImages } }\n    }\n  }\n": types.VeoSettingsDocument,
    "\n  query GrokSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on GrokVideoSettings { prompt model ratio duration image } }\n    }\n  }\n": types.GrokSettingsDocument,
    "\n  query JobEstimate($id: ID!) {\n    videoJob(id: $id) { status progress estimatedProgress estimate { finishesAt seconds basedOn } }\n  }\n": types.JobEstimateDocument,
    "\n  query QueuedJobs($filter: VideoJobFilter) {\n    videoJobs(first: 50, filter: $filter) { edges { node { id status queuePosition } } }\n  }\n": types.QueuedJobsDocument,
    "\n  subscription FollowQueue($id: ID!) {\n    videoJobUpdated(id: $id) { id status queuePosition }\n  }\n": types.FollowQueueDocument,
    "\n  query VideoProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio durationField defaultModel\n      durations { value seconds }\n      models { value upstream ratios unsupported durations { value seconds } }\n      styles { value upstream }\n    }\n  }\n": types.VideoProvidersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsWithEvents($first: Int) {\n    videoJobs(first: $first) { edges { node { id prompt events { from to source } } } }\n  }\n"): (typeof documents)["\n  query JobsWithEvents($first: Int) {\n    videoJobs(first: $first) { edges { node { id prompt events { from to source } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on VideoJob {\n    id\n    provider\n    mode\n    status\n    progress\n    prompt\n    upstreamTaskId\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    cost { points refunded }\n  }\n"): (typeof documents)["\n  fragment JobFields on VideoJob {\n    id\n    provider\n    mode\n    status\n    progress\n    prompt\n    upstreamTaskId\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    cost { points refunded }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateVideo($input: GenerateVideoInput!, $idempotencyKey: String) {\n    generateVideo(input: $input, idempotencyKey: $idempotencyKey) {\n      ...JobFields\n      settings {\n        ... on PikaVideoSettings {\n          mode prompt ratio style sfx model image video\n          options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateVideo($input: GenerateVideoInput!, $idempotencyKey: String) {\n    generateVideo(input: $input, idempotencyKey: $idempotencyKey) {\n      ...JobFields\n      settings {\n        ... on PikaVideoSettings {\n          mode prompt ratio style sfx model image video\n          options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VideoJobUpdated($id: ID!) {\n    videoJobUpdated(id: $id) { ...JobFields }\n  }\n"): (typeof documents)["\n  subscription VideoJobUpdated($id: ID!) {\n    videoJobUpdated(id: $id) { ...JobFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VideoJobsUpdated($filter: VideoJobFilter) {\n    videoJobsUpdated(filter: $filter) { id status progress }\n  }\n"): (typeof documents)["\n  subscription VideoJobsUpdated($filter: VideoJobFilter) {\n    videoJobsUpdated(filter: $filter) { id status progress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VideoJobWithEvents($id: ID!) {\n    videoJob(id: $id) {\n      ...JobFields\n      events { from to progress source at }\n    }\n  }\n"): (typeof documents)["\n  query VideoJobWithEvents($id: ID!) {\n    videoJob(id: $id) {\n      ...JobFields\n      events { from to progress source at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VideoJobs($first: Int, $after: String, $last: Int, $before: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { id status prompt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query VideoJobs($first: Int, $after: String, $last: Int, $before: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      edges { cursor node { id status prompt } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on VideoJob { status prompt } }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on VideoJob { status prompt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVideoJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobFields }\n  }\n"): (typeof documents)["\n  mutation CancelVideoJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KlingSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on KlingVideoSettings {\n          prompt negativePrompt model mode duration ratio cfgScale image imageTail\n          camera { type horizontal vertical pan tilt roll zoom }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KlingSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on KlingVideoSettings {\n          prompt negativePrompt model mode duration ratio cfgScale image imageTail\n          camera { type horizontal vertical pan tilt roll zoom }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LumaSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on LumaVideoSettings { prompt image imageEnd expandPrompt loop extend } }\n    }\n  }\n"): (typeof documents)["\n  query LumaSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on LumaVideoSettings { prompt image imageEnd expandPrompt loop extend } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunwaySettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on RunwayVideoSettings {\n          prompt model ratio seconds style image lastImage imageAsEndFrame flip video structureTransformation character edit referenceImage\n          motion { x y z r bgXPan bgYPan }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunwaySettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on RunwayVideoSettings {\n          prompt model ratio seconds style image lastImage imageAsEndFrame flip video structureTransformation character edit referenceImage\n          motion { x y z r bgXPan bgYPan }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PixSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on PixVideoSettings {\n          prompt model ratio negativePrompt seed style effect image lastImage duration cameraMovement quality audio referenceImages\n          soundEffect { enabled description }\n          lipSync { speaker text }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PixSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings {\n        ... on PixVideoSettings {\n          prompt model ratio negativePrompt seed style effect image lastImage duration cameraMovement quality audio referenceImages\n          soundEffect { enabled description }\n          lipSync { speaker text }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SoraSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on SoraVideoSettings { prompt model ratio duration size image } }\n    }\n  }\n"): (typeof documents)["\n  query SoraSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on SoraVideoSettings { prompt model ratio duration size image } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VeoSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on VeoVideoSettings { prompt model ratio duration quality image lastImage referenceImages } }\n    }\n  }\n"): (typeof documents)["\n  query VeoSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on VeoVideoSettings { prompt model ratio duration quality image lastImage referenceImages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrokSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on GrokVideoSettings { prompt model ratio duration image } }\n    }\n  }\n"): (typeof documents)["\n  query GrokSettings($id: ID!) {\n    videoJob(id: $id) {\n      mode\n      settings { ... on GrokVideoSettings { prompt model ratio duration image } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobEstimate($id: ID!) {\n    videoJob(id: $id) { status progress estimatedProgress estimate { finishesAt seconds basedOn } }\n  }\n"): (typeof documents)["\n  query JobEstimate($id: ID!) {\n    videoJob(id: $id) { status progress estimatedProgress estimate { finishesAt seconds basedOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuedJobs($filter: VideoJobFilter) {\n    videoJobs(first: 50, filter: $filter) { edges { node { id status queuePosition } } }\n  }\n"): (typeof documents)["\n  query QueuedJobs($filter: VideoJobFilter) {\n    videoJobs(first: 50, filter: $filter) { edges { node { id status queuePosition } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FollowQueue($id: ID!) {\n    videoJobUpdated(id: $id) { id status queuePosition }\n  }\n"): (typeof documents)["\n  subscription FollowQueue($id: ID!) {\n    videoJobUpdated(id: $id) { id status queuePosition }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VideoProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio durationField defaultModel\n      durations { value seconds }\n      models { value upstream ratios unsupported durations { value seconds } }\n      styles { value upstream }\n    }\n  }\n"): (typeof documents)["\n  query VideoProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio durationField defaultModel\n      durations { value seconds }\n      models { value upstream ratios unsupported durations { value seconds } }\n      styles { value upstream }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;