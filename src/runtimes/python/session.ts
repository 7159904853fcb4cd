import type { PyEntry, PyOutput, PyProcessSpec, PyStep, PythonSession } from '../../engine/programs/python/port'
import type { PyCore } from './core'

let nextSid = 1

/**
 * A session on an interpreter in this thread (the headless runner). Python runs synchronously,
 * so a Ctrl+C cannot reach running code: it arrives once the statement is done.
 */
export function inThreadSession(core: PyCore, spec: PyProcessSpec, out: PyOutput): PythonSession {
  const sid = nextSid++
  core.open(sid, spec, out)
  let closed = false
  const guard = (f: () => PyStep): Promise<PyStep> => Promise.resolve(closed ? { exit: 1, more: false, changes: [] } : f())
  return {
    version: core.version,
    push: (source: string, incoming: PyEntry[]) => guard(() => core.push(sid, source, incoming)),
    run: (source: string, filename: string, incoming: PyEntry[]) => guard(() => core.run(sid, source, filename, incoming)),
    interrupt: () => {},
    close: () => {
      if (closed) return
      closed = true
      core.close(sid)
    },
  }
}
