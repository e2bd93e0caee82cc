// Preloaded with `node --import`: appends the URL of every file module the process loads to $RG_LOADED_MODULES.
import { register } from 'node:module'

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(process.env.RG_LOADED_MODULES)}, url + '\\n')
  return nextLoad(url, context)
}`)}`
)
