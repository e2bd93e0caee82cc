import { randomBytes, createHash } from 'node:crypto'
import { lstat, mkdir, open, readFile, rename, rm, readdir } from 'node:fs/promises'
import { basename, join, dirname } from 'node:path'
import { EvidenceSchemaError } from '../../core/errors.js'
import type { BundleEntry, BundleFiles } from '../../core/ports.js'
import { NO_COUNTING, type EvidenceWorkCounter } from './io-tally.js'

/** What is wrong with a symbolic link in a bundle (a link could lead anywhere on the machine). */
export const SYMBOLIC_LINK_PROBLEM = 'is a symbolic link; evidence files must be regular files'

/**
 * Writes a file so that a reader (or a crash) sees the old content or the new, never half of it. `content` may come in
 * pieces (a large record is never one string). The rename is made durable by syncing the directory, unless the caller
 * does that once for many files (`syncDirectory: false`, then `syncDirectory(dir)`).
 */
export async function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
  options: { syncDirectory?: boolean; counter?: EvidenceWorkCounter } = {}
): Promise<void> {
  const counter = options.counter ?? NO_COUNTING
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const handle = await open(temporary, 'w', 0o644)
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8')
    else {
      // Pieces are gathered and encoded into one reused buffer, so a long file leaves no trail of buffers behind.
      const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES)
      let pending = ''
      const flush = async (): Promise<void> => {
        const bytes = Buffer.byteLength(pending, 'utf8')
        const source = bytes <= buffer.length ? buffer : Buffer.from(pending, 'utf8')
        if (source === buffer) buffer.write(pending, 0, 'utf8')
        for (let written = 0; written < bytes;)
          written += (await handle.write(source, written, bytes - written)).bytesWritten
        pending = ''
      }
      for (const piece of content) {
        pending += piece
        if (pending.length >= WRITE_CHUNK) await flush()
      }
      await flush()
    }
    await handle.sync()
    counter.count('fsync', basename(path))
  } finally {
    await handle.close()
  }
  try {
    await rename(temporary, path)
    counter.count('rename', basename(path))
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  if (options.syncDirectory !== false) await syncDirectory(dirname(path), counter)
}

// Pieces are gathered up to this many characters per write call, encoded into a buffer of this size.
const WRITE_CHUNK = 64 * 1024
const WRITE_BUFFER_BYTES = 1024 * 1024

/** Makes the renames into `dir` durable (an fsync of the directory; skipped where the platform cannot). */
export async function syncDirectory(dir: string, counter = NO_COUNTING): Promise<void> {
  const directory = await open(dir, 'r').catch(() => undefined)
  if (directory) {
    await directory.sync().catch(() => undefined)
    counter.count('fsync', '.')
    await directory.close()
  }
}

/** SHA-256 of a file, read through one reused buffer (a bundle file can be large). */
async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

const HASH_BUFFER_BYTES = 256 * 1024

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** An evidence bundle as a directory on disk: every write atomic and fsynced, no symbolic link ever read. */
export class DiskBundleFiles implements BundleFiles {
  constructor(
    readonly dir: string,
    /** Told of every fsync, rename and hash pass (tests hold them to a budget). */
    readonly counter: EvidenceWorkCounter = NO_COUNTING
  ) {}

  /** The text of a file, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async read(name: string): Promise<string | undefined> {
    const path = join(this.dir, name)
    try {
      // A link could lead anywhere on the machine: a bundle holds files, and only files are read.
      if ((await lstat(path)).isSymbolicLink()) throw new EvidenceSchemaError(name, [SYMBOLIC_LINK_PROBLEM])
      return await readFile(path, 'utf8')
    } catch (error) {
      if (isMissing(error)) return undefined
      throw error
    }
  }

  /**
   * Writes atomically, leaving the directory sync to `sync`: a phase's files count only once its manifest entry is
   * sealed, so syncing the directory once there (not twice per write) keeps every sealed bundle durable.
   */
  async write(name: string, content: string | Iterable<string>): Promise<void> {
    await writeFileAtomic(join(this.dir, name), content, { syncDirectory: false, counter: this.counter })
  }

  /** One fsync of the directory makes every rename into it durable. */
  async sync(): Promise<void> {
    await syncDirectory(this.dir, this.counter)
  }

  /** The directory's entries (not recursive: a bundle is flat); empty when the directory does not exist. */
  async list(): Promise<BundleEntry[]> {
    try {
      return (await readdir(this.dir, { withFileTypes: true })).map(entry => ({
        name: entry.name,
        kind: entry.isSymbolicLink() ? 'link' : entry.isFile() ? 'file' : 'other'
      }))
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
  }

  /** Size from lstat, hash streamed from the file. */
  async digest(name: string): Promise<{ bytes: number; sha256: string }> {
    const path = join(this.dir, name)
    this.counter.count('hash', name)
    return { bytes: (await lstat(path)).size, sha256: await sha256File(path) }
  }

  /** One rename moves the whole directory; an empty one is made in its place. */
  async moveAside(destination: string): Promise<void> {
    await mkdir(dirname(destination), { recursive: true })
    await rename(this.dir, destination)
    await mkdir(this.dir, { recursive: true })
  }
}
