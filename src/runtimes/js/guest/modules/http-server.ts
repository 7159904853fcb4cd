import type { HttpRequest, HttpResponse } from '../../../../engine/process/types'
import type { NetBridge } from '../net-bridge'
import { unhandledErrorEvents } from '../errors'
import { EventEmitter } from './events'
import { chunkText, headersSentError, IncomingMessage, STATUS_CODES } from './http-common'

type Headers = Record<string, unknown> | [string, unknown][] | string[]

/** Node's UTF-8 byte count of a string. */
const byteLength = (s: string) => new TextEncoder().encode(s).length

/**
 * http.ServerResponse (lib/_http_server.js, lib/_http_outgoing.js): headers kept by lower-case
 * name in the order set; the head is "stored" by writeHead or the first write, and then the
 * framing is fixed: Content-Length when the whole body is known at that moment (end() with no
 * earlier write or writeHead), Transfer-Encoding: chunked otherwise, as Node does.
 */
export class ServerResponse extends EventEmitter {
  statusCode = 200
  statusMessage: string | undefined = undefined
  sendDate = true
  headersSent = false
  writableEnded = false
  writableFinished = false
  finished = false
  chunkedEncoding = false
  // private (#) state: Express and user code add their own properties (res.send, res.body) to responses
  #headers = new Map<string, [string, string | string[]]>()
  #body = ''
  #contentLength: number | null = null
  readonly #keepAlive: boolean
  readonly #now: () => number
  readonly #deliver: (r: HttpResponse) => void

  constructor(
    readonly req: IncomingMessage,
    keepAlive: boolean,
    now: () => number,
    deliver: (r: HttpResponse) => void,
  ) {
    super()
    this.#keepAlive = keepAlive
    this.#now = now
    this.#deliver = deliver
  }

  get socket() {
    return this.req.socket
  }
  get connection() {
    return this.req.socket
  }

