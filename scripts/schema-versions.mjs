// Records the version and SHA-256 of every evidence schema in schemas/evidence/versions.json. A schema whose content
// changes must get a new version: `node scripts/schema-versions.mjs --bump <file>` bumps one; the tests fail while a
// schema's digest differs from the registry. Run without arguments to add new schemas at version 1.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = new URL('../schemas/evidence/', import.meta.url).pathname
const registryFile = join(dir, 'versions.json')
const registry = JSON.parse(readFileSync(registryFile, 'utf8'))
const bump = process.argv[2] === '--bump' ? process.argv[3] : undefined
for (const file of readdirSync(dir)
  .filter(f => f.endsWith('.schema.json'))
  .sort()) {
  const sha256 = createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex')
  const known = registry.schemas[file]
  if (!known) registry.schemas[file] = { version: 1, sha256 }
  else if (file === bump) registry.schemas[file] = { version: known.version + 1, sha256 }
  else if (known.sha256 !== sha256)
    console.error(`${file} changed: run with --bump ${file} to publish version ${known.version + 1}`)
}
writeFileSync(registryFile, JSON.stringify(registry, null, 2) + '\n')
