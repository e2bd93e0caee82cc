import { formatDuration } from '../../core/duration.js'
import { renderRollouts } from '../../render/rollouts.js'
import { renderReportHtml } from '../../render/html.js'
import type { ChangeSet } from '../../core/change-set.js'
import { mermaidChart, probeSparklines } from '../../render/chart.js'
import { cell } from '../../render/escape.js'
import { messageOf } from '../../core/errors.js'
import { ANNOUNCE } from '../../core/announce.js'
import type { ProtocolContext } from '../../core/context.js'
import { readinessGate } from '../readiness/gate.js'
import { stagingGate } from '../staging/gate.js'
import { approvalGate, productionGate } from '../production/gate.js'
import { stabilizationGate } from '../health-window/gate.js'
import type { GateVerdict } from '../shared/gate.js'
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
} from '../../core/records.js'

/** Everything the bundle holds, read tolerantly: the report must be written even when a phase left broken evidence. */
interface Bundle {
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
  unreadable: string[]
}

/** Outcome of the release as the evidence shows it. Pure. */
export function releaseOutcome(bundle: Bundle): RetrospectiveInputs['outcome'] {
  if (bundle.health?.verdict === 'healthy') return 'released'
  const rollbacks = [bundle.production?.rollback, bundle.health?.rollback].filter((r): r is RollbackRecord =>
    Boolean(r)
  )
  if (rollbacks.some(r => r.status === 'success')) return 'rolled-back'
  if (rollbacks.length > 0 || bundle.health?.verdict === 'breached' || bundle.production?.status === 'failed')
    return 'failed'
  if (
    bundle.checklist?.passed === false ||
    bundle.staging?.passed === false ||
    bundle.stagingValidation?.passed === false
  )
    return 'halted'
  if (bundle.uat?.passed === false || bundle.approval?.decision === 'rejected') return 'halted'
  return 'incomplete'
}

/** Final step of Phase 4: DEPLOYMENT-REPORT.md and retrospective-inputs.json from whatever evidence exists. */
export async function runReport(ctx: ProtocolContext): Promise<RetrospectiveInputs['outcome']> {
  ctx.logger.info(ANNOUNCE.compilingReport)
  const bundle = await readBundle(ctx)
  const outcome = releaseOutcome(bundle)
  const gates = gateVerdicts(ctx.tag, bundle)
  const retrospective = buildRetrospective(ctx, bundle, outcome, gates)
  await ctx.store.writeJson(ARTIFACTS.retrospective, retrospective)
  await recordSignOffs(ctx, bundle)
  // The report lists every file with its digest, so it is written last.
  const inventory = await ctx.store.inventory()
  await ctx.store.writeText(
    ARTIFACTS.deploymentReport,
    renderDeploymentReport(ctx.tag, bundle, outcome, gates, retrospective, inventory)
  )
  const markdown = (await ctx.store.readText(ARTIFACTS.deploymentReport)) ?? ''
  // The same report as one self-contained page, for readers who prefer a browser to Markdown.
  await ctx.store.writeText(
    ARTIFACTS.deploymentReportHtml,
    renderReportHtml(markdown, {
      title: `Deployment report: ${ctx.tag}`,
      generatedAt: ctx.clock.now().toISOString()
    })
  )
  ctx.logger.info(`Release report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`)
  return outcome
}

async function readBundle(ctx: ProtocolContext): Promise<Bundle> {
  const bundle: Bundle = { unreadable: [] }
  const read = async <T>(artifact: string): Promise<T | undefined> => {
    try {
      return await ctx.store.readJson<T>(artifact)
    } catch (error) {
      bundle.unreadable.push(`${artifact}: ${messageOf(error)}`)
      return undefined
    }
  }
  bundle.checklist = await read(ARTIFACTS.readinessChecklist)
  bundle.staging = await read(ARTIFACTS.stagingDeployment)
  bundle.stagingValidation = await read(ARTIFACTS.stagingValidation)
  bundle.uat = await read(ARTIFACTS.uatConfirmation)
  bundle.approval = await read(ARTIFACTS.productionApproval)
  bundle.production = await read(ARTIFACTS.productionDeployment)
  bundle.postValidation = await read(ARTIFACTS.postDeploymentValidation)
  bundle.health = await read(ARTIFACTS.healthWindow)
  bundle.scope = await read(ARTIFACTS.releaseManifestJson)
  bundle.interrupted = await read(ARTIFACTS.releaseInterrupted)
  return bundle
}