  setHeader(name: string, value: unknown): this {
    if (this.headersSent) throw headersSentError('set')
    this.#headers.set(name.toLowerCase(), [name, Array.isArray(value) ? value.map(String) : String(value)])
    return this
  }
  appendHeader(name: string, value: unknown): this {
    const prev = this.#headers.get(name.toLowerCase())
    const add = Array.isArray(value) ? value.map(String) : [String(value)]
    return this.setHeader(name, prev ? [...[prev[1]].flat(), ...add] : add.length === 1 ? add[0] : add)
  }
  getHeader(name: string): string | string[] | undefined {
    return this.#headers.get(String(name).toLowerCase())?.[1]
  }
  getHeaders(): Record<string, string | string[]> {
    const out = Object.create(null) as Record<string, string | string[]>
    for (const [k, [, v]] of this.#headers) out[k] = v
    return out
  }
  getHeaderNames(): string[] {
    return [...this.#headers.keys()]
  }
  hasHeader(name: string): boolean {
    return this.#headers.has(name.toLowerCase())
  }
  removeHeader(name: string): void {
    if (this.headersSent) throw headersSentError('remove')
    this.#headers.delete(name.toLowerCase())
  }
  setTimeout(): this {
    return this
  }
  flushHeaders(): void {
    this.#storeHead()
  }
  writeContinue(): void {}

  writeHead(status: number, reason?: string | Headers, headers?: Headers): this {
    if (this.headersSent) throw headersSentError('write')
    if (typeof reason !== 'string') [headers, reason] = [reason, undefined]
    const code = Number(status) | 0
    if (code < 100 || code > 999) {
      throw Object.assign(new RangeError(`Invalid status code: ${status}`), { code: 'ERR_HTTP_INVALID_STATUS_CODE' })
    }
    this.statusCode = code
    if (reason !== undefined) this.statusMessage = reason
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) for (const [k, v] of headers as [string, unknown][]) this.setHeader(k, v)
      else for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1])
    } else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.setHeader(k, v)
    this.#storeHead()
    return this
  }

  write(chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
    if (this.writableEnded) {
      const e = Object.assign(new Error('write after end'), { code: 'ERR_STREAM_WRITE_AFTER_END' })
      queueMicrotask(() => this.emit('error', e))
      return false
    }
    this.#storeHead()
    this.#body += chunkText(chunk, encoding)
    const done = typeof encoding === 'function' ? encoding : cb
    if (typeof done === 'function') queueMicrotask(() => done())
    return true
  }

  end(chunk?: unknown, encoding?: unknown, cb?: unknown): this {
    if (typeof chunk === 'function') [cb, chunk] = [chunk, undefined]
    else if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined]
    if (this.writableEnded) return this
    const text = chunk === undefined ? '' : chunkText(chunk, encoding)
    if (!this.headersSent) this.#contentLength = byteLength(text)
    this.#storeHead()
    this.#body += text
    this.writableEnded = this.finished = true
    this.#deliver(this.#response())
    queueMicrotask(() => {
      this.writableFinished = true
      if (typeof cb === 'function') cb()
      this.emit('finish')
      this.emit('close')
    })
    return this
  }

  /** _storeHeader: from here on the head is fixed. */
  #storeHead(): void {
    if (this.headersSent) return
    this.headersSent = true
    this.chunkedEncoding = this.#contentLength === null && !this.#headers.has('content-length') && this.#hasBody()
  }

  #hasBody(): boolean {
    return this.req.method !== 'HEAD' && this.statusCode !== 204 && this.statusCode !== 304 && !(this.statusCode >= 100 && this.statusCode < 200)
  }

  #response(): HttpResponse {
    const headers: [string, string][] = []
    for (const [name, value] of this.#headers.values()) for (const v of [value].flat()) headers.push([name, v])
    if (this.sendDate && !this.#headers.has('date')) headers.push(['Date', new Date(this.#now()).toUTCString()])
    if (!this.#headers.has('connection')) {
      headers.push(['Connection', this.#keepAlive ? 'keep-alive' : 'close'])
      if (this.#keepAlive) headers.push(['Keep-Alive', 'timeout=5'])
    }
    if (!this.#headers.has('content-length') && !this.#headers.has('transfer-encoding')) {
      if (this.#contentLength !== null && this.statusCode !== 204 && this.statusCode !== 304) headers.push(['Content-Length', String(this.#contentLength)])
      else if (this.chunkedEncoding) headers.push(['Transfer-Encoding', 'chunked'])
    }
    const status = this.statusCode
    return {
      status,
      statusText: this.statusMessage ?? STATUS_CODES[status] ?? 'unknown',
      headers,
      body: this.#hasBody() ? this.#body : '',
    }
  }
}

/** The text Node gives a listen error (lib/net.js, uvExceptionWithHostPort). */
function listenError(error: string, port: number): Error {
  const code = /in use/i.test(error) ? 'EADDRINUSE' : /permission/i.test(error) ? 'EACCES' : 'EADDRNOTAVAIL'
  const text = code === 'EADDRINUSE' ? 'address already in use' : code === 'EACCES' ? 'permission denied' : 'address not available'
  const e = new Error(`listen ${code}: ${text} :::${port}`)
  return Object.assign(e, { code, errno: code === 'EADDRINUSE' ? -98 : code === 'EACCES' ? -13 : -99, syscall: 'listen', address: '::', port })
}

/**
 * The stack Node shows for a listen error: lib/net.js's frames above the caller's, and where the
 * 'error' event was emitted below (Node 22 line numbers).
 */
function withNetFrames(e: Error): Error {
  const callers = (e.stack ?? '').split('\n').slice(1)
  const stack = [
    `Error: ${e.message}`,
    '    at Server.setupListenHandle [as _listen2] (node:net:1908:16)',
    '    at listenInCluster (node:net:1965:12)',
    '    at Server.listen (node:net:2067:7)',
    ...callers,
    "Emitted 'error' event on Server instance at:",
    '    at emitErrorNT (node:net:1944:8)',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)',
  ].join('\n')
  Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false })
  return e
}

let nextEphemeral = 32768

/** http.Server: listen binds the port on the container's network through the bridge. */
export class Server extends EventEmitter {
  listening = false
  timeout = 0
  keepAliveTimeout = 5000
  headersTimeout = 60000
  requestTimeout = 300000
  maxHeadersCount: number | null = null
  #port: number | null = null
  readonly #net: NetBridge
  readonly #guard: (fn: () => void) => void
  readonly #now: () => number

  constructor(net: NetBridge, guard: (fn: () => void) => void, now: () => number, handler?: (req: IncomingMessage, res: ServerResponse) => void) {
    super()
    this.#net = net
    this.#guard = guard
    this.#now = now
    if (typeof handler === 'function') this.on('request', handler as (...a: unknown[]) => void)
  }

  listen(...args: unknown[]): this {
    const cb = typeof args[args.length - 1] === 'function' ? (args.pop() as () => void) : undefined
    let port: unknown = args[0]
    if (port && typeof port === 'object') port = (port as { port?: unknown }).port
    let n = port === undefined || port === null ? 0 : Number(port)
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      throw Object.assign(new RangeError(`options.port should be >= 0 and < 65536. Received type ${typeof port} (${typeof port === 'string' ? `'${port}'` : String(port)}).`), { code: 'ERR_SOCKET_BAD_PORT' })
    }
    if (n === 0) n = nextEphemeral++
    if (cb) this.once('listening', cb)
    // the error is made here so that its stack shows the caller's line, as Node's does
    const failure = withNetFrames(listenError('in use', n))
    void this.#net.listen(n, (req) => this.#handle(req)).then((error) => {
      this.#guard(() => {
        if (error === null) {
          this.#port = n
          this.listening = true
          this.emit('listening')
          return
        }
        const e = error.includes('in use') ? failure : listenError(error, n)
        if (this.listenerCount('error') === 0) unhandledErrorEvents.add(e)
        this.emit('error', e)
      })
    })
    return this
  }

  address(): { address: string; family: string; port: number } | null {
    return this.#port === null ? null : { address: '::', family: 'IPv6', port: this.#port }
  }

  close(cb?: (err?: Error) => void): this {
    if (this.#port === null) {
      const e = Object.assign(new Error('Server is not running.'), { code: 'ERR_SERVER_NOT_RUNNING' })
      if (cb) queueMicrotask(() => cb(e))
      return this
    }
    this.#net.unlisten(this.#port)
    this.#port = null
    this.listening = false
    queueMicrotask(() => {
      cb?.()
      this.emit('close')
    })
    return this
  }

  closeAllConnections(): void {}
  closeIdleConnections(): void {}
  setTimeout(): this {
    return this
  }
  ref(): this {
    if (this.#port !== null) this.#net.setRef(this.#port, true)
    return this
  }
  unref(): this {
    if (this.#port !== null) this.#net.setRef(this.#port, false)
    return this
  }
  getConnections(cb: (err: null, n: number) => void): void {
    queueMicrotask(() => cb(null, 0))
  }

  #handle(r: HttpRequest): Promise<HttpResponse> {
    return new Promise((resolve) => {
      const req = new IncomingMessage(r.headers, r.httpVersion, r.body, r.remoteAddress)
      req.method = r.method
      req.url = r.path
      const connection = String(req.headers.connection ?? '').toLowerCase()
      const keepAlive = r.httpVersion === '1.0' ? connection === 'keep-alive' : connection !== 'close'
      const res = new ServerResponse(req, keepAlive, this.#now, resolve)
      this.#guard(() => this.emit('request', req, res))
    })
  }
}
