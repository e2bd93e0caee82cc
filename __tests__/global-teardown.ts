import { SANDBOX_REGISTRY_ENV, stopRegistry } from './sandbox-registry.ts'

/**
 * After the last test: stops every demo sandbox, job workspace and emulator process this run started, whether or not
 * its test stopped it (a test that timed out did not).
 */
export default async function globalTeardown(): Promise<void> {
  const registry = process.env[SANDBOX_REGISTRY_ENV]
  if (registry) await stopRegistry(registry)
}
