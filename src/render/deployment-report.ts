// DEPLOYMENT-REPORT.md, section by section. Every section renders from the evidence alone, and one that has no
// evidence is left out, so a report can be written however far the release got. Pure.
import type { ChangeSet } from '../core/change-set.js'
import { formatDuration } from '../core/duration.js'
import {
  ARTIFACTS,
  type HealthWindowRecord,
  type ProductionApproval,
  type ProductionDeploymentReport,
  type ReadinessChecklist,
  type ReleaseInterrupted,
  type RetrospectiveInputs,
  type RollbackRecord,
  type StagingDeploymentReport,
  type UatConfirmation,
  type ValidationResults
} from '../core/records/index.js'
import { mermaidChart, probeSparklines, thresholdMax } from './chart.js'
import { cell, codeSpan, inlineText } from './escape.js'
import { renderRollouts } from './rollouts.js'
import type { JudgedGate } from '../core/outcome.js'

/** Everything the bundle holds, read tolerantly: the report must be written even when a phase left broken evidence. */
export interface ReleaseEvidence {
  checklist?: ReadinessChecklist
  staging?: StagingDeploymentReport
  stagingValidation?: ValidationResults
  uat?: UatConfirmation
  approval?: ProductionApproval
  production?: ProductionDeploymentReport
  postValidation?: ValidationResults
  health?: HealthWindowRecord
  scope?: { changeSet: ChangeSet }
  interrupted?: ReleaseInterrupted
  /** Artifacts that exist but could not be read, each with why. */
  unreadable: string[]
  /** Why the evidence chain cannot be vouched for (an artifact altered or lost between jobs): the report is not sealed. */
  brokenChain?: string[]
}

/** One file of the evidence bundle with its size and digest. */
export interface EvidenceFile {
  file: string
  bytes: number
  sha256: string
}

/** What the deployment report is rendered from. */
export interface DeploymentReportInput {
  tag: string
  evidence: ReleaseEvidence
  outcome: RetrospectiveInputs['outcome']
  gates: readonly JudgedGate[]
  retrospective: RetrospectiveInputs
  inventory: readonly EvidenceFile[]
}

/** The rollbacks the evidence records: production's (a failed deploy) and the health window's (a breach). Pure. */
export function recordedRollbacks(evidence: ReleaseEvidence): RollbackRecord[] {
  return [evidence.production?.rollback, evidence.health?.rollback].filter((r): r is RollbackRecord =>
    Boolean(r)
  )
}

/** DEPLOYMENT-REPORT.md: headline, gates, phases, then a section per piece of evidence, and the file inventory. Pure. */
export function renderDeploymentReport(input: DeploymentReportInput): string {
  const { evidence } = input
  const lines = [
    ...headlineSection(input),
    ...(evidence.brokenChain?.length ? brokenChainSection(evidence.brokenChain) : []),
    ...(evidence.interrupted ? interruptionSection(evidence.interrupted) : []),
    ...gatesSection(input.gates),
    ...phasesSection(input.retrospective),
    ...(evidence.scope ? scopeSection(evidence.scope.changeSet) : []),
    ...(evidence.checklist ? readinessSection(evidence.checklist) : []),
    ...(evidence.approval ? approvalSection(evidence.approval) : []),
    ...deploymentSection('Staging deployment', evidence.staging),
    ...deploymentSection('Production deployment', evidence.production),
    ...validationSection('Staging validation', evidence.stagingValidation),
    ...validationSection('Post-deployment checks', evidence.postValidation),
    ...(evidence.health ? healthSection(evidence.health) : []),
    ...rollbacksSection(recordedRollbacks(evidence)),
    ...retrospectiveSections(input.retrospective),
    ...evidenceSection(input.inventory)
  ]
  return lines.join('\n')
}

function headlineSection({ tag, evidence, outcome }: DeploymentReportInput): string[] {
  const headline: Record<RetrospectiveInputs['outcome'], string> = {
    released: `Released: ${tag} is serving in production and passed its health window.`,
    'rolled-back': `Rolled back: ${tag} reached production and was rolled back to ${inlineText(evidence.health?.rollback?.target ?? evidence.production?.rollback?.target ?? 'the previous release')}.`,
    failed: `FAILED: ${tag} needs attention (see failures below).`,
    halted: `Halted before production: ${tag} did not pass a gate; production was not touched.`,
    incomplete: `Incomplete: the protocol for ${tag} has not finished.`
  }
  return [`# Deployment report: ${tag}`, '', `**${headline[outcome]}**`, '']
}

function brokenChainSection(problems: readonly string[]): string[] {
  return [
    '## Evidence chain broken',
    '',
    'This report lists only what could be vouched for; it is not sealed into the manifest and not attested.',
    '',
    ...problems.map(problem => `- ${cell(problem)}`),
    ''
  ]
}

