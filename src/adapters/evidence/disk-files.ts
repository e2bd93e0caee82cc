import { randomBytes, createHash } from 'node:crypto'
import type { BigIntStats } from 'node:fs'
import { lstat, mkdir, open, rename, rm, readdir, type FileHandle } from 'node:fs/promises'
import { basename, join, dirname } from 'node:path'
import { EvidenceSchemaError } from '../../core/errors.js'
import type { BundleEntry, BundleFiles, FileDigest } from '../../core/ports.js'
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
  await replaceFile(path, content, { syncFile: true, counter })
  if (options.syncDirectory !== false) await syncDirectory(dirname(path), counter)
}

/** What replaceFile wrote: the digest of its bytes, and the file's identity right after the rename. */
interface WrittenFile extends FileDigest {
  identity: FileIdentity
}

/**
 * Writes `content` to a temporary file beside `path` and renames it over `path`, hashing the bytes as they are written.
 * With `syncFile` the temporary file is fsynced before the rename (the file is durable as soon as it is in place);
 * without it a process crash still leaves the old file or the new one, and the caller fsyncs it before it counts.
 */
async function replaceFile(
  path: string,
  content: string | Iterable<string>,
  options: { syncFile: boolean; counter: EvidenceWorkCounter }
): Promise<WrittenFile> {
  const { counter } = options
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const hash = createHash('sha256')
  let bytesWritten = 0
  const handle = await open(temporary, 'w', 0o644)
  // Until the rename the new content is only the temporary file: whatever fails before it (a piece that throws, a full
  // disk, the rename itself) removes it, so no partial file stays beside the old one.
  let renamed = false
  try {
    const writeAll = async (source: Buffer, bytes: number): Promise<void> => {
      hash.update(source.subarray(0, bytes))
      for (let written = 0; written < bytes;)
        written += (await handle.write(source, written, bytes - written)).bytesWritten
      bytesWritten += bytes
    }
    if (typeof content === 'string') {
      const encoded = Buffer.from(content, 'utf8')
      await writeAll(encoded, encoded.length)
    } else {
      // Pieces are gathered and encoded into one reused buffer, so a long file leaves no trail of buffers behind.
      const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES)
      let pending = ''
      const flush = async (): Promise<void> => {
        const bytes = Buffer.byteLength(pending, 'utf8')
        const source = bytes <= buffer.length ? buffer : Buffer.from(pending, 'utf8')
        if (source === buffer) buffer.write(pending, 0, 'utf8')
        await writeAll(source, bytes)
        pending = ''
      }
      for (const piece of content) {
        pending += piece
        if (pending.length >= WRITE_CHUNK) await flush()
      }
      await flush()
    }
    if (options.syncFile) {
      await handle.sync()
      counter.count('fsync', basename(path))
    }
    counter.count('hash', basename(path))
    await rename(temporary, path)
    renamed = true
    counter.count('rename', basename(path))
    // Taken from the file written, after the rename (which changes its ctime), so the identity is the file in place.
    const identity = identityOf(await handle.stat({ bigint: true }))
    return { bytes: bytesWritten, sha256: hash.digest('hex'), identity }
  } finally {
    try {
      await handle.close()
    } finally {
      if (!renamed) await rm(temporary, { force: true })
    }
  }
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

/**
 * What identifies one version of a file without reading it: device, inode, size, and modification and change times
 * to the nanosecond. Any write changes the change time (ctime), and no ordinary process can set it back.
 */
type FileIdentity = string

