// Generates docs/config.md, the configuration reference, from schemas/config.schema.json: every key's type, whether
// it is required, its default, pattern, description and examples come from the schema, so the two cannot drift.
//   node scripts/config-reference.mjs            rewrite docs/config.md
//   node scripts/config-reference.mjs --check    exit 1 when docs/config.md differs from what would be written
// --schema <file> and --output <file> point at other files (the tests use them on copies).
import { readFileSync, writeFileSync } from 'node:fs'
import { cell, parseGeneratorArgs, runAsScript } from './doc-generator.mjs'
import { fileURLToPath } from 'node:url'

const UPDATE_COMMAND = 'npm run docs:config'
const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** Prose from the schema as Markdown: `<` outside code spans escaped, so `--flag <name>` is not read as HTML. */
function prose(text) {
  return String(text ?? '')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('')
}

/** A value as a code span (JSON for anything but a plain string). */
function code(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.includes('`') ? '`` ' + text + ' ``' : '`' + text + '`'
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
export function anchorOf(heading) {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-')
}

/** The definition name of a local `$ref` (`#/definitions/duration` → `duration`). */
function refName(ref) {
  const match = /^#\/definitions\/([^/]+)$/.exec(ref)
  if (!match) throw new Error(`Unsupported $ref '${ref}': only #/definitions/<name> is supported.`)
  return match[1]
}

/** True when a schema describes an object with named keys (it gets a section of its own). */
const hasProperties = schema =>
  typeof schema === 'object' && schema !== null && typeof schema.properties === 'object'

/** The bounds of a number or string as text, e.g. `1–64`, `at least 1`, `> 0`. */
function bounds(schema) {
  const min =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? `> ${schema.exclusiveMinimum}` : undefined)
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? `< ${schema.exclusiveMaximum}` : undefined)
  if (typeof min === 'number' && typeof max === 'number') return `${min}–${max}`
  const parts = []
  if (min !== undefined) parts.push(typeof min === 'number' ? `≥ ${min}` : min)
  if (max !== undefined) parts.push(typeof max === 'number' ? `≤ ${max}` : max)
  return parts.join(', ')
}

/** A link to the section with `heading`. */
const link = heading => `[${heading}](#${anchorOf(heading)})`

/** The object alternative of a `oneOf` (e.g. a step: a command, or an object with `run`), if there is one. */
const objectAlternative = schema => (schema.oneOf ?? []).find(hasProperties)

/**
 * Walks the schema and collects its sections: the top-level keys, every object with named keys (by its path, e.g.
 * `window.allow[]`), and every definition with the objects nested in it. Each key's type links to the section that
 * describes it.
 */
class Reference {
  constructor(schema) {
    this.schema = schema
    /** Sections of the keys (level 2), then of the definitions (level 3), in the order they are found. */
    this.keySections = []
    this.typeSections = []
    this.target = this.keySections
  }

