import type { PythonSandboxFactory } from '../engine/programs/python'
import { PyCore } from '../runtimes/python/core'
import { inThreadSession } from '../runtimes/python/session'
import { PYODIDE_PYTHON_VERSION } from '../runtimes/python/version'

let core: Promise<PyCore> | null = null

/** Pyodide from node_modules, loaded once per Node process on first use (≈2.5 s). */
function loadCore(): Promise<PyCore> {
  return (core ??= import('pyodide').then(async ({ loadPyodide }) => new PyCore(await loadPyodide())))
}

/** CPython for the headless runner: one interpreter shared by every python process in turn. */
export function nodePythonFactory(): PythonSandboxFactory {
  return {
    pythonVersion: PYODIDE_PYTHON_VERSION,
    warm: () => void loadCore(),
    open: async (spec, out) => inThreadSession(await loadCore(), spec, out),
  }
}
