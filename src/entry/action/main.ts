import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { lazyArtifactClient } from '../../adapters/github/artifact-client.js'
import { newRunId, rollbackBundleDir } from '../../adapters/evidence/store.js'
import { INPUT, OUTPUT, readActionSettings, type ActionSettings } from './settings.js'
import { STATE } from './state.js'
import { composeContext } from '../compose.js'
import { loadConfig } from '../config/load.js'
import { confineFolders } from '../config/paths.js'
import type { ReleaseConfig } from '../../core/config.js'
import { messageOf, UsageError } from '../../core/errors.js'
import { isForbiddenCommandVariable } from '../../core/command-environment.js'
import { inertToWorkflowCommands } from '../../core/workflow-commands.js'
import { GitHubApi } from '../../adapters/github/api.js'
import { EnvironmentApprovalSource } from '../../adapters/github/approval.js'
import {
  EvidenceArtifacts,
  evidenceArtifactName,
  rollbackArtifactName,
  type ArtifactPhase,
  type PinnedArtifact,
  type RestoredEvidence
} from '../../adapters/github/artifacts.js'
import { DeploymentHistory } from '../../adapters/github/deployments.js'
import { GitHubPullRequests } from '../../adapters/github/pull-requests.js'
import { attestBundle, githubAttester } from '../../adapters/github/attest.js'
import { renderPhaseSummary } from '../../render/job-summary.js'
import { systemClock } from '../../adapters/local.js'
import { interruptOnSignals } from '../../adapters/signals.js'
import type { ProtocolContext, ReleaseRequest } from '../../core/context.js'
import { runPhase } from '../../engine/run.js'
import { GATE_BEFORE, PHASE_BEFORE } from '../../core/phases.js'
import { releaseRecordIn } from '../release-record.js'
import { approveRollback, resolveRollback, runManualRollback } from '../../phases/rollback/manual.js'
import { gitRunner } from '../../adapters/git/git-changes.js'
import { taggerLogin } from '../../adapters/git/tagger.js'
import { statementOf, type PhaseOutcome } from '../../core/outcome.js'
import type { ApprovalSource, Logger } from '../../core/ports.js'
import {
  ARTIFACTS,
  healthWindowOfFile,
  type HealthWindowFile,
  type HealthWindowFileV1,
  type HealthWindowRecord,
  type ProductionApproval,
  type ProductionDeploymentReport,
  type RollbackReport
} from '../../core/records/index.js'

/**
 * A plain line of the job log. Lines carry untrusted text (command output, probe responses, comments), so none may
 * act as a workflow command; `core.warning` and `core.error` escape their message themselves.
 */
const logLine = (line: string): void => core.info(inertToWorkflowCommands(line))

/** Job-log logger. Errors stay log lines: annotations are kept for the gate reasons (GitHub shows 10 per step). */
const actionsLogger: Logger = {
  info: logLine,
  warn: line => core.warning(line),
  error: logLine,
  progress: logLine
}

