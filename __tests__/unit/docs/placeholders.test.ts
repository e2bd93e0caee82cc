import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { PLACEHOLDERS, renderText } from '../../../src/core/command-template.js'
import { templateVars } from '../../../src/phases/shared/step.js'
import { parseConfig } from '../../../src/entry/config/parse.js'
import { fakeContext, TWO_SERVICES_CONFIG } from '../../fakes.js'

// docs/config.md's placeholder tables are checked against the code's one list of placeholders (PLACEHOLDERS) and
// against what the substitution gives, so the page cannot promise a placeholder or a value the code does not have.

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const page = readFileSync(join(repoRoot, 'docs/config.md'), 'utf8')
const section = page.slice(page.indexOf('\n## Placeholders\n'))

/** The rows of the markdown table whose header starts with `header`, as cells. */
function table(header: string): string[][] {
  const lines = section.split('\n')
  const start = lines.findIndex(line => line.startsWith(`| ${header}`))
  if (start < 0) return []
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map(cell => cell.trim())
    )
  }
  return rows
}

/** How the page writes a substituted value: `100` in backticks, an empty one as "(empty)". */
const shown = (value: string): string => (value === '' ? '(empty)' : `\`${value}\``)

const values = table('placeholder')
const context = fakeContext(parseConfig(TWO_SERVICES_CONFIG, 'release-gate.yml'))
/** What `${name}` becomes in a command of `environment` outside a rollout step. */
const substituted = (name: string, environment: string): string =>
  renderText(`\${${name}}`, templateVars(context, environment, 'api', null))

describe('the placeholders in docs/config.md', () => {
  it('lists exactly the placeholders the code substitutes, in its order', () => {
    expect(values.map(row => row[0])).toEqual(PLACEHOLDERS.map(p => `\`\${${p.name}}\``))
  })

  it('gives each placeholder the value it has where nothing sets it', () => {
    const nothingSet = { tag: '', env: '', previous: '', evidence: '', service: '' }
    expect(values.map(row => row[3])).toEqual(
      PLACEHOLDERS.map(p => shown(renderText(`\${${p.name}}`, nothingSet)))
    )
  })

  it.each(['env', 'weight', 'color', 'batch', 'step', 'unavailable'])(
    'gives ${%s} in staging the value a staging command gets',
    name => {
      const row = values.find(r => r[0] === `\`\${${name}}\``) ?? []
      expect(row[1]?.startsWith(shown(substituted(name, 'staging')))).toBe(true)
    }
  )

  it('gives ${env} in production the value a production command gets', () => {
    expect(values.find(r => r[0] === '`${env}`')?.[2]).toBe(shown(substituted('env', 'production')))
  })

  it('names only known placeholders in the table of who gets which, and each of them', () => {
    const named = [...section.matchAll(/`\$\{([a-z]+)\}`/g)].map(m => m[1])
    const known = PLACEHOLDERS.map(p => p.name)
    expect(named.filter(name => !known.includes(name as (typeof known)[number]))).toEqual([])
    const header = section.split('\n').find(line => line.startsWith('| where |')) ?? ''
    for (const name of known) expect(header).toContain(`\`\${${name}}\``)
  })
})
