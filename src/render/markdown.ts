import { mermaidChart, probeSparklines } from './chart.js'
import type { ReleaseConfig } from '../core/config.js'
import { formatDuration } from '../core/duration.js'
import { deployLevels, rollbackOrder } from '../core/service-order.js'
import type { HealthWindowRecord, ReadinessChecklist } from '../core/records/index.js'
import type { PullRequestDetails } from '../core/ports.js'
import type { ChangeSet } from '../core/change-set.js'
import { renderChangeSetMarkdown } from './change-set.js'
import { cell, codeSpan, inlineText } from './escape.js'
import { signoffCommandText, stakeholderStatuses, type StakeholderStatus } from '../core/signoffs.js'

/** release-manifest.md: scope (commits, services), sign-offs, rollback steps. */
export function renderReleaseManifest(
  config: ReleaseConfig,
  checklist: ReadinessChecklist,
  changes: ChangeSet,
  notes: readonly string[] = [],
  pullRequests: readonly PullRequestDetails[] = []
): string {
  const levels = deployLevels(config.services)
  const lines = [
    `# Release manifest: ${checklist.tag}`,
    '',
    `- Generated: ${checklist.generatedAt}`,
    `- Target environment: ${checklist.environment}`,
    `- Previous release (rollback target): ${inlineText(checklist.previousRelease ?? 'none known')}`,
    `- Config: ${codeSpan(config.sourcePath)}`,
    `- Readiness (Gate 1): ${checklist.passed ? 'passed' : 'FAILED'}`,
    '',
    '## Scope',
    '',
    `Services in scope, in deploy order: ${inlineText(levels.map(level => level.join(' + ')).join(' → '))}.`,
    '',
    `Change set: ${codeSpan(changes.range)}${changes.previousTag ? ` (since ${inlineText(changes.previousTag)})` : ' (first release: no previous tag)'}. The same data: \`release-manifest.json\`.`,
    ...notes.map(note => `> ${inlineText(note)}`),
    '',
    ...renderChangeSetMarkdown(changes),
    '',
    ...(pullRequests.length > 0
      ? [
          '### Pull requests on GitHub',
          '',
          '| PR | Title | Author | Labels | Approved by |',
          '|---|---|---|---|---|',
          ...pullRequests.map(
            pr =>
              `| ${pullRequestLink(pr)} | ${cell(pr.title)} | ${cell(pr.author)} | ${cell(pr.labels.join(', ') || '—')} | ${cell(pr.approvedBy.join(', ') || 'nobody')} |`
          ),
          ''
        ]
      : []),
    '## Sign-offs',
    '',
    '| Stakeholder | Role | Sign-off |',
    '|---|---|---|',
    ...(config.stakeholders.length === 0
      ? ['| — | — | none configured (stakeholders in the config) |']
      : (checklist.stakeholders ?? stakeholderStatuses(config.stakeholders, [], checklist.tag)).map(
          s => `| ${cell(s.name)} | ${cell(s.role)} | ${signoffCell(s, checklist.tag)} |`
        )),
    '',
    `Production approval is requested in Phase 3 and recorded in \`production-approval.json\`${config.approval.approvers.length ? ` (allowed approvers: ${inlineText(config.approval.approvers.join(', '))})` : ''}.`,
    '',
    '## Rollback steps',
    '',
    checklist.rollbackPlan.executable
      ? `Executable: ${inlineText(checklist.rollbackPlan.message)}.`
      : `**Not executable:** ${inlineText(checklist.rollbackPlan.message)}`,
    '',
    ...rollbackOrder(levels).map((id, i) => {
      const argv = checklist.rollbackPlan.services.find(s => s.service === id)?.argv ?? []
      return `${i + 1}. ${inlineText(id)}: ${codeSpan(argv.join(' '))}`
    }),
    ''
  ]
  return lines.join('\n')
}

/**
 * A stakeholder's sign-off as a table cell: who signed, when, and their comment; or pending, and, when the config
 * requires it, the command that records it.
 */
export function signoffCell(stakeholder: StakeholderStatus, tag: string): string {
  if (stakeholder.status === 'signed')
    return cell(
      `signed by ${stakeholder.signedBy ?? 'unknown'} at ${stakeholder.signedAt ?? 'unknown'}${stakeholder.comment ? `: ${stakeholder.comment}` : ''}`
    )
  if (!stakeholder.required) return 'pending'
  const role = stakeholder.role ?? stakeholder.name
  return `**pending (required)**: ${codeSpan(signoffCommandText(tag, role), { inTable: true })}`
}

/** A pull request's number linked to its page on GitHub; any other address is no link. */
function pullRequestLink(pr: PullRequestDetails): string {
  return /^https:\/\/[^\s()<>]+$/.test(pr.url) ? `[#${pr.number}](${pr.url})` : `#${pr.number}`
}