function identityOf(stats: BigIntStats): FileIdentity {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`
}

/** SHA-256 of an open file, read through one reused buffer (a bundle file can be large), with its identity. */
async function hashOpenFile(handle: FileHandle): Promise<WrittenFile> {
  const before = identityOf(await handle.stat({ bigint: true }))
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES)
  let bytes = 0
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) break
    hash.update(buffer.subarray(0, bytesRead))
    bytes += bytesRead
  }
  // A file that changed while it was read has no one identity for its digest: it is not remembered.
  const after = identityOf(await handle.stat({ bigint: true }))
  return { bytes, sha256: hash.digest('hex'), identity: before === after ? after : '' }
}

const HASH_BUFFER_BYTES = 256 * 1024

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * An evidence bundle as a directory on disk: every write atomic, durable once the phase is sealed, no symbolic link
 * ever read.
 *
 * Within one process the digest of a file this store wrote (hashed as it was written) or hashed once is trusted while
 * the file's identity (device, inode, size, mtime and ctime to the nanosecond) is unchanged, so a phase neither hashes
 * nor re-validates what it did not rewrite. A new store (another job, another run, `verify`) knows nothing and hashes
 * every file.
 */
export class DiskBundleFiles implements BundleFiles {
  /** Digests this store knows, by file name, each with the identity of the file it was taken from. */
  private readonly known = new Map<string, WrittenFile>()
  /** Files written since the last sync: in place (renamed), not yet fsynced. */
  private readonly unsynced = new Set<string>()

  constructor(
    readonly dir: string,
    /** Told of every fsync, rename and hash pass (tests hold them to a budget). */
    readonly counter: EvidenceWorkCounter = NO_COUNTING
  ) {}

  /** The text of a file, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async read(name: string): Promise<string | undefined> {
    return (await this.readFile(name, false))?.text
  }

  /** The text of a file and its SHA-256: remembered if the file is as this store last wrote or hashed it. */
  async readWithDigest(name: string): Promise<{ text: string; sha256: string } | undefined> {
    const read = await this.readFile(name, true)
    return read && { text: read.text, sha256: read.sha256 as string }
  }

  private async readFile(
    name: string,
    withDigest: boolean
  ): Promise<{ text: string; sha256?: string } | undefined> {
    const path = join(this.dir, name)
    let handle: FileHandle
    try {
      // A link could lead anywhere on the machine: a bundle holds files, and only files are read.
      if ((await lstat(path)).isSymbolicLink()) throw new EvidenceSchemaError(name, [SYMBOLIC_LINK_PROBLEM])
      handle = await open(path, 'r')
    } catch (error) {
      if (isMissing(error)) return undefined
      throw error
    }
    try {
      if (!withDigest) return { text: await handle.readFile('utf8') }
      const before = identityOf(await handle.stat({ bigint: true }))
      const bytes = await handle.readFile()
      const after = identityOf(await handle.stat({ bigint: true }))
      const known = this.known.get(name)
      if (known && known.identity === before && before === after)
        return { text: bytes.toString('utf8'), sha256: known.sha256 }
      this.counter.count('hash', name)
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      if (before === after) this.known.set(name, { bytes: bytes.length, sha256, identity: after })
      return { text: bytes.toString('utf8'), sha256 }
    } finally {
      await handle.close()
    }
  }

  /**
   * Writes atomically, leaving the fsyncs to `sync`: a phase's files count only once its manifest entry is sealed, so
   * each file it wrote is fsynced once there, however often the phase rewrote it.
   */
  async write(name: string, content: string | Iterable<string>): Promise<FileDigest> {
    const written = await replaceFile(join(this.dir, name), content, {
      syncFile: false,
      counter: this.counter
    })
    this.known.set(name, written)
    this.unsynced.add(name)
    return { bytes: written.bytes, sha256: written.sha256 }
  }

  /** Fsyncs every file written since the last sync, all at once, then the directory, which makes their renames durable. */
  async sync(): Promise<void> {
    const names = [...this.unsynced]
    this.unsynced.clear()
    await Promise.all(names.map(name => this.syncFile(name)))
    await syncDirectory(this.dir, this.counter)
  }

  private async syncFile(name: string): Promise<void> {
    // 'r+': Windows flushes only a file opened for writing.
    const handle = await open(join(this.dir, name), 'r+').catch((error: unknown) => {
      // A file moved away since it was written has nothing left here to make durable.
      if (isMissing(error)) return undefined
      throw error
    })
    if (!handle) return
    try {
      await handle.sync()
      this.counter.count('fsync', name)
    } finally {
      await handle.close()
    }
  }

  /** Syncs every earlier write, then writes the seal fsynced before its rename, then syncs the directory again. */
  async writeSeal(name: string, content: string | Iterable<string>): Promise<FileDigest> {
    await this.sync()
    const written = await replaceFile(join(this.dir, name), content, {
      syncFile: true,
      counter: this.counter
    })
    this.known.set(name, written)
    await syncDirectory(this.dir, this.counter)
    return { bytes: written.bytes, sha256: written.sha256 }
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

  /** Size and SHA-256: remembered while the file's identity is unchanged, otherwise streamed from the file. */
  async digest(name: string): Promise<FileDigest> {
    const path = join(this.dir, name)
    const known = this.known.get(name)
    if (known && known.identity === identityOf(await lstat(path, { bigint: true })))
      return { bytes: known.bytes, sha256: known.sha256 }
    const handle = await open(path, 'r')
    try {
      this.counter.count('hash', name)
      const hashed = await hashOpenFile(handle)
      if (hashed.identity) this.known.set(name, hashed)
      else this.known.delete(name)
      return { bytes: hashed.bytes, sha256: hashed.sha256 }
    } finally {
      await handle.close()
    }
  }

  /** One rename moves the whole directory; an empty one is made in its place. */
  async moveAside(destination: string): Promise<void> {
    await mkdir(dirname(destination), { recursive: true })
    await rename(this.dir, destination)
    // What this store knew and had still to sync went with the folder (a bundle is moved aside only once sealed).
    this.known.clear()
    this.unsynced.clear()
    await mkdir(this.dir, { recursive: true })
  }
}
