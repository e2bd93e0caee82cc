import type { ValidateFunction } from 'ajv'
import { isAbsolute, relative } from 'node:path'
import { tokenizeCommand } from '../../core/command-template.js'
import { buildChangeSet } from './change-set.js'
import { renderCommunications, renderReleaseManifest } from '../../render/markdown.js'
import { ANNOUNCE, phaseComplete } from '../../core/announce.js'
import type { ProtocolContext } from '../../core/context.js'
import { rollbackTarget, stepArgv, templateVars } from '../shared/step.js'
import { checkWindow } from './window-check.js'
import { readinessGate } from './gate.js'
import type { PhaseOutcome } from '../../core/outcome.js'
import { evaluatePrerequisite, prerequisiteHeadlines } from './prerequisites.js'
import {
  ARTIFACTS,
  type PrerequisiteResult,
  type ReadinessChecklist,
  type ReleaseManifest,
  type RollbackRehearsal,
  type WindowCheck
} from '../../core/records/index.js'
import { recordHeader } from '../../core/record-header.js'
import { renderRollbackPlan } from '../../render/rollback-plan.js'
import { rollbackPlanProblem } from '../rollback/execute.js'
import { queueCommunications } from '../shared/events.js'
import { missingSignoffs, stakeholderStatuses, type StakeholderStatus } from '../../core/signoffs.js'

/** Phase 1: prove readiness (prerequisites fresh and valid, rollback plan executable) and write scope and plan. */
export async function runReadiness(ctx: ProtocolContext): Promise<PhaseOutcome> {
  const startedAt = ctx.clock.now().toISOString()
  ctx.logger.info(ANNOUNCE.phase1Start)
  const environment = ctx.config.approval.environment
  const problems: string[] = []
  // git answers in a process of its own: it runs while the prerequisites are read, and is awaited where it was.
  const commitsRead = ctx.changes.releaseCommits(ctx.tag)
  // Awaited below; until then a failure is held, not reported as unhandled.
  commitsRead.catch(() => undefined)
  const { prerequisites, rehearsals } = await checkPrerequisites(ctx, problems)
  const window = checkDeploymentWindow(ctx, problems)
  const commits = await commitsRead
  const missingTag = missingTagProblem(ctx, commits.tagFound)
  if (missingTag && ctx.requireTagInGit) problems.push(missingTag)
  else if (missingTag) ctx.logger.warn(`[WARNING] ${missingTag}; the change set runs up to HEAD instead.`)

  const stakeholders = await checkSignoffs(ctx)

  const target = await rollbackTarget(ctx, environment)
  const checklist: ReadinessChecklist = {
    ...recordHeader(ARTIFACTS.readinessChecklist, ctx.tag, ctx.clock.now()),
    environment,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed: false,
    configFile: ctx.config.sourcePath,
    configSha256: ctx.config.sourceSha256,
    previousRelease: target,
    prerequisites,
    rollbackPlan: rollbackPlanOf(ctx, environment, target),
    services: ctx.config.services.map(s => s.id),
    problems,
    stakeholders,
    window
  }
  const gate = readinessGate(ctx.tag, checklist)
  checklist.passed = gate.passed
  await ctx.store.writeJson(ARTIFACTS.readinessChecklist, checklist)
  await ctx.store.writeText(
    ARTIFACTS.rollbackPlan,
    renderRollbackPlan(
      checklist,
      ctx.config.services,
      rehearsals.find(r => r.tag === ctx.tag) ?? rehearsals[0] ?? null
    )
  )
  await writeScope(ctx, checklist, target, commits)

  if (!gate.passed) {
    if (prerequisites.some(p => !p.passed)) {
      for (const headline of prerequisiteHeadlines(prerequisites)) ctx.logger.error(headline)
      ctx.logger.error(ANNOUNCE.missingPrerequisites)
    }
    const missing = missingSignoffs(stakeholders)
    if (missing.length > 0)
      ctx.logger.error(
        `[ERROR] Required stakeholder sign-off missing for ${ctx.tag}: ${missing.map(s => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ')}. Record each with release-gate signoff --tag ${ctx.tag} --role <role> --name <name>.`
      )
    for (const reason of gate.reasons) ctx.logger.error(`  - ${reason}`)
    ctx.logger.error(
      `Gate 1 (readiness) failed; nothing was deployed. Fix the above, then rerun. Evidence: ${ctx.store.path(ARTIFACTS.readinessChecklist)}`
    )
    return { kind: 'halted', gate: 1, reasons: gate.reasons }
  }
  ctx.logger.info(phaseComplete(1, 'Readiness verification'))
  return { kind: 'passed' }
}

