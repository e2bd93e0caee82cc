import { FetchHttpClient } from '../../../adapters/http.js'
import { systemClock } from '../../../adapters/local.js'
import { EXIT } from '../../../core/outcome.js'
import { validateTag } from '../../../core/tag.js'
import { loadConfig } from '../../config/load.js'
import { required } from '../args.js'
import { builtinCollectPerf, builtinValidate } from '../checks.js'
import type { CommandInput } from './command.js'

/** `validate` and `collect-perf`: the config's declarative HTTP checks, written where the hook expects them. */
export async function checksCommand({ command, values, logger, configPath }: CommandInput): Promise<number> {
  const environment =
    command === 'validate' ? required(values, 'mode', command) : required(values, 'env', command)
  // Run as a hook inside a release, the tag comes from the environment the release sets.
  const tagText = values.tag ?? process.env.RELEASE_GATE_TAG
  const options = {
    config: await loadConfig(configPath),
    environment,
    output: required(values, 'output', command),
    tag: tagText ? validateTag(tagText) : null,
    http: new FetchHttpClient(),
    now: () => systemClock.now()
  }
  const results = command === 'validate' ? await builtinValidate(options) : await builtinCollectPerf(options)
  for (const check of results.checks) logger.info(`${check.passed ? '✔' : '✘'} ${check.id}: ${check.message}`)
  logger.info(`${command} ${environment}: ${results.passed ? 'passed' : 'FAILED'} → ${options.output}`)
  return results.passed ? 0 : EXIT.failed
}
