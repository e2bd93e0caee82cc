import { describe, expect, it, jest } from '@jest/globals'

// Every seal names each JSON file's schema by its `$id`, and verify asks whether a file has a schema: the package's
// schema files do not change while a process runs, so each is read (and the package root looked for) once.
const realFs = await import('node:fs')
const schemaReads: string[] = []
const existenceChecks: string[] = []
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  default: realFs,
  readFileSync: (...args: Parameters<typeof realFs.readFileSync>) => {
    if (String(args[0]).includes('schemas')) schemaReads.push(String(args[0]))
    return realFs.readFileSync(...args)
  },
  existsSync: (path: Parameters<typeof realFs.existsSync>[0]) => {
    existenceChecks.push(String(path))
    return realFs.existsSync(path)
  }
}))
const { schemaIdOf, packageRoot } = await import('../../src/adapters/evidence/schemas.js')
const { hasEvidenceSchema } = await import('../../src/adapters/evidence/store.js')

describe('schema lookups in one process', () => {
  it('reads a schema file once however often its $id is asked for', () => {
    const first = schemaIdOf('evidence/health-window.schema.json')
    schemaReads.length = 0
    existenceChecks.length = 0
    for (let seal = 0; seal < 5; seal++) expect(schemaIdOf('evidence/health-window.schema.json')).toBe(first)
    expect(first).toMatch(/health-window/)
    expect(schemaReads).toEqual([])
    expect(existenceChecks).toEqual([])
  })

  it('answers whether an artifact has a schema without reading or looking for files again', () => {
    expect(hasEvidenceSchema('release-manifest.json')).toBe(true)
    expect(hasEvidenceSchema('notes.json')).toBe(false)
    schemaReads.length = 0
    existenceChecks.length = 0
    expect(hasEvidenceSchema('release-manifest.json')).toBe(true)
    expect(hasEvidenceSchema('notes.json')).toBe(false)
    expect({ schemaReads, existenceChecks }).toEqual({ schemaReads: [], existenceChecks: [] })
  })

  it('finds the package root once', () => {
    const root = packageRoot()
    existenceChecks.length = 0
    expect(packageRoot()).toBe(root)
    expect(existenceChecks).toEqual([])
  })
})
