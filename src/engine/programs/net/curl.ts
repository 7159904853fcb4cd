import { resolvePath } from '../../fs/path'
import { FsError } from '../../fs/types'
import type { HttpResponse, Program, ProgramContext } from '../../process/types'
import { METER_HEADER, METER_START, meterLine } from './curl-meter'
import { utf8Length as byteLength } from '../../kernel/utf8'
import { addressOf, contentLength, exchange, header, writeOutput, type OutgoingRequest } from './http'
import { formatUrl, hostHeader, parseUrl, remoteName, resolveLocation, type ParsedUrl } from './url'

export const CURL_VERSION = '8.5.0'
const USER_AGENT = `curl/${CURL_VERSION}`
const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n"

const VERSION_TEXT =
  `curl ${CURL_VERSION} (x86_64-pc-linux-gnu) libcurl/${CURL_VERSION} OpenSSL/3.0.13 zlib/1.3 nghttp2/1.59.0\n` +
  'Release-Date: 2023-12-06\n' +
  'Protocols: dict file ftp ftps gopher gophers http https imap imaps mqtt pop3 pop3s rtsp smb smbs smtp smtps telnet tftp\n' +
  'Features: alt-svc AsynchDNS HSTS HTTP2 HTTPS-proxy IPv6 Largefile libz NTLM SSL threadsafe TLS-SRP UnixSockets\n'

const HELP_TEXT = `Usage: curl [options...] <url>
 -d, --data <data>           HTTP POST data
 -f, --fail                  Fail fast with no output on HTTP errors
 -h, --help <category>       Get help for commands
 -i, --include               Include protocol response headers in the output
 -o, --output <file>         Write to file instead of stdout
 -O, --remote-name           Write output to a file named as the remote file
 -s, --silent                Silent mode
 -T, --upload-file <file>    Transfer local FILE to destination
 -u, --user <user:password>  Server user and password
 -A, --user-agent <name>     Send User-Agent <name> to server
 -v, --verbose               Make the operation more talkative
 -V, --version               Show version number and quit

This is not the full help, this menu is stripped into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`

/** Short letters taking a value, and the long names of every option we know. */
const SHORT_VALUE = 'owXdHAemubr'
const SHORT_BOOL = 'sSiIOLfvkqN#46VhG'
const LONG: Record<string, string> = {
  silent: 's', 'show-error': 'S', include: 'i', head: 'I', 'remote-name': 'O', location: 'L', fail: 'f',
  verbose: 'v', insecure: 'k', 'no-buffer': 'N', version: 'V', help: 'h', get: 'G', 'fail-with-body': 'fail-with-body',
  'no-progress-meter': 'no-progress-meter', compressed: 'compressed', 'progress-bar': '#', ipv4: '4', ipv6: '6',
  'location-trusted': 'L', 'http1.1': 'http1.1',
  // with a value
  output: 'o=', 'write-out': 'w=', request: 'X=', data: 'd=', 'data-ascii': 'd=', 'data-raw': 'data-raw=',
  'data-binary': 'data-binary=', header: 'H=', 'user-agent': 'A=', referer: 'e=', 'max-time': 'm=', user: 'u=',
  cookie: 'b=', 'max-redirs': 'max-redirs=', 'connect-timeout': 'connect-timeout=', url: 'url=', range: 'r=',
  retry: 'retry=',
}

interface Options {
  silent: boolean
  showError: boolean
  include: boolean
  head: boolean
  remoteName: boolean
  follow: boolean
  fail: boolean
  failWithBody: boolean
  verbose: boolean
  noMeter: boolean
  get: boolean
  output?: string
  writeOut?: string
  method?: string
  data: string[]
  headers: string[]
  userAgent?: string
  referer?: string
  maxRedirs: number
  urls: string[]
}

type Parsed = { ok: true; o: Options } | { ok: false; status: number }