function gateVerdicts(
  tag: string,
  b: Bundle
): { name: string; verdict: GateVerdict | null; at: string | null }[] {
  return [
    {
      name: 'Gate 1: Readiness',
      verdict: b.checklist ? readinessGate(tag, b.checklist) : null,
      at: b.checklist?.finishedAt ?? null
    },
    {
      name: 'Gate 2: Staging validation',
      verdict: b.staging ? stagingGate(tag, b.staging, b.stagingValidation, b.uat) : null,
      at: b.uat?.recordedAt ?? b.staging?.finishedAt ?? null
    },
    {
      name: 'Gate 3: Approval',
      verdict: b.approval ? approvalGate(tag, b.approval) : null,
      at: b.approval?.decidedAt ?? null
    },
    {
      name: 'Gate 3: Production launch',
      verdict: b.production ? productionGate(tag, b.production, b.postValidation) : null,
      at: b.postValidation?.generatedAt ?? b.production?.finishedAt ?? null
    },
    {
      name: 'Gate 4: Stabilization',
      verdict: b.health ? stabilizationGate(tag, b.health) : null,
      at: b.health?.finishedAt ?? null
    }
  ]
}

function phaseSpan(
  phase: string,
  startedAt: string | undefined,
  finishedAt: string | undefined,
  passed: boolean | undefined
): RetrospectiveInputs['phases'][number] {
  if (!startedAt || !finishedAt || passed === undefined)
    return { phase, status: 'not-run', startedAt: null, finishedAt: null, durationMs: null }
  return {
    phase,
    status: passed ? 'passed' : 'failed',
    startedAt,
    finishedAt,
    durationMs: Date.parse(finishedAt) - Date.parse(startedAt)
  }
}

