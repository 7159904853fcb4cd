import { resolvePath } from '../../fs/path'
import { FsError } from '../../fs/types'
import { utcFields } from '../../kernel/time'
import type { HttpResponse, Program, ProgramContext } from '../../process/types'
import { utf8Length as byteLength } from '../../kernel/utf8'
import { addressOf, contentLength, exchange, header, writeOutput } from './http'
import { formatUrl, hostHeader, isIpLiteral, parseUrl, remoteName, resolveLocation, type ParsedUrl } from './url'

export const WGET_VERSION = '1.21.4'
const MAX_REDIRECTS = 20

/** GNU Wget's exit statuses. */
const EXIT = { generic: 1, parse: 2, io: 3, network: 4, server: 8 } as const

const USAGE = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n"

interface Options {
  quiet: boolean
  nonVerbose: boolean
  serverResponse: boolean
  output?: string
  prefix?: string
  userAgent?: string
  headers: [string, string][]
  urls: string[]
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2024-07-16 04:36:32", wget's datetime_str, in UTC (the containers' TZ). */
function datetime(ms: number): string {
  const f = utcFields(ms)
  return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`
}

/** calc_rate: bytes/second scaled to B, K, M, G with its unit index. */
function calcRate(bytes: number, secs: number): [number, number] {
  let rate = bytes / secs
  let units = 0
  while (rate >= 1024 && units < 4) {
    rate /= 1024
    units++
  }
  return [rate, units]
}

const decimals = (r: number) => (r >= 99.95 ? 0 : r >= 9.995 ? 1 : 2)

/** print_decimal: how wget prints the seconds a download took. */
function printDecimal(n: number): string {
  if (n >= 9.95) return n.toFixed(0)
  if (n >= 0.95) return n.toFixed(1)
  if (n >= 0.001) return String(Number(n.toPrecision(1)))
  if (n >= 0.0005) return n.toFixed(3)
  return '0'
}

/** human_readable(n, 10, 1): "12K", "1.5M". */
function humanReadable(n: number): string {
  const powers = 'KMGTPEZY'
  for (let i = 0; i < powers.length; i++) {
    const val = n / 1024 ** (i + 1)
    if (val < 1024 || i === powers.length - 1) return `${val.toFixed(val < 10 ? 1 : 0)}${powers[i]}`
  }
  return String(n)
}

/** The "dot" progress wget uses when stderr is not a terminal (1K dots, 50 a row). */
function dotProgress(size: number, total: number | undefined, secs: number): string {
  const ROW = 50 * 1024
  let text = ''
  let dots = 0
  let rows = 0
  let acc = size
  const names = ' KMGT'
  const rowStats = (bytesThisRow: number, displayed: number, last: boolean) => {
    let s = total ? `${String(Math.floor((100 * displayed) / total)).padStart(3)}%` : ''
    const [rate, units] = calcRate(bytesThisRow, secs)
    s += ` ${rate.toFixed(decimals(rate)).padStart(4)}${names[units]}`
    if (last) s += `=${printDecimal(secs)}s`
    else if (total) s += ' 0s'
    return s
  }
  while (acc >= 1024) {
    acc -= 1024
    if (dots === 0) text += `\n${String((rows * ROW) / 1024).padStart(6)}K`
    if (dots % 10 === 0) text += ' '
    text += '.'
    if (++dots >= 50) {
      dots = 0
      rows++
      text += rowStats(ROW, rows * ROW, false)
    }
  }
  if (dots === 0) text += `\n${String((rows * ROW) / 1024).padStart(6)}K`
  for (let i = dots; i < 50; i++) text += i % 10 === 0 ? '  ' : ' '
  text += rowStats(dots * 1024 + acc, rows * ROW + dots * 1024 + acc, true)
  return text + '\n\n'
}

/** The bar wget draws on a terminal, in its finished state, `width` columns wide. */
function barProgress(name: string, size: number, total: number | undefined, secs: number, width: number): string {
  const nameCols = Math.floor(width / 4)
  const barSize = width - (nameCols + 1 + 4 + 2 + 8 + 10 + 15)
  let s = name.length < nameCols ? name + ' '.repeat(nameCols - name.length + 1) : name.slice(0, nameCols) + ' '
  s += total ? `${String(Math.floor((100 * size) / total)).padStart(3)}%` : '    '
  if (barSize >= 5) {
    if (total) {
      const dl = Math.floor((size / total) * barSize)
      s += '[' + (dl > 0 ? '='.repeat(dl - 1) + '>' : '') + ' '.repeat(barSize - Math.max(dl, 0)) + ']'
    } else s += '[' + ' '.repeat(barSize) + ']'
  }
  const down = size < 1000 ? String(size) : `${(size / 1024 ** Math.floor(Math.log(size) / Math.log(1024))).toFixed(2)}${'KMGT'[Math.floor(Math.log(size) / Math.log(1024)) - 1]}`
  s += down.padStart(8)
  s += '  --.-KB/s'
  const done = `    in ${secs >= 10 ? `${Math.round(secs)}s` : `${printDecimal(secs)}s`}`
  s += done.padEnd(15)
  return s.padEnd(width)
}

function parseArgs(ctx: ProgramContext, argv: string[]): { ok: true; o: Options } | { ok: false; status: number } {
  const o: Options = { quiet: false, nonVerbose: false, serverResponse: false, headers: [], urls: [] }
  const fail = (msg: string) => {
    ctx.stderr.write(`wget: ${msg}\n${USAGE}`)
    return { ok: false as const, status: EXIT.parse }
  }
  const valued: Record<string, keyof Options | 'header'> = {
    O: 'output', P: 'prefix', U: 'userAgent', 'output-document': 'output', 'directory-prefix': 'prefix',
    'user-agent': 'userAgent', header: 'header',
  }
  const setValue = (key: string, v: string) => {
    const k = valued[key]
    if (k === 'header') {
      const colon = v.indexOf(':')
      if (colon > 0) o.headers.push([v.slice(0, colon).trim(), v.slice(colon + 1).trim()])
    } else if (k === 'output' || k === 'prefix' || k === 'userAgent') o[k] = v
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--version' || a === '-V') {
      ctx.stdout.write(`GNU Wget ${WGET_VERSION} built on linux-gnu.\n`)
      return { ok: false, status: 0 }
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=')
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq)
      if (name in valued) {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i]
        if (v === undefined) return fail(`option '--${name}' requires an argument`)
        setValue(name, v)
      } else if (name === 'quiet') o.quiet = true
      else if (name === 'no-verbose') o.nonVerbose = true
      else if (name === 'server-response') o.serverResponse = true
      else if (!['verbose', 'no-check-certificate', 'progress', 'show-progress', 'no-clobber', 'continue', 'spider', 'tries', 'timeout'].includes(name))
        return fail(`unrecognized option '${a}'`)
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!
        if ('OPUT'.includes(f)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i]
          if (v === undefined) return fail(`option requires an argument -- '${f}'`)
          if (f !== 'T') setValue(f, v)
          break
        }
        if (f === 'q') o.quiet = true
        else if (f === 'S') o.serverResponse = true
        else if (f === 'n' && a[j + 1] === 'v') {
          o.nonVerbose = true
          j++
        } else if (!'vcN'.includes(f)) return fail(`invalid option -- '${f}'`)
      }
      continue
    }
    o.urls.push(a)
  }
  return { ok: true, o }
}

/**
 * GNU Wget 1.21: fetch each URL to a file named after it (or -O), logging to stderr as wget
 * does: the dated URL line, resolving, connecting, the status, length, progress and the
 * saved line. Exit 4 for network failures, 8 for server errors, 3 for file errors.
 */
export const wget: Program = async (ctx) => {
  const parsed = parseArgs(ctx, ctx.argv.slice(1))
  if (!parsed.ok) return parsed.status
  const o = parsed.o
  if (!o.urls.length) {
    ctx.stderr.write(`wget: missing URL\n${USAGE}`)
    return EXIT.generic
  }
  const toStdout = o.output === '-'
  if (o.output !== undefined && !toStdout) {
    try {
      writeOutput(ctx, resolvePath(ctx.cwd, o.output), '')
    } catch (e) {
      if (!(e instanceof FsError)) throw e
      ctx.stderr.write(`${o.output}: ${e.reason}\n`)
      return EXIT.generic
    }
  }
  let status = 0
  for (const raw of o.urls) {
    const r = await fetchOne(ctx, o, raw)
    if (r !== 0 && (status === 0 || r < status)) status = r
  }
  return status
}

async function fetchOne(ctx: ProgramContext, o: Options, raw: string): Promise<number> {
  const verbose = !o.quiet && !o.nonVerbose
  const log = (text: string) => void (verbose && ctx.stderr.write(text))
  const notQuiet = (text: string) => void (!o.quiet && ctx.stderr.write(text))
  const now = () => datetime(ctx.host.clock.now())
  const first = parseUrl(raw)
  if ('error' in first) {
    const shown = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`
    const reason =
      first.error === 'unsupported' ? `Unsupported scheme ‘${first.scheme}’.`
      : first.error === 'bad-port' ? 'Bad port number.'
      : first.error === 'no-host' || first.error === 'bad-hostname' ? 'Invalid host name.'
      : 'Invalid URL.'
    notQuiet(`${shown}: ${reason}\n`)
    return EXIT.generic
  }
  let url: ParsedUrl = first
  let connected: string | undefined // host:port of the open connection, for "Reusing"
  for (let redirects = 0; ; redirects++) {
    log(`--${now()}--  ${formatUrl(url, { dropDefaultPort: true })}\n`)
    const hostPort = `${url.host}:${url.port}`
    const addr = addressOf(ctx, url.host)
    const res = await exchange(ctx, url, {
      method: 'GET',
      headers: [
        ['Host', hostHeader(url)],
        ['User-Agent', o.userAgent ?? `Wget/${WGET_VERSION}`],
        ['Accept', '*/*'],
        ['Accept-Encoding', 'identity'],
        ['Connection', 'Keep-Alive'],
        ...o.headers,
      ],
      body: '',
    })
    if (connected === hostPort && !('error' in res)) log(`Reusing existing connection to ${hostPort}.\n`)
    else {
      const named = !isIpLiteral(url.host)
      if (named) {
        log(`Resolving ${url.host} (${url.host})... `)
        if ('error' in res && res.error === 'unresolved') {
          log('failed: Name or service not known.\n')
          notQuiet(`wget: unable to resolve host address ‘${url.host}’\n`)
          return EXIT.network
        }
        log(`${addr}\n`)
      }
      log(named ? `Connecting to ${url.host} (${url.host})|${addr}|:${url.port}... ` : `Connecting to ${url.host}:${url.port}... `)
      if ('error' in res) {
        if (verbose) log('failed: Connection refused.\n')
        else notQuiet(`failed: Connection refused.\n`)
        return EXIT.network
      }
      log('connected.\n')
    }
    connected = hostPort
    log('HTTP request sent, awaiting response... ')
    if (o.serverResponse) {
      log('\n')
      notQuiet(`  HTTP/1.1 ${res.status} ${res.statusText}\n` + res.headers.map(([k, v]) => `  ${k}: ${v}\n`).join(''))
    } else log(`${res.status} ${res.statusText}\n`)
    const location = header(res.headers, 'location')
    if ([301, 302, 303, 307, 308].includes(res.status) && location !== undefined) {
      log(`Location: ${location} [following]\n`)
      if (redirects + 1 >= MAX_REDIRECTS) {
        notQuiet(`${MAX_REDIRECTS} redirections exceeded.\n`)
        return EXIT.server
      }
      const next = parseUrl(resolveLocation(url, location))
      if ('error' in next) {
        notQuiet(`${location}: Invalid URL.\n`)
        return EXIT.generic
      }
      url = next
      continue
    }
    if (res.status >= 400) {
      notQuiet(`${now()} ERROR ${res.status}: ${res.statusText}.\n`)
      log('\n')
      return EXIT.server
    }
    return save(ctx, o, url, res, { log, notQuiet, now })
  }
}

