import type { ChangeSet, ChangeSetCommit } from '../core/change-set.js'
import { cell, inlineText } from './escape.js'

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
          `| \`${c.shortSha}\` | ${cell(c.type)} | ${cell(c.scope)} | ${cell(c.description)} | ${cell(c.author)} | ${cell(c.pullRequests.map(n => `#${n}`).join(', '))} | ${cell(c.issues.join(', '))} |`
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
              return `| ${cell(service)} | ${touching.length} | ${files.size} |`
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
            ...changeSet.risks.map(risk => `| ${risk.kind} | ${cell(risk.detail)} |`)
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
