import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitChangeReader, GitCommandError, gitRunner } from '../../src/adapters/git/git-changes.js'
import { buildChangeSet } from '../../src/phases/readiness/change-set.js'
import type { ChangeSet } from '../../src/core/change-set.js'
import type { RawCommit } from '../../src/core/ports.js'

// Real git repositories in temp dirs: these check what the fakes stand in for, including git's own quirks.

const ALICE = 'Alice Example <alice@example.com>'
const BOB = 'Bob Example <bob@example.com>'
const CAROL = 'Carol Example <carol@example.com>'
const ODD_SUBJECT = 'docs: pipes | <b>bold</b> \x1f and \x1e ✓'
const ODD_BODY = 'line one\n\x1e\x1f "quoted"\n\nfixes #5'
const ODD_FILE = 'services/frontend/café "menu".txt'

const tempDirs: string[] = []

/** A scratch repository whose commits get increasing dates, so git's order is the order they were made in. */
function scratchRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'rg-git-'))
  tempDirs.push(dir)
  let minute = 0
  // The machine's own git config (signing, hooks, default branch) must not change what the test builds.
  const git = (...args: string[]) => {
    const date = new Date(Date.UTC(2026, 0, 1, 9, minute++)).toISOString()
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date
      }
    })
  }
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const commit = (author: string, message: string[], ...extra: string[]) => {
    git('add', '--all')
    git('commit', '--quiet', `--author=${author}`, ...message.flatMap(m => ['-m', m]), ...extra)
  }
  git('init', '--quiet', '--initial-branch=main')
  git('config', 'user.name', 'Release Bot')
  git('config', 'user.email', 'bot@example.com')
  return { dir, git, write, commit }
}

/** The release history of the spec: v1.0.0, then PRs, a free-form fix, breaking changes, `nightly`, v1.1.0. */
function releaseHistory() {
  const repo = scratchRepo()
  const { git, write, commit } = repo
  write('services/backend/app.py', 'v1\n')
  write('services/frontend/index.html', '<h1>hi</h1>\n')
  write('scripts/rollback_backend.sh', '#!/bin/sh\n')
  write('.github/release-gate.yml', 'services: []\n')
  write('README.md', 'app\n')
  commit(ALICE, ['feat(backend): first endpoint'])
  git('tag', '--annotate', 'v1.0.0', '--message', 'Release 1.0.0')

  write('services/backend/api.py', 'nulls\n')
  commit(BOB, ['fix(api): handle nulls (#9)', 'Fixes #4'])
  git('checkout', '--quiet', '-b', 'feature')
  write('services/frontend/theme.css', 'dark\n')
  commit(CAROL, ['feat(frontend): dark mode'])
  git('checkout', '--quiet', 'main')
  write('scripts/rollback_backend.sh', '#!/bin/sh\necho rollback\n')
  commit(ALICE, ['Tweak the rollback script'])
  git(
    'merge',
    '--quiet',
    '--no-ff',
    'feature',
    '-m',
    'Merge pull request #7 from acme/feature',
    '-m',
    'Dark mode'
  )
  git('tag', 'nightly')

  rmSync(join(repo.dir, 'services/backend/app.py'))
  write('services/backend/v2.py', 'v2\n')
  commit(BOB, ['feat!: drop the v1 API'])
  write('.github/release-gate.yml', 'services: [backend]\n')
  commit(ALICE, [
    'Tighten the release config',
    'BREAKING CHANGE: backend needs a health check now',
    'Closes acme/infra#12'
  ])
  write(ODD_FILE, 'menu\n')
  commit(CAROL, [ODD_SUBJECT, ODD_BODY])
  commit(BOB, ['chore: empty commit'], '--allow-empty')
  git('tag', 'v1.1.0')
  return repo
}

const servicePaths = { backend: ['services/backend/**'], frontend: ['services/frontend/**'] }
const changeSetOf = (previousTag: string | null, tag: string, commits: RawCommit[]): ChangeSet =>
  buildChangeSet({
    previousTag,
    tag,
    commits,
    servicePaths,
    riskyPaths: [],
    configPaths: ['.github/release-gate.yml'],
    rollbackScriptPaths: ['scripts/rollback_*.sh'],
    servicesWithoutRollback: ['frontend']
  })

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

