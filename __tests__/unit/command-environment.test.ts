import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  BASE_COMMAND_VARIABLES,
  commandEnvironment,
  commandEnvironmentReminder,
  GITHUB_CONTEXT_VARIABLES,
  withheldVariableHint
} from '../../src/core/command-environment.js'

// A configured command gets an allowlisted environment, not release-gate's: in GitHub Actions that holds every secret
// of the `secrets` input, the job's token, the runner's credentials and the file commands of later steps.

/** release-gate's own environment in a GitHub Actions job, with what a workflow and a config add. */
const runnerEnvironment: Record<string, string> = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TMPDIR: '/tmp',
  RUNNER_TEMP: '/home/runner/work/_temp',
  CI: 'true',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF: 'refs/tags/v1.1.0',
  GITHUB_RUN_ID: '42',
  GITHUB_ACTOR: 'dana',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_EVENT_PATH: '/home/runner/work/_temp/_github_workflow/event.json',
  INPUT_SECRETS: '{"DEPLOY_TOKEN":"tok-1","OTHER_SECRET":"unlisted"}',
  'INPUT_GITHUB-TOKEN': 'ghs_job-token',
  GITHUB_TOKEN: 'ghs_job-token',
  github_token: 'ghs_job-token',
  ACTIONS_RUNTIME_TOKEN: 'runtime-jwt',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env',
  GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output',
  GITHUB_STATE: '/home/runner/work/_temp/_runner_file_commands/save_state',
  GITHUB_PATH: '/home/runner/work/_temp/_runner_file_commands/add_path',
  GITHUB_STEP_SUMMARY: '/home/runner/work/_temp/_runner_file_commands/step_summary',
  DEPLOY_TOKEN: 'tok-1',
  AWS_REGION: 'eu-west-1',
  AWS_PROFILE: 'prod',
  KUBECONFIG: '/home/runner/.kube/config',
  UNRELATED: 'x',
  COPY_OF_TOKEN: 'ghs_job-token'
}

const forbidden = [
  'INPUT_SECRETS',
  'INPUT_GITHUB-TOKEN',
  'GITHUB_TOKEN',
  'github_token',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'COPY_OF_TOKEN'
]

describe('the environment of a command', () => {
  const cases = [
    {
      name: 'the built-in allowlist only, with nothing configured',
      passEnv: [],
      secretNames: [],
      given: ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'RUNNER_TEMP', 'CI'],
      withheld: ['DEPLOY_TOKEN', 'AWS_REGION', 'KUBECONFIG', 'UNRELATED', 'GITHUB_EVENT_PATH']
    },
    {
      name: "GitHub's read-only run context",
      passEnv: [],
      secretNames: [],
      given: [
        'GITHUB_REPOSITORY',
        'GITHUB_SHA',
        'GITHUB_REF',
        'GITHUB_RUN_ID',
        'GITHUB_ACTOR',
        'GITHUB_SERVER_URL'
      ],
      withheld: []
    },
    {
      name: 'the secrets the config lists',
      passEnv: [],
      secretNames: ['DEPLOY_TOKEN'],
      given: ['DEPLOY_TOKEN'],
      withheld: ['AWS_REGION']
    },
    {
      name: 'pass-env names and globs',
      passEnv: ['AWS_*', 'KUBECONFIG'],
      secretNames: [],
      given: ['AWS_REGION', 'AWS_PROFILE', 'KUBECONFIG'],
      withheld: ['UNRELATED', 'DEPLOY_TOKEN']
    },
    {
      name: 'a ? glob for one character',
      passEnv: ['AWS_REGIO?'],
      secretNames: [],
      given: ['AWS_REGION'],
      withheld: ['AWS_PROFILE']
    },
    {
      name: 'pass-env "*": everything but the forbidden variables',
      passEnv: ['*'],
      secretNames: [],
      given: ['UNRELATED', 'AWS_REGION', 'DEPLOY_TOKEN', 'GITHUB_EVENT_PATH'],
      withheld: forbidden
    },
    {
      name: 'forbidden variables named exactly, under pass-env and secrets',
      passEnv: ['INPUT_SECRETS', 'GITHUB_TOKEN', 'GITHUB_OUTPUT', 'ACTIONS_*', 'GITHUB_*'],
      secretNames: ['github_token', 'INPUT_GITHUB-TOKEN', 'COPY_OF_TOKEN'],
      given: ['GITHUB_REPOSITORY', 'GITHUB_EVENT_PATH'],
      withheld: forbidden
    }
  ]
  it.each(cases)('is $name', ({ passEnv, secretNames, given, withheld }) => {
    const environment = commandEnvironment(runnerEnvironment, {
      passEnv,
      secretNames,
      heldTokens: ['ghs_job-token']
    })
    for (const name of given) expect([name, environment[name]]).toEqual([name, runnerEnvironment[name]])
    expect(withheld.filter(name => name in environment)).toEqual([])
  })

  it('never holds a value equal to a token release-gate holds, whatever the variable is called', () => {
    const environment = commandEnvironment(runnerEnvironment, {
      passEnv: ['*'],
      secretNames: [],
      heldTokens: ['ghs_job-token']
    })
    expect(Object.values(environment)).not.toContain('ghs_job-token')
  })

  it('skips variables that are not set', () => {
    expect(commandEnvironment({ PATH: '/bin', HOME: undefined }, { passEnv: [], secretNames: [] })).toEqual({
      PATH: '/bin'
    })
  })
})

describe('the hint after a failed command', () => {
  it('names a variable the output mentions that release-gate has but withheld, and says to add it to pass-env', () => {
    const hint = withheldVariableHint(
      'deploy.sh',
      'error: AWS_PROFILE is not set\n',
      runnerEnvironment,
      commandEnvironment(runnerEnvironment, { passEnv: [], secretNames: [] })
    )
    expect(hint).toContain('AWS_PROFILE')
    expect(hint).toContain('add it to pass-env')
    expect(hint).toContain('--pass-env AWS_PROFILE')
  })

  it('says a forbidden variable is never given, and how to pass a credential instead', () => {
    const hint = withheldVariableHint('deploy.sh', 'GITHUB_TOKEN: unbound variable', runnerEnvironment, {})
    expect(hint).toContain('GITHUB_TOKEN')
    expect(hint).toContain('secrets:')
    expect(hint).not.toContain('--pass-env GITHUB_TOKEN')
  })

  it('reminds that commands get only the allowlisted environment when the output names no withheld variable', () => {
    expect(withheldVariableHint('deploy.sh', 'connection refused', runnerEnvironment, {})).toBeNull()
    expect(commandEnvironmentReminder('deploy.sh')).toContain('commands get only')
    expect(commandEnvironmentReminder('deploy.sh')).toContain('pass-env')
  })
})

describe('the configuration reference', () => {
  it('lists every variable a command gets (schema description of pass-env, shown in docs/config.md)', () => {
    const docs = readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8')
    const passEnvRow = docs.split('\n').find(line => line.startsWith('| `pass-env`')) ?? ''
    const missing = [...BASE_COMMAND_VARIABLES, ...GITHUB_CONTEXT_VARIABLES].filter(
      name => !passEnvRow.includes(name)
    )
    expect(missing).toEqual([])
  })
})
