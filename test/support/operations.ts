import { graphql } from './generated/index.js';

// The operations the tests run, typed by `npm run codegen` (test/support/generated/).

export const JobFields = graphql(`
  fragment JobFields on VideoJob {
    id
    provider
    mode
    status
    progress
    prompt
    upstreamTaskId
    videoUrl
    posterUrl
    lastFrameUrl
    previewUrl
    error { code message }
    createdAt
    updatedAt
    finishedAt
    cost { points refunded }
  }
`);

export const GenerateVideo = graphql(`
  mutation GenerateVideo($input: GenerateVideoInput!, $idempotencyKey: String) {
    generateVideo(input: $input, idempotencyKey: $idempotencyKey) {
      ...JobFields
      settings {
        ... on PikaVideoSettings {
          mode prompt ratio style sfx model image video
          options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }
        }
      }
    }
  }
`);

export const VideoJobUpdated = graphql(`
  subscription VideoJobUpdated($id: ID!) {
    videoJobUpdated(id: $id) { ...JobFields }
  }
`);

export const VideoJobsUpdated = graphql(`
  subscription VideoJobsUpdated($filter: VideoJobFilter) {
    videoJobsUpdated(filter: $filter) { id status progress }
  }
`);

export const VideoJobWithEvents = graphql(`
  query VideoJobWithEvents($id: ID!) {
    videoJob(id: $id) {
      ...JobFields
      events { from to progress source at }
    }
  }
`);

export const VideoJobs = graphql(`
  query VideoJobs($first: Int, $after: String, $last: Int, $before: String, $filter: VideoJobFilter) {
    videoJobs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      edges { cursor node { id status prompt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

export const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) { id ... on VideoJob { status prompt } }
  }
`);

export const CancelVideoJob = graphql(`
  mutation CancelVideoJob($id: ID!) {
    cancelVideoJob(id: $id) { ...JobFields }
  }
`);

// Each provider's settings, read back; one query each (their same-named fields differ in type).

export const KlingSettings = graphql(`
  query KlingSettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings {
        ... on KlingVideoSettings {
          prompt negativePrompt model mode duration ratio cfgScale image imageTail
          camera { type horizontal vertical pan tilt roll zoom }
        }
      }
    }
  }
`);

export const LumaSettings = graphql(`
  query LumaSettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings { ... on LumaVideoSettings { prompt image imageEnd expandPrompt loop extend } }
    }
  }
`);

export const RunwaySettings = graphql(`
  query RunwaySettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings {
        ... on RunwayVideoSettings {
          prompt model ratio seconds style image lastImage imageAsEndFrame flip video structureTransformation character edit referenceImage
          motion { x y z r bgXPan bgYPan }
        }
      }
    }
  }
`);

export const PixSettings = graphql(`
  query PixSettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings {
        ... on PixVideoSettings {
          prompt model ratio negativePrompt seed style effect image lastImage duration cameraMovement quality audio referenceImages
          soundEffect { enabled description }
          lipSync { speaker text }
        }
      }
    }
  }
`);

export const SoraSettings = graphql(`
  query SoraSettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings { ... on SoraVideoSettings { prompt model ratio duration size image } }
    }
  }
`);

export const VeoSettings = graphql(`
  query VeoSettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings { ... on VeoVideoSettings { prompt model ratio duration quality image lastImage referenceImages } }
    }
  }
`);

export const GrokSettings = graphql(`
  query GrokSettings($id: ID!) {
    videoJob(id: $id) {
      mode
      settings { ... on GrokVideoSettings { prompt model ratio duration image } }
    }
  }
`);

export const JobEstimate = graphql(`
  query JobEstimate($id: ID!) {
    videoJob(id: $id) { status progress estimatedProgress estimate { finishesAt seconds basedOn } }
  }
`);

export const QueuedJobs = graphql(`
  query QueuedJobs($filter: VideoJobFilter) {
    videoJobs(first: 50, filter: $filter) { edges { node { id status queuePosition } } }
  }
`);

export const FollowQueue = graphql(`
  subscription FollowQueue($id: ID!) {
    videoJobUpdated(id: $id) { id status queuePosition }
  }
`);

export const VideoProviders = graphql(`
  query VideoProviders {
    videoProviders {
      provider input inputType modes ratios defaultRatio durationField defaultModel
      durations { value seconds }
      models { value upstream ratios unsupported durations { value seconds } }
      styles { value upstream }
    }
  }
`);
