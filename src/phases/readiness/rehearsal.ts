import { runHttpCheck } from '../shared/http-check.js'
import type { ProtocolContext } from '../../core/context.js'
import { rollbackTarget } from '../shared/step.js'
import { deployServices } from '../rollout/deploy-services.js'
import type { CheckResult, ExecRecord, RehearsalStep, RollbackRehearsal } from '../../core/records/index.js'
import { ARTIFACTS } from '../../core/records/index.js'
import { executeRollback } from '../rollback/execute.js'
import { recordHeader } from '../../core/record-header.js'

/**
 * Proves the rollback works for this release before production needs it: on staging, deploy the candidate, roll
 * back to the release before it, check the previous release answers, redeploy the candidate and check it again. The
 * record is evidence of this release and, written to the rollback-rehearsal prerequisite, Gate 1's proof next time.
 */
export async function runRehearsal(
  ctx: ProtocolContext,
  environment = 'staging'
): Promise<RollbackRehearsal> {
  const startedAt = ctx.clock.now().toISOString()
  const previous = await rollbackTarget(ctx, environment)
  const steps: RehearsalStep[] = []
  ctx.logger.info(
    `[REHEARSAL] Rolling ${ctx.tag} back to ${previous ?? '(no previous release)'} on ${environment} and forward again...`
  )
  const step = async (
    name: RehearsalStep['name'],
    work: () => Promise<{ commands: ExecRecord[]; checks: CheckResult[]; passed: boolean; message: string }>
  ): Promise<boolean> => {
    const began = ctx.clock.now()
    const result = await work()
    const ended = ctx.clock.now()
    steps.push({
      name,
      startedAt: began.toISOString(),
      finishedAt: ended.toISOString(),
      durationMs: ended.getTime() - began.getTime(),
      ...result
    })
    ctx.logger.info(`  ${result.passed ? '✔' : '✘'} ${name}: ${result.message}`)
    return result.passed
  }
  const deploy = async (): Promise<{
    commands: ExecRecord[]
    checks: CheckResult[]
    passed: boolean
    message: string
  }> => {
    const deployed = await deployServices(ctx, environment, previous)
    return {
      commands: deployed.services.flatMap(s =>
        [s.deploy, s.verify].filter((e): e is ExecRecord => e !== null)
      ),
      checks: [],
      passed: deployed.failure === null,
      message: deployed.failure ? deployed.failure.reason : `${ctx.tag} deployed`
    }
  }
  const verify = (release: string) => async () => {
    const checks: CheckResult[] = []
    for (const check of ctx.config.validation.staging)
      checks.push(await runHttpCheck(ctx.http, check, release, () => ctx.clock.now()))
    const failed = checks.filter(c => !c.passed)
    return {
      commands: [],
      checks,
      passed: failed.length === 0,
      message:
        checks.length === 0
          ? 'no validation.staging checks configured: nothing proves which release serves'
          : failed.length === 0
            ? `${release} serves (${checks.length} checks)`
            : failed.map(c => `${c.id}: ${c.message}`).join('; ')
    }
  }

  let passed = false
  if (!previous) {
    steps.push({
      name: 'rollback',
      startedAt,
      finishedAt: startedAt,
      durationMs: 0,
      commands: [],
      checks: [],
      passed: false,
      message: `no previous release of ${environment} is known: there is nothing to roll back to (pass --previous <tag>)`
    })
  } else {
    passed =
      (await step('deploy-candidate', deploy)) &&
      (await step('rollback', async () => {
        const rollback = await executeRollback(ctx, {
          environment,
          target: previous,
          trigger: 'rehearsal',
          reason: `rollback rehearsal of ${ctx.tag}`
        })
        return {
          commands: rollback.steps.map(s => s.exec),
          checks: [],
          passed: rollback.status === 'success',
          message: `rollback to ${previous}: ${rollback.status}`
        }
      })) &&
      (await step('verify-previous', verify(previous))) &&
      (await step('redeploy-candidate', deploy)) &&
      (await step('verify-candidate', verify(ctx.tag)))
    // Without checks nothing shows the previous release really served: a rehearsal must prove it, so it fails.
    if (ctx.config.validation.staging.length === 0) passed = false
  }
  const rollbackStep = steps.find(s => s.name === 'rollback')
  const rehearsal: RollbackRehearsal = {
    ...recordHeader(ARTIFACTS.rollbackRehearsal, ctx.tag, ctx.clock.now()),
    environment,
    previousRelease: previous,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed,
    rollbackDurationMs: rollbackStep?.passed ? rollbackStep.durationMs : null,
    steps
  }
  await ctx.store.writeJson(ARTIFACTS.rollbackRehearsal, rehearsal)
  if (passed)
    ctx.logger.info(
      `[REHEARSAL] Rollback rehearsal passed: back to ${previous} in ${rehearsal.rollbackDurationMs}ms, and forward again.`
    )
  else
    ctx.logger.error(
      `[ERROR] Rollback rehearsal failed: ${steps.find(s => !s.passed)?.message ?? 'unknown'}. Gate 1 will refuse this release until a rehearsal passes.`
    )
  return rehearsal
}
