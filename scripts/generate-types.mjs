// Writes the TypeScript types of every JSON Schema in schemas/ into src/core/generated/, one file per schema, so the
// schemas that validate config and evidence at run time are the only place their shapes are written down.
// `--json` writes nothing and prints the files it would write as JSON (__tests__/unit/generated-types.test.ts compares
// them with the committed ones); `--check` writes nothing and exits 1 naming the files that differ.
// The schemas themselves are not changed: the type names below are given to the compiler in memory, and a schema's
// title (a sentence for humans) becomes the doc comment of its root type when it has no description.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compile } from 'json-schema-to-typescript'
import prettier from 'prettier'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(root, 'src/core/generated')

/** Each schema's root type name, by file (relative to schemas/). */
const ROOT_NAMES = {
  'config.schema.json': 'ConfigFile',
  'release-history.schema.json': 'ReleaseHistoryFile',
  'stakeholder-signoffs.schema.json': 'StakeholderSignoffsFile',
  'evidence/common.schema.json': null,
  'evidence/deployment-readiness-checklist.schema.json': 'ReadinessChecklist',
  'evidence/evidence-manifest.schema.json': 'EvidenceManifest',
  'evidence/health-window.schema.json': 'HealthWindowFile',
  'evidence/health-window-v1.schema.json': 'HealthWindowFileV1',
  'evidence/production-approval.schema.json': 'ProductionApproval',
  'evidence/production-deployment-report.schema.json': 'ProductionDeploymentReport',
  'evidence/release-interrupted.schema.json': 'ReleaseInterrupted',
  'evidence/release-manifest.schema.json': 'ReleaseManifest',
  'evidence/retrospective-inputs.schema.json': 'RetrospectiveInputs',
  'evidence/rollback-rehearsal.schema.json': 'RollbackRehearsal',
  'evidence/rollback-report.schema.json': 'RollbackReport',
  'evidence/staging-deployment-report.schema.json': 'StagingDeploymentReport',
  'evidence/uat-confirmation.schema.json': 'UatConfirmation',
  'evidence/validation-results.schema.json': 'ValidationResults'
}

/**
 * The type name of each definition, by file and definition key (what the code calls it), and a one-line doc comment
 * for the definitions whose schema has no description (the schema's own description wins).
 */
const DEFINITION_NAMES = {
  'evidence/common.schema.json': {
    time: { name: 'Time', doc: 'A moment in time (ISO 8601 date-time).' },
    tag: { name: 'Tag', doc: 'The release tag.' },
    schemaVersion: { name: 'SchemaVersion', doc: 'The evidence format version.' },
    execRecord: {
      name: 'ExecRecord',
      doc: 'One command run: what ran, when, how it ended, and the (redacted, bounded) end of its output.'
    },
    serviceDeployment: { name: 'ServiceDeployment', doc: "One service's deployment in an environment." },
    checkResult: { name: 'CheckResult', doc: 'One automated check (HTTP or command) and its verdict.' },
    rollbackRecord: {
      name: 'RollbackRecord',
      doc: "A rollback: why, to what, and each service's rollback command."
    },
    sample: {
      name: 'HealthSample',
      doc: 'One measurement of one probe (health window or rollout analysis).'
    },
    firingAlert: { name: 'FiringAlert', doc: 'One firing alert as Alertmanager reported it.' },
    breach: {
      name: 'AnalysisBreach',
      doc: 'Why an analysis or health window stopped, or null when it did not.'
    },
    probeSummary: { name: 'ProbeSummary', doc: 'A probe and its counts over an analysis or window.' },
    analysisRecord: {
      name: 'AnalysisRecord',
      doc: 'One analysis run (a rollout step, or the health window).'
    },
    githubApproval: {
      name: 'GitHubApprovalFacts',
      doc: "What GitHub recorded about an environment's approval of a run."
    },
    rolloutRecord: {
      name: 'RolloutRecord',
      doc: "A service's progressive rollout: its steps and, when it was aborted, where and why."
    },
    trafficChange: {
      name: 'TrafficChange',
      doc: "One change of a service's traffic by its router, with the servers before and after."
    },
    routedServer: {
      name: 'RoutedServer',
      doc: 'One server behind a traffic router: its role, weight and state.'
    },
    colorCommand: {
      name: 'ColorCommand',
      doc: 'A blue/green colour command run outside the rollout: a switch back, or a retirement after the window.'
    }
  },
  'config.schema.json': {
    duration: { name: 'Duration', doc: 'A duration such as 30s or 15m.' },
    id: { name: 'Id', doc: 'An identifier.' },
    haproxyName: { name: 'HaproxyName', doc: 'An HAProxy backend or server name.' },
    traffic: { name: 'Traffic', doc: "Who shifts a service's traffic in one environment." },
    command: { name: 'Command', doc: 'A command: a string split into argv words, or an argv array.' },
    step: { name: 'Step', doc: 'A command with an optional name and timeout.' },
    httpCheck: { name: 'HttpCheck', doc: 'A declarative HTTP check.' },
    probe: { name: 'Probe', doc: 'One measurement source: exactly one of http, command or prometheus.' },
    analysis: {
      name: 'Analysis',
      doc: 'A rollout analysis: probes sampled, and optionally baseline versus canary.'
    },
    rolloutStep: { name: 'CanaryStep', doc: 'A canary step: one of set-weight, pause or analysis.' },
    strategy: { name: 'Strategy', doc: "A service's rollout strategy; which keys apply depends on `type`." }
  }
}

