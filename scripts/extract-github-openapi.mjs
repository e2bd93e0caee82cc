#!/usr/bin/env node
/**
 * Extracts the GitHub REST operations release-gate uses from GitHub's official OpenAPI description into
 * `__tests__/emulators/github-openapi-subset.json`, which the loopback GitHub API emulator validates every
 * response against.
 *
 * Usage:
 *   node scripts/extract-github-openapi.mjs <path/to/api.github.com.json> [output.json]
 *
 * The description ships in the npm package `@octokit/openapi` (about 385 MB, so install it outside this repo):
 *   mkdir -p /tmp/octokit-openapi && cd /tmp/octokit-openapi && npm init -y && npm install @octokit/openapi
 *   node scripts/extract-github-openapi.mjs \
 *     /tmp/octokit-openapi/node_modules/@octokit/openapi/generated/api.github.com.json
 *
 * The output is self-contained: each operation keeps its `$ref`s as `#/components/schemas/<name>`, and every
 * component those refs reach (transitively) is copied into the output's own `components.schemas`. OpenAPI 3.0's
 * `nullable: true` is rewritten to JSON Schema null types so ajv understands it. One response example per
 * operation is kept when it validates against its own schema (GitHub publishes at least one that does not).
 * The file is formatted with the repository's prettier config so `prettier --check` accepts it as generated.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import * as prettier from 'prettier'

/** The operations release-gate calls (and the emulator serves), by GitHub's operation id. */
const OPERATION_IDS = [
  'actions/get-reviews-for-run',
  'actions/get-pending-deployments-for-run',
  'repos/get-environment',
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/get-deployment',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  'repos/compare-commits',
  'pulls/get',
  'pulls/list-reviews'
]

/** Error bodies the emulator sends for statuses an operation does not describe (401, 403, 404, 429, 5xx). */
const ALWAYS_COPIED_SCHEMAS = ['basic-error', 'validation-error']

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

// ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
const addFormats = addFormatsModule.default ?? addFormatsModule

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const [inputArg, outputArg] = process.argv.slice(2)
if (!inputArg) {
  console.error('Usage: node scripts/extract-github-openapi.mjs <path/to/api.github.com.json> [output.json]')
  console.error('The file ships in the npm package @octokit/openapi (generated/api.github.com.json).')
  process.exit(2)
}
const inputPath = resolve(inputArg)
const outputPath = resolve(
  outputArg ?? join(repoRoot, '__tests__', 'emulators', 'github-openapi-subset.json')
)

const description = JSON.parse(readFileSync(inputPath, 'utf8'))
if (typeof description.openapi !== 'string' || !description.openapi.startsWith('3.0')) {
  throw new Error(`${inputPath} is not an OpenAPI 3.0 description (openapi: ${description.openapi}).`)
}
const sourcePackage = findSourcePackage(inputPath)

/** Follows a local `#/a/b` pointer inside the description. */
function resolvePointer(ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got '${ref}'.`)
  let node = description
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !(key in node))
      throw new Error(`Dangling $ref '${ref}'.`)
    node = node[key]
  }
  return node
}

/** Resolves a response/example object that may itself be a `$ref` (not a schema: those stay refs). */
function derefObject(value) {
  let current = value
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref chain too long at ${value.$ref}`)
    current = resolvePointer(current.$ref)
  }
  return current
}

const copiedSchemaNames = new Set()

/** Deep-copies a schema, records each component schema it reaches, and rewrites `nullable` to null types. */
function copySchema(schema) {
  if (Array.isArray(schema)) return schema.map(copySchema)
  if (schema === null || typeof schema !== 'object') return schema
  if (typeof schema.$ref === 'string') {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref)
    if (!match) throw new Error(`Unexpected schema $ref '${schema.$ref}'.`)
    copyComponentSchema(match[1])
    // OpenAPI 3.0 ignores siblings of $ref, so the copy does too.
    return { $ref: schema.$ref }
  }
  const copied = {}
  for (const [key, value] of Object.entries(schema)) {
    // `example`/`examples` inside schemas are documentation only; dropping them keeps the subset small.
    if (key === 'example' || key === 'examples') continue
    // properties/patternProperties map names to schemas: copy each value, keep the names as they are.
    if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object') {
      copied[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, copySchema(sub)]))
    } else {
      copied[key] = copySchema(value)
    }
  }
  return rewriteNullable(copied)
}

/** OpenAPI 3.0 `nullable: true` → a JSON Schema that also accepts null. */
function rewriteNullable(schema) {
  if (schema.nullable !== true) {
    delete schema.nullable
    return schema
  }
  const rest = { ...schema }
  delete rest.nullable
  const composed = 'anyOf' in rest || 'oneOf' in rest || 'allOf' in rest
  if (typeof rest.type === 'string' && !composed) {
    const nullableType = { ...rest, type: [rest.type, 'null'] }
    if (Array.isArray(rest.enum) && !rest.enum.includes(null)) nullableType.enum = [...rest.enum, null]
    return nullableType
  }
  if (rest.type === undefined && !composed && rest.enum === undefined) {
    // No type at all already admits null.
    return rest
  }
  // A composition (or a typed composition) rejects null in its branches: offer null as an alternative.
  const { description: text, ...constraints } = rest
  return { ...(text === undefined ? {} : { description: text }), anyOf: [constraints, { type: 'null' }] }
}

