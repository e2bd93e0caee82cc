import { describe, expect, it } from '@jest/globals'
import {
  buildChangeSet,
  linkedIssues,
  parseConventionalSubject,
  pullRequestNumbers,
  servicesTouched
} from '../../src/phases/readiness/change-set.js'
import type { ChangeSetInput } from '../../src/core/change-set.js'
import type { RawCommit } from '../../src/core/ports.js'
import { previousSemverTag } from '../../src/core/tag.js'
import { renderChangeSetMarkdown } from '../../src/render/change-set.js'

describe('reading a commit message as Conventional Commits', () => {
  const cases = [
    {
      name: 'a feature with a scope',
      subject: 'feat(api): add orders',
      body: '',
      expected: { type: 'feat', scope: 'api', breaking: false, description: 'add orders' }
    },
    {
      name: 'a fix without a scope',
      subject: 'fix: handle nulls',
      body: '',
      expected: { type: 'fix', scope: null, breaking: false, description: 'handle nulls' }
    },
    {
      name: 'a breaking change marked with !',
      subject: 'feat(api)!: drop v1',
      body: '',
      expected: { type: 'feat', scope: 'api', breaking: true, description: 'drop v1' }
    },
    {
      name: 'a breaking change marked with ! and no scope',
      subject: 'refactor!: rename everything',
      body: '',
      expected: { type: 'refactor', scope: null, breaking: true, description: 'rename everything' }
    },
    {
      name: 'a breaking change in a BREAKING CHANGE footer',
      subject: 'chore: move config',
      body: 'Moved.\n\nBREAKING CHANGE: the config lives in .github now',
      expected: { type: 'chore', scope: null, breaking: true, description: 'move config' }
    },
    {
      name: 'the BREAKING-CHANGE synonym',
      subject: 'fix: x',
      body: 'BREAKING-CHANGE: y',
      expected: { type: 'fix', scope: null, breaking: true, description: 'x' }
    },
    {
      name: 'a lower-case footer, which the spec does not accept',
      subject: 'fix: x',
      body: 'breaking change: y',
      expected: { type: 'fix', scope: null, breaking: false, description: 'x' }
    },
    {
      name: 'an upper-case type, lower-cased because types are case-insensitive',
      subject: 'FEAT(UI): Dark mode',
      body: '',
      expected: { type: 'feat', scope: 'UI', breaking: false, description: 'Dark mode' }
    },
    {
      name: 'an empty scope',
      subject: 'fix(): x',
      body: '',
      expected: { type: 'fix', scope: null, breaking: false, description: 'x' }
    },
    {
      name: 'a free-form message',
      subject: 'Tweak the rollback script',
      body: '',
      expected: { type: null, scope: null, breaking: false, description: 'Tweak the rollback script' }
    },
    {
      name: 'a merge commit',
      subject: 'Merge pull request #7 from acme/feature',
      body: 'Dark mode',
      expected: {
        type: null,
        scope: null,
        breaking: false,
        description: 'Merge pull request #7 from acme/feature'
      }
    },
    {
      name: 'a colon without the space the spec requires',
      subject: 'fix:typo',
      body: '',
      expected: { type: null, scope: null, breaking: false, description: 'fix:typo' }
    },
    {
      name: 'a free-form message with a BREAKING CHANGE footer, still breaking',
      subject: 'Rewrite the API',
      body: 'BREAKING CHANGE: clients must upgrade',
      expected: { type: null, scope: null, breaking: true, description: 'Rewrite the API' }
    }
  ]
  it.each(cases)('reads $name', ({ subject, body, expected }) => {
    expect(parseConventionalSubject(subject, body)).toEqual(expected)
  })
})

describe('finding the pull requests a commit names', () => {
  const cases = [
    {
      name: 'a GitHub merge commit',
      subject: 'Merge pull request #12 from acme/x',
      body: '',
      expected: [12]
    },
    { name: 'a squash-merge subject', subject: 'fix(api): handle nulls (#34)', body: '', expected: [34] },
    {
      name: 'only the outer number of a squashed revert',
      subject: 'Revert "feat: x (#10)" (#11)',
      body: '',
      expected: [11]
    },
    { name: 'a bors merge of two PRs', subject: 'Merge #5 #6', body: '', expected: [5, 6] },
    {
      name: 'a PR-URL trailer',
      subject: 'lib: x',
      body: 'PR-URL: https://github.com/acme/app/pull/88',
      expected: [88]
    },
    {
      name: 'a number mid-subject, which is not a PR',
      subject: 'fix #3 crash (see #4 too)',
      body: '',
      expected: []
    },
    { name: 'a plain commit', subject: 'feat: x', body: 'Fixes #4', expected: [] }
  ]
  it.each(cases)('reads $name', ({ subject, body, expected }) => {
    expect(pullRequestNumbers(subject, body)).toEqual(expected)
  })
})