/** Each prerequisite's verdict (a schema that cannot be used is a problem), and the rehearsals among them. */
async function checkPrerequisites(
  ctx: ProtocolContext,
  problems: string[]
): Promise<{ prerequisites: PrerequisiteResult[]; rehearsals: RollbackRehearsal[] }> {
  const prerequisites: PrerequisiteResult[] = []
  const rehearsals: RollbackRehearsal[] = []
  for (const spec of ctx.config.prerequisites) {
    let schema: ValidateFunction | undefined
    if (spec.schemaPath) {
      try {
        const schemaFile = await ctx.artifacts.inspect(spec.schemaPath)
        if (schemaFile.text === null) throw new Error('file not found')
        schema = ctx.schemas.compileUserSchema(JSON.parse(schemaFile.text) as object)
      } catch (error) {
        problems.push(
          `prerequisite ${spec.id}: cannot use schema ${spec.schemaPath}: ${(error as Error).message}`
        )
      }
    }
    const facts = await ctx.artifacts.inspect(spec.path)
    const result = evaluatePrerequisite(spec, facts, ctx.clock.now(), schema, ctx.tag)
    prerequisites.push(result)
    const rehearsal = rehearsalRecord(facts.text)
    if (rehearsal) rehearsals.push(rehearsal)
    ctx.logger.info(`  ${result.passed ? '✔' : '✘'} ${spec.id}: ${result.message}`)
  }
  return { prerequisites, rehearsals }
}

/** Each configured stakeholder with its sign-off for this tag (recorded before the run; other tags never count). */
async function checkSignoffs(ctx: ProtocolContext): Promise<StakeholderStatus[]> {
  const statuses = stakeholderStatuses(ctx.config.stakeholders, await ctx.signoffs.forTag(ctx.tag), ctx.tag)
  for (const s of statuses) {
    const who = s.role ? `${s.name} (${s.role})` : s.name
    ctx.logger.info(
      s.status === 'signed'
        ? `  ✔ sign-off ${who}: signed by ${s.signedBy ?? 'unknown'} at ${s.signedAt ?? 'unknown'}`
        : `  ${s.required ? '✘' : '…'} sign-off ${who}: pending${s.required ? ' (required)' : ''}`
    )
  }
  return statuses
}

/** The deployment window now: outside it, and not overridden on the record, is a problem. */
function checkDeploymentWindow(ctx: ProtocolContext, problems: string[]): WindowCheck {
  const window = checkWindow(ctx)
  if (!window.allowed && !window.override)
    problems.push(
      `deployment window: ${window.reason}. In an emergency, override with a reason (--override-window "<why>")`
    )
  ctx.logger.info(
    `  ${window.allowed ? '✔' : window.override ? '⚠' : '✘'} deployment window: ${window.reason}${window.override ? ` — OVERRIDDEN by ${window.override.by}: ${window.override.reason}` : ''}`
  )
  return window
}

/** The rollback plan as the checklist records it: executable or why not, and each service's command. */
function rollbackPlanOf(
  ctx: ProtocolContext,
  environment: string,
  target: string | null
): ReadinessChecklist['rollbackPlan'] {
  const planProblem = rollbackPlanProblem(ctx, target)
  return {
    executable: planProblem === null,
    target,
    message:
      planProblem ??
      (target ? `roll back to ${target}` : 'first release: rollback commands do not need a previous release'),
    services: ctx.config.services.map(s => ({
      service: s.id,
      argv: stepArgv(ctx, s.rollback, templateVars(ctx, environment, s.id, target))
    }))
  }
}

