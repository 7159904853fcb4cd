import type { NetBridge } from '../net-bridge'
import { EventEmitter } from './events'
import { chunkText, IncomingMessage, METHODS, STATUS_CODES } from './http-common'
import { Server, ServerResponse } from './http-server'

interface RequestOptions {
  protocol?: string
  host?: string
  hostname?: string
  port?: number | string
  path?: string
  method?: string
  headers?: Record<string, unknown>
  timeout?: number
}

/** Node's connection errors (lib/net.js, lib/dns.js) for what the virtual network reports. */
function connectError(error: string, host: string, port: number): Error {
  if (error === 'unresolved') {
    return Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host })
  }
  if (error === 'refused') {
    const address = host === 'localhost' ? '127.0.0.1' : host
    return Object.assign(new Error(`connect ECONNREFUSED ${address}:${port}`), { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address, port })
  }
  return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
}

/** http.ClientRequest: collects the body, sends it on end(), emits 'response' with the answer. */
export class ClientRequest extends EventEmitter {
  method: string
  path: string
  host: string
  protocol = 'http:'
  destroyed = false
  finished = false
  #headers = new Map<string, [string, string]>()
  #body = ''
  readonly #net: NetBridge
  readonly #guard: (fn: () => void) => void
  readonly #o: RequestOptions

  constructor(net: NetBridge, guard: (fn: () => void) => void, o: RequestOptions, cb?: (res: IncomingMessage) => void) {
    super()
    this.#net = net
    this.#guard = guard
    this.#o = o
    this.method = (o.method ?? 'GET').toUpperCase()
    this.path = o.path ?? '/'
    this.host = o.hostname ?? (o.host ?? 'localhost').replace(/:\d+$/, '')
    for (const [k, v] of Object.entries(o.headers ?? {})) this.setHeader(k, v)
    if (cb) this.once('response', cb as (...a: unknown[]) => void)
  }

  setHeader(name: string, value: unknown): this {
    this.#headers.set(name.toLowerCase(), [name, String(value)])
    return this
  }
  getHeader(name: string): string | undefined {
    return this.#headers.get(name.toLowerCase())?.[1]
  }
  removeHeader(name: string): void {
    this.#headers.delete(name.toLowerCase())
  }
  setTimeout(_ms: number, cb?: () => void): this {
    if (cb) this.once('timeout', cb)
    return this
  }
  setNoDelay(): void {}
  setSocketKeepAlive(): void {}
  abort(): void {
    this.destroy()
  }
  destroy(err?: Error): this {
    this.destroyed = true
    if (err) queueMicrotask(() => this.emit('error', err))
    return this
  }

  write(chunk: unknown, encoding?: unknown): boolean {
    this.#body += chunkText(chunk, encoding)
    return true
  }

  end(chunk?: unknown, encoding?: unknown, cb?: unknown): this {
    if (typeof chunk === 'function') [cb, chunk] = [chunk, undefined]
    if (chunk !== undefined) this.write(chunk, typeof encoding === 'string' ? encoding : undefined)
    if (this.finished) return this
    this.finished = true
    const port = Number(this.#o.port ?? 80)
    const headers: [string, string][] = [['Host', port === 80 ? this.host : `${this.host}:${port}`]]
    for (const [name, value] of this.#headers.values()) if (name.toLowerCase() !== 'host') headers.push([name, value])
    else headers[0] = [name, value]
    if (this.#body && !this.#headers.has('content-length')) headers.push(['Content-Length', String(new TextEncoder().encode(this.#body).length)])
    headers.push(['Connection', 'keep-alive'])
    void this.#net.fetch(this.host, port, { method: this.method, path: this.path, httpVersion: '1.1', headers, body: this.#body }).then((r) => {
      if (this.destroyed) return
      this.#guard(() => {
        if ('error' in r) return void this.emit('error', connectError(r.error, this.host, port))
        const res = new IncomingMessage(r.headers, '1.1', r.body, this.host)
        res.statusCode = r.status
        res.statusMessage = r.statusText
        if (typeof cb === 'function') cb()
        this.emit('finish')
        // with no 'response' listener Node dumps the body; nothing to do here
        this.emit('response', res)
      })
    })
    return this
  }
}

/** `http.request(url[, options][, cb])` argument forms (lib/_http_client.js). */
function requestOptions(a: unknown, b: unknown): RequestOptions {
  let o: RequestOptions = {}
  if (typeof a === 'string' || a instanceof URL) {
    const u = new URL(String(a))
    o = { protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ''), port: u.port || (u.protocol === 'https:' ? 443 : 80), path: u.pathname + u.search }
  } else if (a && typeof a === 'object') o = { ...(a as RequestOptions) }
  if (b && typeof b === 'object') o = { ...o, ...(b as RequestOptions) }
  return o
}

/** Node's `http` module over the sandbox's network bridge. */
export function makeHttp(net: NetBridge, guard: (fn: () => void) => void, now: () => number) {
  const request = (a: unknown, b?: unknown, c?: unknown) => {
    const cb = [c, b, a].find((x) => typeof x === 'function') as ((res: IncomingMessage) => void) | undefined
    const o = requestOptions(a, typeof b === 'function' ? undefined : b)
    if (o.protocol === 'https:') {
      const e = new Error(`ENOSYS: HTTPS is not available in the Wharf JavaScript sandbox (${o.hostname ?? o.host ?? ''})`)
      throw Object.assign(e, { code: 'ENOSYS' })
    }
    return new ClientRequest(net, guard, o, cb)
  }
  const get = (a: unknown, b?: unknown, c?: unknown) => {
    const req = request(a, b, c)
    req.end()
    return req
  }
  class Agent {
    maxSockets = Infinity
    keepAlive = false
    constructor(o?: { keepAlive?: boolean }) {
      this.keepAlive = o?.keepAlive ?? false
    }
    destroy(): void {}
  }
  return {
    createServer: (a?: unknown, b?: unknown) => {
      const handler = typeof a === 'function' ? a : b
      return new Server(net, guard, now, handler as (req: IncomingMessage, res: ServerResponse) => void)
    },
    Server,
    ServerResponse,
    IncomingMessage,
    ClientRequest,
    OutgoingMessage: ServerResponse,
    Agent,
    globalAgent: new Agent(),
    request,
    get,
    STATUS_CODES,
    METHODS,
    maxHeaderSize: 16384,
    validateHeaderName: () => {},
    validateHeaderValue: () => {},
  }
}
