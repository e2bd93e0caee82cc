import { readdir, readFile, stat } from 'node:fs/promises'
import { join, posix } from 'node:path'
import type JSZip from 'jszip'
import { UsageError } from '../../core/errors.js'
import type { NotAFile } from '../../core/manifest.js'

/** No evidence file comes near this (the largest, the HTML report, is a few hundred KiB). */
const MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024
/** All of a bundle's files together, inflated; also the most of a zip that is read from disk. */
const MAX_BUNDLE_BYTES = 128 * 1024 * 1024
const MiB = 1024 * 1024

/** A zip that holds (or claims to hold) more than a bundle may: refused before it is inflated beyond the limits. */
export class BundleTooLargeError extends Error {
  override name = 'BundleTooLargeError'
}

/** A bundle as read from disk: its regular files, and the entries that are not (never followed, never read). */
export interface BundleContents {
  files: Map<string, Buffer>
  notFiles: NotAFile[]
}

/**
 * The files of an evidence bundle: a directory, or a zip as GitHub's artifact download delivers it (files at its
 * root, or under one folder). Use `readBundle` to verify a directory: it also names what is not a regular file.
 */
export async function readBundleFiles(path: string): Promise<Map<string, Buffer>> {
  return (await readBundle(path)).files
}

/**
 * A bundle's regular files and, in a directory, the entries that are not regular files (a symbolic link is not
 * followed: it is named, so that nothing slips past the manifest). Names are relative to the bundle.
 */
export async function readBundle(path: string): Promise<BundleContents> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new UsageError(
      `Evidence bundle ${path} not found. Pass a directory such as .artifacts/deployment or an artifact .zip.`
    )
  }
  const files = new Map<string, Buffer>()
  if (info.isDirectory()) {
    const notFiles: NotAFile[] = []
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isFile()) {
        if (!entry.name.endsWith('.tmp')) files.set(entry.name, await readFile(join(path, entry.name)))
      } else {
        const kind = entry.isSymbolicLink() ? 'symbolic link' : entry.isDirectory() ? 'directory' : 'other'
        notFiles.push({ file: entry.name, kind })
      }
    }
    return { files, notFiles }
  }
  if (info.size > MAX_BUNDLE_BYTES)
    throw new BundleTooLargeError(
      `${path} is ${info.size} bytes; a bundle may be at most ${MAX_BUNDLE_BYTES} bytes (${MAX_BUNDLE_BYTES / MiB} MiB)`
    )
  // Loaded here, not at start: only a zipped bundle needs the zip reader.
  const { default: zipReader } = await import('jszip')
  let zip: JSZip
  try {
    zip = await zipReader.loadAsync(await readFile(path))
  } catch (error) {
    throw new UsageError(`${path} is neither a directory nor a readable zip: ${(error as Error).message}`)
  }
  const entries = Object.values(zip.files).filter(f => !f.dir)
  refuseDeclaredSizes(entries)
  const names = entries.map(f => f.name)
  // GitHub's download has the files at the root; a zip made by hand often wraps them in one folder.
  const folders = new Set(names.map(n => (n.includes('/') ? (n.split('/')[0] as string) : '')))
  const prefix = folders.size === 1 && !folders.has('') ? `${[...folders][0]}/` : ''
  let inflatedBytes = 0
  for (const name of names) {
    const relative = prefix ? name.slice(prefix.length) : name
    if (relative.includes('/') || posix.isAbsolute(relative) || relative.split('/').includes('..'))
      throw new UsageError(`${path} holds ${name}, which is not a file of a flat evidence bundle`)
    const content = await inflateAtMost(zip.files[name] as JSZip.JSZipObject, MAX_BUNDLE_FILE_BYTES)
    inflatedBytes += content.length
    if (inflatedBytes > MAX_BUNDLE_BYTES) throw tooLargeTogether(`more than ${MAX_BUNDLE_BYTES}`)
    files.set(relative, content)
  }
  return { files, notFiles: [] }
}

/**
 * Refuses a zip whose central directory declares a file or a total beyond the limits, before anything is inflated.
 * The declared sizes may lie, so inflating counts again (`inflateAtMost`).
 */
function refuseDeclaredSizes(entries: JSZip.JSZipObject[]): void {
  let declaredTotal = 0
  for (const entry of entries) {
    // JSZip keeps the central directory's sizes on `_data` (index.d.ts documents it, not as a public field).
    const declared =
      (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0
    if (declared > MAX_BUNDLE_FILE_BYTES) throw tooLargeFile(entry.name, `${declared}`)
    declaredTotal += declared
  }
  if (declaredTotal > MAX_BUNDLE_BYTES) throw tooLargeTogether(`${declaredTotal}`)
}

/** The entry's content, inflated a chunk at a time and abandoned as soon as it passes `limit` bytes. */
function inflateAtMost(entry: JSZip.JSZipObject, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let inflated = 0
    const stream = entry.nodeStream('nodebuffer')
    stream.on('data', (chunk: Buffer) => {
      inflated += chunk.length
      if (inflated <= limit) return void chunks.push(chunk)
      // Nobody reads any more, so the stream's buffer fills and JSZip pauses: nothing further is inflated.
      stream.pause()
      stream.removeAllListeners('data')
      reject(tooLargeFile(entry.name, `more than ${limit}`, 'inflates to'))
    })
    stream.on('error', reject)
    stream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

function tooLargeFile(name: string, bytes: string, verb = 'is'): BundleTooLargeError {
  return new BundleTooLargeError(
    `${name} ${verb} ${bytes} bytes; a file of an evidence bundle may be at most ${MAX_BUNDLE_FILE_BYTES} bytes (${MAX_BUNDLE_FILE_BYTES / MiB} MiB)`
  )
}

function tooLargeTogether(bytes: string): BundleTooLargeError {
  return new BundleTooLargeError(
    `the files of the zip are ${bytes} bytes together; a bundle may be at most ${MAX_BUNDLE_BYTES} bytes (${MAX_BUNDLE_BYTES / MiB} MiB)`
  )
}
