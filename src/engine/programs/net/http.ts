import type { HttpResponse, ProgramContext } from '../../process/types'
import { networkHost, type ParsedUrl } from './url'

export type Exchange = HttpResponse | { error: 'refused' | 'unresolved' }

export interface OutgoingRequest {
  method: string
  headers: [string, string][]
  body: string
}

/**
 * One request on the virtual network. There is no TLS here: an https URL still resolves its
 * host (a probe on port 0, where nothing ever listens) and then finds nothing to handshake with.
 */
export async function exchange(ctx: ProgramContext, url: ParsedUrl, req: OutgoingRequest): Promise<Exchange> {
  const host = networkHost(url)
  if (url.scheme === 'https') {
    const probe = await ctx.host.network.request(host, 0, { method: 'GET', path: '/', httpVersion: '1.1', headers: [], body: '' })
    return 'error' in probe && probe.error === 'unresolved' ? probe : { error: 'refused' }
  }
  return ctx.host.network.request(host, url.port, { method: req.method, path: url.path, httpVersion: '1.1', headers: req.headers, body: req.body })
}

/** The address a name stands for, for log lines: localhost, literals, then /etc/hosts. */
export function addressOf(ctx: ProgramContext, host: string): string {
  const h = host.startsWith('[') ? host.slice(1, -1) : host
  if (h === 'localhost') return '127.0.0.1'
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h) || h.includes(':')) return h
  try {
    for (const line of ctx.fs.readFile('/etc/hosts').split('\n')) {
      const [addr, ...names] = line.replace(/#.*/, '').trim().split(/\s+/)
      if (addr && names.includes(h)) return addr
    }
  } catch {
    // no /etc/hosts: fall through
  }
  return h
}

export function header(headers: readonly [string, string][], name: string): string | undefined {
  const n = name.toLowerCase()
  return headers.find(([k]) => k.toLowerCase() === n)?.[1]
}

/** The declared body length, if the response has a sane Content-Length. */
export function contentLength(res: HttpResponse): number | undefined {
  const v = header(res.headers, 'content-length')
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined
}

/** Write a downloaded file; the /dev names a shell would open specially go where they point. */
export function writeOutput(ctx: ProgramContext, path: string, data: string, append = false): void {
  if (path === '/dev/null') return
  if (path === '/dev/stdout') return ctx.stdout.write(data)
  if (path === '/dev/stderr') return ctx.stderr.write(data)
  ctx.fs.writeFile(path, data, { append })
}
