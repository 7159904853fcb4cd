/**
 * URLs as curl and wget take them on the command line: the scheme may be left out (http is
 * guessed), the port defaults by scheme, a fragment is dropped. Parse failures carry the
 * reason so each tool can word it its own way.
 */
export interface ParsedUrl {
  scheme: string
  /** As typed (IPv6 literals keep their brackets). */
  host: string
  port: number
  /** True when the URL named the port. */
  explicitPort: boolean
  /** Path and query, always starting with "/". */
  path: string
}

export type UrlError =
  | { error: 'malformed' }
  | { error: 'no-host' }
  | { error: 'bad-port' }
  | { error: 'bad-hostname' }
  | { error: 'unsupported'; scheme: string }

export const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 }

export function parseUrl(input: string): ParsedUrl | UrlError {
  // curl refuses control characters and spaces anywhere in a URL
  if (input === '' || /[\x00-\x20\x7f]/.test(input)) return { error: 'malformed' }
  let rest = input
  let scheme = 'http'
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(input)
  if (m) {
    scheme = m[1]!.toLowerCase()
    rest = input.slice(m[0].length)
  }
  const end = rest.search(/[/?#]/)
  let authority = end < 0 ? rest : rest.slice(0, end)
  let path = end < 0 ? '' : rest.slice(end)
  const hash = path.indexOf('#')
  if (hash >= 0) path = path.slice(0, hash)
  if (!path.startsWith('/')) path = '/' + path
  const at = authority.lastIndexOf('@')
  if (at >= 0) authority = authority.slice(at + 1)
  let host = authority
  let portText: string | undefined
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']')
    if (close < 0) return { error: 'malformed' }
    host = authority.slice(0, close + 1)
    const after = authority.slice(close + 1)
    if (after && !after.startsWith(':')) return { error: 'malformed' }
    if (after) portText = after.slice(1)
  } else {
    const colon = authority.lastIndexOf(':')
    if (colon >= 0) {
      host = authority.slice(0, colon)
      portText = authority.slice(colon + 1)
    }
  }
  if (!(scheme in DEFAULT_PORTS)) return { error: 'unsupported', scheme }
  if (host === '') return { error: 'no-host' }
  if (!host.startsWith('[') && /[^A-Za-z0-9._~!$&'()*+,;=%-]/.test(host)) return { error: 'bad-hostname' }
  let port = DEFAULT_PORTS[scheme]!
  let explicitPort = false
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) return { error: 'bad-port' }
    port = Number(portText)
    explicitPort = true
  }
  return { scheme, host, port, explicitPort, path }
}

/** The URL written back out, as curl's url_effective and wget's log lines show it. */
export function formatUrl(u: ParsedUrl, o: { dropDefaultPort?: boolean } = {}): string {
  const showPort = u.explicitPort && !(o.dropDefaultPort && u.port === DEFAULT_PORTS[u.scheme])
  return `${u.scheme}://${u.host}${showPort ? `:${u.port}` : ''}${u.path}`
}

/** The Host header: the port only when it is not the scheme's default. */
export function hostHeader(u: ParsedUrl): string {
  return u.port === DEFAULT_PORTS[u.scheme] ? u.host : `${u.host}:${u.port}`
}

/** A Location header resolved against the URL it came from. */
export function resolveLocation(base: ParsedUrl, location: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location)) return location
  const origin = `${base.scheme}://${base.host}${base.explicitPort ? `:${base.port}` : ''}`
  if (location.startsWith('//')) return `${base.scheme}:${location}`
  if (location.startsWith('/')) return origin + location
  const path = base.path.split('?')[0]!
  if (location.startsWith('?')) return origin + path + location
  return origin + path.slice(0, path.lastIndexOf('/') + 1) + location
}

/** The host name as the network wants it (no IPv6 brackets). */
export function networkHost(u: ParsedUrl): string {
  return u.host.startsWith('[') ? u.host.slice(1, -1) : u.host
}

export function isIpLiteral(host: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')
}

/** The remote file name of a URL: the last path segment without the query. */
export function remoteName(u: ParsedUrl): string {
  const path = u.path.split('?')[0]!
  return path.slice(path.lastIndexOf('/') + 1)
}
