import { Buffer } from './buffer'
import { EventEmitter } from './events'

/** Node's http.STATUS_CODES (lib/_http_server.js), the codes programs print. */
export const STATUS_CODES: Record<number, string> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
}

export const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE']

/** Text of a body chunk: strings as given, Buffers and typed arrays decoded as UTF-8. */
export function chunkText(chunk: unknown, encoding?: unknown): string {
  if (typeof chunk === 'string') return encoding === 'base64' || encoding === 'hex' ? Buffer.from(chunk, encoding).toString() : chunk
  if (chunk instanceof Uint8Array) return new TextDecoder().decode(chunk)
  if (chunk === undefined || chunk === null) return ''
  const e = new TypeError(`The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ${typeof chunk === 'object' ? 'an instance of Object' : `type ${typeof chunk} (${String(chunk)})`}`)
  throw Object.assign(e, { code: 'ERR_INVALID_ARG_TYPE' })
}

/**
 * Headers as Node's IncomingMessage gives them: lower-case names; repeated fields joined with
 * ", " (set-cookie kept as an array, and the first of single-valued fields such as host wins).
 */
export function headerObject(raw: [string, string][]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  const single = new Set(['host', 'content-type', 'content-length', 'user-agent', 'authorization', 'referer', 'location', 'etag'])
  for (const [k, v] of raw) {
    const name = k.toLowerCase()
    const prev = out[name]
    if (name === 'set-cookie') out[name] = [...((prev as string[] | undefined) ?? []), v]
    else if (prev === undefined) out[name] = v
    else if (!single.has(name)) out[name] = `${prev as string}, ${v}`
  }
  return out
}

/**
 * A readable body (IncomingMessage, both sides): paused until someone reads it (a 'data'
 * listener, resume(), pipe(), async iteration), then one 'data' chunk and 'end', as a stream
 * in flowing mode delivers a small body.
 */
export class IncomingMessage extends EventEmitter {
  headers: Record<string, string | string[]>
  rawHeaders: string[]
  httpVersion: string
  httpVersionMajor: number
  httpVersionMinor: number
  complete = false
  readableEnded = false
  aborted = false
  method?: string
  url?: string
  statusCode?: number
  statusMessage?: string
  socket: { remoteAddress: string; remotePort: number; remoteFamily: string; localPort?: number; encrypted?: boolean; destroy(): void }
  connection: IncomingMessage['socket']
  // private (#) state: body parsers set req.body themselves
  #flowing = false
  #encoding: string | null = null
  readonly #body: string
  trailers: Record<string, string> = {}

  constructor(
    raw: [string, string][],
    httpVersion: string,
    body: string,
    remoteAddress: string,
  ) {
    super()
    this.#body = body
    this.headers = headerObject(raw)
    this.rawHeaders = raw.flat()
    this.httpVersion = httpVersion
    const [major, minor] = httpVersion.split('.')
    this.httpVersionMajor = Number(major) || 1
    this.httpVersionMinor = Number(minor) || 0
    this.socket = { remoteAddress, remotePort: 40000 + (body.length % 20000), remoteFamily: 'IPv4', destroy() {} }
    this.connection = this.socket
  }

  override on(name: string | symbol, fn: (...args: unknown[]) => void): this {
    super.on(name, fn)
    if (name === 'data' || name === 'readable') this.resume()
    return this
  }
  override addListener(name: string | symbol, fn: (...args: unknown[]) => void): this {
    return this.on(name, fn)
  }

  setEncoding(encoding: string): this {
    this.#encoding = encoding
    return this
  }

  setTimeout(): this {
    return this
  }

  resume(): this {
    if (this.#flowing) return this
    this.#flowing = true
    Promise.resolve().then(() => {
      if (this.#body) this.emit('data', this.#encoding ? this.#body : Buffer.from(this.#body))
      this.complete = true
      this.readableEnded = true
      this.emit('end')
      this.emit('close')
    })
    return this
  }

  pause(): this {
    return this
  }

  read(): unknown {
    return null
  }

  pipe<T extends { write(c: unknown): unknown; end(): unknown }>(dest: T): T {
    this.on('data', (c) => dest.write(c))
    this.on('end', () => dest.end())
    return dest
  }

  unpipe(): this {
    return this
  }

  destroy(): this {
    return this
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<unknown> {
    if (this.readableEnded) return
    this.#flowing = true
    await Promise.resolve()
    this.complete = true
    this.readableEnded = true
    if (this.#body) yield this.#encoding ? this.#body : Buffer.from(this.#body)
    this.emit('end')
  }
}

/** Node's error for a header set too late (lib/_http_outgoing.js). */
export function headersSentError(verb: string): Error {
  return Object.assign(new Error(`Cannot ${verb} headers after they are sent to the client`), { code: 'ERR_HTTP_HEADERS_SENT' })
}
