import type { HttpRequest, HttpResponse } from '../../../engine/process/types'
import type { GuestMessage, HostMessage } from '../protocol'

export type ServerHandler = (req: HttpRequest) => Promise<HttpResponse>
export type FetchResult = HttpResponse | { error: string }

/**
 * The guest's side of the network: binding ports for servers, answering the requests the engine
 * forwards to them, and outgoing requests. Like libuv handles, a listening server and a request in
 * flight keep the process alive (`refs`); runtime.ts asks `idle` before ending a script.
 */
export class NetBridge {
  private nextId = 1
  private readonly listenWaits = new Map<number, (error: string | null) => void>()
  private readonly fetchWaits = new Map<number, (res: FetchResult) => void>()
  private readonly servers = new Map<number, { handler: ServerHandler; ref: boolean }>()
  private inflight = 0

  constructor(
    private readonly post: (m: GuestMessage) => void,
    private readonly onIdleMaybe: () => void,
  ) {}

  /** Handles that keep the event loop alive. */
  get refs(): number {
    let n = this.inflight
    for (const s of this.servers.values()) if (s.ref) n++
    return n
  }

  listen(port: number, handler: ServerHandler): Promise<string | null> {
    const id = this.nextId++
    // a bind waiting for the engine's answer keeps the loop alive, as libuv's pending handle does
    // (in the browser the answer crosses the iframe and the page: later than a zero timeout)
    this.inflight++
    return new Promise((resolve) => {
      this.listenWaits.set(id, (error) => {
        this.inflight--
        if (error === null) this.servers.set(port, { handler, ref: true })
        resolve(error)
        this.onIdleMaybe()
      })
      this.post({ t: 'listen', id, port })
    })
  }

  setRef(port: number, ref: boolean): void {
    const s = this.servers.get(port)
    if (s) s.ref = ref
    this.onIdleMaybe()
  }

  unlisten(port: number): void {
    if (!this.servers.delete(port)) return
    this.post({ t: 'unlisten', port })
    this.onIdleMaybe()
  }

  fetch(host: string, port: number, req: Omit<HttpRequest, 'remoteAddress'>): Promise<FetchResult> {
    const id = this.nextId++
    this.inflight++
    return new Promise((resolve) => {
      this.fetchWaits.set(id, (res) => {
        this.inflight--
        resolve(res)
        // the response's callbacks run first (a promise job), then the loop may end
        Promise.resolve().then(this.onIdleMaybe)
      })
      this.post({ t: 'fetch', id, host, port, req })
    })
  }

  /** A host message for the network, if it is one. */
  receive(m: HostMessage): boolean {
    switch (m.t) {
      case 'listen-result':
        this.listenWaits.get(m.id)?.(m.error)
        this.listenWaits.delete(m.id)
        return true
      case 'fetch-result':
        this.fetchWaits.get(m.id)?.(m.res)
        this.fetchWaits.delete(m.id)
        return true
      case 'http-request': {
        const server = this.servers.get(m.port)
        const id = m.id
        const answer = (res: HttpResponse) => this.post({ t: 'http-response', id, res })
        if (!server) answer({ status: 502, statusText: 'Bad Gateway', headers: [], body: '' })
        else void server.handler(m.req).then(answer)
        return true
      }
      default:
        return false
    }
  }
}
