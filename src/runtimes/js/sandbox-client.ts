/**
 * The host side of the sandbox protocol, shared by the browser and headless hosts: turns
 * JsSandbox calls into messages to the guest and the guest's messages into events.
 */
import type { JsSandbox, JsSandboxEvents, JsSandboxInit, ReplOutcome } from '../../engine/programs/node/sandbox-port'
import type { HttpResponse } from '../../engine/process/types'
import type { GuestMessage, HostMessage } from './protocol'

/** A way to talk to one running guest (a Worker, a worker thread). */
export interface GuestChannel {
  post(m: HostMessage): void
  onMessage(cb: (m: GuestMessage) => void): void
  /** Stop the guest at once, even inside an infinite loop. */
  kill(): void
}

export function connectSandbox(channel: GuestChannel, init: JsSandboxInit, events: JsSandboxEvents): Promise<JsSandbox> {
  let nextId = 1
  let dead = false
  const repl = new Map<number, (o: ReplOutcome) => void>()
  const scripts = new Map<number, (code: number) => void>()
  const requests = new Map<number, { resolve: (r: HttpResponse) => void; reject: (e: Error) => void }>()
  let ready!: () => void
  const isReady = new Promise<void>((r) => (ready = r))

  const finishAll = (code: number) => {
    for (const r of repl.values()) r({ kind: 'error', text: '' })
    for (const r of scripts.values()) r(code)
    repl.clear()
    scripts.clear()
    // the server died with requests in flight: the client sees the connection drop
    for (const r of requests.values()) r.reject(new Error('Empty reply from server'))
    requests.clear()
  }

  channel.onMessage((m) => {
    if (dead) return
    switch (m.t) {
      case 'ready':
        return ready()
      case 'out':
        return m.fd === 1 ? events.stdout(m.text) : events.stderr(m.text)
      case 'fs':
        return events.fs(m.op)
      case 'exit':
        events.exit(m.code)
        return finishAll(m.code)
      case 'repl-result':
        repl.get(m.id)?.(m.outcome)
        repl.delete(m.id)
        return
      case 'script-done':
        scripts.get(m.id)?.(m.code)
        scripts.delete(m.id)
        return
      case 'listen':
        return channel.post({ t: 'listen-result', id: m.id, error: events.listen(m.port) })
      case 'unlisten':
        return events.unlisten(m.port)
      case 'http-response':
        requests.get(m.id)?.resolve(m.res)
        requests.delete(m.id)
        return
      case 'signals':
        return events.signals(m.names)
      case 'fetch':
        void events.fetch(m.host, m.port, m.req).then(
          (res) => !dead && channel.post({ t: 'fetch-result', id: m.id, res }),
          (e: unknown) => !dead && channel.post({ t: 'fetch-result', id: m.id, res: { error: e instanceof Error ? e.message : String(e) } }),
        )
        return
    }
  })
  channel.post({ t: 'init', init })

  const sandbox: JsSandbox = {
    evalRepl(code) {
      if (dead) return Promise.resolve({ kind: 'error', text: '' })
      const id = nextId++
      return new Promise((resolve) => {
        repl.set(id, resolve)
        channel.post({ t: 'repl', id, code })
      })
    },
    runScript(req) {
      if (dead) return Promise.resolve(137)
      const id = nextId++
      return new Promise((resolve) => {
        scripts.set(id, resolve)
        channel.post({ t: 'script', id, req })
      })
    },
    http(port, req) {
      if (dead) return Promise.reject(new Error('Empty reply from server'))
      const id = nextId++
      return new Promise((resolve, reject) => {
        requests.set(id, { resolve, reject })
        channel.post({ t: 'http-request', id, port, req })
      })
    },
    signal(name) {
      if (!dead) channel.post({ t: 'signal', name })
    },
    terminate() {
      if (dead) return
      dead = true
      channel.kill()
      finishAll(137)
    },
  }
  return isReady.then(() => sandbox)
}
