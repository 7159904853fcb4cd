/**
 * The browser's JavaScript sandbox: one Worker per `node` process, made from the guest bundle
 * inside the sandboxed iframe (iframe-host.ts). Ctrl+C on a runaway loop terminates the worker.
 */
import type { JsSandboxFactory } from '../../engine/programs/node/sandbox-port'
import workerUrl from './guest/worker-entry.ts?worker&url'
import { iframeHost } from './iframe-host'
import type { GuestMessage } from './protocol'
import { connectSandbox } from './sandbox-client'

let source: Promise<string> | null = null
let nextId = 1

/** The built guest script, fetched once by the page (the iframe itself may fetch nothing). */
function guestSource(): Promise<string> {
  source ??= fetch(workerUrl).then((r) => {
    if (!r.ok) throw new Error(`cannot load the JavaScript sandbox (${r.status})`)
    return r.text()
  })
  return source
}

export function browserJsSandboxFactory(): JsSandboxFactory {
  return {
    async create(init, events) {
      const [host, code] = await Promise.all([iframeHost(), guestSource()])
      const id = nextId++
      let onMessage: (m: GuestMessage) => void = () => {}
      const unlisten = host.listen(
        id,
        (m) => onMessage(m as GuestMessage),
        (message) => events.stderr(`node: the JavaScript sandbox failed: ${message}\n`),
      )
      host.send({ kind: 'spawn', id, source: code, sourceKey: workerUrl })
      return connectSandbox(
        {
          post: (m) => host.send({ kind: 'post', id, msg: m }),
          onMessage: (cb) => (onMessage = cb),
          kill: () => {
            host.send({ kind: 'kill', id })
            unlisten()
          },
        },
        init,
        events,
      )
    },
  }
}
