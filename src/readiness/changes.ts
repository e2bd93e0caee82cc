import picomatch from 'picomatch'

/** One commit as git reports it, before any interpretation. */
export interface RawCommit {
  sha: string
  author: string
  email: string
  /** Author date, strict ISO 8601 (`%aI`). */
  date: string
  subject: string
  body: string
  /** Paths the commit changed; for a merge, its diff against the first parent. */
  files: string[]
}

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

/** One commit of a change set, interpreted. */
export interface ChangeSetCommit {
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
export interface ChangeRisk {
  kind: ChangeRiskKind
  detail: string
  files?: string[]
  commits?: string[]
  service?: string
}

/** The change set of a release: what is in scope, grouped, and what makes it risky. */
export interface ChangeSet {
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

/** Commit hashes in the manifest are this long, as in the rest of release-manifest.md. */
const SHORT_SHA_LENGTH = 12

const CONVENTIONAL_HEADER =
  /^(?<type>[A-Za-z][\w-]*)(?:\((?<scope>[^()]*)\))?(?<bang>!)?:\s+(?<description>\S.*)$/s
// The spec wants the token upper-case; `BREAKING-CHANGE` is its synonym. Matched anywhere in the body because a
// missed breaking change costs more than a false alarm.
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE(?::[ \t]*| #)(?<note>.*)$/m

/** Reads a commit message as Conventional Commits 1.0: `feat(api)!: x`, `fix: y`, a `BREAKING CHANGE:` footer. */
export function parseConventionalSubject(subject: string, body = ''): ConventionalSubject {
  const header = CONVENTIONAL_HEADER.exec(subject.trim())?.groups
  const footerBreaking = BREAKING_FOOTER.test(body)
  if (!header) return { type: null, scope: null, breaking: footerBreaking, description: subject.trim() }
  return {
    type: (header.type ?? '').toLowerCase(),
    scope: header.scope?.trim() || null,
    breaking: header.bang === '!' || footerBreaking,
    description: (header.description ?? '').trim()
  }
}

/** The notes of the `BREAKING CHANGE:` footers of a commit body. */
export function breakingNotes(body: string): string[] {
  return [...body.matchAll(new RegExp(BREAKING_FOOTER.source, 'gm'))].map(match =>
    (match.groups?.note ?? '').trim()
  )
}

/** Pull request numbers named by a commit: GitHub merge and squash subjects, bors merges, a `PR-URL:` trailer. */
export function pullRequestNumbers(subject: string, body: string): number[] {
  const numbers: number[] = []
  const trimmedSubject = subject.trim()
  const merge = /^Merge pull request #(\d+) from \S/.exec(trimmedSubject)
  if (merge?.[1]) numbers.push(Number(merge[1]))
  const bors = /^Merge((?: #\d+)+)$/.exec(trimmedSubject)
  if (bors?.[1]) numbers.push(...bors[1].split('#').slice(1).map(Number))
  // Only the last `(#n)` is the PR that was squashed; an earlier one belongs to a quoted subject (a revert).
  const squash = /\(#(\d+)\)$/.exec(trimmedSubject)
  if (squash?.[1]) numbers.push(Number(squash[1]))
  for (const trailer of body.matchAll(/^PR-URL:\s*\S+\/pull\/(\d+)\b/gim)) numbers.push(Number(trailer[1]))
  return uniqueSorted(numbers, (a, b) => a - b)
}

// One keyword per reference, as on GitHub (`Fixes #1, fixes #2`); not inside a word (`hotfix #3` links nothing).
const CLOSING_REFERENCE =
  /(?<![\w-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?::[ \t]*|[ \t]+)(?:(?<repo>[\w.-]+\/[\w.-]+)?#(?<number>\d+)|https:\/\/github\.com\/(?<urlRepo>[\w.-]+\/[\w.-]+)\/issues\/(?<urlNumber>\d+))(?!\w)/gi

/** Issues a text closes with GitHub's keywords (close/fix/resolve and their forms): `#12` or `owner/repo#12`. */
export function linkedIssues(text: string): string[] {
  const issues: string[] = []
  for (const match of text.matchAll(CLOSING_REFERENCE)) {
    const groups = match.groups ?? {}
    const repo = groups.repo ?? groups.urlRepo ?? ''
    issues.push(`${repo}#${groups.number ?? groups.urlNumber ?? ''}`)
  }
  return [...new Set(issues)]
}

/** Returns which services a list of changed paths touches, in the order of `servicePaths`. */
export function servicesTouched(files: string[], servicePaths: ServicePaths): string[] {
  return serviceMatcher(servicePaths)(files)
}

function serviceMatcher(servicePaths: ServicePaths): (files: string[]) => string[] {
  const matchers = Object.entries(servicePaths).map(([service, globs]) => ({
    service,
    matches: pathMatcher(globs)
  }))
  return files => matchers.filter(({ matches }) => files.some(matches)).map(({ service }) => service)
}

/** A predicate over repository paths: any including glob matches and no `!` glob does. Dot files count. */
function pathMatcher(globs: string[]): (file: string) => boolean {
  const expand = (glob: string) => (glob.endsWith('/') ? `${glob}**` : glob)
  const included = globs.filter(glob => !glob.startsWith('!')).map(expand)
  const excluded = globs.filter(glob => glob.startsWith('!')).map(glob => expand(glob.slice(1)))
  if (included.length === 0) return () => false
  const isIncluded = picomatch(included, { dot: true })
  const isExcluded = excluded.length > 0 ? picomatch(excluded, { dot: true }) : () => false
  return file => isIncluded(file) && !isExcluded(file)
}

/** Interprets the commits of a release range: groups, pull requests, issues, services in scope, risks. */
export function buildChangeSet(input: ChangeSetInput): ChangeSet {
  const touchedBy = serviceMatcher(input.servicePaths)
  const commits = input.commits.map((raw): ChangeSetCommit => {
    const message = parseConventionalSubject(raw.subject, raw.body)
    return {
      sha: raw.sha,
      shortSha: raw.sha.slice(0, SHORT_SHA_LENGTH),
      subject: raw.subject,
      author: raw.author,
      ...(raw.email ? { email: raw.email } : {}),
      date: raw.date,
      type: message.type,
      scope: message.scope,
      breaking: message.breaking,
      description: message.description,
      pullRequests: pullRequestNumbers(raw.subject, raw.body),
      issues: linkedIssues(`${raw.subject}\n${raw.body}`),
      files: [...raw.files],
      services: touchedBy(raw.files)
    }
  })

  const groups: ChangeSet['groups'] = { breaking: [], features: [], fixes: [], other: [] }
  for (const commit of commits) {
    if (commit.breaking) groups.breaking.push(commit.sha)
    else if (commit.type === 'feat') groups.features.push(commit.sha)
    else if (commit.type === 'fix') groups.fixes.push(commit.sha)
    else groups.other.push(commit.sha)
  }

  const files = uniqueSorted(commits.flatMap(commit => commit.files))
  const servicesInScope = touchedBy(files)
  return {
    tag: input.tag,
    range: input.range ?? (input.previousTag === null ? input.tag : `${input.previousTag}..${input.tag}`),
    previousTag: input.previousTag,
    firstRelease: input.previousTag === null,
    commits,
    groups,
    pullRequests: uniqueSorted(
      commits.flatMap(commit => commit.pullRequests),
      (a, b) => a - b
    ),
    issues: uniqueSorted(
      commits.flatMap(commit => commit.issues),
      naturalOrder
    ),
    authors: uniqueSorted(
      commits.map(commit => commit.author),
      naturalOrder
    ),
    files,
    services: servicesInScope,
    risks: changeRisks(input, commits, servicesInScope)
  }
}

function changeRisks(
  input: ChangeSetInput,
  commits: ChangeSetCommit[],
  servicesInScope: string[]
): ChangeRisk[] {
  const risks: ChangeRisk[] = []
  if (input.previousTag === null) {
    risks.push({
      kind: 'first-release',
      detail: `no previous release tag: every commit up to ${input.tag} is in scope, and there is no earlier release to roll back to`
    })
  }
  const bodyOf = new Map(input.commits.map(raw => [raw.sha, raw.body]))
  for (const commit of commits.filter(c => c.breaking)) {
    const notes = breakingNotes(bodyOf.get(commit.sha) ?? '').filter(Boolean)
    risks.push({
      kind: 'breaking-change',
      detail: `${commit.shortSha} ${commit.subject}${notes.length ? ` (BREAKING CHANGE: ${notes.join('; ')})` : ''}`,
      commits: [commit.sha]
    })
  }

  // A path counts once, under the most specific kind that claims it.
  const pathKinds: { kind: ChangeRiskKind; what: string; matches: (file: string) => boolean }[] = [
    { kind: 'config-changed', what: 'release config', matches: pathMatcher(input.configPaths ?? []) },
    {
      kind: 'rollback-script-changed',
      what: 'rollback script',
      matches: pathMatcher(input.rollbackScriptPaths ?? [])
    },
    { kind: 'risky-path', what: 'risky path', matches: pathMatcher(input.riskyPaths) }
  ]
  const claimed = new Set<string>()
  for (const { kind, what, matches } of pathKinds) {
    const touching = commits
      .map(commit => ({ commit, files: commit.files.filter(file => matches(file) && !claimed.has(file)) }))
      .filter(({ files }) => files.length > 0)
    const files = uniqueSorted(touching.flatMap(t => t.files))
    if (files.length === 0) continue
    files.forEach(file => claimed.add(file))
    const perFile = files.map(
      file =>
        `${file} (${touching
          .filter(t => t.files.includes(file))
          .map(t => t.commit.shortSha)
          .join(', ')})`
    )
    risks.push({
      kind,
      detail: `${what} changed: ${perFile.join('; ')}`,
      files,
      commits: touching.map(t => t.commit.sha)
    })
  }

  const withoutRollback = new Set(input.servicesWithoutRollback)
  for (const service of servicesInScope.filter(s => withoutRollback.has(s))) {
    risks.push({
      kind: 'no-rollback-command',
      detail: `${service} changes in this release but has no rollback command`,
      service
    })
  }
  return risks
}

/** Markdown for the scope part of release-manifest.md: summary, commits by group, PRs, issues, services, risks. */
export function renderChangeSetMarkdown(
  changeSet: ChangeSet,
  options: { headingLevel?: number } = {}
): string[] {
  const heading = '#'.repeat(options.headingLevel ?? 3)
  const bySha = new Map(changeSet.commits.map(commit => [commit.sha, commit]))
  const section = (title: string, body: string[]) => [`${heading} ${title}`, '', ...body, '']
  const commitTable = (shas: string[]) => {
    const rows = shas.flatMap(sha => bySha.get(sha) ?? [])
    if (rows.length === 0) return ['None.']
    return [
      '| Commit | Type | Scope | Description | Author | Pull requests | Issues |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        c =>
          `| \`${c.shortSha}\` | ${tableCell(c.type)} | ${tableCell(c.scope)} | ${tableCell(c.description)} | ${tableCell(c.author)} | ${tableCell(c.pullRequests.map(n => `#${n}`).join(', '))} | ${tableCell(c.issues.join(', '))} |`
      )
    ]
  }
  const shasOf = (predicate: (commit: ChangeSetCommit) => boolean) =>
    changeSet.commits
      .filter(predicate)
      .map(commit => `\`${commit.shortSha}\``)
      .join(', ')

  return [
    summaryLine(changeSet),
    '',
    ...section('Breaking changes', commitTable(changeSet.groups.breaking)),
    ...section('Features', commitTable(changeSet.groups.features)),
    ...section('Fixes', commitTable(changeSet.groups.fixes)),
    ...section('Other', commitTable(changeSet.groups.other)),
    ...section(
      'Pull requests',
      changeSet.pullRequests.length === 0
        ? ['None referenced.']
        : changeSet.pullRequests.map(n => `- #${n}: ${shasOf(c => c.pullRequests.includes(n))}`)
    ),
    ...section(
      'Linked issues',
      changeSet.issues.length === 0
        ? ['None closed by these commits.']
        : changeSet.issues.map(issue => `- ${inlineText(issue)}: ${shasOf(c => c.issues.includes(issue))}`)
    ),
    ...section(
      'Services in scope',
      changeSet.services.length === 0
        ? ['None: no changed path matches a service.']
        : [
            '| Service | Commits | Files changed |',
            '|---|---|---|',
            ...changeSet.services.map(service => {
              const touching = changeSet.commits.filter(c => c.services.includes(service))
              const files = new Set(touching.flatMap(c => c.files))
              return `| ${tableCell(service)} | ${touching.length} | ${files.size} |`
            })
          ]
    ),
    ...section(
      'Risks',
      changeSet.risks.length === 0
        ? ['None found.']
        : [
            '| Risk | Detail |',
            '|---|---|',
            ...changeSet.risks.map(risk => `| ${risk.kind} | ${tableCell(risk.detail)} |`)
          ]
    )
  ]
}

function summaryLine(changeSet: ChangeSet): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
  const what =
    changeSet.previousTag === null
      ? `${changeSet.tag} (first release, no previous tag): ${count(changeSet.commits.length, 'commit')} in range ${changeSet.range}`
      : `${changeSet.tag}: ${count(changeSet.commits.length, 'commit')} since ${changeSet.previousTag} (range ${changeSet.range})`
  const services = changeSet.services.length ? ` (${changeSet.services.join(', ')})` : ''
  return inlineText(
    `${what} by ${count(changeSet.authors.length, 'author')}; ` +
      `${count(changeSet.files.length, 'file')} changed in ${count(changeSet.services.length, 'service')}${services}; ` +
      `${count(changeSet.risks.length, 'risk')}.`
  )
}

/** Text from commits, safe on one Markdown line: no raw HTML, no line breaks or other control characters. */
function inlineText(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Text from commits, safe in a Markdown table cell; empty becomes a dash. */
function tableCell(text: string | null): string {
  if (text === null || text === '') return '—'
  return inlineText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|')
}

/** Semantic version 2.0.0 with an optional `v`; build metadata is kept only to break ties by name. */
const SEMVER_TAG =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*))*))?(?:\+[\dA-Za-z-]+(?:\.[\dA-Za-z-]+)*)?$/

interface SemverTag {
  core: [string, string, string]
  prerelease: string[]
}

function parseSemverTag(tag: string): SemverTag | null {
  const match = SEMVER_TAG.exec(tag)
  if (!match) return null
  return {
    core: [match[1] ?? '0', match[2] ?? '0', match[3] ?? '0'],
    prerelease: match[4] ? match[4].split('.') : []
  }
}

// Digits compared as strings (no leading zeros in semver), so versions beyond 2^53 still order correctly.
function compareDigits(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

function compareSemver(a: SemverTag, b: SemverTag): number {
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(a.core[i] ?? '0', b.core[i] ?? '0')
    if (order !== 0) return order
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const left = a.prerelease[i]
    const right = b.prerelease[i]
    if (left === undefined || right === undefined) return left === undefined ? -1 : 1
    const leftNumeric = /^\d+$/.test(left)
    const rightNumeric = /^\d+$/.test(right)
    if (leftNumeric && rightNumeric) {
      const order = compareDigits(left, right)
      if (order !== 0) return order
    } else if (leftNumeric !== rightNumeric) {
      return leftNumeric ? -1 : 1
    } else if (left !== right) {
      return left < right ? -1 : 1
    }
  }
  return 0
}

/**
 * The newest semver tag of `tags` that is older than `tag`, or null. Non-semver tags are ignored; pre-releases
 * count only when `tag` is itself a pre-release, so v1.1.0 follows v1.0.0 rather than v1.1.0-rc.2.
 */
export function previousSemverTag(tags: string[], tag: string): string | null {
  const current = parseSemverTag(tag)
  const withPrereleases = current !== null && current.prerelease.length > 0
  let best: { name: string; version: SemverTag } | null = null
  for (const name of tags) {
    const version = parseSemverTag(name)
    if (name === tag || version === null) continue
    if (version.prerelease.length > 0 && !withPrereleases) continue
    if (current !== null && compareSemver(version, current) >= 0) continue
    const order = best === null ? 1 : compareSemver(version, best.version)
    if (order > 0 || (order === 0 && best !== null && name > best.name)) best = { name, version }
  }
  return best?.name ?? null
}

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0)
}

function uniqueSorted<T>(values: T[], compare?: (a: T, b: T) => number): T[] {
  const unique = [...new Set(values)]
  return compare ? unique.sort(compare) : unique.sort()
}