/** The action's entry: runs the phase named by the `phase` input and uploads its evidence whatever happens. */
export async function run(): Promise<void> {
  // A cancelled run sends SIGINT: stop the running command, record where the phase stopped, upload the evidence.
  const signals = interruptOnSignals(logLine)
  try {
    // The signing key is masked before its input is read: a refusal of it must not be able to print it.
    maskSigningKey(core.getInput(INPUT.signingKey))
    const settings = readActionSettings(name => core.getInput(name), process.env)
    // Mask first: whatever fails next (even the config) must not be able to print a secret.
    for (const value of Object.values(settings.secrets)) if (value) core.setSecret(value)
    const config = await loadConfig(settings.configPath)
    await confineFolders(
      config,
      settings.evidenceDir === null
        ? undefined
        : { path: settings.evidenceDir, label: `Invalid input '${INPUT.evidenceDir}'` }
    )
    exportSecrets(settings.secrets, config.secretEnvNames)
    // Approving a tag one created oneself is a self-approval too; only Gate 3 asks.
    const tagger =
      settings.phase === 'production' && settings.tag
        ? await taggerLogin(gitRunner(process.cwd()), settings.tag)
        : null
    const run = tagger ? { ...settings.run, tagger } : settings.run
    const api = new GitHubApi(settings.token, run, systemClock, line => core.warning(line))
    const history = new DeploymentHistory(api, config.environmentUrls)
    const artifacts = new EvidenceArtifacts(lazyArtifactClient())
    const evidenceDir = resolve(settings.evidenceDir ?? config.evidenceDir)
    core.setOutput(OUTPUT.evidenceDir, evidenceDir)
    if (settings.phase === 'rollback')
      await runRollback(settings, config, api, history, artifacts, evidenceDir, signals.interrupt)
    else
      await runProtocolPhase(
        settings,
        settings.phase,
        config,
        api,
        history,
        artifacts,
        evidenceDir,
        signals.interrupt
      )
  } catch (error) {
    core.setFailed(error instanceof UsageError ? `[ERROR] ${messageOf(error)}` : messageOf(error))
  } finally {
    signals.dispose()
  }
  // A cancelled run: the evidence is recorded and uploaded; leave before the runner's SIGKILL, timers or not.
  if (signals.interrupt.aborted) process.exit(signals.exitCode() ?? 1)
}

async function runProtocolPhase(
  settings: ActionSettings,
  phase: ArtifactPhase,
  config: ReleaseConfig,
  api: GitHubApi,
  history: DeploymentHistory,
  artifacts: EvidenceArtifacts,
  evidenceDir: string,
  interrupt: AbortSignal
): Promise<void> {
  const tag = settings.tag as string
  const environment = settings.environment ?? config.approval.environment
  const effectiveConfig: ReleaseConfig = { ...config, approval: { ...config.approval, environment } }
  const approval: ApprovalSource = new EnvironmentApprovalSource(api, environment)
  const request: ReleaseRequest = {
    ...secretsHeld(settings),
    tag,
    evidenceDir,
    interrupt,
    // A release in GitHub Actions runs on its tag: a tag the checkout lacks is a mistake, not a preview.
    requireTagInGit: true,
    ...(settings.overrideWindow
      ? { windowOverride: { by: settings.run.actor, reason: settings.overrideWindow } }
      : {})
  }
  const ctx = composeContext(effectiveConfig, request, actionsLogger, approval, selfArgv(), {
    history,
    pullRequests: new GitHubPullRequests(api)
  })
  const name = evidenceArtifactName(tag, phase, settings.run.runAttempt)
  saveUploadState(evidenceDir, evidenceArtifactName(tag, phase, settings.run.runAttempt, true), settings)

  // A halted or failed phase still uploads what it recorded; if this step dies first, the post step uploads it.
  const continued = await continueFromArtifacts(ctx, phase, artifacts, tag, settings.predecessor)
  let outcome = continued.outcome
  if (outcome.kind === 'passed') {
    try {
      outcome = await runPhase(ctx, phase, continued.transportProblems)
    } catch (error) {
      // Whatever broke, the evidence so far is uploaded and the step fails with the cause.
      ctx.logger.error(`[ERROR] The ${phase} phase stopped on an unexpected error: ${messageOf(error)}`)
      outcome = { kind: 'failed', reason: `${phase} phase error: ${messageOf(error)}` }
    }
  }
  // A report over a broken chain is not sealed: nothing attests it.
  const sealed = !(outcome.kind === 'incomplete' && !outcome.sealed)
  if (phase === 'report' && settings.attest && !interrupt.aborted && sealed)
    await attestEvidence(ctx, settings)
  // Evidence of an interrupted phase feeds only the report job, never a next phase: it gets the -interrupted name.
  const uploadName = interrupt.aborted
    ? evidenceArtifactName(tag, phase, settings.run.runAttempt, true)
    : name
  // An unsealed report still travels, beside the files it could not vouch for.
  const unsealed = phase === 'report' && !sealed ? REPORT_FILES : []
  const uploaded = await uploadEvidence(artifacts, uploadName, evidenceDir, settings, unsealed)
  await finish(ctx, phase, tag, outcome, uploaded, history.lastDeploymentId, null, api)
}

