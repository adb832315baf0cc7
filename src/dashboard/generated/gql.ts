/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  fragment JobCard on VideoJob {\n    id\n    provider\n    status\n    progress\n    estimatedProgress\n    estimate { finishesAt seconds basedOn }\n    prompt\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    settings {\n      __typename\n      ... on PikaVideoSettings {\n        mode ratio style sfx model image video\n        options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n      }\n      # Same-named fields of other types need their own names in one selection.\n      ... on KlingVideoSettings {\n        klingModel: model klingMode: mode klingDuration: duration klingRatio: ratio cfgScale image imageTail negativePrompt\n        sound referenceImages extend klingEffect: effect images\n        camera { type horizontal vertical pan tilt roll zoom }\n        shots { prompt duration }\n      }\n      ... on LumaVideoSettings { image imageEnd expandPrompt loop extend }\n      ... on RunwayVideoSettings {\n        runwayModel: model runwayRatio: ratio seconds runwayStyle: style image lastImage imageAsEndFrame flip video\n        structureTransformation character edit referenceImage motion { x y z r bgXPan bgYPan }\n      }\n      ... on PixVideoSettings {\n        pixModel: model ratio pixStyle: style pixDuration: duration negativePrompt seed effect image lastImage cameraMovement\n        pixQuality: quality audio referenceImages\n        soundEffect { enabled description }\n        lipSync { speaker text }\n      }\n      # Armor allows 20 aliases per operation: alias only what differs in type from a field above.\n      ... on SoraVideoSettings { soraModel: model ratio soraDuration: duration size image }\n      ... on VeoVideoSettings { veoModel: model ratio veoDuration: duration quality image lastImage referenceImages }\n      ... on GrokVideoSettings { grokModel: model ratio grokDuration: duration image }\n    }\n  }\n": typeof types.JobCardFragmentDoc,
    "\n  query DashboardRecentJobs($first: Int!, $after: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, filter: $filter) {\n      edges { node { ...JobCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DashboardRecentJobsDocument,
    "\n  subscription DashboardJobsUpdated {\n    videoJobsUpdated { ...JobCard }\n  }\n": typeof types.DashboardJobsUpdatedDocument,
    "\n  mutation DashboardSubmitJob($input: GenerateVideoInput!) {\n    generateVideo(input: $input) { ...JobCard }\n  }\n": typeof types.DashboardSubmitJobDocument,
    "\n  mutation DashboardCancelJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobCard }\n  }\n": typeof types.DashboardCancelJobDocument,
    "\n  query DashboardJobHistory($id: ID!) {\n    videoJob(id: $id) { id events { from to progress source applied at } }\n  }\n": typeof types.DashboardJobHistoryDocument,
    "\n  query DashboardProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio defaultModel durationField\n      models { value upstream }\n      durations { value seconds }\n      styles { value upstream }\n    }\n  }\n": typeof types.DashboardProvidersDocument,
};
const documents: Documents = {
    "\n  fragment JobCard on VideoJob {\n    id\n    provider\n    status\n    progress\n    estimatedProgress\n    estimate { finishesAt seconds basedOn }\n    prompt\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    settings {\n      __typename\n      ... on PikaVideoSettings {\n        mode ratio style sfx model image video\n        options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n      }\n      # Same-named fields of other types need their own names in one selection.\n      ... on KlingVideoSettings {\n        klingModel: model klingMode: mode klingDuration: duration klingRatio: ratio cfgScale image imageTail negativePrompt\n        sound referenceImages extend klingEffect: effect images\n        camera { type horizontal vertical pan tilt roll zoom }\n        shots { prompt duration }\n      }\n      ... on LumaVideoSettings { image imageEnd expandPrompt loop extend }\n      ... on RunwayVideoSettings {\n        runwayModel: model runwayRatio: ratio seconds runwayStyle: style image lastImage imageAsEndFrame flip video\n        structureTransformation character edit referenceImage motion { x y z r bgXPan bgYPan }\n      }\n      ... on PixVideoSettings {\n        pixModel: model ratio pixStyle: style pixDuration: duration negativePrompt seed effect image lastImage cameraMovement\n        pixQuality: quality audio referenceImages\n        soundEffect { enabled description }\n        lipSync { speaker text }\n      }\n      # Armor allows 20 aliases per operation: alias only what differs in type from a field above.\n      ... on SoraVideoSettings { soraModel: model ratio soraDuration: duration size image }\n      ... on VeoVideoSettings { veoModel: model ratio veoDuration: duration quality image lastImage referenceImages }\n      ... on GrokVideoSettings { grokModel: model ratio grokDuration: duration image }\n    }\n  }\n": types.JobCardFragmentDoc,
    "\n  query DashboardRecentJobs($first: Int!, $after: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, filter: $filter) {\n      edges { node { ...JobCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DashboardRecentJobsDocument,
    "\n  subscription DashboardJobsUpdated {\n    videoJobsUpdated { ...JobCard }\n  }\n": types.DashboardJobsUpdatedDocument,
    "\n  mutation DashboardSubmitJob($input: GenerateVideoInput!) {\n    generateVideo(input: $input) { ...JobCard }\n  }\n": types.DashboardSubmitJobDocument,
    "\n  mutation DashboardCancelJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobCard }\n  }\n": types.DashboardCancelJobDocument,
    "\n  query DashboardJobHistory($id: ID!) {\n    videoJob(id: $id) { id events { from to progress source applied at } }\n  }\n": types.DashboardJobHistoryDocument,
    "\n  query DashboardProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio defaultModel durationField\n      models { value upstream }\n      durations { value seconds }\n      styles { value upstream }\n    }\n  }\n": types.DashboardProvidersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobCard on VideoJob {\n    id\n    provider\n    status\n    progress\n    estimatedProgress\n    estimate { finishesAt seconds basedOn }\n    prompt\n    videoUrl\n    posterUrl\n    lastFrameUrl\n    previewUrl\n    error { code message }\n    createdAt\n    updatedAt\n    finishedAt\n    settings {\n      __typename\n      ... on PikaVideoSettings {\n        mode ratio style sfx model image video\n        options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }\n      }\n      # Same-named fields of other types need their own names in one selection.\n      ... on KlingVideoSettings {\n        klingModel: model klingMode: mode klingDuration: duration klingRatio: ratio cfgScale image imageTail negativePrompt\n        sound referenceImages extend klingEffect: effect images\n        camera { type horizontal vertical pan tilt roll zoom }\n        shots { prompt duration }\n      }\n      ... on LumaVideoSettings { image imageEnd expandPrompt loop extend }\n      ... on RunwayVideoSettings {\n        runwayModel: model runwayRatio: ratio seconds runwayStyle: style image lastImage imageAsEndFrame flip video\n        structureTransformation character edit referenceImage motion { x y z r bgXPan bgYPan }\n      }\n      ... on PixVideoSettings {\n        pixModel: model ratio pixStyle: style pixDuration: duration negativePrompt seed effect image lastImage cameraMovement\n        pixQuality: quality audio referenceImages\n        soundEffect { enabled description }\n        lipSync { speaker text }\n      }\n      # Armor allows 20 aliases per operation: alias only what differs in type from a field above.\n      ... on SoraVideoSettings { soraModel: model ratio soraDuration: duration size image }\n      ... on VeoVideoSettings { veoModel: model ratio veoDuration: duration quality image lastImage referenceImages }\n      ... on GrokVideoSettings { grokModel: model ratio grokDuration: duration image }\n    }\n  }\n"): typeof import('./graphql.js').JobCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRecentJobs($first: Int!, $after: String, $filter: VideoJobFilter) {\n    videoJobs(first: $first, after: $after, filter: $filter) {\n      edges { node { ...JobCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').DashboardRecentJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardJobsUpdated {\n    videoJobsUpdated { ...JobCard }\n  }\n"): typeof import('./graphql.js').DashboardJobsUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSubmitJob($input: GenerateVideoInput!) {\n    generateVideo(input: $input) { ...JobCard }\n  }\n"): typeof import('./graphql.js').DashboardSubmitJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCancelJob($id: ID!) {\n    cancelVideoJob(id: $id) { ...JobCard }\n  }\n"): typeof import('./graphql.js').DashboardCancelJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardJobHistory($id: ID!) {\n    videoJob(id: $id) { id events { from to progress source applied at } }\n  }\n"): typeof import('./graphql.js').DashboardJobHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProviders {\n    videoProviders {\n      provider input inputType modes ratios defaultRatio defaultModel durationField\n      models { value upstream }\n      durations { value seconds }\n      styles { value upstream }\n    }\n  }\n"): typeof import('./graphql.js').DashboardProvidersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
