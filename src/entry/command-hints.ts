import { commandEnvironmentReminder, withheldVariableHint } from '../core/command-environment.js'
import type { CommandRequest, CommandRunner, Logger } from '../core/ports.js'
import type { ExecRecord } from '../core/records/index.js'

/**
 * Wraps the runner of configured commands: when one fails, the log says which variable it may have missed (one that
 * release-gate has but withheld: add it to `pass-env`), or once per run that commands get only the allowlisted
 * environment. Quiet commands (probes, asked again and again) get no hint.
 */
export function hintingAtPassEnv(
  runner: CommandRunner,
  logger: Logger,
  sourceEnv: Readonly<Record<string, string | undefined>>,
  commandEnv: Readonly<Record<string, string>>
): CommandRunner {
  let reminded = false
  const hinted = new Set<string>()
  return {
    async run(request: CommandRequest): Promise<ExecRecord> {
      const record = await runner.run(request)
      if (request.quiet || record.status !== 'failure') return record
      // The hint names variables, never values; the output was redacted already.
      const hint = withheldVariableHint(
        record.name,
        `${record.stdoutTail}\n${record.stderrTail}`,
        sourceEnv,
        { ...commandEnv, ...request.env }
      )
      if (hint && !hinted.has(hint)) logger.warn(hint)
      else if (!hint && !reminded) logger.info(commandEnvironmentReminder(record.name))
      if (hint) hinted.add(hint)
      else reminded = true
      return record
    }
  }
}