describe('finding the issues a commit closes', () => {
  const cases = [
    { name: 'Fixes #4', text: 'Fixes #4', expected: ['#4'] },
    {
      name: 'every closing keyword, any case',
      text: 'close #1 closes #2 CLOSED #3 fix #4 Fixes #5 fixed #6 resolve #7 resolves #8 Resolved #9',
      expected: ['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8', '#9']
    },
    { name: 'another repository', text: 'Closes acme/infra#12', expected: ['acme/infra#12'] },
    {
      name: 'an issue URL',
      text: 'Resolves https://github.com/acme/infra/issues/13',
      expected: ['acme/infra#13']
    },
    { name: 'a keyword with a colon', text: 'Closes: #10', expected: ['#10'] },
    { name: 'a list, one keyword per issue', text: 'Fixes #1, fixes #2', expected: ['#1', '#2'] },
    { name: 'the second issue of a list without a keyword', text: 'Fixes #1, #2', expected: ['#1'] },
    { name: 'a mention without a keyword', text: 'See #4 and refs #5', expected: [] },
    { name: 'a keyword inside a word', text: 'hotfix #3, prefixes #4', expected: [] },
    { name: 'a squash subject', text: 'fix(api): handle nulls (#9)', expected: [] },
    { name: 'the same issue twice', text: 'Fixes #4\nfixes #4', expected: ['#4'] }
  ]
  it.each(cases)('reads $name', ({ text, expected }) => {
    expect(linkedIssues(text)).toEqual(expected)
  })
})

describe('mapping changed paths to services', () => {
  const servicePaths = {
    backend: ['services/backend/**', '!services/backend/docs/**'],
    frontend: ['services/frontend/'],
    ci: ['.github/**']
  }
  const cases = [
    { name: 'a file deep in a service', files: ['services/backend/src/app.py'], expected: ['backend'] },
    { name: 'an excluded path', files: ['services/backend/docs/readme.md'], expected: [] },
    { name: 'a directory glob ending in /', files: ['services/frontend/index.html'], expected: ['frontend'] },
    { name: 'a dot path', files: ['.github/release-gate.yml'], expected: ['ci'] },
    { name: 'a dot file inside a service', files: ['services/backend/.env.example'], expected: ['backend'] },
    {
      name: 'several services, in config order',
      files: ['services/frontend/a', 'services/backend/b'],
      expected: ['backend', 'frontend']
    },
    { name: 'a path outside every service', files: ['README.md'], expected: [] }
  ]
  it.each(cases)('maps $name', ({ files, expected }) => {
    expect(servicesTouched(files, servicePaths)).toEqual(expected)
  })
})

describe('choosing the previous release tag', () => {
  const cases = [
    {
      name: 'the newest older release',
      tags: ['v1.0.0', 'v1.1.0', 'v0.9.0'],
      tag: 'v1.1.0',
      expected: 'v1.0.0'
    },
    {
      name: 'ignoring non-semver tags',
      tags: ['v1.0.0', 'nightly', 'latest', 'v1.1.0'],
      tag: 'v1.1.0',
      expected: 'v1.0.0'
    },
    {
      name: 'numeric, not lexical, order',
      tags: ['v1.9.0', 'v1.10.0', 'v1.2.0'],
      tag: 'v1.11.0',
      expected: 'v1.10.0'
    },
    { name: 'nothing for a first release', tags: ['nightly', 'v1.0.0'], tag: 'v1.0.0', expected: null },
    {
      name: 'skipping pre-releases for a release',
      tags: ['v1.0.0', 'v1.1.0-rc.2'],
      tag: 'v1.1.0',
      expected: 'v1.0.0'
    },
    {
      name: 'pre-releases for a pre-release, in semver order',
      tags: ['v1.1.0-rc.2', 'v1.1.0-rc.10', 'v1.1.0-beta', 'v1.0.0'],
      tag: 'v1.1.0-rc.11',
      expected: 'v1.1.0-rc.10'
    },
    {
      name: 'tags newer than the release ignored',
      tags: ['v2.0.0', 'v1.0.0'],
      tag: 'v1.5.0',
      expected: 'v1.0.0'
    },
    { name: 'tags without a v', tags: ['1.0.0', '1.1.0'], tag: '1.2.0', expected: '1.1.0' },
    {
      name: 'a non-semver release tag: the newest release',
      tags: ['v1.0.0', 'v1.2.0'],
      tag: 'hotfix',
      expected: 'v1.2.0'
    }
  ]
  it.each(cases)('picks $name', ({ tags, tag, expected }) => {
    expect(previousSemverTag(tags, tag)).toBe(expected)
  })
})

