import type { ExternalPrograms, EngineRuntimes } from '../engine/programs'
import { nodeJsSandboxFactory } from './js-sandbox'
import { nodePythonFactory } from './python'

/** Language runtimes for the headless runner (Node). */
export function nodeRuntimePrograms(): ExternalPrograms {
  return {}
}

/**
 * Sandboxes the headless runner gives the engine: JavaScript in a worker thread, CPython
 * (Pyodide) in this thread, loaded once per process on first use.
 */
export function headlessRuntimes(): EngineRuntimes {
  return { js: nodeJsSandboxFactory(), python: nodePythonFactory() }
}