function save(
  ctx: ProgramContext,
  o: Options,
  url: ParsedUrl,
  res: HttpResponse,
  out: { log: (t: string) => void; notQuiet: (t: string) => void; now: () => string },
): number {
  const { log, notQuiet, now } = out
  const declared = contentLength(res)
  const type = header(res.headers, 'content-type')
  const size = byteLength(res.body)
  let length = declared === undefined ? 'unspecified' : String(declared)
  if (declared !== undefined && declared >= 1024) length += ` (${humanReadable(declared)})`
  log(`Length: ${length}${type ? ` [${type}]` : ''}\n`)
  const toStdout = o.output === '-'
  let target: string
  let path: string | undefined
  if (o.output !== undefined) {
    target = toStdout ? 'STDOUT' : o.output
    if (!toStdout) path = resolvePath(ctx.cwd, o.output)
  } else {
    const base = remoteName(url) || 'index.html'
    const dir = o.prefix ? resolvePath(ctx.cwd, o.prefix) : ctx.cwd
    target = o.prefix ? `${o.prefix.replace(/\/+$/, '')}/${base}` : base
    path = resolvePath(dir, base)
    for (let n = 1; ctx.fs.exists(path); n++) {
      path = resolvePath(dir, `${base}.${n}`)
      target = o.prefix ? `${o.prefix.replace(/\/+$/, '')}/${base}.${n}` : `${base}.${n}`
    }
    if (o.prefix) {
      try {
        ctx.fs.mkdir(dir, { recursive: true })
      } catch (e) {
        if (!(e instanceof FsError)) throw e
      }
    }
  }
  try {
    if (toStdout) ctx.stdout.write(res.body)
    else writeOutput(ctx, path!, res.body, o.output !== undefined)
  } catch (e) {
    if (!(e instanceof FsError)) throw e
    notQuiet(`${target}: ${e.reason}\n`)
    return EXIT.io
  }
  log(`Saving to: ‘${target}’\n`)
  // a transfer on the virtual network takes no measurable time; wget's timer would read ~10µs
  const secs = 0.00001
  const [rate, units] = calcRate(size, secs)
  const rateText = `${rate.toFixed(decimals(rate))} ${['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'][units]}`
  if (ctx.stderr.isTTY) log('\n\r' + barProgress(toStdout ? '-' : target, size, declared, secs, Math.max(51, ctx.host.columns || 80) - 1) + '\n\n')
  else log(dotProgress(size, declared, secs))
  const counts = declared !== undefined ? `[${size}/${declared}]` : `[${size}]`
  log(toStdout ? `${now()} (${rateText}) - written to stdout ${counts}\n\n` : `${now()} (${rateText}) - ‘${target}’ saved ${counts}\n\n`)
  if (o.nonVerbose && !o.quiet) notQuiet(`${now()} URL:${formatUrl(url, { dropDefaultPort: true })} ${counts} -> "${target === 'STDOUT' ? '-' : target}" [1]\n`)
  return 0
}
