import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/entry/config/parse.js'

// Every config or workflow shown in the docs is a real file that the tests validate, so the docs cannot rot.
// A fenced YAML block is preceded by one of:
//   <!-- example: examples/configs/canary-prometheus.yml -->   the block is the whole file
//   <!-- excerpt: .github/workflows/release.yml -->            the block is consecutive lines of the file (dedented)
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8')

const yamlFiles = (dir: string): string[] =>
  readdirSync(join(repoRoot, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => `${dir}/${name}`)

/** Configs that __tests__/unit/example-configs.test.ts validates against the schema. */
const validatedConfigs = new Set(['examples/demo/release-gate.yml', ...yamlFiles('examples/configs')])
/** Workflows that __tests__/integration/workflows.test.ts checks with GitHub's parser. */
const validatedWorkflows = new Set([...yamlFiles('.github/workflows'), ...yamlFiles('examples/workflows')])

const documents = ['README.md', ...readdirSync(join(repoRoot, 'docs')).map(name => `docs/${name}`)].filter(
  path => path.endsWith('.md')
)

/** A fenced block of a document: its language, its text, and the marker before it (if any). */
interface Block {
  document: string
  line: number
  lang: string
  text: string
  marker: { kind: 'example' | 'excerpt'; path: string } | null
}

function blocksOf(document: string): Block[] {
  const lines = read(document).split('\n')
  const blocks: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(```+|~~~+)\s*([\w-]*)/.exec(lines[i] ?? '')
    if (!open) continue
    const fence = open[1] as string
    const end = lines.findIndex((line, j) => j > i && line.startsWith(fence))
    if (end === -1) throw new Error(`${document}:${i + 1}: a fenced block that does not end`)
    let before = i - 1
    while (before >= 0 && (lines[before] ?? '').trim() === '') before--
    const marker = /^<!-- (example|excerpt): (\S+) -->$/.exec((lines[before] ?? '').trim())
    blocks.push({
      document,
      line: i + 1,
      lang: open[2] ?? '',
      text: lines.slice(i + 1, end).join('\n'),
      marker: marker ? { kind: marker[1] as 'example' | 'excerpt', path: marker[2] as string } : null
    })
    i = end
  }
  return blocks
}

const blocks = documents.flatMap(blocksOf)
const marked = blocks.filter(block => block.marker !== null)

/** Lines without their common indentation. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter(line => line.trim() !== '').map(line => /^ */.exec(line)?.[0].length ?? 0)
  const common = Math.min(...indents)
  return lines.map(line => line.slice(common).trimEnd())
}

/** Whether `block` is a run of consecutive lines of `file`, both dedented. */
function isExcerpt(block: string, file: string): boolean {
  const wanted = dedent(block.split('\n')).join('\n')
  const lines = file.split('\n')
  const count = block.split('\n').length
  for (let start = 0; start + count <= lines.length; start++)
    if (dedent(lines.slice(start, start + count)).join('\n') === wanted) return true
  return false
}

describe('examples in the docs', () => {
  it('every YAML block in the README and docs/ is marked as an example or excerpt of a real file', () => {
    const unmarked = blocks
      .filter(block => ['yaml', 'yml'].includes(block.lang) && block.marker === null)
      .map(block => `${block.document}:${block.line}`)
    expect(unmarked).toEqual([])
  })

  it('shows some examples (so the checks below are not vacuous)', () => {
    expect(marked.filter(block => block.marker?.kind === 'example').length).toBeGreaterThanOrEqual(4)
  })

  it.each(marked.map(block => [`${block.document}:${block.line}`, block] as const))(
    '%s is the file it names, or lines of it',
    (_where, block) => {
      const { kind, path } = block.marker as NonNullable<Block['marker']>
      const file = read(path)
      if (kind === 'example') expect(block.text.trimEnd()).toBe(file.trimEnd())
      else expect(isExcerpt(block.text, file)).toBe(true)
    }
  )

  it.each(marked.map(block => [`${block.document}:${block.line}`, block] as const))(
    '%s names a file that the tests validate (config schema or GitHub workflow parser)',
    (_where, block) => {
      const { path } = block.marker as NonNullable<Block['marker']>
      expect({ path, validated: validatedConfigs.has(path) || validatedWorkflows.has(path) }).toEqual({
        path,
        validated: true
      })
      if (validatedConfigs.has(path)) expect(() => parseConfig(read(path), path)).not.toThrow()
    }
  )

  it('recognises an excerpt only when the lines are consecutive in the file', () => {
    const file = 'a:\n  b:\n    c: 1\n    d: 2\n'
    expect(isExcerpt('b:\n  c: 1', file)).toBe(true)
    expect(isExcerpt('b:\n  d: 2', file)).toBe(false)
  })
})