/** The release's scope: the change set since the previous tag, the release manifest and the communications plan. */
async function writeScope(
  ctx: ProtocolContext,
  checklist: ReadinessChecklist,
  target: string | null,
  found: Awaited<ReturnType<ProtocolContext['changes']['releaseCommits']>>
): Promise<void> {
  ctx.logger.info(ANNOUNCE.scope)
  const changeSet = buildChangeSet({
    previousTag: found.previousTag,
    tag: ctx.tag,
    range: found.range,
    commits: found.commits,
    servicePaths: ctx.config.scope.services,
    riskyPaths: ctx.config.scope.riskyPaths,
    configPaths: [relativeToRepo(ctx.config.sourcePath)],
    rollbackScriptPaths: ctx.config.services.flatMap(s => scriptPaths(tokenizeCommand(s.rollback.command))),
    servicesWithoutRollback: []
  })
  // Without tags git cannot tell the previous release, but the release history can: say which, not "nothing to roll back to".
  if (target)
    for (const risk of changeSet.risks.filter(r => r.kind === 'first-release'))
      risk.detail = `no earlier release tag in git: every commit up to ${ctx.tag} is in scope (the rollback target ${target} comes from the release history)`
  for (const risk of changeSet.risks) ctx.logger.warn(`  ⚠ risk: ${risk.detail}`)
  const enriched = ctx.pullRequests
    ? await ctx.pullRequests.details(changeSet.pullRequests)
    : { pullRequests: [], notes: [] }
  const notes = [...found.notes, ...enriched.notes]
  // `satisfies`: the typechecker holds the record to the schema it is validated against before the write.
  await ctx.store.writeJson(ARTIFACTS.releaseManifestJson, {
    ...recordHeader(ARTIFACTS.releaseManifestJson, ctx.tag, ctx.clock.now()),
    notes,
    stakeholders: ctx.config.stakeholders,
    changeSet,
    pullRequestDetails: enriched.pullRequests
  } satisfies ReleaseManifest)
  await ctx.store.writeText(
    ARTIFACTS.releaseManifest,
    renderReleaseManifest(ctx.config, checklist, changeSet, notes, enriched.pullRequests)
  )
  // Queued behind the timeline's lines (whose deliveries may still be on their way), never written alongside them.
  const plan = renderCommunications(ctx.config, checklist, ctx.clock.now())
  queueCommunications(
    ctx,
    existing =>
      (existing?.startsWith('# Deployment communications') ? '' : '# Deployment communications\n\n') + plan
  )
}

/** A prerequisite that is a release-gate rollback rehearsal, for the rollback plan's timing; null otherwise. */
function rehearsalRecord(text: string | null): RollbackRehearsal | null {
  if (text === null) return null
  try {
    const value = JSON.parse(text) as Partial<RollbackRehearsal>
    return value.artifact === 'rollback-rehearsal.json' && Array.isArray(value.steps)
      ? (value as RollbackRehearsal)
      : null
  } catch {
    return null
  }
}

/** Words of a command that name a script file (`scripts/rollback_backend.sh`): their change is a release risk. */
function scriptPaths(words: readonly string[]): string[] {
  return words.filter(
    w => !w.startsWith('-') && !w.includes('${') && (/\.(sh|py|js|mjs|ts|rb|ps1)$/.test(w) || w.includes('/'))
  )
}

/** The config path as git names it (relative to the working directory). */
function relativeToRepo(path: string): string {
  return isAbsolute(path) ? relative(process.cwd(), path) : path.replace(/^\.\//, '')
}

/** Why the release tag is not a tag of the checkout, or null when it is. */
function missingTagProblem(ctx: ProtocolContext, tagFound: boolean | null): string | null {
  if (tagFound === true) return null
  return tagFound === false
    ? `release tag ${ctx.tag} does not exist in this checkout's git repository: create and push the tag, and run on it`
    : `no git repository here to confirm release tag ${ctx.tag}: run in a checkout of the repository that holds the tag`
}
