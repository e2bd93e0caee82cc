import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/entry/config/parse.js'
import { runReadiness } from '../../src/phases/readiness/run.js'
import type { ChangeSource, FileFacts } from '../../src/core/ports.js'
import { fakeContext, MemoryArtifacts, TWO_SERVICES_CONFIG } from '../fakes.js'

// Readiness asks git for the change set (a git process, tens of milliseconds) and reads the prerequisites (files, a
// schema to compile): neither needs the other, so git runs while the prerequisites are read, and the phase records
// and says the same as when they ran one after the other.

const fresh = (at: Date): FileFacts => ({
  exists: true,
  isFile: true,
  modifiedAt: at,
  text: JSON.stringify({ generatedAt: at.toISOString() })
})

function recorded(): { events: string[]; changes: ChangeSource; artifacts: MemoryArtifacts } {
  const events: string[] = []
  const artifacts = new MemoryArtifacts()
  const inspect = artifacts.inspect.bind(artifacts)
  artifacts.inspect = async path => {
    events.push(`read ${path}`)
    return inspect(path)
  }
  const changes: ChangeSource = {
    releaseCommits: async tag => {
      events.push(`git asked for ${tag}`)
      await new Promise(resolve => setImmediate(resolve))
      events.push('git answered')
      return {
        tagFound: null,
        previousTag: null,
        range: 'HEAD',
        commits: [],
        notes: ['not a git repository']
      }
    }
  }
  return { events, changes, artifacts }
}

describe('readiness reads git and the prerequisites side by side', () => {
  it('asks git for the change set before it reads the first prerequisite, and waits for it before the scope', async () => {
    const { events, changes, artifacts } = recorded()
    const ctx = fakeContext(parseConfig(TWO_SERVICES_CONFIG, 'test.yml'), { changes, artifacts })
    artifacts.files['rehearsal.json'] = fresh(ctx.clock.now())
    const outcome = await runReadiness(ctx)
    expect(outcome).toEqual({ kind: 'passed' })
    expect(events[0]).toBe('git asked for v1.1.0')
    expect(events).toContain('read rehearsal.json')
    expect(events).toContain('git answered')
    const manifest = await ctx.store.readJson<{ notes: string[] }>('release-manifest.json')
    expect(manifest?.notes).toEqual(['not a git repository'])
  })

  it('still reports a change source that fails, after the prerequisites, as before', async () => {
    const { artifacts } = recorded()
    const failing: ChangeSource = { releaseCommits: () => Promise.reject(new Error('git exploded')) }
    const ctx = fakeContext(parseConfig(TWO_SERVICES_CONFIG, 'test.yml'), { changes: failing, artifacts })
    artifacts.files['rehearsal.json'] = fresh(ctx.clock.now())
    await expect(runReadiness(ctx)).rejects.toThrow('git exploded')
  })
})