function parseArgs(ctx: ProgramContext, argv: string[]): Parsed {
  const o: Options = {
    silent: false, showError: false, include: false, head: false, remoteName: false, follow: false, fail: false,
    failWithBody: false, verbose: false, noMeter: false, get: false, data: [], headers: [], maxRedirs: 50, urls: [],
  }
  const bad = (opt: string, reason: string): Parsed => {
    ctx.stderr.write(`curl: option ${opt}: ${reason}\n${TRY_HELP}`)
    return { ok: false, status: 2 }
  }
  const readData = (v: string, raw: boolean, binary: boolean): string | null => {
    if (raw || !v.startsWith('@')) return v
    const file = v.slice(1)
    try {
      const text = file === '-' ? '' : ctx.fs.readFile(resolvePath(ctx.cwd, file))
      return binary ? text : text.replace(/[\r\n]/g, '')
    } catch (e) {
      if (!(e instanceof FsError)) throw e
      if (!o.silent) ctx.stderr.write(`Warning: Couldn't read data from file "${file}", this makes an empty POST.\n`)
      return ''
    }
  }
  const set = (key: string, value: string | undefined): Parsed | undefined => {
    switch (key) {
      case 's': o.silent = true; break
      case 'S': o.showError = true; break
      case 'i': o.include = true; break
      case 'I': o.head = true; break
      case 'O': o.remoteName = true; break
      case 'L': o.follow = true; break
      case 'f': o.fail = true; break
      case 'fail-with-body': o.failWithBody = true; break
      case 'v': o.verbose = true; break
      case 'G': o.get = true; break
      case 'no-progress-meter': o.noMeter = true; break
      case 'V': ctx.stdout.write(VERSION_TEXT); return { ok: false, status: 0 }
      case 'h': ctx.stdout.write(HELP_TEXT); return { ok: false, status: 0 }
      case 'o': o.output = value; break
      case 'w': o.writeOut = value; break
      case 'X': o.method = value; break
      case 'd': case 'data-raw': case 'data-binary': {
        const d = readData(value!, key === 'data-raw', key === 'data-binary')
        if (d !== null) o.data.push(d)
        break
      }
      case 'H': o.headers.push(value!); break
      case 'A': o.userAgent = value; break
      case 'e': o.referer = value; break
      case 'b': o.headers.push(`Cookie: ${value}`); break
      case 'url': o.urls.push(value!); break
      case 'max-redirs':
        if (!/^-?\d+$/.test(value!)) return bad('--max-redirs', 'expected a proper numerical parameter')
        o.maxRedirs = Number(value)
        break
      default: break // accepted and ignored: -k -N -m -u -r -4 -6 --compressed …
    }
    return undefined
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a.startsWith('--') && a.length > 2) {
      let name = a.slice(2)
      let key = LONG[name]
      if (key === undefined && name.startsWith('no-') && LONG[name.slice(3)] && !LONG[name.slice(3)]!.endsWith('=')) {
        name = name.slice(3)
        if (LONG[name] === 's') o.silent = false
        else if (LONG[name] === 'S') o.showError = false
        else if (LONG[name] === 'i') o.include = false
        else if (LONG[name] === 'L') o.follow = false
        else if (LONG[name] === 'f') o.fail = false
        continue
      }
      if (key === undefined) return bad(a, 'is unknown')
      let value: string | undefined
      if (key.endsWith('=')) {
        key = key.slice(0, -1)
        value = argv[++i]
        if (value === undefined) return bad(a, 'requires parameter')
      }
      const r = set(key, value)
      if (r) return r
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!
        if (SHORT_VALUE.includes(f)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i]
          if (value === undefined) return bad(`-${f}`, 'requires parameter')
          const r = set(f, value)
          if (r) return r
          break
        }
        if (!SHORT_BOOL.includes(f)) return bad(`-${f}`, 'is unknown')
        const r = set(f, undefined)
        if (r) return r
      }
      continue
    }
    o.urls.push(a)
  }
  return { ok: true, o }
}

