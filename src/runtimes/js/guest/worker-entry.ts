/**
 * The guest's entry in a browser Worker (made from a blob inside the sandboxed iframe, so it
 * has an opaque origin and the iframe's CSP: no network, no storage, no dynamic import).
 */
import type { HostMessage } from '../protocol'
import { startGuest } from './runtime'

const scope = self as unknown as {
  postMessage(m: unknown): void
  addEventListener(type: 'message', fn: (e: { data: HostMessage }) => void): void
}
const post = scope.postMessage.bind(scope)
startGuest({
  post,
  onMessage: (cb) => scope.addEventListener('message', (e) => cb(e.data)),
  timers: { setTimeout: setTimeout.bind(self), clearTimeout: (h) => clearTimeout(h as number) },
})