/** The files the report phase writes, uploaded even when the report could not be sealed. */
const REPORT_FILES = [ARTIFACTS.deploymentReport, ARTIFACTS.deploymentReportHtml, ARTIFACTS.retrospective]

/**
 * Restores the evidence of the phase before from this run's artifacts (not for readiness, which starts a bundle):
 * exactly the artifact the job before published when `pinned`. A phase halts on evidence that is missing, altered or
 * unreadable; the report goes on with what it knows and is told what was wrong (`transportProblems`).
 */
async function continueFromArtifacts(
  ctx: ProtocolContext,
  phase: ArtifactPhase,
  artifacts: EvidenceArtifacts,
  tag: string,
  pinned: PinnedArtifact | null
): Promise<{ outcome: PhaseOutcome; transportProblems: string[] }> {
  const passed: PhaseOutcome = { kind: 'passed' }
  if (phase === 'readiness') return { outcome: passed, transportProblems: [] }
  const before = phase === 'report' ? 'earlier' : PHASE_BEFORE[phase]
  const rerun = `Re-run all jobs of the workflow (not only the failed ones), so that the ${before} job uploads its evidence again`
  if (!pinned)
    core.warning(
      `Input '${INPUT.artifactId}' is empty: the evidence is taken from the latest ${before} artifact of this run by name. Pass the ${before} job's evidence-artifact-id and evidence-artifact-digest outputs (as release.yml does), so that no other upload can stand in for it.`
    )
  let restored: RestoredEvidence
  try {
    restored = await artifacts.restore(tag, phase, ctx.store.dir, pinned)
  } catch (error) {
    restored = { status: 'unreadable', name: 'evidence', id: pinned?.id ?? 0, problem: messageOf(error) }
  }
  if (restored.status === 'restored') {
    core.info(
      `Evidence restored from artifact ${restored.name} (id ${restored.id}, ${restored.digest}${pinned ? ', as the job before published it' : ''}).`
    )
    return { outcome: passed, transportProblems: [] }
  }
  if (restored.status === 'none') {
    if (phase === 'report') {
      core.warning(
        `No evidence artifact of ${tag} in this run: the release stopped before any phase recorded evidence.`
      )
      return { outcome: passed, transportProblems: [] }
    }
    const reason = `no evidence artifact from the ${before} phase of ${tag} in this run: that phase did not run, did not pass, or did not upload`
    ctx.logger.error(`[ERROR] Required staging or validation artifact missing. ${reason}.`)
    return { outcome: { kind: 'halted', gate: GATE_BEFORE[phase], reasons: [reason] }, transportProblems: [] }
  }
  let problems: string[]
  let headline: string
  if (restored.status === 'missing') {
    problems = [
      `the evidence artifact ${restored.id} (input ${INPUT.artifactId}) is not in this run: it expired, was deleted, or is no artifact of this run`
    ]
    headline = `Required staging or validation artifact missing. ${problems[0]}`
  } else if (restored.status === 'altered') {
    problems = [
      `artifact ${restored.name} (id ${restored.id}) differs from the SHA-256 digest GitHub recorded when it was uploaded (${restored.expected} recorded, ${restored.actual} downloaded)`,
      ...(restored.unpacked
        ? await ctx.store.verify()
        : [`artifact ${restored.name} cannot be unpacked either: ${restored.problem ?? 'unreadable'}`])
    ]
    headline = `The evidence of ${tag} was altered or corrupted after upload`
  } else {
    problems = [`artifact ${restored.name} (id ${restored.id}) cannot be read: ${restored.problem}`]
    headline = `The evidence of ${tag} cannot be read`
  }
  // What cannot be vouched for is neither built on nor passed on under a fresh digest.
  await rm(ctx.store.dir, { recursive: true, force: true })
  if (phase === 'report') {
    ctx.logger.error(`[ERROR] ${headline}; the report lists what is known and is not sealed. ${rerun}.`)
    for (const problem of problems) ctx.logger.error(`  - ${problem}`)
    return { outcome: passed, transportProblems: problems }
  }
  ctx.logger.error(`[ERROR] ${headline}; the ${phase} phase will not start. ${rerun}.`)
  for (const problem of problems) ctx.logger.error(`  - ${problem}`)
  return {
    outcome: { kind: 'halted', gate: GATE_BEFORE[phase], reasons: problems.map(p => `evidence: ${p}`) },
    transportProblems: []
  }
}

