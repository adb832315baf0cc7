import { graphql } from './generated/index.js';

// What the dashboard asks the gateway, typed by `npm run codegen` (src/dashboard/generated/).

export const JobCard = graphql(`
  fragment JobCard on VideoJob {
    id
    provider
    status
    progress
    estimatedProgress
    estimate { finishesAt seconds basedOn }
    prompt
    videoUrl
    posterUrl
    lastFrameUrl
    previewUrl
    error { code message }
    createdAt
    updatedAt
    finishedAt
    settings {
      __typename
      ... on PikaVideoSettings {
        mode ratio style sfx model image video
        options { frameRate camera { pan tilt rotate zoom } parameters { guidanceScale motion negativePrompt seed } }
      }
      # Same-named fields of other types need their own names in one selection.
      ... on KlingVideoSettings {
        klingModel: model klingMode: mode klingDuration: duration klingRatio: ratio cfgScale image imageTail negativePrompt
        sound referenceImages extend klingEffect: effect images
        camera { type horizontal vertical pan tilt roll zoom }
        shots { prompt duration }
      }
      ... on LumaVideoSettings { image imageEnd expandPrompt loop extend }
      ... on RunwayVideoSettings {
        runwayModel: model runwayRatio: ratio seconds runwayStyle: style image lastImage imageAsEndFrame flip video
        structureTransformation character edit referenceImage motion { x y z r bgXPan bgYPan }
      }
      ... on PixVideoSettings {
        pixModel: model ratio pixStyle: style pixDuration: duration negativePrompt seed effect image lastImage cameraMovement
        pixQuality: quality audio referenceImages
        soundEffect { enabled description }
        lipSync { speaker text }
      }
      # Armor allows 20 aliases per operation: alias only what differs in type from a field above.
      ... on SoraVideoSettings { soraModel: model ratio soraDuration: duration size image }
      ... on VeoVideoSettings { veoModel: model ratio veoDuration: duration quality image lastImage referenceImages }
      ... on GrokVideoSettings { grokModel: model ratio grokDuration: duration image }
    }
  }
`);

export const RecentJobs = graphql(`
  query DashboardRecentJobs($first: Int!, $after: String, $filter: VideoJobFilter) {
    videoJobs(first: $first, after: $after, filter: $filter) {
      edges { node { ...JobCard } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const JobsUpdated = graphql(`
  subscription DashboardJobsUpdated {
    videoJobsUpdated { ...JobCard }
  }
`);

export const SubmitJob = graphql(`
  mutation DashboardSubmitJob($input: GenerateVideoInput!) {
    generateVideo(input: $input) { ...JobCard }
  }
`);

export const CancelJob = graphql(`
  mutation DashboardCancelJob($id: ID!) {
    cancelVideoJob(id: $id) { ...JobCard }
  }
`);

export const JobHistory = graphql(`
  query DashboardJobHistory($id: ID!) {
    videoJob(id: $id) { id events { from to progress source applied at } }
  }
`);

/** What each provider offers: the form's tabs, and its ratios, models, lengths and defaults (works with introspection off). */
export const Providers = graphql(`
  query DashboardProviders {
    videoProviders {
      provider input inputType modes ratios defaultRatio defaultModel durationField
      models { value upstream }
      durations { value seconds }
      styles { value upstream }
    }
  }
`);
