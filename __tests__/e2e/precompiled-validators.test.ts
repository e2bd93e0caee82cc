import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { CLI } from './demo-sandbox.js'

// The bundles validate with ajv's standalone code, built by scripts/build.mjs in two chunks: what a release validates
// up to its first command, and the rest, loaded while that command runs. Together they must hold every schema once:
// a schema in neither would be compiled at run time (slowly, from schemas/), one in both would be shipped twice.
const dist = join(CLI, '..')
const repo = join(dist, '..')

const schemaPaths = [
  ...readdirSync(join(repo, 'schemas')).filter(f => f.endsWith('.schema.json')),
  ...readdirSync(join(repo, 'schemas', 'evidence'))
    .filter(f => f.endsWith('.schema.json'))
    .map(f => `evidence/${f}`),
  'meta:draft-07'
].sort()

async function tableOf(folder: string, chunk: RegExp): Promise<string[]> {
  const file = readdirSync(join(dist, folder)).find(name => chunk.test(name))
  if (!file) return []
  const module = (await import(pathToFileURL(join(dist, folder, file)).href)) as {
    precompiledValidators: Record<string, unknown>
  }
  return Object.keys(module.precompiledValidators)
}

describe.each([
  ['the CLI', 'cli-chunks'],
  ['the action', 'chunks']
])('the precompiled validators of %s', (_, folder) => {
  it('hold every schema under schemas/ and the draft-07 meta-schema, each in one of the two chunks', async () => {
    const start = await tableOf(folder, /^precompiled-validators-(?!later-)[^-]+\.js$/)
    const later = await tableOf(folder, /^precompiled-validators-later-[^-]+\.js$/)
    expect({
      both: [...start, ...later].sort(),
      inTheStartChunk: start.filter(path => later.includes(path))
    }).toEqual({ both: schemaPaths, inTheStartChunk: [] })
    expect(start).toEqual(
      expect.arrayContaining([
        'config.schema.json',
        'release-history.schema.json',
        'evidence/evidence-manifest.schema.json'
      ])
    )
  })
})
