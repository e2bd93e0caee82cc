import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from '@jest/globals'

// docs/config.md is generated from schemas/config.schema.json (scripts/config-reference.mjs): the descriptions,
// defaults and examples live in the schema, so the reference cannot drift from what the config loader accepts.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const script = join(repoRoot, 'scripts/config-reference.mjs')
const runScript = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })

const cleanup: (() => void)[] = []
afterEach(() => cleanup.splice(0).forEach(undo => undo()))

function copies(): { schema: string; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rg-config-reference-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  const schema = join(dir, 'config.schema.json')
  const output = join(dir, 'config.md')
  writeFileSync(schema, readFileSync(join(repoRoot, 'schemas/config.schema.json'), 'utf8'))
  writeFileSync(output, readFileSync(join(repoRoot, 'docs/config.md'), 'utf8'))
  return { schema, output }
}

describe('docs/config.md', () => {
  it('matches schemas/config.schema.json (npm run docs:config regenerates it)', () => {
    const result = runScript('--check')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('is reported as stale, with the command that fixes it, when the schema gains a key', () => {
    const { schema, output } = copies()
    const parsed = JSON.parse(readFileSync(schema, 'utf8')) as { properties: Record<string, unknown> }
    parsed.properties['dry-run'] = { type: 'boolean', default: false, description: 'Plan only.' }
    writeFileSync(schema, JSON.stringify(parsed))

    const stale = runScript('--check', '--schema', schema, '--output', output)
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain("Run 'npm run docs:config'")

    expect(runScript('--schema', schema, '--output', output).status).toBe(0)
    expect(readFileSync(output, 'utf8')).toContain('| `dry-run` | boolean | no | `false` | Plan only. |')
    expect(runScript('--check', '--schema', schema, '--output', output).status).toBe(0)
  })

  it('documents every key of the schema, with its description', () => {
    const reference = readFileSync(join(repoRoot, 'docs/config.md'), 'utf8')
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/config.schema.json'), 'utf8')) as unknown
    const undocumented: string[] = []
    // Every object with named keys in the schema, wherever it is nested.
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`))
      if (typeof node !== 'object' || node === null) return
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties
      for (const [key, property] of Object.entries(properties ?? {})) {
        const row = `| \`${key}\` |`
        if (!reference.includes(row)) undocumented.push(`${path}.properties.${key}: no row`)
        else if (property.description && !reference.includes(property.description.split(/[`<]/)[0] ?? ''))
          undocumented.push(`${path}.properties.${key}: description missing`)
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${path}.${key}`)
    }
    visit(schema, '$')
    expect(undocumented).toEqual([])
  })

  it('links every type it names to a section that exists', () => {
    const reference = readFileSync(join(repoRoot, 'docs/config.md'), 'utf8')
    const anchors = new Set(
      [...reference.matchAll(/^#{2,3} (.+)$/gm)].map(match =>
        (match[1] ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9 _-]/g, '')
          .replace(/ /g, '-')
      )
    )
    const targets = [...reference.matchAll(/\]\(#([^)]+)\)/g)].map(match => match[1])
    expect(targets.length).toBeGreaterThan(20)
    expect(targets.filter(target => !anchors.has(target ?? ''))).toEqual([])
  })
})
