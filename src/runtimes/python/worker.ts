/// <reference lib="webworker" />
/**
 * The Pyodide worker: loads CPython from the app's own origin (public/pyodide, copied there by
 * scripts/copy-pyodide.mjs), then takes away the worker's network before any user code runs.
 */
import { loadPyodide } from 'pyodide'
import { PyCore } from './core'
import type { FromWorker, ToWorker } from './protocol'

declare const self: DedicatedWorkerGlobalScope

/** Everything a worker could reach the network or storage with. */
const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'indexedDB', 'caches', 'importScripts', 'Worker', 'SharedWorker', 'BroadcastChannel', 'Request', 'navigator']

/** Delete from the global object and every prototype above it (fetch lives on WorkerGlobalScope.prototype). */
function removeNetwork(): void {
  for (const name of NETWORK) {
    for (let o: object | null = self; o; o = Object.getPrototypeOf(o)) {
      if (Object.getOwnPropertyDescriptor(o, name)) {
        try {
          delete (o as Record<string, unknown>)[name]
        } catch {
          // a non-configurable property: shadowed below
        }
      }
    }
    try {
      Object.defineProperty(self, name, { value: undefined, writable: false, configurable: false })
    } catch {
      // already gone for good
    }
  }
}

const post = (m: FromWorker) => self.postMessage(m)
let core: PyCore | null = null
const queue: ToWorker[] = []

function handle(m: ToWorker): void {
  if (!core) return void queue.push(m)
  if (m.type === 'open') {
    core.open(m.sid, m.spec, {
      stdout: (text) => post({ type: 'out', sid: m.sid, fd: 'stdout', text }),
      stderr: (text) => post({ type: 'out', sid: m.sid, fd: 'stderr', text }),
    })
  } else if (m.type === 'push') post({ type: 'step', id: m.id, step: core.push(m.sid, m.source, m.incoming) })
  else if (m.type === 'run') post({ type: 'step', id: m.id, step: core.run(m.sid, m.source, m.filename, m.incoming) })
  else if (m.type === 'close') core.close(m.sid)
}

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const m = ev.data
  if (m.type !== 'init') return handle(m)
  try {
    const py = await loadPyodide({ indexURL: m.indexURL, env: { HOME: '/root' } })
    if (m.interrupt) py.setInterruptBuffer(new Int32Array(m.interrupt))
    core = new PyCore(py)
    removeNetwork()
    post({ type: 'ready', version: core.version })
    for (const q of queue.splice(0)) handle(q)
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) })
  }
}
