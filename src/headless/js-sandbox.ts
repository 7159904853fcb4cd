/**
 * The headless runner's JavaScript sandbox: the same guest code the browser runs in its
 * Worker, bundled with esbuild on first use and run inside a `vm` context in a worker thread.
 * The thread is what makes Ctrl+C work on `while (true) {}`: worker.terminate() stops V8 in the
 * middle of the loop. (A vm context is a separate global, not a security boundary: fine for a
 * runner on the author's own machine, which is not where strangers' code runs.)
 */
import { buildSync } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { JsSandboxFactory } from '../engine/programs/node/sandbox-port'
import type { GuestMessage } from '../runtimes/js/protocol'
import { connectSandbox } from '../runtimes/js/sandbox-client'

const GUEST_ENTRY = fileURLToPath(new URL('../runtimes/js/guest/vm-entry.ts', import.meta.url))

let bundle: string | null = null

/** The guest as one script (acorn and node-inspect-extracted included). */
export function guestBundle(): string {
  bundle ??= buildSync({ entryPoints: [GUEST_ENTRY], bundle: true, format: 'iife', write: false, platform: 'neutral', mainFields: ['module', 'main'], target: 'es2022' })
    .outputFiles[0]!.text
  return bundle
}

/** Runs in the worker thread: a fresh vm context with the few web APIs the guest uses. */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const vm = require('node:vm')
const listeners = []
const ctx = vm.createContext({
  performance: { now: () => performance.now() },
  queueMicrotask, structuredClone, TextEncoder, TextDecoder, atob, btoa, URL, URLSearchParams,
})
ctx.__wharfHost = {
  post: (m) => parentPort.postMessage(m),
  onMessage: (cb) => listeners.push(cb),
  timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h) },
  runScript: (code, filename) => {
    try {
      vm.runInContext(code, ctx, { filename })
    } catch (e) {
      // Node decorates a vm compile error's stack with the source line and a caret; a REPL
      // input's SyntaxError (a redeclaration) shows only its message, as a Worker's does
      if (e && e.name === 'SyntaxError') throw new ContextSyntaxError(e.message)
      throw e
    }
  },
}
const ContextSyntaxError = vm.runInContext('SyntaxError', ctx)
parentPort.on('message', (m) => { for (const l of listeners) l(m) })
vm.runInContext(workerData.bundle, ctx, { filename: 'wharf-guest.js' })
`

export function nodeJsSandboxFactory(): JsSandboxFactory {
  return {
    create(init, events) {
      const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { bundle: guestBundle() } })
      worker.unref() // a REPL left open must not keep the runner alive
      let onMessage: (m: GuestMessage) => void = () => {}
      worker.on('message', (m: GuestMessage) => onMessage(m))
      worker.on('error', (e) => events.stderr(`node: sandbox failed: ${e.message}\n`))
      return connectSandbox(
        {
          post: (m) => worker.postMessage(m),
          onMessage: (cb) => (onMessage = cb),
          kill: () => void worker.terminate(),
        },
        init,
        events,
      )
    },
  }
}
