import type { RawCommit } from './ports.js'

/** What a commit message says under Conventional Commits 1.0; `type` is null for a free-form message. */
export interface ConventionalSubject {
  /** Lower-cased, because the spec says types are case-insensitive. */
  type: string | null
  scope: string | null
  breaking: boolean
  /** The text after `type(scope)!: `, or the whole subject of a free-form message. */
  description: string
}

/** A glob list per service id; a glob starting with `!` excludes, a glob ending with `/` means everything under it. */
export type ServicePaths = Record<string, string[]>

/** Everything `buildChangeSet` needs: the range, the commits in it, and the paths that make a change risky. */
export interface ChangeSetInput {
  previousTag: string | null
  tag: string
  commits: RawCommit[]
  servicePaths: ServicePaths
  /** Globs whose changes deserve a second look (kind `risky-path`). */
  riskyPaths: string[]
  /** Globs of the release config itself (kind `config-changed`), e.g. `.github/release-gate.yml`. */
  configPaths?: string[]
  /** Globs of the rollback scripts (kind `rollback-script-changed`), e.g. `scripts/rollback_*.sh`. */
  rollbackScriptPaths?: string[]
  /** Configured services that have no rollback command. */
  servicesWithoutRollback: string[]
  /** The range as git was asked for it (e.g. `v1.0.0..HEAD`); defaults to `previousTag..tag`, or `tag`. */
  range?: string
}

// The change set is hand-written: release-manifest.schema.json leaves its objects open (more keys allowed) and names
// only the fields a reader relies on, so the generated type is looser than what buildChangeSet produces. These are type
// aliases, not interfaces, so they fit that open shape; readiness checks it with `satisfies ReleaseManifest`.

/** One commit of a change set, interpreted. */
export type ChangeSetCommit = {
  sha: string
  shortSha: string
  subject: string
  author: string
  email?: string
  date: string
  type: string | null
  scope: string | null
  breaking: boolean
  description: string
  pullRequests: number[]
  issues: string[]
  files: string[]
  services: string[]
}

/** The kinds of risk a change set can carry. */
export type ChangeRiskKind =
  | 'breaking-change'
  | 'config-changed'
  | 'rollback-script-changed'
  | 'risky-path'
  | 'no-rollback-command'
  | 'first-release'

/** One reason to look harder at a release; `files`, `commits` (full shas) and `service` say what it is about. */
export type ChangeRisk = {
  kind: ChangeRiskKind
  detail: string
  files?: string[]
  commits?: string[]
  service?: string
}

/** The change set of a release: what is in scope, grouped, and what makes it risky. */
export type ChangeSet = {
  tag: string
  range: string
  previousTag: string | null
  firstRelease: boolean
  /** In the order given (git's: newest first). */
  commits: ChangeSetCommit[]
  /**
   * Full shas, a partition of `commits` (each commit in exactly one group) so that a manifest lists it once:
   * a breaking commit is in `breaking` whatever its type; `other` holds every type but feat and fix, and
   * free-form messages (merge commits included).
   */
  groups: { breaking: string[]; features: string[]; fixes: string[]; other: string[] }
  pullRequests: number[]
  issues: string[]
  authors: string[]
  files: string[]
  /** In the order of `servicePaths`. */
  services: string[]
  risks: ChangeRisk[]
}
