import type { EngineRuntimes } from '../engine/programs'
import { nodeJsSandboxFactory } from './js-sandbox'
import { nodePythonFactory } from './python'

/**
 * Sandboxes the headless runner gives the engine: JavaScript in a worker thread, CPython
 * (Pyodide) in this thread, loaded once per process on first use.
 */
export function headlessRuntimes(): EngineRuntimes {
  return { js: nodeJsSandboxFactory(), python: nodePythonFactory() }
}
