import { ANNOUNCE, answered, deploymentFailed, phaseComplete } from '../../core/announce.js'
import { requestProductionApproval } from './approval.js'
import type { ProtocolContext } from '../../core/context.js'
import { rollbackTarget } from '../shared/step.js'
import { checkWindow } from '../readiness/window-check.js'
import { deployServices } from '../rollout/deploy-services.js'
import { keptColors, switchBackToKeptColors } from '../rollout/steps/blue-green.js'
import { readinessGate } from '../readiness/gate.js'
import { stagingGate } from '../staging/gate.js'
import type { PhaseOutcome } from '../../core/outcome.js'
import {
  ARTIFACTS,
  type ProductionDeploymentReport,
  type ReadinessChecklist,
  type StagingDeploymentReport,
  type UatConfirmation,
  type ValidationResults
} from '../../core/records/index.js'
import { rollbackPlanProblem } from '../rollback/execute.js'
import { rollBackAfterFailure, type RollbackRequest } from '../rollback/after-failure.js'
import { emitEvent } from '../shared/events.js'
import { refuse } from '../shared/gate.js'
import { runValidationSuite } from '../shared/validation-suite.js'
import { mayStart, refusalMessage, serving, type StartRefusal } from '../../core/ledger.js'
import { recordHeader } from '../../core/record-header.js'

/**
 * Phase 3. The spec's CRITICAL rule is enforced here, in this order, before any production command runs: recorded
 * staging success (Gates 1 and 2 from evidence), a recorded approval, and an executable rollback plan.
 */
