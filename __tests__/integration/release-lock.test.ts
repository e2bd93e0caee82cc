import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ReleaseLock, ReleaseLockedError } from '../../src/adapters/local.js'

// The local release lock (<state-dir>/release.lock): one process changes the environments at a time, for the whole of
// its run; a lock whose process is gone is taken over, and a refusal names the holder and how to clear the lock.

const stateDir = (): string => mkdtempSync(join(tmpdir(), 'rg-lock-'))
/** A pid that ran on this host and has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid

describe('the release lock', () => {
  it('refuses a second holder, naming the first and how to clear the lock, until the first releases it', async () => {
    const dir = stateDir()
    const first = await new ReleaseLock(dir).acquire('run v1.1.0')
    expect(first.tookOver).toBeNull()
    const refused = new ReleaseLock(dir).acquire('run v1.2.0')
    await expect(refused).rejects.toBeInstanceOf(ReleaseLockedError)
    await expect(refused).rejects.toThrow(
      `${join(dir, 'release.lock')} is held by release-gate run v1.1.0 (pid ${process.pid} on ${hostname()}, since `
    )
    await expect(refused).rejects.toThrow(
      `If no such process runs on ${hostname()}, remove ${join(dir, 'release.lock')}`
    )
    await first.release()
    expect(existsSync(join(dir, 'release.lock'))).toBe(false)
    const second = await new ReleaseLock(dir).acquire('run v1.2.0')
    expect(JSON.parse(readFileSync(join(dir, 'release.lock'), 'utf8'))).toMatchObject({
      holder: 'run v1.2.0',
      pid: process.pid,
      host: hostname()
    })
    await second.release()
  })

  it('takes over a lock whose process is gone, and says whose it was', async () => {
    const dir = stateDir()
    const pid = deadPid()
    const stale = { holder: 'run v1.0.0', pid, host: hostname(), since: '2026-11-01T10:00:00Z' }
    writeFileSync(join(dir, 'release.lock'), JSON.stringify(stale))
    const held = await new ReleaseLock(dir).acquire('run v1.1.0')
    expect(held.tookOver).toEqual(stale)
    await held.release()
  })

  it.each([
    [
      'of another host (its process cannot be checked)',
      (dir: string) =>
        writeFileSync(
          join(dir, 'release.lock'),
          JSON.stringify({ holder: 'run v1.0.0', pid: deadPid(), host: 'ci-runner-7', since: 'x' })
        )
    ],
    ['that cannot be read', (dir: string) => writeFileSync(join(dir, 'release.lock'), 'not json')]
  ])('never guesses a lock %s free', async (_name, plant) => {
    const dir = stateDir()
    plant(dir)
    await expect(new ReleaseLock(dir).acquire('run v1.1.0')).rejects.toBeInstanceOf(ReleaseLockedError)
    expect(existsSync(join(dir, 'release.lock'))).toBe(true)
  })

  it('removes only its own lock when it releases', async () => {
    const dir = stateDir()
    const held = await new ReleaseLock(dir).acquire('run v1.1.0')
    const other = { holder: 'run v1.2.0', pid: 1, host: 'elsewhere', since: 'x' }
    writeFileSync(join(dir, 'release.lock'), JSON.stringify(other))
    await held.release()
    expect(JSON.parse(readFileSync(join(dir, 'release.lock'), 'utf8'))).toEqual(other)
  })
})
