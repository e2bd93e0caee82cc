import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS; under ESM its default export arrives wrapped in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv

let ajv: Ajv | undefined
const compiled = new Map<string, ValidateFunction>()
/** The bundle's validators compiled ahead of time, as far as loadPrecompiledValidators() has loaded them. */
let precompiledValidators: Readonly<Record<string, ValidateFunction>> = {}
let startLoad: Promise<void> | undefined
let allLoad: Promise<void> | undefined
let allLoaded = false

/**
 * Loads the validators scripts/build.mjs compiles ahead of time before a process first validates: loadConfig and
 * verify call it, so a run that stops before reading a config never parses them. In the bundle they come in two
 * chunks: what a release reads and writes up to its first command (the config, the ledger, the readiness records,
 * the manifest), and the rest (about 0.9 MB of code), which `all` adds; a release loads that while its first command
 * runs (warmEvidenceValidators). A validation without them still holds: the schema is then compiled from schemas/ at
 * run time, as under src/.
 */
export function loadPrecompiledValidators(which: 'start' | 'all' = 'start'): Promise<void> {
  startLoad ??= import('./precompiled-validators.js').then(module => {
    precompiledValidators = { ...module.precompiledValidators, ...precompiledValidators }
  })
  if (which === 'start') return startLoad
  allLoad ??= Promise.all([startLoad, import('./precompiled-validators-later.js')]).then(([, module]) => {
    precompiledValidators = { ...precompiledValidators, ...module.precompiledValidators }
    allLoaded = true
  })
  return allLoad
}

/**
 * Resolves once each schema file in `relativePaths` has its validator at hand (compiled, or precompiled and loaded):
 * an async caller awaits it before compileSchemaFile, so that a schema of the later chunk is not compiled at run time
 * just because the chunk had not been loaded yet.
 */
export function validatorsReady(relativePaths: readonly string[]): Promise<void> | undefined {
  if (allLoaded || relativePaths.every(path => compiled.has(path) || path in precompiledValidators))
    return undefined
  return loadPrecompiledValidators('all')
}

// The package's files do not move or change while a process runs: its root and each schema's `$id` are looked up once
// (every seal names the schema of each JSON file in the bundle, some 50 lookups a release).
let foundPackageRoot: string | undefined
const schemaIds = new Map<string, string | null>()

/** The package root (holds package.json and schemas/), found from this module's location in src/ or dist/. */
export function packageRoot(): string {
  foundPackageRoot ??= findPackageRoot()
  return foundPackageRoot
}

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'schemas', 'config.schema.json')) && existsSync(join(dir, 'package.json')))
      return dir
    const parent = dirname(dir)
    if (parent === dir)
      throw new Error('Cannot find the release-gate package root (schemas/config.schema.json).')
    dir = parent
  }
}

function schemaRegistry(): Ajv {
  if (ajv) return ajv
  // scripts/build.mjs compiles the bundled validators with these same options: change both together.
  ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // Each process compiles the schemas it uses once, on a release's critical path; the optimiser's passes cost more
    // there than they save on validating a few records.
    code: { optimize: false }
  })
  addFormats(ajv)
  const evidenceDir = join(packageRoot(), 'schemas', 'evidence')
  for (const file of readdirSync(evidenceDir)
    .filter(f => f.endsWith('.schema.json'))
    .sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(evidenceDir, file), 'utf8')) as object)
  }
  return ajv
}

/** The compiled validator of a schema file under schemas/ (e.g. `config.schema.json`, `evidence/uat-confirmation.schema.json`). */
export function compileSchemaFile(relativePath: string): ValidateFunction {
  const cached = compiled.get(relativePath) ?? precompiledValidators[relativePath]
  if (cached) return cached
  const registry = schemaRegistry()
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schemas', relativePath), 'utf8')) as {
    $id?: string
  }
  const validate = (schema.$id && registry.getSchema(schema.$id)) || registry.compile(schema)
  compiled.set(relativePath, validate)
  return validate
}

/** Compiles a user-supplied schema (a prerequisite's `schema:`) in a separate, lenient registry. */
export function compileUserSchema(schema: object): ValidateFunction {
  // In the bundle the meta-schema check is precompiled (scripts/build.mjs); ajv's own would compile the meta-schema
  // first, which costs more than compiling the user's schema.
  const metaSchema = precompiledValidators['meta:draft-07']
  if (metaSchema && !metaSchema(schema))
    throw new Error(
      `schema is invalid: ${(metaSchema.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`).join(', ')}`
    )
  const userAjv = new Ajv({
    allErrors: true,
    strict: false,
    code: { optimize: false },
    ...(metaSchema ? { validateSchema: false } : {})
  })
  addFormats(userAjv)
  return userAjv.compile(schema)
}

/** The `$id` of a schema file under schemas/, or null when there is no such file. */
export function schemaIdOf(relativePath: string): string | null {
  const known = schemaIds.get(relativePath)
  if (known !== undefined) return known
  const file = join(packageRoot(), 'schemas', relativePath)
  const id = existsSync(file)
    ? ((JSON.parse(readFileSync(file, 'utf8')) as { $id?: string }).$id ?? null)
    : null
  schemaIds.set(relativePath, id)
  return id
}

/**
 * Runs the validator of every evidence schema once (on an empty record, whose verdict is dropped), one per turn of the
 * event loop: a validator's code is compiled on its first call, which is better paid while a command runs than as a
 * phase writes its first record. Returns the schema files it ran.
 */
export async function warmEvidenceValidators(): Promise<string[]> {
  await loadPrecompiledValidators('all')
  const warmed: string[] = []
  for (const file of readdirSync(join(packageRoot(), 'schemas', 'evidence'))
    .filter(f => f.endsWith('.schema.json'))
    .sort()) {
    await new Promise(resolve => setImmediate(resolve))
    const path = `evidence/${file}`
    compileSchemaFile(path)({})
    warmed.push(path)
  }
  return warmed
}
