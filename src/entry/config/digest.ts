import { createHash } from 'node:crypto'

/** SHA-256 of config text: what readiness records and every later phase compares. */
export function configDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
