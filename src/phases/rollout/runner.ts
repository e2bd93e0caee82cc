import type { AnalysisSpec, ProbeSpec, RolloutStep, ServiceSpec } from '../../core/config.js'
import { formatDuration } from '../../core/duration.js'
import type { TemplateVars } from '../../core/command-template.js'
import { realProbeSampler, summarizeProbes, type ProbeSampler } from '../analysis/probes.js'
import { measure } from '../analysis/measure.js'
import type { ProtocolContext } from '../../core/context.js'
import { describeExec, runStep, templateVars } from '../shared/step.js'
import type {
  AnalysisRecord,
  ExecRecord,
  HealthSample,
  RolloutRecord,
  RolloutStepRecord
} from '../../core/records.js'
import { scoreCanary } from '../analysis/canary-score.js'
import type { CanaryScore } from '../../core/records.js'

/** The rounds of an analysis: `count` samples, `interval` apart, the first at once. Pure. */
export function analysisSchedule(analysis: AnalysisSpec): number[] {
  return Array.from({ length: analysis.count }, (_, i) => i * analysis.intervalMs)
}

/** The probes an analysis names, from `metrics` and `health.probes` (the loader checked they exist). */
export function analysisProbes(ctx: ProtocolContext, analysis: AnalysisSpec): ProbeSpec[] {
  const all = [...ctx.config.metrics, ...ctx.config.health.probes]
  const ids = new Set([...analysis.probes, ...analysis.compare.flatMap(m => [m.baseline, m.canary])])
  return [...ids].map(id => all.find(p => p.id === id) as ProbeSpec)
}

/**
 * The analysis verdict once the comparison is scored: a failing score fails, a marginal or unscorable one is
 * inconclusive (no evidence that the canary is as good is not evidence that it is). Pure.
 */
export function compareVerdict(
  analysis: AnalysisSpec,
  samples: readonly HealthSample[]
): { comparison: CanaryScore; verdict: 'passed' | 'failed' | 'inconclusive'; reason: string } {
  const values = (probe: string): number[] =>
    samples.filter(s => s.probe === probe && s.value !== null).map(s => s.value as number)
  const comparison = scoreCanary(
    analysis.compare.map(m => ({
      id: m.id,
      baseline: values(m.baseline),
      canary: values(m.canary),
      direction: m.direction,
      critical: m.critical,
      weight: m.weight,
      tolerance: m.tolerance
    })),
    {
      alpha: analysis.score.alpha,
      passThreshold: analysis.score.pass,
      marginalThreshold: analysis.score.marginal
    }
  )
  const failing = comparison.metrics.filter(m => !m.pass).map(m => m.reason)
  const scoreText = comparison.score === null ? 'no score' : `score ${Math.round(comparison.score * 10) / 10}`
  const reason = `canary ${comparison.verdict} (${scoreText}; pass ≥ ${analysis.score.pass}, marginal ≥ ${analysis.score.marginal})${failing.length > 0 ? `: ${failing.join('; ')}` : ''}`
  const verdict =
    comparison.verdict === 'pass' ? 'passed' : comparison.verdict === 'fail' ? 'failed' : 'inconclusive'
  return { comparison, verdict, reason }
}

/** A one-line description of a step, for the log and the evidence. Pure. */
export function describeStep(step: RolloutStep): string {
  switch (step.kind) {
    case 'set-weight':
      return step.batch !== undefined ? `batch ${step.batch} (${step.weight}%)` : `set weight ${step.weight}%`
    case 'pause':
      return `pause ${formatDuration(step.durationMs)}`
    case 'pause-for-approval':
      return 'pause until a person approves'
    case 'analysis':
      return `analysis of ${[...step.analysis.probes, ...step.analysis.compare.map(m => `${m.id} (baseline vs canary)`)].join(', ')} (${step.analysis.count} × ${formatDuration(step.analysis.intervalMs)})`
    case 'deploy-color':
      return 'deploy to the idle colour'
    case 'switch':
      return 'switch traffic to the new colour'
    case 'retire':
      return 'retire the old colour'
  }
}

