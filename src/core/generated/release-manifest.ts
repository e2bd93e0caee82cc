// Generated from schemas/evidence/release-manifest.schema.json by `npm run generate:types` (scripts/generate-types.mjs).
// Do not edit by hand: change the schema and regenerate.

import type { SchemaVersion, Tag, Time } from './common.js'

/**
 * Phase 1: the release's change set (JSON twin of release-manifest.md)
 */
export interface ReleaseManifest {
  schemaVersion: SchemaVersion
  artifact: 'release-manifest.json'
  tag: Tag
  generatedAt: Time
  notes: string[]
  stakeholders: {
    name: string
    role?: string
    [k: string]: unknown
  }[]
  changeSet: {
    tag: string
    range: string
    previousTag: string | null
    firstRelease: boolean
    commits: {
      sha: string
      subject: string
      author: string
      type: string | null
      breaking: boolean
      pullRequests: number[]
      issues: string[]
      files: string[]
      services: string[]
      [k: string]: unknown
    }[]
    groups: {
      breaking: string[]
      features: string[]
      fixes: string[]
      other: string[]
      [k: string]: unknown
    }
    pullRequests: number[]
    issues: string[]
    authors: string[]
    files: string[]
    services: string[]
    risks: {
      kind:
        | 'breaking-change'
        | 'config-changed'
        | 'rollback-script-changed'
        | 'risky-path'
        | 'no-rollback-command'
        | 'first-release'
      detail: string
      [k: string]: unknown
    }[]
    [k: string]: unknown
  }
  /**
   * GitHub mode: the change set's pull requests with titles, labels and reviewers.
   */
  pullRequestDetails: {
    number: number
    title: string
    author: string
    labels: string[]
    requestedReviewers: string[]
    approvedBy: string[]
    mergedAt: string | null
    url: string
  }[]
}
