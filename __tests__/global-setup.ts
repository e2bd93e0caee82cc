// Jest loads its global setup and teardown with Node's require, without the module mapper of the tests: they name
// the registry by its .ts file (tsconfig's allowImportingTsExtensions).
import { createSandboxRegistry, SANDBOX_REGISTRY_ENV, stopAbandonedRegistries } from './sandbox-registry.ts'

/**
 * Before any test: stops what runs killed before their teardown left running (it would hold the ports this run binds),
 * then opens this run's registry of sandboxes; the test workers inherit its name.
 */
export default async function globalSetup(): Promise<void> {
  const killed = await stopAbandonedRegistries()
  if (killed.length > 0)
    console.warn(
      `Stopped ${killed.length} processes that an earlier, killed test run left running:\n${killed.join('\n')}`
    )
  process.env[SANDBOX_REGISTRY_ENV] = createSandboxRegistry()
}