async function runRollback(
  settings: ActionSettings,
  config: ReleaseConfig,
  api: GitHubApi,
  history: DeploymentHistory,
  artifacts: EvidenceArtifacts,
  evidenceDir: string,
  interrupt: AbortSignal
): Promise<void> {
  const environment = settings.environment ?? config.approval.environment
  const { current, target } = await resolveRollback(history, {
    environment,
    ...(settings.targetRelease ? { target: settings.targetRelease } : {})
  })
  core.setOutput(OUTPUT.rollbackTarget, target)
  // The rollback job's environment, as the workflow fixed it; its reviewers approve, as production's approve a release.
  const approvalEnvironment = settings.approvalEnvironment ?? environment
  const approved = await approveRollback(
    new EnvironmentApprovalSource(api, approvalEnvironment),
    { ...config.approval, environment: approvalEnvironment },
    approvalEnvironment,
    line => core.warning(line)
  )
  if (!approved.approved) {
    core.setOutput(OUTPUT.outcome, 'halted')
    throw new UsageError(
      `Rollback of ${environment} to ${target} not approved: ${approved.reason}. Nothing was rolled back.`
    )
  }
  core.info(
    `Rollback approved by ${approved.record.approver} (environment '${approvalEnvironment}'): ${approved.record.reason}.`
  )
  const tag = settings.tag ?? current ?? target
  const refuse: ApprovalSource = {
    request: () => Promise.reject(new Error('a rollback asks for no approval'))
  }
  // A rollback is a run of its own, with its own bundle beside the release bundles.
  const runId = newRunId(new Date())
  const bundleDir = rollbackBundleDir(evidenceDir, runId)
  core.setOutput(OUTPUT.evidenceDir, bundleDir)
  const ctx = composeContext(
    config,
    { ...secretsHeld(settings), tag, evidenceDir: bundleDir, runId, interrupt },
    actionsLogger,
    refuse,
    selfArgv(),
    { history }
  )
  const name = rollbackArtifactName(environment, settings.run.runId, settings.run.runAttempt)
  saveUploadState(bundleDir, `${name}-interrupted`, settings)
  const report = await runManualRollback(ctx, {
    environment,
    target,
    reason: settings.reason,
    approval: approved.record,
    releaseRecord: await releaseRecordIn(evidenceDir),
    ...(settings.services ? { services: new Set(settings.services) } : {})
  })
  const outcome: PhaseOutcome =
    report.rollback.status === 'success'
      ? { kind: 'passed' }
      : { kind: 'failed', reason: `rollback ${report.rollback.status}` }
  const uploaded = await uploadEvidence(artifacts, name, bundleDir, settings)
  await finish(ctx, 'rollback', tag, outcome, uploaded, history.lastDeploymentId, target, api)
}

function saveUploadState(evidenceDir: string, interruptedName: string, settings: ActionSettings): void {
  core.saveState(STATE.evidenceDir, evidenceDir)
  core.saveState(STATE.interruptedName, interruptedName)
  core.saveState(
    STATE.retentionDays,
    settings.retentionDays === undefined ? '' : String(settings.retentionDays)
  )
}