function buildRetrospective(
  ctx: ProtocolContext,
  b: Bundle,
  outcome: RetrospectiveInputs['outcome'],
  gates: ReturnType<typeof gateVerdicts>
): RetrospectiveInputs {
  const failures = gates.flatMap(g =>
    g.verdict && !g.verdict.passed ? g.verdict.reasons.map(r => `${g.name}: ${r}`) : []
  )
  failures.push(...b.unreadable.map(u => `unreadable evidence: ${u}`))
  const nearMisses: string[] = []
  for (const probe of b.health?.probes ?? []) {
    if (probe.failures > 0 && b.health?.verdict === 'healthy')
      nearMisses.push(
        `probe ${probe.id} failed ${probe.failures} of ${probe.samples} samples but stayed under the limit`
      )
  }
  for (const sample of b.health?.samples ?? []) {
    const probe = ctx.config.health.probes.find(p => p.id === sample.probe)
    if (
      probe?.kind === 'http' &&
      probe.maxLatencyMs &&
      sample.passed &&
      sample.value !== null &&
      sample.value > 0.8 * probe.maxLatencyMs
    ) {
      nearMisses.push(
        `probe ${probe.id} latency ${sample.value}ms in round ${sample.round} is over 80% of its ${probe.maxLatencyMs}ms limit`
      )
    }
  }
  const rollbacks = [b.production?.rollback, b.health?.rollback]
    .filter((r): r is RollbackRecord => Boolean(r))
    .map(r => ({ trigger: r.trigger, reason: r.reason, status: r.status }))
  const windowOverride = b.checklist?.window?.override
  const manualInterventions = [
    ...(b.approval
      ? [
          `production approval: ${b.approval.decision} by ${b.approval.approver ?? 'nobody'} via ${b.approval.source}`
        ]
      : []),
    // Overrides used: the emergency window override, who and why.
    ...(windowOverride
      ? [
          `deployment window overridden by ${windowOverride.by} at ${windowOverride.at}: ${windowOverride.reason}`
        ]
      : [])
  ]
  const improvementActions: string[] = []
  if (rollbacks.length > 0)
    improvementActions.push(
      'Find why the release passed staging but failed in production; add a staging check that would have caught it.'
    )
  if (b.checklist?.prerequisites.some(p => !p.passed))
    improvementActions.push(
      'Regenerate the missing or stale prerequisite evidence earlier (Protocol 10) so readiness does not block the window.'
    )
  if (nearMisses.length > 0)
    improvementActions.push(
      'Review the near misses: tune thresholds or fix the slow/flaky dependency before the next release.'
    )
  if (rollbacks.some(r => r.status !== 'success'))
    improvementActions.push('Rehearse the rollback: it did not complete when it was needed.')
  if (windowOverride)
    improvementActions.push(
      'Review why this release could not wait for a deployment window; plan the next emergency path (hotfix window, on-call approval).'
    )
  return {
    schemaVersion: 1,
    artifact: ARTIFACTS.retrospective,
    tag: ctx.tag,
    generatedAt: ctx.clock.now().toISOString(),
    outcome,
    phases: [
      phaseSpan('readiness', b.checklist?.startedAt, b.checklist?.finishedAt, b.checklist?.passed),
      phaseSpan(
        'staging',
        b.staging?.startedAt,
        b.uat?.recordedAt ?? b.staging?.finishedAt,
        b.staging ? gates[1]?.verdict?.passed : undefined
      ),
      phaseSpan(
        'production',
        b.production?.startedAt,
        b.postValidation?.generatedAt ?? b.production?.finishedAt,
        b.production ? gates[3]?.verdict?.passed : undefined
      ),
      phaseSpan(
        'stabilize',
        b.health?.startedAt,
        b.health?.finishedAt,
        b.health ? b.health.verdict === 'healthy' : undefined
      )
    ],
    failures,
    nearMisses: nearMisses.slice(0, 50),
    rollbacks,
    manualInterventions,
    improvementActions
  }
}