describe('reading the change set of a release from git', () => {
  let reader: GitChangeReader
  let repo: ReturnType<typeof releaseHistory>
  let changeSet: ChangeSet
  const subjects = () => changeSet.commits.map(c => c.subject)
  const commitTitled = (subject: string) => changeSet.commits.find(c => c.subject === subject)
  const subjectsOf = (shas: string[]) => shas.map(sha => changeSet.commits.find(c => c.sha === sha)?.subject)

  beforeAll(async () => {
    repo = releaseHistory()
    reader = new GitChangeReader(gitRunner(repo.dir))
    const released = await reader.rawCommits('v1.0.0', 'v1.1.0')
    expect(released).toMatchObject({ range: 'v1.0.0..v1.1.0', tip: 'tag', shallow: false, notes: [] })
    changeSet = changeSetOf('v1.0.0', 'v1.1.0', released.commits)
  })

  it('finds v1.0.0 as the previous tag of v1.1.0, ignoring the newer non-semver tag nightly', async () => {
    await expect(reader.previousTag('v1.1.0')).resolves.toBe('v1.0.0')
  })

  it('lists every commit of the range, newest first, branch commits of a merged PR included', () => {
    expect(subjects()[0]).toBe('chore: empty commit')
    expect([...subjects()].sort()).toEqual(
      [
        'chore: empty commit',
        ODD_SUBJECT,
        'Tighten the release config',
        'feat!: drop the v1 API',
        'Merge pull request #7 from acme/feature',
        'Tweak the rollback script',
        'feat(frontend): dark mode',
        'fix(api): handle nulls (#9)'
      ].sort()
    )
  })

  it('groups breaking changes (! and footer), features, fixes and everything else', () => {
    expect(subjectsOf(changeSet.groups.breaking)).toEqual([
      'Tighten the release config',
      'feat!: drop the v1 API'
    ])
    expect(subjectsOf(changeSet.groups.features)).toEqual(['feat(frontend): dark mode'])
    expect(subjectsOf(changeSet.groups.fixes)).toEqual(['fix(api): handle nulls (#9)'])
    expect(subjectsOf(changeSet.groups.other).sort()).toEqual(
      [
        'chore: empty commit',
        ODD_SUBJECT,
        'Merge pull request #7 from acme/feature',
        'Tweak the rollback script'
      ].sort()
    )
  })

  it('collects pull requests from merge and squash subjects, and issues closed by keyword', () => {
    expect(changeSet.pullRequests).toEqual([7, 9])
    expect(changeSet.issues).toEqual(['#4', '#5', 'acme/infra#12'])
    expect(commitTitled('fix(api): handle nulls (#9)')).toMatchObject({ pullRequests: [9], issues: ['#4'] })
  })

  it('names the authors, including whoever made the merge commit', () => {
    expect(changeSet.authors).toEqual(['Alice Example', 'Bob Example', 'Carol Example', 'Release Bot'])
    expect(commitTitled('Merge pull request #7 from acme/feature')?.author).toBe('Release Bot')
    expect(commitTitled('feat!: drop the v1 API')).toMatchObject({
      author: 'Bob Example',
      email: 'bob@example.com'
    })
    expect(commitTitled('feat!: drop the v1 API')?.date).toMatch(/^2026-01-01T09:\d\d:00\+00:00$/)
  })

  it('lists changed files, deletions included, and the services they belong to', () => {
    expect(changeSet.files).toEqual([
      '.github/release-gate.yml',
      'scripts/rollback_backend.sh',
      'services/backend/api.py',
      'services/backend/app.py',
      'services/backend/v2.py',
      ODD_FILE,
      'services/frontend/theme.css'
    ])
    expect(changeSet.services).toEqual(['backend', 'frontend'])
  })

  it('gives a merge commit the files of its diff against the first parent', () => {
    expect(commitTitled('Merge pull request #7 from acme/feature')).toMatchObject({
      files: ['services/frontend/theme.css'],
      services: ['frontend']
    })
  })

  it('keeps a message with separators, pipes and HTML, and an odd file name, byte for byte', () => {
    expect(commitTitled(ODD_SUBJECT)).toMatchObject({ files: [ODD_FILE], issues: ['#5'] })
  })

  it('reads an empty commit as one with no files', () => {
    expect(commitTitled('chore: empty commit')).toMatchObject({ files: [], services: [] })
  })

  it('flags the breaking changes, the changed config and rollback script, and a service without rollback', () => {
    expect(changeSet.risks.map(r => [r.kind, r.files ?? r.service ?? r.detail])).toEqual([
      ['breaking-change', expect.stringContaining('BREAKING CHANGE: backend needs a health check now')],
      ['breaking-change', expect.stringContaining('feat!: drop the v1 API')],
      ['config-changed', ['.github/release-gate.yml']],
      ['rollback-script-changed', ['scripts/rollback_backend.sh']],
      ['no-rollback-command', 'frontend']
    ])
    expect(changeSet.firstRelease).toBe(false)
  })

  it('reads a first release as the whole history of its tag, and flags it', async () => {
    await expect(reader.previousTag('v1.0.0')).resolves.toBeNull()
    const first = await reader.rawCommits(null, 'v1.0.0')
    expect(first).toMatchObject({ range: 'v1.0.0', tip: 'tag', notes: [] })
    const firstSet = changeSetOf(null, 'v1.0.0', first.commits)
    expect(firstSet.firstRelease).toBe(true)
    expect(firstSet.commits.map(c => c.subject)).toEqual(['feat(backend): first endpoint'])
    expect(firstSet.files).toContain('README.md')
    expect(firstSet.risks.map(r => r.kind)).toEqual([
      'first-release',
      'config-changed',
      'rollback-script-changed',
      'no-rollback-command'
    ])
  })

  it('reads an empty range as no commits', async () => {
    await expect(reader.rawCommits('v1.1.0', 'v1.1.0')).resolves.toMatchObject({
      range: 'v1.1.0..v1.1.0',
      commits: []
    })
  })

  it('uses HEAD for a tag not created yet, and says so', async () => {
    repo.write('services/backend/api.py', 'after\n')
    repo.commit(ALICE, ['fix: after the release'])
    await expect(reader.previousTag('v1.2.0')).resolves.toBe('v1.1.0')
    const next = await reader.rawCommits('v1.1.0', 'v1.2.0')
    expect(next).toMatchObject({
      range: 'v1.1.0..HEAD',
      tip: 'head',
      notes: ['tag v1.2.0 does not exist here yet; HEAD stands in for it']
    })
    expect(next.commits.map(c => c.subject)).toEqual(['fix: after the release'])
  })

  it('ranges over the whole history when the previous tag is missing, and says so', async () => {
    const orphan = await reader.rawCommits('v0.9.0', 'v1.0.0')
    expect(orphan.range).toBe('v1.0.0')
    expect(orphan.notes).toEqual([
      'previous tag v0.9.0 does not exist here (fetch tags?); the range is the whole history of v1.0.0'
    ])
    expect(orphan.commits).toHaveLength(1)
  })
})

