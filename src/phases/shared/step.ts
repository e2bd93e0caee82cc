import type { StepSpec } from '../../core/config.js'
import { renderArgv, tokenizeCommand, type TemplateVars } from '../../core/command-template.js'
import type { ProtocolContext } from '../../core/context.js'
import type { BuiltinCommands, CommandRunner } from '../../core/ports.js'
import type { ExecRecord } from '../../core/records/index.js'
import { automation } from '../../core/announce.js'
import { throwIfInterrupted } from '../../core/interruption.js'
import { rollbackTarget as ledgerRollbackTarget } from '../../core/ledger.js'

/**
 * The rollback target of this release: `--previous`, else the ledger's last release that passed its health window and
 * was not rolled back since.
 */
export async function rollbackTarget(ctx: ProtocolContext, environment: string): Promise<string | null> {
  return ctx.previousOverride ?? ledgerRollbackTarget(await ctx.history.ledger(environment), ctx.tag)
}

/** Template variables for a command. */
export function templateVars(
  ctx: ProtocolContext,
  environment: string,
  service: string,
  previous: string | null
): TemplateVars {
  return { tag: ctx.tag, env: environment, previous: previous ?? '', evidence: ctx.store.dir, service }
}

/** The argv a config step runs as: placeholders substituted per word, `release-gate` resolved to this program. */
export function stepArgv(ctx: ProtocolContext, step: StepSpec, vars: TemplateVars): string[] {
  return resolveSelf(renderArgv(tokenizeCommand(step.command), vars), ctx.selfArgv)
}

function resolveSelf(written: readonly string[], selfArgv: readonly string[]): string[] {
  return written[0] === 'release-gate' ? [...selfArgv, ...written.slice(1)] : [...written]
}

/**
 * The argv and runner of a command as written (substituted): a `release-gate` built-in check runs in this process,
 * anything else, `release-gate <other subcommand>` included, as a process. Either way the record names the argv that
 * starts this program, as it always did.
 */
export function commandRoute(
  written: readonly string[],
  ports: { runner: CommandRunner; builtins?: BuiltinCommands | undefined; selfArgv: readonly string[] }
): { argv: string[]; runner: CommandRunner } {
  const builtin = written[0] === 'release-gate' ? ports.builtins?.find(written.slice(1)) : null
  return { argv: resolveSelf(written, ports.selfArgv), runner: builtin ?? ports.runner }
}

/** Runs one config step, announces it as the spec says, and returns its record. */
export async function runStep(
  ctx: ProtocolContext,
  step: StepSpec,
  vars: TemplateVars,
  label: string
): Promise<ExecRecord> {
  throwIfInterrupted(ctx.interrupt)
  const { argv, runner } = commandRoute(renderArgv(tokenizeCommand(step.command), vars), ctx)
  const record = await runner.run({
    name: step.name,
    argv,
    timeoutMs: step.timeoutMs,
    label,
    env: {
      RELEASE_GATE_TAG: vars.tag,
      RELEASE_GATE_ENV: vars.env,
      RELEASE_GATE_PREVIOUS: vars.previous,
      RELEASE_GATE_EVIDENCE_DIR: vars.evidence,
      RELEASE_GATE_SERVICE: vars.service,
      RELEASE_GATE_CONFIG: ctx.config.sourcePath
    }
  })
  ctx.logger.info(automation(step.name, describeExec(record)))
  ctx.journal?.push(record)
  // A command stopped by the interruption did not fail: the release stopped, and must not react (no rollback).
  throwIfInterrupted(ctx.interrupt, record)
  return record
}

/** `success`, `failed (exit code 1)`, `timed out after 600000ms`, `killed by SIGKILL`, ... */
export function describeExec(record: ExecRecord): string {
  switch (record.status) {
    case 'success':
      return 'success'
    case 'timeout':
      return `timed out after ${record.durationMs}ms (process group killed)`
    case 'error':
      return `error (${record.error ?? 'could not start'})`
    case 'failure':
      return record.signal ? `failed (killed by ${record.signal})` : `failed (exit code ${record.exitCode})`
  }
}