export async function runProduction(ctx: ProtocolContext): Promise<PhaseOutcome> {
  const environment = ctx.config.approval.environment
  const checklist = await ctx.store.readJson<ReadinessChecklist>(ARTIFACTS.readinessChecklist)
  const gate1 = readinessGate(ctx.tag, checklist)
  if (!gate1.passed) return refuse(ctx, 1, gate1.reasons, 'production')
  const gate2 = stagingGate(
    ctx.tag,
    await ctx.store.readJson<StagingDeploymentReport>(ARTIFACTS.stagingDeployment),
    await ctx.store.readJson<ValidationResults>(ARTIFACTS.stagingValidation),
    await ctx.store.readJson<UatConfirmation>(ARTIFACTS.uatConfirmation)
  )
  if (!gate2.passed) return refuse(ctx, 2, gate2.reasons, 'production')

  // Asked before the approval, so nobody approves a release that cannot start; asked again, atomically, at the start.
  // The readiness time is when this bundle's evidence began: a rollback after it means the evidence is spent.
  const evidenceSince = checklist?.generatedAt
  const refusal = mayStart(await ctx.history.ledger(environment), ctx.tag, evidenceSince)
  if (refusal) return refuseStart(ctx, refusal)

  const approval = await requestProductionApproval(ctx)
  if (!approval.gate.passed) {
    ctx.logger.error(`[ERROR] Production approval not granted: ${approval.record.reason}.`)
    ctx.logger.error(
      'Production was not touched. The decision is recorded in ' +
        ctx.store.path(ARTIFACTS.productionApproval)
    )
    return { kind: 'halted', gate: 3, reasons: approval.gate.reasons }
  }

  // The approval may have taken hours: the window must still be open (or overridden) when production changes.
  // An override given at readiness holds for this release (in Actions it was given to the readiness job).
  const window = checkWindow(ctx)
  if (!window.allowed && !window.override && !checklist?.window?.override) {
    const reason = `deployment window: ${window.reason}`
    ctx.logger.error(
      `[ERROR] Production not started: ${reason}. Override with a reason only in an emergency.`
    )
    return { kind: 'halted', gate: 3, reasons: [reason] }
  }

  const previous = await rollbackTarget(ctx, environment)
  // Nothing serves and no --previous names a baseline: a canary has nothing to compare with, so it deploys fully.
  const firstRelease = previous === null && serving(await ctx.history.ledger(environment)) === null
  const planProblem = rollbackPlanProblem(ctx, previous)
  if (planProblem) {
    ctx.logger.error(`[ERROR] No executable rollback plan: ${planProblem}`)
    return { kind: 'halted', gate: 3, reasons: [planProblem] }
  }

  const blocking = await ctx.history.begin(environment, ctx.tag, evidenceSince)
  if (blocking) return refuseStart(ctx, blocking)
  ctx.logger.info(ANNOUNCE.phase3Start)
  const startedAt = ctx.clock.now().toISOString()
  const deployed = await deployServices(ctx, environment, previous, true, firstRelease)
  const report: ProductionDeploymentReport = {
    ...recordHeader(ARTIFACTS.productionDeployment, ctx.tag, ctx.clock.now()),
    environment,
    previousRelease: previous,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    status: 'deployed',
    services: deployed.services,
    failure: null,
    rollback: null
  }
  if (deployed.failure) {
    await emitEvent(ctx, 'alert', `Production rollout of ${ctx.tag} failed: ${deployed.failure.reason}`, {
      phase: 'production',
      environment
    })
    if (deployed.failure.trigger === 'rollout-analysis') {
      // Metrics stopped the rollout, not a failing command: the spec's alert, then the rollback decision.
      ctx.logger.error(ANNOUNCE.healthDegradation)
      ctx.logger.error(`  ${deployed.failure.reason}`)
      ctx.logger.info(
        answered(ANNOUNCE.rollbackDecision, 'yes (a failed rollout analysis always rolls back)')
      )
    } else if (deployed.failure.trigger === 'rollout-stopped') {
      ctx.logger.error(`[ERROR] Rollout stopped: ${deployed.failure.reason}.`)
    } else ctx.logger.error(deploymentFailed(deployed.failure.reason))
    // The failed service may be half-deployed: roll back everything that was touched.
    const touched = new Set(deployed.services.filter(s => s.status !== 'not-started').map(s => s.service))
    return finishWithRollback(ctx, report, deployed.failure.service, {
      environment,
      target: previous,
      trigger: deployed.failure.trigger,
      reason: deployed.failure.reason,
      services: touched,
      switchedBack: await switchBackToKeptColors(ctx, keptColors(report.services), environment, previous)
    })
  }
  await ctx.store.writeJson(ARTIFACTS.productionDeployment, report)

  ctx.logger.info(ANNOUNCE.postDeploymentChecks)
  const checks = await runValidationSuite(
    ctx,
    ctx.config.productionChecks,
    ARTIFACTS.postDeploymentValidation,
    environment,
    previous
  )
  if (!checks.passed) {
    const failed = [
      ...checks.commands.filter(c => c.status !== 'success').map(c => `${c.name} ${c.status}`),
      ...checks.checks.filter(c => !c.passed).map(c => `${c.id}: ${c.message}`)
    ]
    const reason = `post-deployment checks failed (${failed.join('; ')})`
    ctx.logger.error(`[ERROR] ${reason}.`)
    return finishWithRollback(ctx, report, null, {
      environment,
      target: previous,
      trigger: 'post-deployment-checks',
      reason,
      switchedBack: await switchBackToKeptColors(ctx, keptColors(report.services), environment, previous)
    })
  }
  await ctx.history.record({ tag: ctx.tag, environment, status: 'health-window' })
  ctx.logger.info(phaseComplete(3, 'Production deployment'))
  return { kind: 'passed' }
}

function refuseStart(ctx: ProtocolContext, refusal: StartRefusal): PhaseOutcome {
  const reason = refusalMessage(refusal)
  ctx.logger.error(`[ERROR] Production not started: ${reason}`)
  return { kind: 'halted', gate: 3, reasons: [reason] }
}

/** Rolls production back after a failure, and writes the deployment report with the failure and the rollback. */
async function finishWithRollback(
  ctx: ProtocolContext,
  report: ProductionDeploymentReport,
  failedService: string | null,
  request: RollbackRequest
): Promise<PhaseOutcome> {
  const { rollback, outcome } = await rollBackAfterFailure(ctx, { ...request, deployments: report.services })
  const rolledBack = rollback.status === 'success'
  const finished: ProductionDeploymentReport = {
    ...report,
    generatedAt: ctx.clock.now().toISOString(),
    finishedAt: ctx.clock.now().toISOString(),
    status: rolledBack ? 'rolled-back' : 'failed',
    failure: { service: failedService, reason: request.reason },
    rollback
  }
  await ctx.store.writeJson(ARTIFACTS.productionDeployment, finished)
  if (rolledBack)
    ctx.logger.error(
      `Production rolled back to ${rollback.target ?? 'its previous state'}. Evidence: ${ctx.store.path(ARTIFACTS.productionDeployment)}`
    )
  return outcome
}
