import { describe, expect, it } from '@jest/globals'
import { renderArgv, tokenizeCommand } from '../../src/core/command-template.js'
import { validateTag } from '../../src/core/tag.js'

const vars = { tag: 'v1.2.3', env: 'staging', previous: 'v1.2.2', evidence: '/tmp/ev', service: 'backend' }

describe('command templates', () => {
  it('splits a command like a shell and substitutes placeholders inside words', () => {
    const words = tokenizeCommand('bash scripts/deploy_backend.sh --env ${env} --release ${tag}')
    expect(renderArgv(words, vars)).toEqual([
      'bash',
      'scripts/deploy_backend.sh',
      '--env',
      'staging',
      '--release',
      'v1.2.3'
    ])
  })

  it('keeps quoted words whole and substitutes within them', () => {
    expect(
      renderArgv(tokenizeCommand(`notify "release \${tag} to \${env}" --out=\${evidence}/x.json`), vars)
    ).toEqual(['notify', 'release v1.2.3 to staging', '--out=/tmp/ev/x.json'])
  })

  it('accepts an argv array as it is', () => {
    expect(renderArgv(tokenizeCommand(['deploy', '--tag=${tag}', 'a b']), vars)).toEqual([
      'deploy',
      '--tag=v1.2.3',
      'a b'
    ])
  })

  it.each([
    ['a command separator', 'deploy.sh; rm -rf /', ';'],
    ['a pipe', 'deploy.sh | tee log', '|'],
    ['a redirect', 'deploy.sh > out.txt', '>'],
    ['background', 'deploy.sh &', '&'],
    ['command substitution', 'deploy.sh $(id)', '('],
    ['a glob', 'deploy.sh *.yml', '*.yml']
  ])('refuses %s, because commands never run through a shell', (_, command, shown) => {
    expect(() => tokenizeCommand(command)).toThrow(`uses shell syntax '${shown}'`)
  })

  it('refuses unknown placeholders with the list of known ones', () => {
    expect(() => tokenizeCommand('deploy ${version}')).toThrow("Unknown placeholder '${version}'")
  })

  it.each([
    'v1.2.3;touch /tmp/pwned',
    '$(id)',
    '`id`',
    'v1.2.3 && id',
    '../../etc/passwd',
    'v1.2.3/../x',
    'x'.repeat(1000),
    ''
  ])('refuses the untrusted tag %j before anything runs', tag => {
    expect(() => validateTag(tag)).toThrow('Invalid release tag')
  })

  it.each(['v1.2.3', '1.2.3', 'v2.0.0-rc.1', 'v1.2.0-faulty', '1.0.0+build.7'])(
    'accepts the semantic version %s',
    tag => {
      expect(validateTag(tag)).toBe(tag)
    }
  )

  it('passes hostile text substituted into a word as one inert argument', () => {
    const argv = renderArgv(tokenizeCommand('echo ${tag}'), { ...vars, tag: '$(touch /tmp/pwned); rm -rf /' })
    expect(argv).toEqual(['echo', '$(touch /tmp/pwned); rm -rf /'])
  })
})
