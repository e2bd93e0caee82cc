// The build (scripts/build.mjs) replaces this name with package.json's version; run from source it is not defined.
declare const __RELEASE_GATE_VERSION__: string | undefined

/** release-gate's own version, as `release-gate --version` prints it. */
export const VERSION: string =
  typeof __RELEASE_GATE_VERSION__ === 'string' ? __RELEASE_GATE_VERSION__ : '0.0.0-source'