const commit = (
  sha: string,
  subject: string,
  files: string[],
  extra: Partial<RawCommit> = {}
): RawCommit => ({
  sha: sha.repeat(40).slice(0, 40),
  author: 'Alice',
  email: 'alice@example.com',
  date: '2026-01-01T00:00:00Z',
  subject,
  body: '',
  files,
  ...extra
})

const input = (overrides: Partial<ChangeSetInput> = {}): ChangeSetInput => ({
  previousTag: 'v1.0.0',
  tag: 'v1.1.0',
  commits: [],
  servicePaths: { backend: ['services/backend/**'], frontend: ['services/frontend/**'] },
  riskyPaths: ['migrations/**'],
  configPaths: ['.github/release-gate.yml'],
  rollbackScriptPaths: ['scripts/rollback_*.sh'],
  servicesWithoutRollback: [],
  ...overrides
})

describe('building the change set of a release', () => {
  it('puts each commit in exactly one group, a breaking one under breaking whatever its type', () => {
    const changeSet = buildChangeSet(
      input({
        commits: [
          commit('a', 'feat!: drop v1', []),
          commit('b', 'feat: add', []),
          commit('c', 'fix: mend', []),
          commit('d', 'docs: words', []),
          commit('e', 'Free-form', [])
        ]
      })
    )
    expect(changeSet.groups).toEqual({
      breaking: ['a'.repeat(40)],
      features: ['b'.repeat(40)],
      fixes: ['c'.repeat(40)],
      other: ['d'.repeat(40), 'e'.repeat(40)]
    })
  })

  it('names each risky file once, under its most specific kind, with the commits that changed it', () => {
    const changeSet = buildChangeSet(
      input({
        riskyPaths: ['migrations/**', '.github/**', 'scripts/**'],
        commits: [
          commit('a', 'chore: config', ['.github/release-gate.yml', 'migrations/001.sql']),
          commit('b', 'chore: rollback', ['scripts/rollback_backend.sh'])
        ]
      })
    )
    expect(changeSet.risks).toEqual([
      {
        kind: 'config-changed',
        detail: 'release config changed: .github/release-gate.yml (aaaaaaaaaaaa)',
        files: ['.github/release-gate.yml'],
        commits: ['a'.repeat(40)]
      },
      {
        kind: 'rollback-script-changed',
        detail: 'rollback script changed: scripts/rollback_backend.sh (bbbbbbbbbbbb)',
        files: ['scripts/rollback_backend.sh'],
        commits: ['b'.repeat(40)]
      },
      {
        kind: 'risky-path',
        detail: 'risky path changed: migrations/001.sql (aaaaaaaaaaaa)',
        files: ['migrations/001.sql'],
        commits: ['a'.repeat(40)]
      }
    ])
  })

  it('flags a service in scope without a rollback command, and not one out of scope', () => {
    const changeSet = buildChangeSet(
      input({
        servicesWithoutRollback: ['backend', 'frontend'],
        commits: [commit('a', 'fix: x', ['services/backend/app.py'])]
      })
    )
    expect(changeSet.services).toEqual(['backend'])
    expect(changeSet.risks).toEqual([
      {
        kind: 'no-rollback-command',
        detail: 'backend changes in this release but has no rollback command',
        service: 'backend'
      }
    ])
  })

  it('flags a first release and ranges over the tag alone', () => {
    const changeSet = buildChangeSet(input({ previousTag: null, tag: 'v1.0.0' }))
    expect(changeSet).toMatchObject({ range: 'v1.0.0', firstRelease: true, previousTag: null })
    expect(changeSet.risks.map(risk => risk.kind)).toEqual(['first-release'])
  })

  it('quotes the BREAKING CHANGE footer in the risk', () => {
    const changeSet = buildChangeSet(
      input({ commits: [commit('a', 'chore: move', [], { body: 'BREAKING CHANGE: config moved' })] })
    )
    expect(changeSet.risks).toEqual([
      {
        kind: 'breaking-change',
        detail: 'aaaaaaaaaaaa chore: move (BREAKING CHANGE: config moved)',
        commits: ['a'.repeat(40)]
      }
    ])
  })

  it('unions pull requests, issues, authors and files, sorted and without repeats', () => {
    const changeSet = buildChangeSet(
      input({
        commits: [
          commit('a', 'fix: y (#10)', ['b.txt'], { author: 'bob', body: 'Fixes #12\nFixes acme/x#3' }),
          commit('b', 'Merge pull request #9 from acme/f', ['a.txt', 'b.txt'], { body: 'fixes #2' }),
          commit('c', 'fix: z (#10)', [], { author: 'Alice', body: 'Fixes #12' })
        ]
      })
    )
    expect(changeSet.pullRequests).toEqual([9, 10])
    expect(changeSet.issues).toEqual(['#2', '#12', 'acme/x#3'])
    expect(changeSet.authors).toEqual(['Alice', 'bob'])
    expect(changeSet.files).toEqual(['a.txt', 'b.txt'])
    expect(changeSet.range).toBe('v1.0.0..v1.1.0')
  })

  it('keeps the range git was asked for', () => {
    expect(buildChangeSet(input({ range: 'v1.0.0..HEAD' })).range).toBe('v1.0.0..HEAD')
  })
})

