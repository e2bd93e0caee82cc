import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { packageRoot } from '../../src/adapters/evidence/schemas.js'

// Published schemas are versioned: changing one without bumping its version (scripts/schema-versions.mjs --bump)
// would let two different formats share a version, and an auditor could not tell which one a bundle follows.
const dir = join(packageRoot(), 'schemas', 'evidence')
const registry = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8')) as {
  schemas: Record<string, { version: number; sha256: string }>
}

describe('evidence schema versions', () => {
  it.each(readdirSync(dir).filter(f => f.endsWith('.schema.json')))(
    '%s is registered with the digest of its current content',
    file => {
      const sha256 = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex')
      expect({ file, sha256 }).toEqual({ file, sha256: registry.schemas[file]?.sha256 })
    }
  )
})