const components = {}

/** Copies `#/components/schemas/<name>` (and everything it reaches) once. */
function copyComponentSchema(name) {
  if (copiedSchemaNames.has(name)) return
  copiedSchemaNames.add(name)
  components[name] = copySchema(resolvePointer(`#/components/schemas/${name}`))
}

/** Finds the operation with this id among all paths and methods. */
function findOperation(operationId) {
  for (const [path, pathItem] of Object.entries(description.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method]
      if (operation?.operationId === operationId) return { path, method, operation }
    }
  }
  throw new Error(`Operation '${operationId}' is not in ${inputPath}.`)
}

const operations = {}
/** Examples GitHub publishes per operation and status, checked against their schemas before any is kept. */
const candidateExamples = new Map()
for (const operationId of OPERATION_IDS) {
  const { path, method, operation } = findOperation(operationId)
  const extracted = {
    method: method.toUpperCase(),
    path,
    summary: operation.summary,
    documentationUrl: operation.externalDocs?.url
  }
  const requestBody = derefObject(operation.requestBody)
  const requestSchema = requestBody?.content?.['application/json']?.schema
  if (requestSchema) {
    extracted.requestBody = { required: requestBody.required === true, schema: copySchema(requestSchema) }
  }
  extracted.responses = {}
  for (const [status, responseOrRef] of Object.entries(operation.responses)) {
    const response = derefObject(responseOrRef)
    const media = response.content?.['application/json']
    extracted.responses[status] = { description: response.description }
    if (media?.schema) extracted.responses[status].schema = copySchema(media.schema)
    const examples = Object.values(media?.examples ?? {}).map(example => derefObject(example).value)
    if (media?.example !== undefined) examples.unshift(media.example)
    candidateExamples.set(`${operationId} ${status}`, examples)
  }
  operations[operationId] = extracted
}
for (const name of ALWAYS_COPIED_SCHEMAS) copyComponentSchema(name)

const sortedComponents = Object.fromEntries(
  Object.keys(components)
    .sort()
    .map(name => [name, components[name]])
)
const subset = {
  $comment: "Generated by scripts/extract-github-openapi.mjs from GitHub's OpenAPI description; do not edit.",
  source: {
    package: sourcePackage.name,
    version: sourcePackage.version,
    file: basename(inputPath),
    openapi: description.openapi
  },
  operationIds: OPERATION_IDS,
  operations,
  components: { schemas: sortedComponents }
}

// Keep the first example per operation that validates against its own schema; report the ones that do not.
// The schemas are compiled in place (the subset itself is the ajv root), exactly as the emulator does.
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const subsetId = 'https://release-gate.invalid/github-openapi-subset.json'
ajv.addSchema({ ...subset, $id: subsetId })
const skipped = []
for (const [operationId, operation] of Object.entries(operations)) {
  let kept = false
  for (const [status, response] of Object.entries(operation.responses)) {
    if (kept || !response.schema) continue
    const pointer = `#/operations/${operationId.replaceAll('/', '~1')}/responses/${status}/schema`
    const validate = ajv.getSchema(`${subsetId}${pointer}`)
    for (const example of candidateExamples.get(`${operationId} ${status}`) ?? []) {
      if (validate(example)) {
        response.example = example
        kept = true
        break
      }
      skipped.push(`${operationId} ${status}: ${closestFailure(validate.errors ?? [])}`)
    }
  }
}

const prettierConfig = (await prettier.resolveConfig(outputPath)) ?? {}
const formatted = await prettier.format(JSON.stringify(subset), { ...prettierConfig, parser: 'json' })
writeFileSync(outputPath, formatted)

console.log(
  `Wrote ${outputPath} (${formatted.length} bytes) from ${sourcePackage.name}@${sourcePackage.version}.`
)
console.log(`Operations: ${OPERATION_IDS.length}; component schemas copied: ${copiedSchemaNames.size}.`)
for (const line of skipped) console.log(`Skipped an example that fails its own schema: ${line}`)

/**
 * The errors of the schema that came closest to matching: an anyOf/oneOf failure reports every branch's errors,
 * and the branch with the fewest is the one the example meant.
 */
function closestFailure(errors) {
  const bySchema = new Map()
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue
    const schema = error.schemaPath.replace(/\/[^/]+$/, '')
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), `${error.instancePath || '/'} ${error.message}`])
  }
  const [schema, messages] = [...bySchema.entries()].sort((a, b) => a[1].length - b[1].length)[0] ?? []
  return schema ? messages.join('; ') : 'no detail'
}

/** The npm package (name, version) the description came from, found by walking up from the file. */
function findSourcePackage(file) {
  let dir = dirname(file)
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'))
      if (name) return { name, version }
    }
    const parent = dirname(dir)
    if (parent === dir) return { name: 'unknown', version: description.info?.version ?? 'unknown' }
    dir = parent
  }
}