describe('rendering the change set as Markdown', () => {
  const changeSet = buildChangeSet(
    input({
      servicesWithoutRollback: ['backend'],
      commits: [
        commit('a', 'feat(api)!: pipes | and <b>tags</b> (#7)', ['services/backend/x'], {
          author: 'Ann | Co'
        }),
        commit('b', 'fix: y', ['services/frontend/y'], { body: 'Fixes #4' })
      ]
    })
  )
  const markdown = renderChangeSetMarkdown(changeSet).join('\n')

  it('has every section in order', () => {
    const headings = markdown.split('\n').filter(line => line.startsWith('#'))
    expect(headings).toEqual([
      '### Breaking changes',
      '### Features',
      '### Fixes',
      '### Other',
      '### Pull requests',
      '### Linked issues',
      '### Services in scope',
      '### Risks'
    ])
  })

  it('opens a first release with a one-line summary that says so', () => {
    const first = buildChangeSet(
      input({ previousTag: null, tag: 'v1.0.0', commits: [commit('a', 'feat: x', [])] })
    )
    expect(renderChangeSetMarkdown(first)[0]).toBe(
      'v1.0.0 (first release, no previous tag): 1 commit in range v1.0.0 by 1 author; 0 files changed in 0 services; 1 risk.'
    )
  })

  it('opens with a one-line summary', () => {
    expect(markdown.split('\n')[0]).toBe(
      'v1.1.0: 2 commits since v1.0.0 (range v1.0.0..v1.1.0) by 2 authors; 2 files changed in 2 services (backend, frontend); 2 risks.'
    )
  })

  it('escapes pipes and HTML from commit messages in table cells', () => {
    expect(markdown).toContain(
      '| `aaaaaaaaaaaa` | feat | api | pipes \\| and &lt;b&gt;tags&lt;/b&gt; (#7) | Ann \\| Co | #7 | — |'
    )
  })

  it('says None for an empty group and lists PRs and issues with their commits', () => {
    expect(markdown).toContain('### Features\n\nNone.')
    expect(markdown).toContain('- #7: `aaaaaaaaaaaa`')
    expect(markdown).toContain('- #4: `bbbbbbbbbbbb`')
  })

  it('lists the risks', () => {
    expect(markdown).toContain(
      '| no-rollback-command | backend changes in this release but has no rollback command |'
    )
    expect(markdown).toContain('| breaking-change |')
  })
})
