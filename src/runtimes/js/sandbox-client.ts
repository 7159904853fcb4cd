/**
 * The host side of the sandbox protocol, shared by the browser and headless hosts: turns
 * JsSandbox calls into messages to the guest and the guest's messages into events.
 */
import type { JsSandbox, JsSandboxEvents, JsSandboxInit, ReplOutcome, ScriptRequest } from '../../engine/programs/node/sandbox-port'
import type { HttpRequest, HttpResponse } from '../../engine/process/types'
import type { GuestMessage, HostMessage } from './protocol'

/** A way to talk to one running guest (a Worker, a worker thread). */
export interface GuestChannel {
  post(m: HostMessage): void
  onMessage(cb: (m: GuestMessage) => void): void
  /** Stop the guest at once, even inside an infinite loop. */
  kill(): void
}

export function connectSandbox(channel: GuestChannel, init: JsSandboxInit, events: JsSandboxEvents): Promise<JsSandbox> {
  const client = new SandboxClient(channel, events)
  channel.post({ t: 'init', init })
  return client.ready.then(() => client)
}

/** One guest seen from the host: pending calls by id, answered by the guest's messages. */
class SandboxClient implements JsSandbox {
  private nextId = 1
  private dead = false
  private readonly repl = new Map<number, (o: ReplOutcome) => void>()
  private readonly scripts = new Map<number, (code: number) => void>()
  private readonly requests = new Map<number, { resolve: (r: HttpResponse) => void; reject: (e: Error) => void }>()
  private markReady!: () => void
  readonly ready = new Promise<void>((r) => (this.markReady = r))

  constructor(
    private readonly channel: GuestChannel,
    private readonly events: JsSandboxEvents,
  ) {
    channel.onMessage((m) => {
      if (!this.dead) this.receive(m)
    })
  }

  private finishAll(code: number): void {
    for (const r of this.repl.values()) r({ kind: 'error', text: '' })
    for (const r of this.scripts.values()) r(code)
    this.repl.clear()
    this.scripts.clear()
    // the server died with requests in flight: the client sees the connection drop
    for (const r of this.requests.values()) r.reject(new Error('Empty reply from server'))
    this.requests.clear()
  }

  /** Settle the pending call `id` of `table` with `value`. */
  private settle<T>(table: Map<number, (v: T) => void>, id: number, value: T): void {
    table.get(id)?.(value)
    table.delete(id)
  }

  private receive(m: GuestMessage): void {
    const { events, channel } = this
    switch (m.t) {
      case 'ready':
        return this.markReady()
      case 'out':
        return m.fd === 1 ? events.stdout(m.text) : events.stderr(m.text)
      case 'fs':
        return events.fs(m.op)
      case 'exit':
        events.exit(m.code)
        return this.finishAll(m.code)
      case 'repl-result':
        return this.settle(this.repl, m.id, m.outcome)
      case 'script-done':
        return this.settle(this.scripts, m.id, m.code)
      case 'listen':
        return channel.post({ t: 'listen-result', id: m.id, error: events.listen(m.port) })
      case 'unlisten':
        return events.unlisten(m.port)
      case 'http-response':
        this.requests.get(m.id)?.resolve(m.res)
        this.requests.delete(m.id)
        return
      case 'signals':
        return events.signals(m.names)
      case 'fetch':
        return this.fetch(m)
    }
  }

  private fetch(m: Extract<GuestMessage, { t: 'fetch' }>): void {
    void this.events.fetch(m.host, m.port, m.req).then(
      (res) => !this.dead && this.channel.post({ t: 'fetch-result', id: m.id, res }),
      (e: unknown) => !this.dead && this.channel.post({ t: 'fetch-result', id: m.id, res: { error: e instanceof Error ? e.message : String(e) } }),
    )
  }

  evalRepl(code: string): Promise<ReplOutcome> {
    if (this.dead) return Promise.resolve({ kind: 'error', text: '' })
    const id = this.nextId++
    return new Promise((resolve) => {
      this.repl.set(id, resolve)
      this.channel.post({ t: 'repl', id, code })
    })
  }

  runScript(req: ScriptRequest): Promise<number> {
    if (this.dead) return Promise.resolve(137)
    const id = this.nextId++
    return new Promise((resolve) => {
      this.scripts.set(id, resolve)
      this.channel.post({ t: 'script', id, req })
    })
  }

  http(port: number, req: HttpRequest): Promise<HttpResponse> {
    if (this.dead) return Promise.reject(new Error('Empty reply from server'))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.requests.set(id, { resolve, reject })
      this.channel.post({ t: 'http-request', id, port, req })
    })
  }

  signal(name: string): void {
    if (!this.dead) this.channel.post({ t: 'signal', name })
  }

  terminate(): void {
    if (this.dead) return
    this.dead = true
    this.channel.kill()
    this.finishAll(137)
  }
}
