import picomatch from 'picomatch'
import type {
  ChangeRisk,
  ChangeRiskKind,
  ChangeSet,
  ChangeSetCommit,
  ChangeSetInput,
  ConventionalSubject,
  ServicePaths
} from '../../core/change-set.js'

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

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0)
}

function uniqueSorted<T>(values: T[], compare?: (a: T, b: T) => number): T[] {
  const unique = [...new Set(values)]
  return compare ? unique.sort(compare) : unique.sort()
}
