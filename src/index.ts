import { run } from './entry/action/main.js'

// The action's entry point: everything happens in run().
await run()