describe('git failures and shallow clones', () => {
  it('reports a git failure with git’s own message', async () => {
    const notARepo = mkdtempSync(join(tmpdir(), 'rg-nogit-'))
    tempDirs.push(notARepo)
    const reader = new GitChangeReader(gitRunner(notARepo))
    const failure = reader.rawCommits(null, 'v1.0.0')
    await expect(failure).rejects.toBeInstanceOf(GitCommandError)
    await expect(failure).rejects.toThrow(/not a git repository/)
  })

  it('says when the clone is shallow, because older commits and tags are then missing', async () => {
    const source = scratchRepo()
    source.write('a.txt', '1\n')
    source.commit(ALICE, ['feat: one'])
    source.write('a.txt', '2\n')
    source.commit(ALICE, ['feat: two'])
    const clone = mkdtempSync(join(tmpdir(), 'rg-shallow-'))
    tempDirs.push(clone)
    source.git('clone', '--quiet', '--depth=1', `file://${source.dir}`, clone)
    const shallow = await new GitChangeReader(gitRunner(clone)).rawCommits(null, 'v1.0.0')
    expect(shallow.shallow).toBe(true)
    expect(shallow.notes).toContain(
      'this is a shallow clone: older commits and tags are missing (fetch-depth: 0 fixes it)'
    )
    expect(shallow.commits.map(c => c.subject)).toEqual(['feat: two'])
  })
})
