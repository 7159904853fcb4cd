import type { PyOutput, PyProcessSpec, PyStep, PythonSandboxFactory, PythonSession } from '../../engine/programs/python/port'
import type { FromWorker, ToWorker } from './protocol'
import { PYODIDE_PYTHON_VERSION } from './version'

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

/** One Pyodide worker; each serves one python process, so Ctrl+C can terminate it alone. */
class PyWorker {
  readonly worker: Worker
  readonly ready: Promise<string>
  readonly interrupt: Int32Array | null
  private readonly steps = new Map<number, (s: PyStep) => void>()
  private readonly outs = new Map<number, PyOutput>()
  private nextId = 1
  dead = false

  constructor(indexURL: string) {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python' })
    // Interrupting running code needs memory shared with the worker: only when cross-origin isolated.
    const sab = globalThis.crossOriginIsolated ? new SharedArrayBuffer(4) : undefined
    this.interrupt = sab ? new Int32Array(sab) : null
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (ev: MessageEvent<FromWorker>) => {
        const m = ev.data
        if (m.type === 'ready') resolve(m.version)
        else if (m.type === 'failed') reject(new Error(`cannot start Python: ${m.message}`))
        else if (m.type === 'out') this.outs.get(m.sid)?.[m.fd](m.text)
        else if (m.type === 'step') {
          this.steps.get(m.id)?.(m.step)
          this.steps.delete(m.id)
        }
      }
      this.worker.onerror = (e) => reject(new Error(`cannot start Python: ${e.message}`))
    })
    this.send({ type: 'init', indexURL, interrupt: sab })
  }

  send(m: ToWorker): void {
    if (!this.dead) this.worker.postMessage(m)
  }

  open(sid: number, spec: PyProcessSpec, out: PyOutput): void {
    this.outs.set(sid, out)
    this.send({ type: 'open', sid, spec })
  }

  call(m: WithoutId<Extract<ToWorker, { type: 'push' | 'run' }>>): Promise<PyStep> {
    if (this.dead) return Promise.resolve({ exit: null, more: false, changes: [], reset: true })
    const id = this.nextId++
    return new Promise((resolve) => {
      this.steps.set(id, resolve)
      this.send({ ...m, id } as ToWorker)
    })
  }

  kill(): void {
    if (this.dead) return
    this.dead = true
    this.worker.terminate()
    for (const resolve of this.steps.values()) resolve({ exit: null, more: false, changes: [], reset: true })
    this.steps.clear()
  }
}

/**
 * CPython in module workers, self-hosted under `<app>/pyodide/`. One warm spare worker is kept
 * loaded so the next python process starts at once; the one a process takes is its own, and is
 * terminated when the process ends (or on Ctrl+C without cross-origin isolation).
 */
export function browserPythonFactory(indexURL = new URL('pyodide/', document.baseURI).href): PythonSandboxFactory {
  let spare: PyWorker | null = null
  let nextSid = 1
  const warm = () => void (spare ??= new PyWorker(indexURL))
  return {
    pythonVersion: PYODIDE_PYTHON_VERSION,
    warm,
    async open(spec, out): Promise<PythonSession> {
      warm()
      const w = spare!
      spare = null
      const version = await w.ready.catch((e: Error) => {
        w.kill()
        throw e
      })
      const sid = nextSid++
      w.open(sid, spec, out)
      // Refill the spare once this one is in use, so the next python process starts warm.
      setTimeout(warm, 1000)
      return {
        version,
        push: (source, incoming) => w.call({ type: 'push', sid, source, incoming }),
        run: (source, filename, incoming) => w.call({ type: 'run', sid, source, filename, incoming }),
        interrupt: () => {
          if (w.interrupt) Atomics.store(w.interrupt, 0, 2) // SIGINT: Python raises KeyboardInterrupt
          else w.kill()
        },
        close: () => w.kill(),
      }
    },
  }
}
