import type { RootFs } from '../../fs/rootfs'
import type { HttpRequest, HttpResponse, Program } from '../../process/types'
import { clfDate, headerValue, httpDate, nginxLogDate } from './http-date'
import { contentType, lookupStatic } from './static-files'
import { utf8Length as byteLength } from '../../kernel/utf8'

interface Site {
  port: number
  root: string
  index: string[]
}

/** The server blocks nginx would load: conf.d (official image) and sites-enabled (Debian package). */
function readSites(fs: RootFs): Site[] {
  const files: string[] = []
  for (const dir of ['/etc/nginx/conf.d', '/etc/nginx/sites-enabled']) {
    if (!fs.isDir(dir)) continue
    for (const n of fs.readdir(dir)) if (dir.endsWith('sites-enabled') || n.endsWith('.conf')) files.push(`${dir}/${n}`)
  }
  const sites: Site[] = []
  for (const f of files) {
    let raw: string
    try {
      raw = fs.readFile(f)
    } catch {
      continue
    }
    const text = raw.replace(/#.*$/gm, '')
    const listen = /listen\s+(?:\[::\]:)?(\d+)/.exec(text)
    const root = /\broot\s+([^;\s]+)\s*;/.exec(text)
    const index = /\bindex\s+([^;]+);/.exec(text)
    sites.push({
      port: listen ? Number(listen[1]) : 80,
      root: root ? root[1]! : '/usr/share/nginx/html',
      index: index ? index[1]!.trim().split(/\s+/) : ['index.html'],
    })
  }
  if (!sites.length) sites.push({ port: 80, root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'] })
  return sites
}

function errorPage(status: number, text: string, version: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`
}

/**
 * nginx in the foreground: serves the document roots of its configuration from the container's
 * own filesystem, logs requests in the combined format to stdout and notices to stderr, and
 * shuts down gracefully on SIGQUIT (the image's STOPSIGNAL) or SIGTERM.
 */
export const nginx: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const version = ctx.env.get('NGINX_VERSION') ?? '1.29.4'
  if (args.includes('-v') || args.includes('-V')) {
    ctx.stderr.write(`nginx version: nginx/${version}\n`)
    return 0
  }
  if (args.includes('-t')) {
    ctx.stderr.write(`nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n`)
    return 0
  }
  const now = () => nginxLogDate(ctx.host.clock.now())
  const pid = ctx.pid
  const notice = (msg: string, who = `${pid}#${pid}`) => ctx.stderr.write(`${now()} [notice] ${who}: ${msg}\n`)
  const sites = readSites(ctx.fs)
  const handler = (site: Site) => async (req: HttpRequest): Promise<HttpResponse> => {
    const found = lookupStatic(ctx.fs, site.root, req.path, site.index)
    let status = 200
    let statusText = 'OK'
    let body: string
    const headers: [string, string][] = [['Server', `nginx/${version}`], ['Date', httpDate(ctx.host.clock.now())]]
    if (found.kind === 'file') {
      body = found.body
      headers.push(['Content-Type', contentType(found.path)], ['Content-Length', String(byteLength(body))])
      headers.push(['Connection', 'keep-alive'], ['Accept-Ranges', 'bytes'])
    } else if (found.kind === 'redirect') {
      status = 301
      statusText = 'Moved Permanently'
      body = errorPage(301, statusText, version)
      headers.push(['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))], ['Location', found.location])
    } else {
      ;[status, statusText] = found.kind === 'missing' ? [404, 'Not Found'] : [403, 'Forbidden']
      body = errorPage(status, statusText, version)
      headers.push(['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))])
      if (found.kind === 'missing') {
        ctx.stderr.write(
          `${now()} [error] 29#29: *1 open() "${site.root}${req.path}" failed (2: No such file or directory), client: ${req.remoteAddress}, server: localhost, request: "${req.method} ${req.path} HTTP/${req.httpVersion}", host: "${headerValue(req.headers, 'host') ?? 'localhost'}"\n`,
        )
      }
    }
    if (req.method === 'HEAD') body = ''
    const ua = headerValue(req.headers, 'user-agent') ?? '-'
    const referer = headerValue(req.headers, 'referer') ?? '-'
    ctx.stdout.write(
      `${req.remoteAddress} - - [${clfDate(ctx.host.clock.now())}] "${req.method} ${req.path} HTTP/${req.httpVersion}" ${status} ${req.method === 'HEAD' ? 0 : byteLength(body)} "${referer}" "${ua}" "-"\n`,
    )
    return { status, statusText, headers, body }
  }
  const closers: (() => void)[] = []
  for (const s of sites) {
    const r = ctx.host.network.listen(s.port, handler(s))
    if (!r.ok) {
      ctx.stderr.write(`${now()} [emerg] ${pid}#${pid}: bind() to 0.0.0.0:${s.port} failed (98: ${r.error})\n`)
      return 1
    }
    closers.push(r.close)
  }
  notice('using the "epoll" event method')
  notice(`nginx/${version}`)
  notice('built by gcc 14.2.0 (Debian 14.2.0-19) ')
  notice('OS: Linux 6.8.0-51-generic')
  notice('getrlimit(RLIMIT_NOFILE): 1048576:1048576')
  notice('start worker processes')
  const workers = [pid + 28, pid + 29]
  for (const w of workers) notice(`start worker process ${w}`)
  const stopped = await new Promise<string>((resolve) => {
    ctx.signals.on('SIGQUIT', () => resolve('3 (SIGQUIT)'))
    ctx.signals.on('SIGTERM', () => resolve('15 (SIGTERM)'))
    ctx.signals.on('SIGINT', () => resolve('2 (SIGINT)'))
    ctx.signals.terminated.onCancel(() => resolve(''))
  })
  for (const c of closers) c()
  if (!stopped) return 137
  notice(`signal ${stopped} received, ${stopped.startsWith('3') ? 'shutting down' : 'exiting'}`)
  for (const w of workers) {
    notice('gracefully shutting down', `${w}#${w}`)
    notice('exiting', `${w}#${w}`)
    notice('exit', `${w}#${w}`)
  }
  for (const w of workers) {
    notice(`signal 17 (SIGCHLD) received from ${w}`)
    notice(`worker process ${w} exited with code 0`)
  }
  notice('exit')
  return 0
}

