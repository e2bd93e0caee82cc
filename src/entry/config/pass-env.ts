import { isForbiddenCommandVariable } from '../../core/command-environment.js'
import type { NormalizeContext } from './context.js'

/**
 * `pass-env`: a name no command may ever get (INPUT_SECRETS, GITHUB_TOKEN, ...) is a mistake worth a refusal, not a
 * silent no-op; a glob that also matches one is fine, the forbidden variables are left out of it.
 */
export function normalizePassEnv(context: NormalizeContext, names: string[]): string[] {
  names.forEach((name, i) => {
    if (!/[*?]/.test(name) && isForbiddenCommandVariable(name))
      context.problems.push(
        `$.pass-env[${i}]: '${name}' is never given to commands (the action's inputs, the runner's credentials, the job's token and the file commands never are); pass a credential as a secret listed under secrets:`
      )
  })
  return names
}