/** A section of deployment-communications.md: window, plan and who monitors. Appended once per release. */
export function renderCommunications(
  config: ReleaseConfig,
  checklist: ReadinessChecklist,
  now: Date
): string {
  const levels = deployLevels(config.services)
  const health = config.health
  return [
    `## Release ${checklist.tag} — ${now.toISOString()}`,
    '',
    `- Window: starts now; staging, approval, production rollout, then a ${formatDuration(health.windowMs)} health window.`,
    `- Plan: staging → approval (${inlineText(config.approval.environment)}) → production in order ${inlineText(levels.map(l => l.join(' + ')).join(' → '))} → health window → report.`,
    `- Rollback: ${inlineText(checklist.rollbackPlan.executable ? checklist.rollbackPlan.message : `NOT EXECUTABLE (${checklist.rollbackPlan.message})`)}; on breach: ${health.onBreach}.`,
    `- Monitoring: ${config.communications.monitors.length ? inlineText(config.communications.monitors.join(', ')) : 'no one assigned (communications.monitors)'}`,
    `- Channel: ${config.communications.channel ? inlineText(config.communications.channel) : 'not configured (communications.channel)'}`,
    `- Readiness: ${checklist.passed ? 'Gate 1 passed' : 'Gate 1 FAILED — release halted'}`,
    '',
    ''
  ].join('\n')
}

/**
 * deployment-health-log.md: verdict, per-probe summary, a chart per probe against its threshold, and the samples that
 * did not pass (every sample is in health-window.json).
 */
export function renderHealthLog(
  record: HealthWindowRecord,
  maxOf: (probe: string) => number | undefined = () => undefined
): string {
  return [...healthLogPieces(record, maxOf)].join('')
}

/**
 * deployment-health-log.md in pieces, one per listed sample row, for writing a long window without holding its text whole.
 * Joined, the pieces are `renderHealthLog`.
 */
export function* healthLogPieces(
  record: HealthWindowRecord,
  maxOf: (probe: string) => number | undefined = () => undefined
): Generator<string> {
  const passed = record.samples.filter(s => s.passed).length
  const head = [
    `# Deployment health log: ${record.tag}`,
    '',
    `- Environment: ${inlineText(record.environment)}`,
    `- Window: ${formatDuration(record.windowMs)} from ${record.startedAt} to ${record.finishedAt}, every ${formatDuration(record.intervalMs)}`,
    `- Failure limit: ${record.failureLimit} failed sample(s) per probe; on breach: ${record.onBreach}`,
    `- **Verdict: ${record.verdict.toUpperCase()}**${record.breach ? ` — ${inlineText(record.breach.reason)}, at ${record.breach.at}` : ''}`,
    ...(record.rollback
      ? [
          `- Rollback: ${record.rollback.status} to ${cell(record.rollback.target)} (${inlineText(record.rollback.reason)})`
        ]
      : []),
    '',
    '## Probes',
    '',
    '| Probe | Kind | Target | Threshold | Samples | Failed | Errors | No data |',
    '|---|---|---|---|---|---|---|---|',
    ...record.probes.map(
      p =>
        `| ${cell(p.id)} | ${p.kind} | ${cell(p.target)} | ${cell(p.threshold)} | ${p.samples} | ${p.failures} | ${p.errors} | ${p.inconclusive} |`
    ),
    '',
    '## Chart',
    '',
    '```text',
    ...probeSparklines(record.probes, record.samples),
    '```',
    '',
    ...mermaidChart(
      record.probes.map(p => ({
        id: p.id,
        ...(maxOf(p.id) !== undefined ? { max: maxOf(p.id) } : {})
      })),
      record.samples
    ),
    // One line per sample was 86 bytes a sample (8.6 MB at 100,000): the log keeps what a reader looks for.
    '## Failed and inconclusive samples',
    '',
    `All ${record.samples.length} samples (${passed} passed) are in health-window.json (\`sampleColumns\`).`,
    '',
    '| Round | Probe | Result | Value | Time | Observation |',
    '|---|---|---|---|---|---|'
  ]
  yield head.join('\n') + '\n'
  for (const s of record.samples)
    if (!s.passed)
      yield `| ${s.round} | ${cell(s.probe)} | **${s.status.toUpperCase()}** | ${cell(s.value)} | ${s.finishedAt} | ${cell(s.message)} |\n`
  yield* firingAlertRows(record.samples)
}

/** The alerts an alertmanager probe saw firing, one row each; every field is Alertmanager's, untrusted. */
function* firingAlertRows(samples: HealthWindowRecord['samples']): Generator<string> {
  const withAlerts = samples.filter(s => s.alerts && s.alerts.length > 0)
  if (withAlerts.length === 0) return
  yield '\n## Firing alerts\n\n| Round | Probe | Alert | Since | Fingerprint | Labels |\n|---|---|---|---|---|---|\n'
  for (const s of withAlerts)
    for (const alert of s.alerts ?? []) {
      const labels = Object.entries(alert.labels).map(([name, value]) => `${name}=${JSON.stringify(value)}`)
      yield `| ${s.round} | ${cell(s.probe)} | ${cell(alert.alertname)} | ${cell(alert.startsAt)} | ${cell(alert.fingerprint)} | ${cell(labels.join(', '))} |\n`
    }
}
