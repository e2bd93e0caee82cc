// Preloaded with `node --import`: writes Node's own list of the built-in modules the process loaded to
// $RG_LOADED_BUILTINS when it exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => writeFileSync(process.env.RG_LOADED_BUILTINS, process.moduleLoadList.join('\n')))
