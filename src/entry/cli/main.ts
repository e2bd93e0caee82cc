import { parseArgs } from 'node:util'
import { userInfo } from 'node:os'
import { realpathSync } from 'node:fs'
import { builtinCollectPerf, builtinValidate } from './checks.js'
import { composeContext } from '../compose.js'
import { DEFAULT_CONFIG_PATH, loadConfig } from '../config/load.js'
import { messageOf, UsageError } from '../../core/errors.js'
import { ConsoleLogger, LocalApprovalSource, systemClock } from '../../adapters/local.js'
import { FetchHttpClient } from '../../adapters/http.js'
import { runPhase, runRelease } from '../../engine/run.js'
import { PHASES, type PhaseName } from '../../core/phases.js'
import { EXIT, exitCodeOf, type PhaseOutcome } from '../../core/outcome.js'
import { ARTIFACTS } from '../../core/records.js'
import { resolveRollback, runManualRollback } from '../../phases/rollback/manual.js'
import { validateTag } from '../../core/tag.js'
import { InterruptedError } from '../../core/interruption.js'
import { interruptOnSignals } from '../../adapters/signals.js'
import { workspacePathProblem } from '../../core/workspace-path.js'
import { runRehearsal } from '../../phases/readiness/rehearsal.js'
import { verifyBundle } from '../../adapters/evidence/verify.js'
import { renderReportHtml } from '../../render/html.js'
import { readFile } from 'node:fs/promises'
import { readBundleFiles } from '../../adapters/evidence/bundle-files.js'
import { writeFileAtomic } from '../../adapters/evidence/store.js'
import { join } from 'node:path'

const HELP = `release-gate — run a production release like a careful release manager.

Usage:
  release-gate run --tag <tag> [--approve <name> [--comment <text>]] [options]
  release-gate phase <${PHASES.join('|')}> --tag <tag> [options]
  release-gate rollback --env <env> [--service <id>]... [--to <release>] [--reason <text>] [--config <file>]
  release-gate verify <dir|zip> [--json]
  release-gate report --html [--evidence-dir <dir>] [--output <file>]
  release-gate rehearse --tag <tag> [--previous <tag>] [--output <file>] [--config <file>]
  release-gate validate --mode <staging|production> --output <file> [--tag <tag>] [--config <file>]
  release-gate collect-perf --env <staging|production> --output <file> [--tag <tag>] [--config <file>]

Options:
  --config <file>        release config (default ${DEFAULT_CONFIG_PATH})
  --evidence-dir <dir>   where evidence is written (default: config evidence-dir, .artifacts/deployment)
  --approve <name>       approve the production release as <name> (else: prompt on a terminal, or refuse)
  --comment <text>       comment recorded with the approval
  --previous <tag>       the release production serves now (rollback target), overriding the release history
  --uat-approve <name>   record a UAT sign-off by <name>
  --override-window <why>  release outside the deployment window or in a freeze (emergencies; recorded)
  --json                 print a machine-readable summary on stdout as the last line

Exit codes: 0 released (or command succeeded), 1 failed (production may need attention), 2 usage or config error,
3 halted at a gate before production was touched, 4 production changed and was rolled back,
130/143 stopped by SIGINT/SIGTERM (the running command is stopped; release-interrupted.json says what to do).`