function interruptionSection(interrupted: ReleaseInterrupted): string[] {
  return [
    '## Interrupted',
    '',
    `Interrupted by ${interrupted.signal} during the ${interrupted.phase} phase at ${interrupted.interruptedAt}${interrupted.inFlight ? `, while ${cell(interrupted.inFlight.name)} ran (stopped)` : ''}: ${cell(interrupted.state)}.`,
    '',
    ...interrupted.nextSteps.map(step => `- ${cell(step)}`),
    ''
  ]
}

function gatesSection(gates: readonly JudgedGate[]): string[] {
  return [
    '## Gates',
    '',
    '| Gate | Verdict | Time | Notes |',
    '|---|---|---|---|',
    ...gates.map(
      g =>
        `| ${g.name} | ${g.verdict ? (g.verdict.passed ? 'passed' : '**failed**') : 'not reached'} | ${cell(g.at)} | ${cell(g.verdict?.reasons.join('; ') || '')} |`
    ),
    ''
  ]
}

function phasesSection(retrospective: RetrospectiveInputs): string[] {
  return [
    '## Phases',
    '',
    '| Phase | Status | Started | Duration |',
    '|---|---|---|---|',
    ...retrospective.phases.map(
      p =>
        `| ${p.phase} | ${p.status} | ${cell(p.startedAt)} | ${p.durationMs === null ? '—' : formatDuration(p.durationMs)} |`
    ),
    ''
  ]
}

function scopeSection(c: ChangeSet): string[] {
  return [
    '## Scope',
    '',
    `${c.commits.length} commit(s) in ${codeSpan(c.range)}${c.firstRelease ? ' (first release)' : ''}; services: ${inlineText(c.services.join(', ')) || 'none mapped'}; pull requests: ${c.pullRequests.map(n => `#${n}`).join(', ') || 'none'}; breaking changes: ${c.groups.breaking.length}.`,
    ...c.risks.map(r => `- Risk: ${cell(r.detail)}`),
    '',
    'Details in [release-manifest.md](release-manifest.md).',
    ''
  ]
}

function readinessSection(checklist: ReadinessChecklist): string[] {
  const lines = [
    '## Readiness',
    '',
    '| Prerequisite | Status | Detail |',
    '|---|---|---|',
    ...checklist.prerequisites.map(p => `| ${cell(p.id)} | ${p.status} | ${cell(p.message)} |`),
    '',
    `Rollback plan: ${checklist.rollbackPlan.executable ? 'executable' : '**not executable**'} — ${inlineText(checklist.rollbackPlan.message)}. See [release-manifest.md](release-manifest.md) and [rollback-plan.md](rollback-plan.md).`,
    ''
  ]
  const window = checklist.window
  if (window)
    lines.push(
      window.override
        ? `**Deployment window OVERRIDDEN** by ${inlineText(window.override.by)} at ${window.override.at}: ${cell(window.override.reason)} (${inlineText(window.reason)}).`
        : `Deployment window: ${inlineText(window.reason)}.`,
      ''
    )
  return lines
}

function approvalSection(approval: ProductionApproval): string[] {
  return [
    '## Approval',
    '',
    `- Decision: **${approval.decision}** by ${inlineText(approval.approver ?? 'nobody')} at ${approval.decidedAt} (${approval.source})`,
    `- Comment: ${approval.comment ? inlineText(approval.comment) : '—'}`,
    `- Reason: ${inlineText(approval.reason)}`,
    ...(approval.selfAsserted
      ? ['- Self-asserted: a name given locally (`--approve` or the prompt); nothing checked who gave it.']
      : []),
    ...(approval.github?.selfApproval
      ? [
          `- Self-approval: an actor of the run (${inlineText(approval.github.runActors.join(', '))}) approved.`
        ]
      : []),
    ''
  ]
}

function deploymentSection(
  title: string,
  report: StagingDeploymentReport | ProductionDeploymentReport | undefined
): string[] {
  if (!report) return []
  return [
    `## ${title}`,
    '',
    '| Service | Status | Command | Exit | Duration |',
    '|---|---|---|---|---|',
    ...report.services.map(
      s =>
        `| ${cell(s.service)} | ${s.status} | ${cell(s.deploy?.argv.join(' '))} | ${cell(s.deploy?.exitCode)} | ${s.deploy ? formatDuration(s.deploy.durationMs) : '—'} |`
    ),
    '',
    ...renderRollouts(report.services)
  ]
}

function validationSection(title: string, results: ValidationResults | undefined): string[] {
  if (!results) return []
  const lines = [
    `## ${title}: ${results.passed ? 'passed' : '**failed**'}`,
    '',
    '| Check | Result | Detail |',
    '|---|---|---|',
    ...results.commands.map(
      c =>
        `| ${cell(c.name)} (command) | ${c.status} | exit ${cell(c.exitCode)} in ${formatDuration(c.durationMs)} |`
    ),
    ...results.checks.map(c => `| ${cell(c.id)} | ${c.passed ? 'pass' : '**fail**'} | ${cell(c.message)} |`)
  ]
  if (results.perf)
    lines.push(
      '',
      `Availability ${(results.perf.availability * 100).toFixed(2)}%, error rate ${(results.perf.errorRate * 100).toFixed(2)}%.`
    )
  lines.push('')
  return lines
}

