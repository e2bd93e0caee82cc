// Generates the README's action reference (tables of the inputs and outputs) from action.yml, so the two cannot drift.
//   node scripts/action-reference.mjs            rewrite the section of README.md between the markers
//   node scripts/action-reference.mjs --check    exit 1 when README.md differs from what would be written
// --action <file> and --readme <file> point at other files (the tests use them on copies).
import { readFileSync, writeFileSync } from 'node:fs'
import { cell, parseGeneratorArgs, runAsScript } from './doc-generator.mjs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** The lines between which the generated reference lives; everything else in the README is hand-written. */
export const START_MARKER = '<!-- action-reference:start -->'
export const END_MARKER = '<!-- action-reference:end -->'

const UPDATE_COMMAND = 'npm run docs:action'
const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** A default value as a code span, or empty when the input has none. */
function defaultCell(value) {
  if (value === undefined || value === null || value === '') return ''
  return '`' + cell(value).replace(/`/g, "'") + '`'
}

/** The input and output tables of an action.yml text, as Markdown. */
export function renderReference(actionYamlText) {
  const action = parse(actionYamlText)
  if (typeof action !== 'object' || action === null) throw new Error('action.yml is not a YAML mapping.')
  const inputs = Object.entries(action.inputs ?? {})
  const outputs = Object.entries(action.outputs ?? {})
  const lines = [
    `<!-- Generated from action.yml by \`${UPDATE_COMMAND}\`; edit action.yml, not this table. -->`,
    '',
    '### Inputs',
    '',
    '| Input | Required | Default | Description |',
    '|---|---|---|---|',
    ...inputs.map(
      ([name, input]) =>
        `| \`${name}\` | ${input?.required === true ? 'yes' : 'no'} | ${defaultCell(input?.default)} | ${cell(input?.description)} |`
    ),
    '',
    '### Outputs',
    '',
    '| Output | Description |',
    '|---|---|',
    ...outputs.map(([name, output]) => `| \`${name}\` | ${cell(output?.description)} |`)
  ]
  return lines.join('\n')
}

/** README text with the section between the markers replaced by `reference`. */
export function spliceReference(readmeText, reference, readmeName = 'README.md') {
  const start = readmeText.indexOf(START_MARKER)
  const end = readmeText.indexOf(END_MARKER)
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `${readmeName} has no action reference section: add the lines '${START_MARKER}' and '${END_MARKER}' ` +
        `(in this order) where the tables belong, then run '${UPDATE_COMMAND}'.`
    )
  }
  return readmeText.slice(0, start + START_MARKER.length) + '\n' + reference + '\n' + readmeText.slice(end)
}

function parseArgs(argv) {
  return parseGeneratorArgs(argv, 'action-reference.mjs', {
    action: `${repoRoot}action.yml`,
    readme: `${repoRoot}README.md`
  })
}

function main() {
  const options = parseArgs(process.argv.slice(2))
  const readme = readFileSync(options.readme, 'utf8')
  const updated = spliceReference(
    readme,
    renderReference(readFileSync(options.action, 'utf8')),
    options.readme
  )
  if (options.check) {
    if (updated !== readme) {
      console.error(
        `${options.readme}: the action reference differs from action.yml. Run '${UPDATE_COMMAND}' and commit README.md.`
      )
      process.exitCode = 1
    }
    return
  }
  if (updated !== readme) writeFileSync(options.readme, updated)
}

runAsScript(import.meta.url, main)
