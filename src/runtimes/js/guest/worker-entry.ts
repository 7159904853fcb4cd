/**
 * The guest's entry in a browser Worker (made from a blob inside the sandboxed iframe, so it
 * has an opaque origin and the iframe's CSP: no network, no storage, no dynamic import). The
 * iframe wraps this bundle in a function (iframe-host.ts), so none of its names are globals the
 * learner's code could see or overwrite; what it needs of the worker's scope is taken here,
 * before any user code runs.
 */
import type { HostMessage } from '../protocol'
import { startGuest } from './runtime'

const scope = self as unknown as {
  postMessage(m: unknown): void
  addEventListener(type: 'message', fn: (e: { data: HostMessage }) => void): void
  importScripts(...urls: string[]): void
}
const post = scope.postMessage.bind(scope)
const listen = scope.addEventListener.bind(scope)
const importScripts = scope.importScripts.bind(scope)
const createObjectURL = URL.createObjectURL.bind(URL)
const revokeObjectURL = URL.revokeObjectURL.bind(URL)
const ScriptBlob = Blob
const IMPORT_FAILED = "Failed to execute 'importScripts' on 'WorkerGlobalScope': "

startGuest({
  post,
  onMessage: (cb) => listen('message', (e) => cb(e.data)),
  timers: { setTimeout: setTimeout.bind(self), clearTimeout: clearTimeout.bind(self) as (h: unknown) => void },
  // A blob the worker made is of its own origin (CSP script-src allows blob:), so what the
  // script throws reaches the caller unmuted.
  runScript(code) {
    const url = createObjectURL(new ScriptBlob([code], { type: 'text/javascript' }))
    try {
      importScripts(url)
    } catch (e) {
      // a compile error (a redeclaration) comes back worded as importScripts' own failure
      // (no `cause`: inspect would print it, and Node's error has none)
      // eslint-disable-next-line preserve-caught-error
      if (e instanceof SyntaxError && e.message.startsWith(IMPORT_FAILED)) throw new SyntaxError(e.message.slice(IMPORT_FAILED.length))
      throw e
    } finally {
      revokeObjectURL(url)
    }
  },
})