function healthSection(health: HealthWindowRecord): string[] {
  return [
    `## Health window: ${health.verdict}`,
    '',
    `${health.samples.length} samples over ${formatDuration(Date.parse(health.finishedAt) - Date.parse(health.startedAt))}; details in [deployment-health-log.md](deployment-health-log.md).`,
    '',
    '| Probe | Samples | Failed | Threshold |',
    '|---|---|---|---|',
    ...health.probes.map(p => `| ${cell(p.id)} | ${p.samples} | ${p.failures} | ${cell(p.threshold)} |`),
    '',
    ...(health.breach ? [`Breach: ${cell(health.breach.reason)} at ${health.breach.at}.`, ''] : []),
    ...(health.retired?.length
      ? [
          `Old colours retired after the window: ${cell(health.retired.map(r => `${r.service} ${r.color} (${r.exec.status})`).join(', '))}.`,
          ''
        ]
      : []),
    '```text',
    ...probeSparklines(health.probes, health.samples),
    '```',
    '',
    ...mermaidChart(
      health.probes.map(p => {
        const max = thresholdMax(p.threshold)
        return { id: p.id, ...(max !== undefined ? { max } : {}) }
      }),
      health.samples
    )
  ]
}

function rollbacksSection(rollbacks: readonly RollbackRecord[]): string[] {
  if (rollbacks.length === 0) return []
  return [
    '## Rollbacks',
    '',
    '| Trigger | Target | Status | Reason | Steps |',
    '|---|---|---|---|---|',
    ...rollbacks.map(
      r =>
        `| ${r.trigger} | ${cell(r.target)} | ${r.status} | ${cell(r.reason)} | ${cell([...trafficBackFirst(r), ...r.steps.map(s => `${s.service}: ${s.exec.status}`)].join(', '))} |`
    ),
    ''
  ]
}

/** What sent traffic back before the rollback commands ran: a router's return, blue/green's switch back. Pure. */
function trafficBackFirst(rollback: RollbackRecord): string[] {
  return [
    ...(rollback.traffic ?? []).map(
      t => `${t.service}: traffic returned by ${t.router}${t.verified ? ' (read back)' : ''}`
    ),
    ...(rollback.switchBack ?? []).map(
      c => `${c.service}: switched back to ${c.color} first (${c.exec.status})`
    )
  ]
}

function retrospectiveSections(retrospective: RetrospectiveInputs): string[] {
  const lines: string[] = []
  if (retrospective.failures.length > 0)
    lines.push('## Failures', '', ...retrospective.failures.map(f => `- ${inlineText(f)}`), '')
  if (retrospective.improvementActions.length > 0)
    lines.push(
      '## Improvement actions',
      '',
      ...retrospective.improvementActions.map(a => `- ${inlineText(a)}`),
      ''
    )
  return lines
}

// The report lists every file but itself: it cannot hold its own digest.
function evidenceSection(inventory: readonly EvidenceFile[]): string[] {
  return [
    '## Evidence',
    '',
    '| File | Bytes | SHA-256 |',
    '|---|---|---|',
    ...inventory
      .filter(f => f.file !== ARTIFACTS.deploymentReport)
      .map(f => `| [${f.file}](${encodeURI(f.file)}) | ${f.bytes} | \`${f.sha256}\` |`),
    '',
    `Downstream: Protocol 12 reads post-deployment-validation.json and deployment-health-log.md; Protocol 5 reads this report and retrospective-inputs.json.`,
    ''
  ]
}

/** The sign-off table appended to release-manifest.md: who signed off UAT and production, or that nobody did. Pure. */
export function renderSignOffs(
  uat: UatConfirmation | undefined,
  approval: ProductionApproval | undefined
): string[] {
  const lines = [
    '',
    '## Sign-offs recorded',
    '',
    '| Sign-off | By | Decision | When | Note |',
    '|---|---|---|---|---|'
  ]
  if (uat)
    lines.push(
      `| UAT | ${cell(uat.signedOffBy ?? 'automated')} | ${uat.status} | ${uat.recordedAt} | ${cell(uat.basis)} |`
    )
  if (approval)
    lines.push(
      `| Production approval | ${cell(approval.approver ?? 'nobody')} | ${approval.decision} | ${approval.decidedAt} | ${cell(approval.comment ?? approval.reason)} |`
    )
  if (!uat && !approval) lines.push('| — | — | none recorded | — | the release stopped before any sign-off |')
  return lines
}