/** curl's exit codes and messages for the failures a transfer can meet. */
class CurlError {
  constructor(
    readonly code: number,
    readonly message: string,
  ) {}
}

interface Transfer {
  url: ParsedUrl
  res?: HttpResponse
  downloaded: number
  redirects: number
  method: string
}

/**
 * curl 8.5: one HTTP transfer per URL over the virtual network. The body goes to stdout (or
 * -o/-O), errors to stderr as `curl: (N) message` with N the exit status; the progress meter
 * shows on stderr unless -s or the body is going to a terminal.
 */
export const curl: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (args.length === 0) {
    ctx.stderr.write(TRY_HELP)
    return 2
  }
  const parsed = parseArgs(ctx, args)
  if (!parsed.ok) return parsed.status
  const o = parsed.o
  if (o.urls.length === 0) {
    ctx.stderr.write(`curl: (2) no URL specified\n${TRY_HELP}`)
    return 2
  }
  let status = 0
  for (const [index, raw] of o.urls.entries()) {
    const r = await transferOne(ctx, o, raw, index === 0 ? o.output : undefined)
    if (r !== 0) status = r
  }
  return status
}

async function transferOne(ctx: ProgramContext, o: Options, raw: string, outputName: string | undefined): Promise<number> {
  const started = ctx.host.clock.now()
  const elapsedMs = () => Math.max(0, Math.floor(ctx.host.clock.now() - started))
  const toFile = outputName !== undefined || o.remoteName
  const meter = !o.silent && !o.noMeter && !o.verbose && (toFile || !ctx.tty)
  const showErrors = !o.silent || o.showError
  const err = ctx.stderr
  const verbose = (line: string) => void (o.verbose && err.write(line))
  const data = o.data.length ? o.data.join('&') : undefined
  let out = ''
  const t: Transfer = { url: undefined as unknown as ParsedUrl, downloaded: 0, redirects: 0, method: '' }
  const uploaded = () => (data !== undefined && !o.get ? byteLength(data) : 0)
  const meterState = (res?: HttpResponse) => ({
    downloaded: t.downloaded,
    uploaded: uploaded(),
    sizeDl: res ? contentLength(res) : undefined,
    sizeUl: data !== undefined && !o.get ? byteLength(data) : undefined,
    spentUs: Math.max(1000, elapsedMs() * 1000),
  })
  let meterShown = false
  const meterDone = (res?: HttpResponse) => {
    if (!meter) return
    if (!meterShown) err.write(METER_HEADER + METER_START)
    meterShown = true
    err.write(meterLine(meterState(res)) + '\n')
  }

  try {
    const first = parseUrl(raw)
    if ('error' in first) throw urlError(first)
    let url = first
    if (data !== undefined && o.get) url = { ...url, path: url.path + (url.path.includes('?') ? '&' : '?') + data }
    t.url = url
    let fileName = outputName
    if (fileName === undefined && o.remoteName) {
      fileName = remoteName(url)
      if (!fileName) {
        if (!o.silent) err.write('curl: Remote file name has no length\n')
        return 23
      }
    }
    if (meter) {
      err.write(METER_HEADER + METER_START)
      meterShown = true
    }
    let method = o.method ?? (o.head ? 'HEAD' : data !== undefined && !o.get ? 'POST' : 'GET')
    let withBody = data !== undefined && !o.get
    let body = withBody ? data! : ''
    for (;;) {
      t.method = method
      const req = buildRequest(o, url, method, body, withBody)
      const addr = addressOf(ctx, url.host)
      verbose(`*   Trying ${addr.includes(':') ? `[${addr}]` : addr}:${url.port}...\n`)
      const res = await exchange(ctx, url, req)
      if ('error' in res) {
        if (res.error === 'unresolved') {
          verbose(`* Could not resolve host: ${url.host}\n* Closing connection\n`)
          throw new CurlError(6, `Could not resolve host: ${url.host}`)
        }
        const msg = `Failed to connect to ${url.host} port ${url.port} after ${elapsedMs()} ms: Couldn't connect to server`
        verbose(`* connect to ${addr} port ${url.port} failed: Connection refused\n* ${msg}\n* Closing connection\n`)
        throw new CurlError(7, msg)
      }
      t.res = res
      verbose(`* Connected to ${url.host} (${addr}) port ${url.port}\n`)
      verbose(prefixLines(requestText(url, req), '> '))
      const head = responseHead(res)
      verbose(prefixLines(head, '< '))
      const location = header(res.headers, 'location')
      const redirecting = o.follow && location !== undefined && res.status >= 300 && res.status < 400
      if (o.include || o.head) out += head
      if ((o.fail || o.failWithBody) && res.status >= 400 && !(o.failWithBody && !o.fail)) {
        throw new CurlError(22, `The requested URL returned error: ${res.status}`)
      }
      if (redirecting) {
        if (t.redirects >= o.maxRedirs) throw new CurlError(47, `Maximum (${o.maxRedirs}) redirects followed`)
        const next = parseUrl(resolveLocation(url, location))
        if ('error' in next) throw urlError(next)
        if (method !== 'HEAD' && (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST'))) {
          if (o.method === undefined) method = 'GET'
          body = ''
          withBody = false
        }
        verbose(`* Connection #0 to host ${url.host} left intact\n* Issue another request to this URL: '${formatUrl(next)}'\n`)
        t.redirects++
        url = t.url = next
        continue
      }
      if (method !== 'HEAD') {
        t.downloaded = byteLength(res.body)
        out += res.body
        if (o.verbose && res.body && (!ctx.tty || toFile)) err.write(`{ [${t.downloaded} bytes data]\n`)
      }
      verbose(`* Connection #0 to host ${url.host} left intact\n`)
      break
    }
    if (fileName !== undefined) {
      try {
        writeOutput(ctx, resolvePath(ctx.cwd, fileName), out)
      } catch (e) {
        if (!(e instanceof FsError)) throw e
        if (!o.silent) err.write(`Warning: Failed to open the file ${fileName}: ${e.reason}\n`)
        throw new CurlError(23, 'Failure writing output to destination')
      }
    } else ctx.stdout.write(out)
    meterDone(t.res)
    if (o.failWithBody && !o.fail && t.res && t.res.status >= 400) {
      if (showErrors) err.write(`curl: (22) The requested URL returned error: ${t.res.status}\n`)
      writeOut(ctx, o, t)
      return 22
    }
    writeOut(ctx, o, t)
    return 0
  } catch (e) {
    if (!(e instanceof CurlError)) throw e
    if (e.code !== 3 && e.code !== 1) {
      if (out && outputName === undefined && !o.remoteName) ctx.stdout.write(out)
      meterDone(t.res)
    }
    if (showErrors) err.write(`curl: (${e.code}) ${e.message}\n`)
    if (t.url) writeOut(ctx, o, t)
    return e.code
  }
}

function urlError(e: ReturnType<typeof parseUrl> & { error: string }): CurlError {
  switch (e.error) {
    case 'unsupported':
      return new CurlError(1, `Protocol "${e.scheme}" not supported or disabled in libcurl`)
    case 'no-host':
      return new CurlError(3, 'URL rejected: No host part in the URL')
    case 'bad-port':
      return new CurlError(3, 'URL rejected: Port number was not a decimal number between 0 and 65535')
    case 'bad-hostname':
      return new CurlError(3, 'URL rejected: Bad hostname')
    default:
      return new CurlError(3, 'URL rejected: Malformed input to a URL function')
  }
}

/** The request headers in curl's order: Host, User-Agent, Accept, -H ones, then the body's. */
function buildRequest(o: Options, url: ParsedUrl, method: string, body: string, withBody: boolean): OutgoingRequest {
  const headers: [string, string][] = [['Host', hostHeader(url)]]
  headers.push(['User-Agent', o.userAgent ?? USER_AGENT], ['Accept', '*/*'])
  if (o.referer) headers.push(['Referer', o.referer])
  if (o.userAgent === '') headers.splice(1, 1)
  if (withBody) headers.push(['Content-Length', String(byteLength(body))], ['Content-Type', 'application/x-www-form-urlencoded'])
  for (const h of o.headers) {
    const colon = h.indexOf(':')
    const semi = h.indexOf(';')
    if (colon < 0 && semi < 0) continue
    const emptyValue = colon < 0 || (semi >= 0 && semi < colon)
    const name = h.slice(0, emptyValue ? semi : colon).trim()
    const value = emptyValue ? '' : h.slice(colon + 1).trim()
    const at = headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase())
    if (!emptyValue && value === '') {
      if (at >= 0) headers.splice(at, 1) // "Name:" removes an internal header
      continue
    }
    if (at >= 0) headers[at] = [name, value]
    else {
      // custom headers go before the body's Content-Length/Content-Type
      const bodyAt = headers.findIndex(([k]) => k === 'Content-Length')
      if (bodyAt >= 0) headers.splice(bodyAt, 0, [name, value])
      else headers.push([name, value])
    }
  }
  return { method, headers, body }
}