const OPTIONS = {
  tag: { type: 'string' },
  config: { type: 'string' },
  'evidence-dir': { type: 'string' },
  approve: { type: 'string' },
  comment: { type: 'string' },
  previous: { type: 'string' },
  'uat-approve': { type: 'string' },
  'override-window': { type: 'string' },
  env: { type: 'string' },
  mode: { type: 'string' },
  output: { type: 'string' },
  service: { type: 'string', multiple: true },
  to: { type: 'string' },
  reason: { type: 'string' },
  json: { type: 'boolean' },
  html: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

/** The argv that starts this CLI again (for `release-gate ...` commands inside the config). */
function selfArgv(): string[] {
  const script = process.argv[1]
  return script ? [process.execPath, realpathSync(script)] : [process.execPath]
}

function required(values: Values, name: 'tag' | 'env' | 'mode' | 'output', command: string): string {
  const value = values[name]
  if (value === undefined || value === '')
    throw new UsageError(`release-gate ${command} needs --${name}. Run release-gate --help for usage.`)
  return value
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${messageOf(error)}. Run release-gate --help for usage.`)
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP + '\n')
    return command === undefined && !values.help ? EXIT.usage : 0
  }
  const logger = new ConsoleLogger()
  const evidenceDirProblem =
    values['evidence-dir'] === undefined ? null : workspacePathProblem(values['evidence-dir'])
  if (evidenceDirProblem) throw new UsageError(`--evidence-dir: the path ${evidenceDirProblem}.`)
  const configPath = values.config ?? process.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH

  if (command === 'validate' || command === 'collect-perf') {
    const environment =
      command === 'validate' ? required(values, 'mode', command) : required(values, 'env', command)
    const tagText = values.tag ?? process.env.RELEASE_GATE_TAG
    const options = {
      config: await loadConfig(configPath),
      environment,
      output: required(values, 'output', command),
      tag: tagText ? validateTag(tagText) : null,
      http: new FetchHttpClient(),
      now: () => systemClock.now()
    }
    const results =
      command === 'validate' ? await builtinValidate(options) : await builtinCollectPerf(options)
    for (const check of results.checks)
      logger.info(`${check.passed ? '✔' : '✘'} ${check.id}: ${check.message}`)
    logger.info(`${command} ${environment}: ${results.passed ? 'passed' : 'FAILED'} → ${options.output}`)
    return results.passed ? 0 : EXIT.failed
  }

  if (command === 'rollback') {
    const config = await loadConfig(configPath)
    const environment = required(values, 'env', command)
    const approval = new LocalApprovalSource(undefined, undefined)
    const history = composeContext(config, { tag: '0.0.0' }, logger, approval, selfArgv()).history
    const { current, target } = await resolveRollback(history, {
      environment,
      ...(values.to !== undefined ? { target: validateTag(values.to, '--to') } : {})
    })
    const ctx = composeContext(
      config,
      { tag: current ?? target, evidenceDir: values['evidence-dir'], interrupt: stopOnSignals() },
      logger,
      approval,
      selfArgv()
    )
    const report = await runManualRollback(ctx, {
      environment,
      target,
      reason: values.reason ?? 'manual rollback (release-gate rollback)',
      ...(values.service ? { services: new Set(values.service) } : {})
    })
    const status = report.rollback.status
    printJson(values, { command, environment, target, status, exitCode: status === 'success' ? 0 : 1 })
    return status === 'success' ? 0 : EXIT.failed
  }

  if (command === 'report') {
    if (!values.html)
      throw new UsageError(
        'release-gate report needs --html (the Markdown report is written by every release).'
      )
    const config = await loadConfig(configPath)
    const dir = values['evidence-dir'] ?? config.evidenceDir
    const markdown = await readFile(join(dir, ARTIFACTS.deploymentReport), 'utf8').catch(() => {
      throw new UsageError(
        `No ${ARTIFACTS.deploymentReport} in ${dir}. Run a release first, or pass --evidence-dir.`
      )
    })
    const output = values.output ?? ARTIFACTS.deploymentReportHtml
    await writeFileAtomic(
      output,
      renderReportHtml(markdown, {
        title: `Deployment report (${dir})`,
        generatedAt: systemClock.now().toISOString()
      })
    )
    logger.info(`HTML report: ${output}`)
    return 0
  }

  if (command === 'verify') {
    const target = rest[0]
    if (!target) throw new UsageError('release-gate verify needs a bundle: a directory or an artifact .zip.')
    const checks = verifyBundle(await readBundleFiles(target))
    for (const check of checks)
      (check.passed ? logger.info.bind(logger) : logger.error.bind(logger))(
        `${check.passed ? '✔' : '✘'} ${check.check}: ${check.detail}`
      )
    const passed = checks.every(c => c.passed)
    logger.info(
      passed
        ? `Evidence bundle ${target} verified.`
        : `[ERROR] Evidence bundle ${target} failed verification.`
    )
    printJson(values, { command, bundle: target, passed, checks })
    return passed ? 0 : EXIT.failed
  }

  if (command === 'rehearse') {
    const tag = validateTag(required(values, 'tag', command))
    if (values.previous !== undefined) validateTag(values.previous, '--previous')
    const config = await loadConfig(configPath)
    const approval = new LocalApprovalSource(undefined, undefined)
    const ctx = composeContext(
      config,
      {
        tag,
        evidenceDir: values['evidence-dir'] ?? join(config.stateDir, 'rehearsal'),
        interrupt: stopOnSignals(),
        ...(values.previous !== undefined ? { previous: values.previous } : {})
      },
      logger,
      approval,
      selfArgv()
    )
    const rehearsal = await runRehearsal(ctx)
    // Where Gate 1 looks for it: --output, else the path of the prerequisite named rollback-rehearsal.
    const output = values.output ?? config.prerequisites.find(p => p.id === 'rollback-rehearsal')?.path
    if (output) {
      await writeFileAtomic(output, JSON.stringify(rehearsal, null, 2) + '\n')
      logger.info(`Rehearsal record: ${output}`)
    }
    printJson(values, {
      command,
      tag,
      passed: rehearsal.passed,
      output: output ?? ctx.store.path('rollback-rehearsal.json')
    })
    return rehearsal.passed ? 0 : EXIT.failed
  }

  if (command !== 'run' && command !== 'phase')
    throw new UsageError(
      `Unknown command '${command}'. Expected run, phase, rollback, rehearse, verify, report, validate or collect-perf.`
    )
  let phase: PhaseName | undefined
  if (command === 'phase') {
    const name = rest[0]
    if (!name || !(PHASES as readonly string[]).includes(name)) {
      throw new UsageError(`Unknown phase '${name ?? ''}'. Expected one of: ${PHASES.join(', ')}.`)
    }
    phase = name as PhaseName
  }
  const tag = validateTag(required(values, 'tag', command))
  if (values.previous !== undefined) validateTag(values.previous, '--previous')
  const config = await loadConfig(configPath)
  const approval = new LocalApprovalSource(values.approve, values.comment)
  const ctx = composeContext(
    config,
    {
      tag,
      evidenceDir: values['evidence-dir'],
      previous: values.previous,
      uatApprover: values['uat-approve'],
      interrupt: stopOnSignals()
    },
    logger,
    approval,
    selfArgv()
  )
  ctx.confirm = prompt => approval.confirm(prompt)
  const overrideReason = values['override-window']?.trim()
  if (values['override-window'] !== undefined) {
    if (!overrideReason)
      throw new UsageError(
        '--override-window needs a reason, e.g. --override-window "INC-42: hotfix for the outage"'
      )
    ctx.windowOverride = { by: userInfo().username, reason: overrideReason }
  }
  const outcome: PhaseOutcome = phase ? await runPhase(ctx, phase) : await runRelease(ctx)
  const exitCode = exitCodeOf(outcome)
  const where =
    phase && phase !== 'report'
      ? `evidence in ${ctx.store.dir}`
      : `Report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`
  logger.info(summaryLine(tag, outcome, where))
  printJson(values, {
    command,
    phase: phase ?? null,
    tag,
    outcome: outcome.kind,
    exitCode,
    evidenceDir: ctx.store.dir,
    report: ctx.store.path(ARTIFACTS.deploymentReport),
    reasons: 'reasons' in outcome ? outcome.reasons : 'reason' in outcome ? [outcome.reason] : []
  })
  return exitCode
}

function summaryLine(tag: string, outcome: PhaseOutcome, where: string): string {
  switch (outcome.kind) {
    case 'passed':
      return `release-gate: ${tag} passed; ${where}`
    case 'halted':
      return `release-gate: ${tag} halted at Gate ${outcome.gate}; production untouched (exit 3); ${where}`
    case 'rolled-back':
      return `release-gate: ${tag} was rolled back: ${outcome.reason} (exit 4); ${where}`
    case 'failed':
      return `release-gate: ${tag} FAILED: ${outcome.reason} (exit 1); ${where}`
  }
}

function printJson(values: Values, summary: object): void {
  if (values.json) process.stdout.write(JSON.stringify(summary) + '\n')
}

let signals: ReturnType<typeof interruptOnSignals> | null = null

/**
 * From here on SIGINT/SIGTERM stop the release cleanly: the running command is stopped and the phase records where it
 * stopped. Only commands that change environments take this over; the others keep the default (die at once).
 */
function stopOnSignals(): AbortSignal {
  signals ??= interruptOnSignals(line => process.stderr.write(line + '\n'))
  return signals.interrupt
}

main(process.argv.slice(2)).then(
  code => {
    // Exit now: a stopped release leaves nothing to wait for (a health window's timers would keep the process alive).
    const interrupted = signals?.exitCode() ?? null
    if (interrupted !== null) process.exit(interrupted)
    process.exitCode = code
  },
  error => {
    const interrupted = signals?.exitCode() ?? null
    if (error instanceof InterruptedError) {
      process.stderr.write(
        `[ERROR] ${error.message}${error.inFlight ? ` while ${error.inFlight.name} ran (stopped)` : ''}. Nothing else was started; run the command again to finish.\n`
      )
      process.exit(interrupted ?? EXIT.failed)
    }
    if (error instanceof UsageError) {
      process.stderr.write(`[ERROR] ${error.message}\n`)
      process.exitCode = EXIT.usage
    } else {
      process.stderr.write(
        `[ERROR] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
      )
      process.exitCode = EXIT.failed
    }
  }
)