/** Uploads the bundle; a failed upload fails the step but the evidence stays on disk, and the message says where. */
async function uploadEvidence(
  artifacts: EvidenceArtifacts,
  name: string,
  evidenceDir: string,
  settings: ActionSettings,
  unsealed: readonly string[] = []
): Promise<{ name: string; id: number | null } | null> {
  try {
    const uploaded = await artifacts.upload(name, evidenceDir, settings.retentionDays, unsealed)
    core.saveState(STATE.uploaded, 'true')
    if (!uploaded) {
      core.info(`No evidence in ${evidenceDir} to upload.`)
      return null
    }
    core.setOutput(OUTPUT.artifactName, name)
    if (uploaded.id !== null) core.setOutput(OUTPUT.artifactId, String(uploaded.id))
    // The next job downloads exactly this id and refuses it unless its SHA-256 is this one.
    if (uploaded.digest !== null) core.setOutput(OUTPUT.artifactDigest, uploaded.digest)
    core.info(
      `Evidence uploaded as artifact ${name} (id ${uploaded.id ?? 'unknown'}, ${uploaded.size ?? '?'} bytes).`
    )
    return { name, id: uploaded.id }
  } catch (error) {
    core.saveState(STATE.uploaded, 'true')
    core.error(
      `[ERROR] Could not upload the evidence as artifact ${name}: ${messageOf(error)}. The evidence is on the runner in ${evidenceDir}.`,
      { title: 'release-gate: evidence upload failed' }
    )
    process.exitCode = 1
    return null
  }
}

async function finish(
  ctx: ProtocolContext,
  phase: string,
  tag: string,
  outcome: PhaseOutcome,
  uploaded: { name: string; id: number | null } | null,
  deploymentId: number | null,
  /** The rollback's target; null means the production report's previous release, if there is one. */
  rollbackTarget: string | null,
  api: GitHubApi
): Promise<void> {
  const production = await ctx.store
    .readJson<ProductionDeploymentReport>(ARTIFACTS.productionDeployment)
    .catch(() => undefined)
  const target = rollbackTarget ?? production?.previousRelease ?? null
  const statement = statementOf(outcome)
  core.setOutput(OUTPUT.outcome, statement.outcome)
  core.setOutput(OUTPUT.gate, statement.gate === null ? '' : String(statement.gate))
  if (deploymentId !== null) core.setOutput(OUTPUT.deploymentId, String(deploymentId))
  if (target) core.setOutput(OUTPUT.rollbackTarget, target)

  const approval = await ctx.store
    .readJson<ProductionApproval>(ARTIFACTS.productionApproval)
    .catch(() => undefined)
  const healthFile = await ctx.store
    .readJson<HealthWindowFile | HealthWindowFileV1>(ARTIFACTS.healthWindow)
    .catch(() => undefined)
  const health: HealthWindowRecord | undefined = healthFile && healthWindowOfFile(healthFile)
  const rollbackApproval =
    phase === 'rollback'
      ? (await ctx.store.readJson<RollbackReport>(ARTIFACTS.rollbackReport).catch(() => undefined))
          ?.rollbackApproval
      : undefined
  const runUrl = `${api.run.serverUrl}/${api.run.owner}/${api.run.repo}/actions/runs/${api.run.runId}`
  // The report job's summary is the release report itself (GitHub caps a step's summary at 1 MiB).
  const report = phase === 'report' ? await ctx.store.readText(ARTIFACTS.deploymentReport) : undefined
  if (report)
    core.summary
      .addRaw(
        report.length > 900_000
          ? `${report.slice(0, 900_000)}\n\n… (truncated; the full report is in the artifact)\n`
          : report
      )
      .addEOL()
  await core.summary
    .addRaw(
      renderPhaseSummary({
        phase,
        tag,
        outcome,
        files: await ctx.store.inventory(),
        artifact: uploaded
          ? {
              name: uploaded.name,
              id: uploaded.id,
              url: uploaded.id !== null ? `${runUrl}/artifacts/${uploaded.id}` : null
            }
          : null,
        ...(approval && (phase === 'production' || phase === 'report') ? { approval } : {}),
        ...(rollbackApproval ? { rollbackApproval } : {}),
        ...(health && (phase === 'stabilize' || phase === 'report') ? { health } : {}),
        ...(production && (phase === 'production' || phase === 'report') ? { production } : {}),
        deploymentId,
        rollbackTarget: target
      })
    )
    .write()
    .catch(error => core.warning(`Could not write the job summary: ${messageOf(error)}`))

  if (outcome.kind === 'passed') return
  const title =
    outcome.kind === 'halted'
      ? `release-gate ${phase}: Gate ${outcome.gate} did not pass`
      : `release-gate ${phase}: ${outcome.kind}`
  for (const reason of statement.reasons.slice(0, 8)) core.error(reason, { title })
  core.setFailed(
    `Phase ${phase} of ${tag} ended ${statement.outcome} (exit ${statement.exitCode}). Evidence: ${ctx.store.dir}`
  )
}