/** curl -v's trace: each line of a header block behind its marker, CRs kept as sent. */
function prefixLines(text: string, prefix: string): string {
  return text.split('\n').slice(0, -1).map((l) => `${prefix}${l}\n`).join('')
}

function requestText(url: ParsedUrl, req: OutgoingRequest): string {
  return `${req.method} ${url.path} HTTP/1.1\r\n` + req.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n'
}

/** The status line and headers as the server sent them, CRLF-terminated, with the blank line. */
function responseHead(res: HttpResponse): string {
  return `HTTP/1.1 ${res.status} ${res.statusText}\r\n` + res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n'
}

/** -w: %{variable} expansions and backslash escapes, to stdout. */
function writeOut(ctx: ProgramContext, o: Options, t: Transfer): void {
  if (o.writeOut === undefined) return
  const res = t.res
  const vars: Record<string, string> = {
    http_code: String(res?.status ?? 0).padStart(3, '0'),
    response_code: String(res?.status ?? 0).padStart(3, '0'),
    content_type: (res && header(res.headers, 'content-type')) ?? '',
    size_download: String(t.downloaded),
    size_header: String(res ? byteLength(responseHead(res)) : 0),
    url_effective: t.url ? formatUrl(t.url) : '',
    num_redirects: String(t.redirects),
    redirect_url: res && res.status >= 300 && res.status < 400 && header(res.headers, 'location') ? resolveLocation(t.url, header(res.headers, 'location')!) : '',
    scheme: t.url?.scheme.toUpperCase() ?? '',
    method: t.method,
    remote_ip: res && t.url ? addressOf(ctx, t.url.host) : '',
    remote_port: res && t.url ? String(t.url.port) : '',
    time_total: '0.001000',
  }
  let stream = ctx.stdout
  let text = ''
  const fmt = o.writeOut
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!
    if (c === '%' && fmt[i + 1] === '%') {
      text += '%'
      i++
    } else if (c === '%' && fmt[i + 1] === '{') {
      const close = fmt.indexOf('}', i)
      if (close < 0) {
        text += c
        continue
      }
      const name = fmt.slice(i + 2, close)
      i = close
      if (name === 'stderr' || name === 'stdout') {
        stream.write(text)
        text = ''
        stream = name === 'stderr' ? ctx.stderr : ctx.stdout
      } else if (name in vars) text += vars[name]
      else if (!o.silent) ctx.stderr.write(`curl: unknown --write-out variable: '${name}'\n`)
    } else if (c === '\\' && i + 1 < fmt.length && 'nrt\\'.includes(fmt[i + 1]!)) {
      text += { n: '\n', r: '\r', t: '\t', '\\': '\\' }[fmt[++i] as 'n']
    } else text += c
  }
  stream.write(text)
}