/** The colour that is not `active` (blue when none is). Pure. */
export function idleColor(active: 'blue' | 'green' | null): 'blue' | 'green' {
  return active === 'blue' ? 'green' : 'blue'
}

/** The colour a command printed last (`blue`, `green`), null when it printed neither. Pure. */
export function parseColor(output: string): 'blue' | 'green' | null {
  const words = output.toLowerCase().match(/\b(blue|green)\b/g)
  return (words?.at(-1) as 'blue' | 'green' | undefined) ?? null
}

/** What a rollout of one service did, and the deploy command records the deployment report keeps. */
export interface RolloutOutcome {
  rollout: RolloutRecord
  /** The last deploy command run (the one that failed, or the promotion). */
  lastDeploy: ExecRecord | null
  verify: ExecRecord | null
  failure: { reason: string; trigger: 'deploy-failure' | 'rollout-analysis' | 'rollout-stopped' } | null
}

/**
 * Rolls one service out step by step (Argo Rollouts' model: set a weight, pause, analyse). Any failed deploy command or
 * analysis aborts at that step; the caller rolls back. `all-at-once` is the one-step case: deploy at weight 100.
 */
export async function runRollout(
  ctx: ProtocolContext,
  service: ServiceSpec,
  environment: string,
  previous: string | null,
  options: { progressive: boolean; sampler?: ProbeSampler }
): Promise<RolloutOutcome> {
  const steps: RolloutStep[] = options.progressive
    ? service.strategy.steps
    : [{ kind: 'set-weight', weight: 100 }]
  const strategy = options.progressive ? service.strategy.type : 'all-at-once'
  const records: RolloutStepRecord[] = []
  let lastDeploy: ExecRecord | null = null
  let verify: ExecRecord | null = null
  const outcome = (failure: RolloutOutcome['failure']): RolloutOutcome => ({
    rollout: {
      strategy,
      status: failure ? 'aborted' : 'promoted',
      steps: records,
      abort: failure
        ? {
            step: records.length,
            description: records.at(-1)?.description ?? '',
            reason: failure.reason,
            at: records.at(-1)?.finishedAt ?? ctx.clock.now().toISOString()
          }
        : null
    },
    lastDeploy,
    verify,
    failure
  })

  // Blue/green asks the live system which colour serves, so a manual switch between releases is respected.
  let colors: { active: 'blue' | 'green' | null; next: 'blue' | 'green' } | null = null
  const blueGreen = options.progressive ? service.strategy.blueGreen : undefined
  if (blueGreen) {
    const vars = templateVars(ctx, environment, service.id, previous)
    const probe = await runStep(ctx, blueGreen.activeColor, vars, `${service.id} colour`)
    if (probe.status !== 'success') {
      return outcome({
        reason: `${service.id}: cannot tell the live colour: ${blueGreen.activeColor.name} ${describeExec(probe)}`,
        trigger: 'deploy-failure'
      })
    }
    const active = parseColor(probe.stdoutTail)
    colors = { active, next: idleColor(active) }
    ctx.logger.info(
      `  ${service.id} | live colour: ${active ?? 'none'}; deploying ${ctx.tag} to ${colors.next}`
    )
  }

  for (const [index, step] of steps.entries()) {
    const stepNumber = index + 1
    const description = describeStep(step)
    const startedAt = ctx.clock.now().toISOString()
    const record: RolloutStepRecord = {
      step: stepNumber,
      kind: step.kind,
      description,
      weight: step.kind === 'set-weight' ? step.weight : null,
      color: null,
      startedAt,
      finishedAt: startedAt,
      status: 'completed',
      exec: null,
      analysis: null,
      message: ''
    }
    records.push(record)
    if (options.progressive)
      ctx.logger.info(`  ${service.id} | step ${stepNumber}/${steps.length}: ${description}`)

    if (
      (step.kind === 'deploy-color' || step.kind === 'switch' || step.kind === 'retire') &&
      blueGreen &&
      colors
    ) {
      const color = step.kind === 'retire' ? colors.active : colors.next
      record.color = color
      if (step.kind === 'retire' && color === null) {
        record.message = 'no old colour to retire (first blue/green release)'
        continue
      }
      const command =
        step.kind === 'deploy-color'
          ? service.deploy
          : step.kind === 'switch'
            ? blueGreen.switch
            : blueGreen.retire
      const vars = {
        ...templateVars(ctx, environment, service.id, previous),
        color: color as string,
        weight: step.kind === 'deploy-color' ? '0' : '100',
        step: String(stepNumber)
      }
      const exec = await runStep(ctx, command, vars, service.id)
      record.exec = exec
      if (step.kind !== 'retire') lastDeploy = exec
      record.finishedAt = ctx.clock.now().toISOString()
      if (exec.status !== 'success') {
        record.status = 'failed'
        record.message = `${command.name} ${describeExec(exec)}`
        return outcome({
          reason: `${service.id}: ${command.name} ${describeExec(exec)} at step ${stepNumber} (${description})`,
          trigger: 'deploy-failure'
        })
      }
      record.message = `${description}: ${color}`
      if (step.kind === 'switch' && service.verify) {
        verify = await runStep(ctx, service.verify, vars, `${service.id} verify`)
        if (verify.status !== 'success') {
          record.status = 'failed'
          return outcome({
            reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
            trigger: 'deploy-failure'
          })
        }
      }
      continue
    }

    if (step.kind === 'set-weight') {
      const vars = {
        ...templateVars(ctx, environment, service.id, previous),
        weight: String(step.weight),
        batch: step.batch !== undefined ? String(step.batch) : '',
        step: String(stepNumber),
        unavailable: service.strategy.maxUnavailable ?? ''
      }
      lastDeploy = await runStep(ctx, service.deploy, vars, service.id)
      record.exec = lastDeploy
      record.finishedAt = ctx.clock.now().toISOString()
      if (lastDeploy.status !== 'success') {
        record.status = 'failed'
        record.message = `${service.deploy.name} ${describeExec(lastDeploy)}`
        return outcome({
          reason: `${service.id}: ${service.deploy.name} ${describeExec(lastDeploy)}${options.progressive ? ` at step ${stepNumber} (${description})` : ''}`,
          trigger: 'deploy-failure'
        })
      }
      if (step.weight === 100 && service.verify) {
        verify = await runStep(ctx, service.verify, vars, `${service.id} verify`)
        if (verify.status !== 'success') {
          record.status = 'failed'
          record.message = `${service.verify.name} ${describeExec(verify)}`
          return outcome({
            reason: `${service.id}: ${service.verify.name} ${describeExec(verify)}`,
            trigger: 'deploy-failure'
          })
        }
      }
      record.message = `${step.weight}% on ${ctx.tag}`
      continue
    }

    if (step.kind === 'pause') {
      await ctx.clock.sleep(step.durationMs)
      record.finishedAt = ctx.clock.now().toISOString()
      record.message = `paused ${formatDuration(step.durationMs)}`
      continue
    }

    if (step.kind === 'pause-for-approval') {
      const prompt = `[ROLLOUT PAUSED] ${service.id} at step ${stepNumber}: ${
        records
          .filter(r => r.weight !== null)
          .map(r => `${r.weight}%`)
          .at(-1) ?? 'not yet deployed'
      } on ${ctx.tag}. Continue the rollout? (yes/no)`
      ctx.logger.info(prompt)
      const goOn = ctx.confirm ? await ctx.confirm(prompt) : false
      record.finishedAt = ctx.clock.now().toISOString()
      if (goOn) {
        record.message = 'a person answered yes'
        continue
      }
      record.status = 'failed'
      record.message = ctx.confirm ? 'a person answered no' : 'nobody can answer here (no terminal)'
      return outcome({
        reason: `${service.id}: rollout stopped at step ${stepNumber} (${description}): ${record.message}`,
        trigger: 'rollout-stopped'
      })
    }

    if (step.kind !== 'analysis') continue
    const analysis = await runAnalysis(
      ctx,
      step.analysis,
      environment,
      service.id,
      previous,
      options.sampler,
      {
        ...(colors ? { color: colors.next } : {}),
        step: String(stepNumber)
      }
    )
    record.analysis = analysis
    record.finishedAt = analysis.finishedAt
    if (analysis.verdict === 'passed') {
      record.message = `passed: ${analysis.samples.length} samples`
      ctx.logger.info(`  ${service.id} | analysis passed (${analysis.samples.length} samples)`)
      continue
    }
    const why = analysis.breach?.reason ?? `analysis ${analysis.verdict}`
    if (analysis.verdict === 'inconclusive' && step.analysis.onInconclusive === 'pause' && ctx.confirm) {
      const goOn = await ctx.confirm(
        `[ANALYSIS INCONCLUSIVE] ${service.id} step ${stepNumber}: ${why}. Continue the rollout? (yes/no)`
      )
      if (goOn) {
        record.message = `inconclusive (${why}); continued by a person at the prompt`
        continue
      }
    }
    record.status = 'failed'
    record.message = `${analysis.verdict}: ${why}`
    ctx.logger.error(`[ALERT] ${service.id} rollout aborted at step ${stepNumber} (${description}): ${why}`)
    return outcome({
      reason: `${service.id}: rollout aborted at step ${stepNumber} (${description}): analysis ${analysis.verdict}: ${why}`,
      trigger: 'rollout-analysis'
    })
  }
  return outcome(null)
}

