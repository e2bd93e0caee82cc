import { resolve } from 'node:path'
import type { ReleaseConfig } from '../core/config.js'
import { FileEvidenceStore, projectSchemas } from '../adapters/evidence/store.js'
import { ProcessRunner } from '../adapters/process-runner.js'
import { HaproxyRouter } from '../adapters/haproxy.js'
import { redactorFor } from '../core/redact.js'
import { commandEnvironment } from '../core/command-environment.js'
import { hintingAtPassEnv } from './command-hints.js'
import { LocalGitChanges } from '../adapters/git/local-changes.js'
import { FetchHttpClient } from '../adapters/http.js'
import { FileArtifactReader, FileReleaseHistory, FileSignoffStore, systemClock } from '../adapters/local.js'
import type { ProtocolContext, ReleaseRequest } from '../core/context.js'
import { webhookSink } from '../adapters/webhooks/sink.js'
import { interruptibleClock } from '../core/interruption.js'
import type { ApprovalSource, Logger } from '../core/ports.js'
import { configFileDigest } from './config/load.js'
import { builtinChecks } from './cli/commands/checks.js'
import { warmingUpWhileRunning, warmUpLaterWork } from './warm-up.js'

/** Wires the real adapters (processes, files, HTTP, git) to the engine; GitHub's history replaces the local one in Actions. */
export function composeContext(
  config: ReleaseConfig,
  options: ReleaseRequest,
  logger: Logger,
  approval: ApprovalSource,
  selfArgv: string[],
  adapters: Partial<Pick<ProtocolContext, 'history' | 'changes' | 'pullRequests' | 'confirm'>> = {}
): ProtocolContext {
  const cwd = process.cwd()
  const heldTokens = options.heldTokens ?? []
  const redact = redactorFor(process.env, config.secretEnvNames, [
    ...(options.knownSecrets ?? []),
    ...heldTokens
  ])
  // Commands get an allowlisted environment, never release-gate's own (the action's inputs, tokens, file commands).
  const commandEnv = commandEnvironment(process.env, {
    passEnv: [...config.passEnv, ...(options.passEnv ?? [])],
    secretNames: config.secretEnvNames,
    heldTokens
  })
  // What the later phases compile on first use is compiled while the first command runs.
  const runner = warmingUpWhileRunning(
    hintingAtPassEnv(
      new ProcessRunner(logger, redact, cwd, commandEnv, options.interrupt),
      logger,
      process.env,
      commandEnv
    ),
    warmUpLaterWork
  )
  // One clock for the phases and the webhooks' retries: its waits end at once when the release is told to stop.
  const clock = options.interrupt ? interruptibleClock(systemClock, options.interrupt) : systemClock
  const events = webhookSink(config, {
    env: process.env,
    clock,
    ...(options.interrupt ? { interrupt: options.interrupt } : {}),
    redact,
    warn: line => logger.warn(line)
  })
  const http = new FetchHttpClient()
  return {
    ...(events ? { events } : {}),
    config,
    tag: options.tag,
    ...(options.previous !== undefined ? { previousOverride: options.previous } : {}),
    ...(options.uatApprover !== undefined ? { uatApprover: options.uatApprover } : {}),
    ...(options.windowOverride ? { windowOverride: options.windowOverride } : {}),
    ...(options.requireTagInGit ? { requireTagInGit: true } : {}),
    ...(adapters.pullRequests ? { pullRequests: adapters.pullRequests } : {}),
    ...(adapters.confirm ? { confirm: adapters.confirm } : {}),
    store: new FileEvidenceStore(
      resolve(cwd, options.evidenceDir ?? config.evidenceDir),
      redact,
      options.sealSigner,
      options.runId
    ),
    schemas: projectSchemas,
    runner,
    http,
    builtins: builtinChecks({ logger, redact, commandEnv, http, interrupt: options.interrupt }),
    trafficRouter: spec => new HaproxyRouter(spec),
    clock,
    ...(options.interrupt ? { interrupt: options.interrupt } : {}),
    logger,
    approval,
    history: adapters.history ?? new FileReleaseHistory(resolve(cwd, config.stateDir)),
    // The action reads them from the checkout too: a sign-off counts there once committed under the state dir.
    signoffs: new FileSignoffStore(resolve(cwd, config.stateDir)),
    changes: adapters.changes ?? new LocalGitChanges(cwd),
    artifacts: new FileArtifactReader(),
    selfArgv,
    configFileDigest: () => configFileDigest(config.sourcePath)
  }
}