  /** The type of a schema as Markdown; object schemas with keys become sections named by `path`. */
  typeOf(schema, path) {
    if (schema === true || schema === undefined) return 'any'
    if (schema.$ref) return link(`\`${refName(schema.$ref)}\``)
    if (schema.const !== undefined) return code(schema.const)
    if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`
    const alternatives = schema.oneOf ?? schema.anyOf
    if (alternatives && !schema.type && !schema.properties)
      return alternatives.map(alternative => this.typeOf(alternative, path)).join(' or ')
    if (hasProperties(schema)) {
      const heading = `\`${path}\``
      this.addSection(heading, () => this.objectLines(path, schema))
      return `object: ${link(heading)}`
    }
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (types.length > 1) return types.join(' or ')
    const [type] = types
    if (type === 'array') {
      const item = this.typeOf(schema.items, `${path}[]`)
      const extras = []
      if (schema.minItems) extras.push(`at least ${schema.minItems}`)
      if (schema.uniqueItems) extras.push('no duplicates')
      return `list of ${item}${extras.length ? ` (${extras.join(', ')})` : ''}`
    }
    if (type === 'object') {
      const keyRef = schema.propertyNames?.$ref
      const key = keyRef
        ? link(`\`${refName(keyRef)}\``)
        : schema.propertyNames?.pattern
          ? `key matching ${code(schema.propertyNames.pattern)}`
          : 'key'
      const label = keyRef ? refName(keyRef) : 'key'
      if (typeof schema.additionalProperties === 'object')
        return `map of ${key} → ${this.typeOf(schema.additionalProperties, `${path}.<${label}>`)}`
      return 'object'
    }
    const range = bounds(schema)
    const text = [type ?? 'any', range && `(${range})`].filter(Boolean).join(' ')
    const matching = schema.pattern ? ` matching ${code(schema.pattern)}` : ''
    return (schema.minLength ? `non-empty ${text}` : text) + matching
  }

  /** The row of one key: name, type, required, default, and description with pattern, format and examples. */
  row(path, key, property, required) {
    const childPath = path === '' ? key : `${path}.${key}`
    const notes = []
    if (property.description) notes.push(prose(property.description))
    if (property.format) notes.push(`Format: ${property.format}.`)
    if (property.examples)
      notes.push(
        `Example${property.examples.length > 1 ? 's' : ''}: ${property.examples.map(code).join(', ')}.`
      )
    const type = this.typeOf(property, childPath)
    const defaultText = property.default === undefined ? '' : code(property.default)
    return `| \`${key}\` | ${cell(type)} | ${required ? 'yes' : 'no'} | ${cell(defaultText)} | ${cell(notes.join(' '))} |`
  }

  /** The lines describing an object: its description, which keys it needs, and the table of its keys. */
  objectLines(path, schema, { description = true } = {}) {
    const lines = []
    if (description && schema.description) lines.push(prose(schema.description), '')
    const alternatives = schema.oneOf ?? schema.anyOf
    if (alternatives && alternatives.every(a => Array.isArray(a.required) && Object.keys(a).length === 1)) {
      const keyword = schema.oneOf ? 'Exactly one' : 'At least one'
      lines.push(
        `${keyword} of ${alternatives.map(a => a.required.map(code).join(' + ')).join(', ')} is required.`,
        ''
      )
    }
    if (schema.minProperties === 1 && schema.maxProperties === 1) lines.push('Exactly one of the keys.', '')
    const required = new Set(schema.required ?? [])
    // Rows first: rendering a row may add the sections of nested objects, which follow this one.
    const rows = Object.entries(schema.properties).map(([key, property]) =>
      this.row(path, key, property, required.has(key))
    )
    lines.push('| Key | Type | Required | Default | Description |', '|---|---|---|---|---|', ...rows)
    return lines
  }

  /** Adds a section; nested sections found while building its lines come after it. */
  addSection(heading, lines) {
    const section = { heading, lines: [] }
    this.target.push(section)
    section.lines = typeof lines === 'function' ? lines() : lines
    return section
  }

  /** The lines of a definition: its description, then its keys or its type, pattern and examples. */
  definitionLines(name, schema) {
    if (hasProperties(schema)) return this.objectLines(name, schema)
    const lines = []
    if (schema.description) lines.push(prose(schema.description), '')
    const object = objectAlternative(schema)
    if (object) {
      const others = schema.oneOf.filter(alternative => alternative !== object)
      lines.push(
        `Either ${others.map(other => this.typeOf(other, name)).join(' or ')}, or an object with these keys:`,
        '',
        ...this.objectLines(name, object)
      )
      return lines
    }
    lines.push(`Type: ${this.typeOf(schema, name)}.`)
    if (schema.examples)
      lines.push(
        '',
        `Example${schema.examples.length > 1 ? 's' : ''}: ${schema.examples.map(code).join(', ')}.`
      )
    return lines
  }

  render() {
    const root = this.schema
    const rootSection = { heading: 'Top-level keys', lines: [] }
    this.keySections.push(rootSection)
    rootSection.lines = this.objectLines('', root, { description: false })
    this.target = this.typeSections
    for (const [name, definition] of Object.entries(root.definitions ?? {}))
      this.addSection(`\`${name}\``, () => this.definitionLines(name, definition))
    const toc = [
      ...this.keySections.map(s => `- ${link(s.heading)}`),
      `- ${link('Types')}`,
      ...this.typeSections.map(s => `  - ${link(s.heading)}`)
    ]
    const body = [
      '# Configuration reference',
      '',
      `<!-- Generated from schemas/config.schema.json by \`${UPDATE_COMMAND}\`; edit the schema, not this file. -->`,
      '',
      prose(root.description ?? ''),
      '',
      'The file is YAML. It is validated against [`schemas/config.schema.json`](../schemas/config.schema.json) ' +
        'before anything runs: an invalid file stops with exit code 2 and one line per problem, each naming the ' +
        'key (see [troubleshooting](troubleshooting.md#configuration)). For completion in your editor, make the ' +
        'first line `# yaml-language-server: $schema=<path to>/schemas/config.schema.json`. Complete, tested ' +
        "examples: [`examples/configs/`](../examples/configs/) and the demo's " +
        '[`examples/demo/release-gate.yml`](../examples/demo/release-gate.yml).',
      '',
      'Limits, against a config made to exhaust memory: the file may be at most 1 MiB (1048576 bytes), and YAML ' +
        'aliases may expand at most 100 times in all. Beyond either, the config is refused with exit code 2 and ' +
        'a message naming the file (and its size).',
      '',
      '## Contents',
      '',
      ...toc,
      ''
    ]
    for (const section of this.keySections) body.push(`## ${section.heading}`, '', ...section.lines, '')
    body.push('## Types', '', 'The definitions the keys above refer to, and the objects nested in them.', '')
    for (const section of this.typeSections) body.push(`### ${section.heading}`, '', ...section.lines, '')
    return (
      body
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    )
  }
}

/** docs/config.md for a config schema text. */
export function renderConfigReference(schemaText) {
  const schema = JSON.parse(schemaText)
  if (typeof schema !== 'object' || schema === null || !hasProperties(schema))
    throw new Error('The config schema has no top-level properties.')
  return new Reference(schema).render()
}

function parseArgs(argv) {
  return parseGeneratorArgs(argv, 'config-reference.mjs', {
    schema: `${repoRoot}schemas/config.schema.json`,
    output: `${repoRoot}docs/config.md`
  })
}

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** Where docs/config.md's hand-written part (the placeholder tables, checked against the code) begins; kept as is. */
const HAND_WRITTEN = '<!-- Hand-written from here on: `npm run docs:config` keeps it as it is. -->'

function main() {
  const options = parseArgs(process.argv.slice(2))
  const current = readOrEmpty(options.output)
  const kept = current.includes(HAND_WRITTEN) ? current.slice(current.indexOf(HAND_WRITTEN)) : ''
  const generated = renderConfigReference(readFileSync(options.schema, 'utf8')) + (kept ? `\n${kept}` : '')
  if (options.check) {
    if (generated !== current) {
      console.error(
        `${options.output}: the configuration reference differs from ${options.schema}. Run '${UPDATE_COMMAND}' and commit docs/config.md.`
      )
      process.exitCode = 1
    }
    return
  }
  if (generated !== current) writeFileSync(options.output, generated)
}

runAsScript(import.meta.url, main)