/** Runs one analysis through the same measurement machinery as the health window. */
export async function runAnalysis(
  ctx: ProtocolContext,
  analysis: AnalysisSpec,
  environment: string,
  service: string,
  previous: string | null,
  sampler?: ProbeSampler,
  extraVars: Partial<TemplateVars> = {}
): Promise<AnalysisRecord> {
  const probes = analysisProbes(ctx, analysis)
  const startedAt = ctx.clock.now().toISOString()
  const probeSampler =
    sampler ??
    realProbeSampler({
      http: ctx.http,
      runner: ctx.runner,
      now: () => ctx.clock.now(),
      vars: { ...templateVars(ctx, environment, service, previous), ...extraVars },
      selfArgv: ctx.selfArgv
    })
  const result = await measure(
    probes,
    analysisSchedule(analysis),
    probeSampler,
    ctx.clock,
    (_progress, round) => {
      for (const sample of round.filter(s => !s.passed))
        ctx.logger.warn(`  ✘ ${sample.probe} (round ${sample.round}, ${sample.status}): ${sample.message}`)
    }
  )
  const finishedAt = ctx.clock.now().toISOString()
  let verdict = result.phase
  let breach = result.breach
  let comparison: CanaryScore | null = null
  if (analysis.compare.length > 0 && result.phase === 'passed') {
    const scored = compareVerdict(analysis, result.samples)
    comparison = scored.comparison
    verdict = scored.verdict
    ctx.logger.info(`  ${service} | ${scored.reason}`)
    if (verdict !== 'passed') {
      breach = {
        probe: analysis.compare.map(m => m.id).join(', '),
        kind: verdict === 'failed' ? 'failed' : 'inconclusive',
        count: comparison.metrics.filter(m => !m.pass).length,
        limit: analysis.compare.length,
        at: finishedAt,
        reason: scored.reason
      }
    }
  }
  return {
    startedAt,
    finishedAt,
    intervalMs: analysis.intervalMs,
    count: analysis.count,
    verdict,
    breach,
    probes: summarizeProbes(probes, result.samples),
    samples: result.samples,
    comparison
  }
}