function renderDeploymentReport(
  tag: string,
  b: Bundle,
  outcome: RetrospectiveInputs['outcome'],
  gates: ReturnType<typeof gateVerdicts>,
  retro: RetrospectiveInputs,
  inventory: { file: string; bytes: number; sha256: string }[]
): string {
  const headline: Record<RetrospectiveInputs['outcome'], string> = {
    released: `Released: ${tag} is serving in production and passed its health window.`,
    'rolled-back': `Rolled back: ${tag} reached production and was rolled back to ${b.health?.rollback?.target ?? b.production?.rollback?.target ?? 'the previous release'}.`,
    failed: `FAILED: ${tag} needs attention (see failures below).`,
    halted: `Halted before production: ${tag} did not pass a gate; production was not touched.`,
    incomplete: `Incomplete: the protocol for ${tag} has not finished.`
  }
  const lines = [
    `# Deployment report: ${tag}`,
    '',
    `**${headline[outcome]}**`,
    '',
    ...(b.interrupted ? interruptionLines(b.interrupted) : []),
    '## Gates',
    '',
    '| Gate | Verdict | Time | Notes |',
    '|---|---|---|---|',
    ...gates.map(
      g =>
        `| ${g.name} | ${g.verdict ? (g.verdict.passed ? 'passed' : '**failed**') : 'not reached'} | ${cell(g.at)} | ${cell(g.verdict?.reasons.join('; ') || '')} |`
    ),
    '',
    '## Phases',
    '',
    '| Phase | Status | Started | Duration |',
    '|---|---|---|---|',
    ...retro.phases.map(
      p =>
        `| ${p.phase} | ${p.status} | ${cell(p.startedAt)} | ${p.durationMs === null ? '—' : formatDuration(p.durationMs)} |`
    ),
    ''
  ]
  if (b.scope) {
    const c = b.scope.changeSet
    lines.push(
      '## Scope',
      '',
      `${c.commits.length} commit(s) in \`${c.range}\`${c.firstRelease ? ' (first release)' : ''}; services: ${c.services.join(', ') || 'none mapped'}; pull requests: ${c.pullRequests.map(n => `#${n}`).join(', ') || 'none'}; breaking changes: ${c.groups.breaking.length}.`,
      ...c.risks.map(r => `- Risk: ${cell(r.detail)}`),
      '',
      'Details in [release-manifest.md](release-manifest.md).',
      ''
    )
  }
  if (b.checklist) {
    lines.push('## Readiness', '', '| Prerequisite | Status | Detail |', '|---|---|---|')
    lines.push(...b.checklist.prerequisites.map(p => `| ${cell(p.id)} | ${p.status} | ${cell(p.message)} |`))
    lines.push(
      '',
      `Rollback plan: ${b.checklist.rollbackPlan.executable ? 'executable' : '**not executable**'} — ${b.checklist.rollbackPlan.message}. See [release-manifest.md](release-manifest.md) and [rollback-plan.md](rollback-plan.md).`,
      ''
    )
    const window = b.checklist.window
    if (window)
      lines.push(
        window.override
          ? `**Deployment window OVERRIDDEN** by ${window.override.by} at ${window.override.at}: ${cell(window.override.reason)} (${window.reason}).`
          : `Deployment window: ${window.reason}.`,
        ''
      )
  }
  if (b.approval) {
    lines.push(
      '## Approval',
      '',
      `- Decision: **${b.approval.decision}** by ${b.approval.approver ?? 'nobody'} at ${b.approval.decidedAt} (${b.approval.source})`,
      `- Comment: ${b.approval.comment ?? '—'}`,
      `- Reason: ${b.approval.reason}`,
      ''
    )
  }
  for (const [title, report] of [
    ['Staging deployment', b.staging],
    ['Production deployment', b.production]
  ] as const) {
    if (!report) continue
    lines.push(`## ${title}`, '', '| Service | Status | Command | Exit | Duration |', '|---|---|---|---|---|')
    for (const s of report.services) {
      lines.push(
        `| ${s.service} | ${s.status} | ${cell(s.deploy?.argv.join(' '))} | ${cell(s.deploy?.exitCode)} | ${s.deploy ? formatDuration(s.deploy.durationMs) : '—'} |`
      )
    }
    lines.push('', ...renderRollouts(report.services))
  }
  for (const [title, results] of [
    ['Staging validation', b.stagingValidation],
    ['Post-deployment checks', b.postValidation]
  ] as const) {
    if (!results) continue
    lines.push(
      `## ${title}: ${results.passed ? 'passed' : '**failed**'}`,
      '',
      '| Check | Result | Detail |',
      '|---|---|---|'
    )
    for (const c of results.commands)
      lines.push(
        `| ${cell(c.name)} (command) | ${c.status} | exit ${cell(c.exitCode)} in ${formatDuration(c.durationMs)} |`
      )
    for (const c of results.checks)
      lines.push(`| ${cell(c.id)} | ${c.passed ? 'pass' : '**fail**'} | ${cell(c.message)} |`)
    if (results.perf) {
      lines.push(
        '',
        `Availability ${(results.perf.availability * 100).toFixed(2)}%, error rate ${(results.perf.errorRate * 100).toFixed(2)}%.`
      )
    }
    lines.push('')
  }
  if (b.health) {
    lines.push(
      `## Health window: ${b.health.verdict}`,
      '',
      `${b.health.samples.length} samples over ${formatDuration(Date.parse(b.health.finishedAt) - Date.parse(b.health.startedAt))}; details in [deployment-health-log.md](deployment-health-log.md).`,
      '',
      '| Probe | Samples | Failed | Threshold |',
      '|---|---|---|---|',
      ...b.health.probes.map(p => `| ${cell(p.id)} | ${p.samples} | ${p.failures} | ${cell(p.threshold)} |`),
      '',
      ...(b.health.breach ? [`Breach: ${cell(b.health.breach.reason)} at ${b.health.breach.at}.`, ''] : []),
      '```text',
      ...probeSparklines(b.health.probes, b.health.samples),
      '```',
      '',
      ...mermaidChart(b.health.probes, b.health.samples)
    )
  }
  const rollbacks = [b.production?.rollback, b.health?.rollback].filter((r): r is RollbackRecord =>
    Boolean(r)
  )
  if (rollbacks.length > 0) {
    lines.push('## Rollbacks', '', '| Trigger | Target | Status | Reason | Steps |', '|---|---|---|---|---|')
    for (const r of rollbacks) {
      lines.push(
        `| ${r.trigger} | ${cell(r.target)} | ${r.status} | ${cell(r.reason)} | ${cell(r.steps.map(s => `${s.service}: ${s.exec.status}`).join(', '))} |`
      )
    }
    lines.push('')
  }
  if (retro.failures.length > 0) lines.push('## Failures', '', ...retro.failures.map(f => `- ${f}`), '')
  if (retro.improvementActions.length > 0)
    lines.push('## Improvement actions', '', ...retro.improvementActions.map(a => `- ${a}`), '')
  lines.push('## Evidence', '', '| File | Bytes | SHA-256 |', '|---|---|---|')
  lines.push(
    ...inventory
      .filter(f => f.file !== ARTIFACTS.deploymentReport)
      .map(f => `| [${f.file}](${encodeURI(f.file)}) | ${f.bytes} | \`${f.sha256}\` |`)
  )
  lines.push(
    '',
    `Downstream: Protocol 12 reads post-deployment-validation.json and deployment-health-log.md; Protocol 5 reads this report and retrospective-inputs.json.`,
    ''
  )
  return lines.join('\n')
}

