import { describe, expect, it } from '@jest/globals'
import { renderArgv, tokenizeCommand, usesPrevious } from '../../src/core/command-template.js'
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

describe('command templates, exactly', () => {
  const placeholders = [
    'tag',
    'env',
    'previous',
    'evidence',
    'service',
    'weight',
    'batch',
    'step',
    'color',
    'unavailable'
  ]
  it.each(placeholders)('accepts the placeholder ${%s}', name => {
    expect(tokenizeCommand(`deploy --x=\${${name}}`)).toEqual(['deploy', `--x=\${${name}}`])
    expect(tokenizeCommand(['deploy', `\${${name}}`])).toEqual(['deploy', `\${${name}}`])
  })

  it.each([
    ['deploy --home=$HOME', '--home=${HOME}', 'HOME'],
    ['deploy --home="${HOME}"', '--home=${HOME}', 'HOME'],
    [['deploy', '--kube=${KUBECONFIG}'], '--kube=${KUBECONFIG}', 'KUBECONFIG']
  ])(
    'says that %j names an environment variable, which is not expanded, and how to pass it',
    (command, word, name) => {
      expect(() => tokenizeCommand(command)).toThrow(
        `Unknown placeholder '\${${name}}' in "${word}": ` +
          `environment variables are not expanded in commands. Read ${name} in the script the command runs, or run it as ` +
          `sh -c '… "$${name}" …' (no braces); a command gets ${name} only if it is allowlisted or listed in pass-env ` +
          `(CLI: --pass-env ${name}). Placeholders: \${tag}, `
      )
    }
  )

  it('accepts the way that message suggests: the variable read by sh -c, without braces', () => {
    expect(tokenizeCommand(`sh -c 'deploy --home "$HOME"'`)).toEqual(['sh', '-c', 'deploy --home "$HOME"'])
  })

  it('lists every known placeholder when refusing an unknown one', () => {
    expect(() => tokenizeCommand(['deploy', '--v=${version}'])).toThrow(
      new Error(
        'Unknown placeholder \'${version}\' in "--v=${version}". Known: ${tag}, ${env}, ${previous}, ${evidence}, ${service}, ${weight}, ${batch}, ${step}, ${color}, ${unavailable}.'
      )
    )
  })

  it('explains how to do without a shell', () => {
    expect(() => tokenizeCommand('deploy.sh && notify')).toThrow(
      new Error(
        'Command "deploy.sh && notify" uses shell syntax \'&&\'. release-gate runs commands without a shell; wrap the logic in a script, or write the command as an argv array.'
      )
    )
  })

  it('drops a trailing comment, and whatever it contains', () => {
    expect(tokenizeCommand('deploy.sh --fast # ; rm -rf /')).toEqual(['deploy.sh', '--fast'])
  })

  const empty = [
    { name: 'an empty argv', spec: [] as string[], message: 'Empty command.' },
    { name: 'an empty string', spec: '', message: 'Empty command "".' },
    { name: 'only whitespace', spec: '   ', message: 'Empty command "   ".' },
    { name: 'only a comment', spec: '# deploy later', message: 'Empty command "# deploy later".' }
  ]
  it.each(empty)('refuses $name', ({ spec, message }) => {
    expect(() => tokenizeCommand(spec)).toThrow(new Error(message))
  })

  it('refuses an unknown placeholder in an argv array too', () => {
    expect(() => tokenizeCommand(['deploy', '${tga}'])).toThrow("Unknown placeholder '${tga}'")
  })

  it('returns a copy of an argv array', () => {
    const argv = ['deploy']
    const words = tokenizeCommand(argv)
    words.push('--more')
    expect(argv).toEqual(['deploy'])
  })

  it('fills the rollout placeholders, defaulting the weight to 100 and the others to nothing', () => {
    const words = ['${weight}', '${batch}', '${step}', '${color}', '${unavailable}', '${other}']
    expect(renderArgv(words, vars)).toEqual(['100', '', '', '', '', '${other}'])
    expect(
      renderArgv(words, { ...vars, weight: '25', batch: '2', step: '3', color: 'blue', unavailable: '10%' })
    ).toEqual(['25', '2', '3', 'blue', '10%', '${other}'])
  })

  it('substitutes every occurrence in a word', () => {
    expect(renderArgv(['${service}-${tag}-${service}'], vars)).toEqual(['backend-v1.2.3-backend'])
  })

  const previous = [
    { name: 'a command that names ${previous}', words: ['rollback', '--to=${previous}'], expected: true },
    { name: 'a command that does not', words: ['rollback', '--to=${tag}'], expected: false },
    { name: 'no words', words: [], expected: false }
  ]
  it.each(previous)('usesPrevious: $name', ({ words, expected }) => {
    expect(usesPrevious(words)).toBe(expected)
  })
})