/** Attests the sealed bundle; a failure is an error of the step, the evidence is uploaded all the same. */
async function attestEvidence(ctx: ProtocolContext, settings: ActionSettings): Promise<void> {
  try {
    const { id, request } = await attestBundle(ctx.store, githubAttester(settings.token), {
      repository: `${settings.run.owner}/${settings.run.repo}`,
      runId: settings.run.runId,
      runAttempt: settings.run.runAttempt
    })
    if (id) core.setOutput(OUTPUT.attestationId, id)
    core.info(
      `Attested evidence-manifest.json (sha256:${request.subjectDigest.sha256}) as ${request.predicateType}${id ? `, attestation ${id}` : ''}.`
    )
  } catch (error) {
    core.error(
      `[ERROR] Could not attest the evidence: ${messageOf(error)}. The workflow needs permissions id-token: write and attestations: write.`,
      { title: 'release-gate: attestation failed' }
    )
    process.exitCode = 1
  }
}

/**
 * Hands the commands the secrets the config names under `secrets:` (an allowlist: a deploy script gets the credentials
 * the config says it needs, not every secret of the repository). Every value was masked already.
 */
function exportSecrets(secrets: Record<string, string>, allowed: readonly string[]): void {
  // `github_token` listed under secrets: is still the job's token, which no command gets.
  const given = (name: string): boolean => allowed.includes(name) && !isForbiddenCommandVariable(name)
  const skipped: string[] = []
  for (const [name, value] of Object.entries(secrets)) {
    if (given(name)) process.env[name] = value
    else skipped.push(name)
  }
  const exported = Object.keys(secrets).filter(given)
  if (exported.length > 0) core.info(`Secrets for the commands: ${exported.join(', ')}.`)
  if (skipped.length > 0)
    core.info(
      `Secrets masked but not given to the commands (not listed under secrets: in the config): ${skipped.join(', ')}.`
    )
}

/**
 * What the redactor must know though no listed variable holds it: every value of the `secrets` input, listed under
 * `secrets:` or not, and the tokens the action holds (its github-token, the runner's), which no command ever gets.
 */
function secretsHeld(
  settings: ActionSettings
): Pick<ReleaseRequest, 'knownSecrets' | 'heldTokens' | 'sealSigner'> {
  const runnerTokens = [process.env.ACTIONS_RUNTIME_TOKEN, process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN]
  return {
    knownSecrets: Object.values(settings.secrets),
    heldTokens: [
      settings.token,
      ...runnerTokens.filter((token): token is string => Boolean(token)),
      ...(settings.signing ? [settings.signing.pem] : [])
    ],
    ...(settings.signing ? { sealSigner: settings.signing.signer } : {})
  }
}

/**
 * Masks the `signing-key` input in the job log: the whole value and each line of its base64 body on its own (the
 * runner matches a mask within one line, and a PEM has several). The armour lines name no secret.
 */
function maskSigningKey(pem: string): void {
  if (!pem.trim()) return
  core.setSecret(pem.trim())
  for (const line of pem.split(/\r?\n/).map(l => l.trim()))
    if (line && !line.startsWith('-----')) core.setSecret(line)
}

/** The argv that runs this package's CLI, for `release-gate ...` commands in the config. */
function selfArgv(): string[] {
  return [process.execPath, fileURLToPath(new URL('./cli.js', import.meta.url))]
}