/** Updates release-manifest.md with the sign-offs the release collected (who approved, UAT), once. */
async function recordSignOffs(ctx: ProtocolContext, bundle: Bundle): Promise<void> {
  const manifest = await ctx.store.readText(ARTIFACTS.releaseManifest)
  if (manifest === undefined || manifest.includes('## Sign-offs recorded')) return
  const lines = [
    '',
    '## Sign-offs recorded',
    '',
    '| Sign-off | By | Decision | When | Note |',
    '|---|---|---|---|---|'
  ]
  if (bundle.uat)
    lines.push(
      `| UAT | ${cell(bundle.uat.signedOffBy ?? 'automated')} | ${bundle.uat.status} | ${bundle.uat.recordedAt} | ${cell(bundle.uat.basis)} |`
    )
  if (bundle.approval)
    lines.push(
      `| Production approval | ${cell(bundle.approval.approver ?? 'nobody')} | ${bundle.approval.decision} | ${bundle.approval.decidedAt} | ${cell(bundle.approval.comment ?? bundle.approval.reason)} |`
    )
  if (!bundle.uat && !bundle.approval)
    lines.push('| — | — | none recorded | — | the release stopped before any sign-off |')
  await ctx.store.appendText(ARTIFACTS.releaseManifest, lines.join('\n') + '\n')
}

function interruptionLines(interrupted: ReleaseInterrupted): string[] {
  return [
    '## Interrupted',
    '',
    `Interrupted by ${interrupted.signal} during the ${interrupted.phase} phase at ${interrupted.interruptedAt}${interrupted.inFlight ? `, while ${cell(interrupted.inFlight.name)} ran (stopped)` : ''}: ${cell(interrupted.state)}.`,
    '',
    ...interrupted.nextSteps.map(step => `- ${cell(step)}`),
    ''
  ]
}
