import type { HttpRequest, HttpResponse, Program } from '../../process/types'
import { apacheLogDate, clfDate, httpDate } from './http-date'
import { utf8Length as byteLength } from '../../kernel/utf8'
import { contentType, lookupStatic } from './static-files'

/** Apache httpd in the foreground (`httpd -DFOREGROUND`), serving htdocs from the container. */
export const httpd: Program = async (ctx) => {
  const prefix = ctx.env.get('HTTPD_PREFIX') ?? '/usr/local/apache2'
  const version = ctx.env.get('HTTPD_VERSION') ?? '2.4.66'
  const root = `${prefix}/htdocs`
  if (ctx.argv.includes('-v')) {
    ctx.stdout.write(`Server version: Apache/${version} (Unix)\nServer built:   Dec  4 2025 00:00:00\n`)
    return 0
  }
  const ip = ctx.host.network ? (ctx.env.get('HOSTNAME') ? addressOf(ctx.fs.readFile('/etc/hosts'), ctx.host.hostname) : '') : ''
  const log = (mod: string, msg: string) =>
    ctx.stderr.write(`[${apacheLogDate(ctx.host.clock.now())}] [${mod}] [pid ${ctx.pid}:tid ${ctx.pid}] ${msg}\n`)
  const handler = async (req: HttpRequest): Promise<HttpResponse> => {
    const found = lookupStatic(ctx.fs, root, req.path, ['index.html'])
    const headers: [string, string][] = [['Date', httpDate(ctx.host.clock.now())], ['Server', `Apache/${version} (Unix)`]]
    let status = 200
    let statusText = 'OK'
    let body: string
    if (found.kind === 'file') {
      body = found.body
      headers.push(['Accept-Ranges', 'bytes'], ['Content-Length', String(byteLength(body))], ['Content-Type', contentType(found.path)])
    } else if (found.kind === 'redirect') {
      status = 301
      statusText = 'Moved Permanently'
      body = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>301 Moved Permanently</title>\n</head><body>\n<h1>Moved Permanently</h1>\n<p>The document has moved <a href="${found.location}">here</a>.</p>\n</body></html>\n`
      headers.push(['Location', found.location], ['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=iso-8859-1'])
    } else {
      ;[status, statusText] = found.kind === 'missing' ? [404, 'Not Found'] : [403, 'Forbidden']
      const detail =
        found.kind === 'missing'
          ? 'The requested URL was not found on this server.'
          : "You don't have permission to access this resource."
      body = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${statusText}</title>\n</head><body>\n<h1>${statusText}</h1>\n<p>${detail}</p>\n</body></html>\n`
      headers.push(['Content-Length', String(byteLength(body))], ['Content-Type', 'text/html; charset=iso-8859-1'])
    }
    if (req.method === 'HEAD') body = ''
    ctx.stdout.write(
      `${req.remoteAddress} - - [${clfDate(ctx.host.clock.now())}] "${req.method} ${req.path} HTTP/${req.httpVersion}" ${status} ${req.method === 'HEAD' ? '-' : byteLength(body)}\n`,
    )
    return { status, statusText, headers, body }
  }
  const bound = ctx.host.network.listen(80, handler)
  if (!bound.ok) {
    ctx.stderr.write(`(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80\n`)
    return 1
  }
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip || '127.0.0.1'}. Set the 'ServerName' directive globally to suppress this message\n`
  ctx.stderr.write(fqdn + fqdn)
  log('mpm_event:notice', `AH00489: Apache/${version} (Unix) configured -- resuming normal operations`)
  log('core:notice', `AH00094: Command line: 'httpd -D FOREGROUND'`)
  const how = await new Promise<string>((resolve) => {
    ctx.signals.on('SIGWINCH', () => resolve('AH00492: caught SIGWINCH, shutting down gracefully'))
    ctx.signals.on('SIGTERM', () => resolve('AH00491: caught SIGTERM, shutting down'))
    ctx.signals.on('SIGINT', () => resolve('AH00491: caught SIGTERM, shutting down'))
    ctx.signals.terminated.onCancel(() => resolve(''))
  })
  bound.close()
  if (!how) return 137
  log('mpm_event:notice', how)
  return 0
}

function addressOf(hosts: string, hostname: string): string {
  for (const line of hosts.split('\n')) {
    const [ip, ...names] = line.split(/\s+/)
    if (names.includes(hostname)) return ip ?? ''
  }
  return ''
}
