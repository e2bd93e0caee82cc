// What the scripts that generate documentation share: table cells, their command-line options, and running as a
// script (the tests import the same modules and call their functions on copies).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A table cell: one line, pipes escaped (descriptions may hold line breaks). */
export function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

/** `--check` and `--<name> FILE` for each of `files` (name → default path); anything else is refused. */
export function parseGeneratorArgs(argv, script, files) {
  const options = { check: false, ...files }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const name = arg.startsWith('--') ? arg.slice(2) : ''
    if (arg === '--check') options.check = true
    else if (name in files && argv[i + 1] !== undefined) options[name] = argv[++i]
    else {
      const usage = Object.keys(files)
        .map(file => `[--${file} FILE]`)
        .join(' ')
      throw new Error(`Unknown argument '${arg}'. Usage: ${script} [--check] ${usage}`)
    }
  }
  return options
}

/** Runs `main` when the module at `moduleUrl` is the script node was started with; an error exits 1 with its message. */
export function runAsScript(moduleUrl, main) {
  if (process.argv[1] === undefined || fileURLToPath(moduleUrl) !== resolve(process.argv[1])) return
  try {
    main()
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
}
