import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'

// src/core/generated/ holds the TypeScript types of the JSON Schemas (scripts/generate-types.mjs). A schema changed
// without regenerating would leave the code typed against a shape the runtime no longer checks: like CI's dist/
// check, this fails until `npm run generate:types` is run and its output committed.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const generatedDir = join(repoRoot, 'src/core/generated')

function wouldWrite(): Record<string, string> {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/generate-types.mjs'), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as Record<string, string>
}

describe('src/core/generated/', () => {
  const expected = wouldWrite()
  const committed = readdirSync(generatedDir).map(name => `src/core/generated/${name}`)

  it('has one file per schema and no other', () => {
    expect(committed.sort()).toEqual(Object.keys(expected).sort())
  })

  it.each(Object.keys(expected))('%s is what npm run generate:types writes', path => {
    expect(readFileSync(join(repoRoot, path), 'utf8')).toBe(expected[path])
  })

  it.each(Object.keys(expected))('%s imports nothing outside src/core/generated', path => {
    const imports = [...expected[path]!.matchAll(/from '([^']+)'/g)].map(m => m[1])
    for (const from of imports) expect(from).toMatch(/^\.\/[\w-]+\.js$/)
  })

  it('every generated file says where it comes from and not to edit it', () => {
    for (const [path, text] of Object.entries(expected)) {
      const schema = path.replace('src/core/generated/', '').replace(/\.ts$/, '.schema.json')
      expect(text.split('\n')[0]).toMatch(
        new RegExp(`^// Generated from schemas/(evidence/)?${schema} by \`npm run generate:types\``)
      )
      expect(text).toContain('Do not edit by hand')
    }
  })
})
