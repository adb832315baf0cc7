import { graphql } from './generated/index.js';

// The operations the tests run, typed by `npm run codegen` (test/support/generated/).

export const JobFields = graphql(`
  fragment JobFields on VideoJob {
    id
    provider
    status
    progress
    prompt
    upstreamTaskId
    videoUrl
    posterUrl
    error { code message }
    createdAt
    updatedAt
    finishedAt
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