/** What the reader of a generated file needs first: where it comes from and how to change it. */
const banner = file =>
  `// Generated from schemas/${file} by \`npm run generate:types\` (scripts/generate-types.mjs).\n` +
  '// Do not edit by hand: change the schema and regenerate.'

/** Keywords whose value is data, not a schema: left as they are. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'required', 'description', 'tsType'])

/** A reference to a definition, in this file or in common.schema.json: `$1` is the file, `$2` the key. */
const REF = /^(common\.schema\.json)?#\/definitions\/(\w+)$/

/** True for a oneOf/anyOf whose branches only say which keys must be present: a constraint with no shape to type. */
const onlyRequired = branches => branches.every(b => Object.keys(b).every(key => key === 'required'))

/**
 * The schema as the compiler should see it: titles only where a type name is wanted, and every `$ref` replaced by the
 * name of the type generated for its definition (imported when it is in common.schema.json), so each definition is
 * declared once and a `$ref` with a description beside it does not become a numbered copy (Step1, Duration2...).
 */
function prepare(file, schema, imports) {
  const walk = (node, isSchema) => {
    if (Array.isArray(node)) return node.map(item => walk(item, isSchema))
    if (node === null || typeof node !== 'object') return node
    if (!isSchema) return structuredClone(node)
    const out = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === 'title' || key === 'definitions') continue
      if ((key === 'oneOf' || key === 'anyOf') && onlyRequired(value)) continue
      if (key === 'properties' || key === 'patternProperties') {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, true)]))
      } else out[key] = walk(value, !DATA_KEYWORDS.has(key))
    }
    if (typeof out.$ref === 'string') {
      const ref = REF.exec(out.$ref)
      if (!ref) throw new Error(`${file}: cannot name the type of ${out.$ref}`)
      const defFile = ref[1] ? 'evidence/common.schema.json' : file
      const name = DEFINITION_NAMES[defFile]?.[ref[2]]?.name
      if (!name) throw new Error(`${file}: no type name for ${out.$ref}`)
      if (defFile !== file) imports.add(name)
      delete out.$ref
      out.tsType = name
    }
    return out
  }
  const names = DEFINITION_NAMES[file] ?? {}
  const definitions = Object.entries(schema.definitions ?? {}).map(([key, definition]) => {
    const named = names[key]
    if (!named) throw new Error(`${file}: no type name for definition ${key}`)
    const prepared = walk(definition, true)
    prepared.description ??= named.doc
    return { name: named.name, schema: prepared }
  })
  const rootName = ROOT_NAMES[file]
  const root = rootName ? { ...walk(schema, true), description: schema.description ?? schema.title } : null
  if (root) {
    delete root.$schema
    delete root.$id
  }
  return { root: root && { name: rootName, schema: root }, definitions }
}

/** The generated file of one schema: its definitions first, then the type of the whole document. */
async function generateOne(file, prettierOptions) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'))
  const imports = new Set()
  const { root: rootType, definitions } = prepare(file, schema, imports)
  const parts = []
  for (const { name, schema: definition } of [...definitions, ...(rootType ? [rootType] : [])])
    parts.push(await compile({ ...definition, title: name }, name, COMPILE_OPTIONS))
  const importLine = imports.size
    ? `import type { ${[...imports].sort().join(', ')} } from './common.js'\n\n`
    : ''
  const source = `${banner(file)}\n\n${importLine}${parts.join('\n')}`
  return prettier.format(source, { ...prettierOptions, parser: 'typescript' })
}

const COMPILE_OPTIONS = {
  bannerComment: '',
  // Formatted once per file with the repository's prettier config instead (generateOne).
  format: false,
  // argv's minItems: 1 would make a tuple type; the code builds these arrays as string[].
  ignoreMinAndMaxItems: true,
  // An object the schema leaves open gets `[k: string]: unknown`, never `any`.
  unknownAny: true,
  additionalProperties: true
}

/** Every schema file (relative to schemas/) and the path of its generated file. */
function targets() {
  const evidence = readdirSync(join(root, 'schemas/evidence'))
    .filter(f => f.endsWith('.schema.json'))
    .map(f => `evidence/${f}`)
  const files = [
    'config.schema.json',
    'release-history.schema.json',
    'stakeholder-signoffs.schema.json',
    ...evidence
  ].sort()
  for (const file of files)
    if (!(file in ROOT_NAMES)) throw new Error(`${file}: add its type name to ROOT_NAMES`)
  return files.map(file => ({ file, out: join(outDir, basename(file, '.schema.json') + '.ts') }))
}

/** The generated files, by path relative to the repository, with their contents. */
export async function generateTypes() {
  const prettierOptions = (await prettier.resolveConfig(join(outDir, 'x.ts'))) ?? {}
  const result = {}
  for (const { file, out } of targets())
    result[relative(root, out)] = await generateOne(file, prettierOptions)
  return result
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await generateTypes()
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(files))
    process.exit(0)
  }
  mkdirSync(outDir, { recursive: true })
  const present = readdirSync(outDir, { withFileTypes: true }).filter(d => d.isFile())
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files)
      .filter(([path, text]) => {
        try {
          return readFileSync(join(root, path), 'utf8') !== text
        } catch {
          return true
        }
      })
      .map(([path]) => path)
    const extra = present.map(d => relative(root, join(outDir, d.name))).filter(path => !(path in files))
    for (const path of stale) console.error(`${path} differs from its schema: run npm run generate:types`)
    for (const path of extra) console.error(`${path} has no schema: remove it`)
    process.exit(stale.length || extra.length ? 1 : 0)
  }
  mkdirSync(outDir, { recursive: true })
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text)
}
