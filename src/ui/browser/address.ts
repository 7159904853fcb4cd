/**
 * Addresses in the built-in browser: what the learner types (`localhost:8080/x`,
 * `http://localhost:8080/x`, `172.17.0.2`) and the hrefs a page links to, resolved against the
 * page's own address. Only plain http to localhost and IPv4 literals exists on the virtual
 * network; everything else is reported, never fetched.
 */
export interface Address {
  host: string
  port: number
  /** Path with the query, always starting with "/". */
  path: string
}

export type AddressResult = { ok: true; address: Address } | { ok: false; reason: 'empty' | 'https' | 'scheme' | 'host' | 'invalid'; input: string }

const LOCAL = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]'])
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

function fromUrl(url: URL, input: string): AddressResult {
  if (url.protocol === 'https:') return { ok: false, reason: 'https', input }
  if (url.protocol !== 'http:') return { ok: false, reason: 'scheme', input }
  const host = url.hostname
  const ipv4 = IPV4.exec(host)
  if (!LOCAL.has(host) && !(ipv4 && ipv4.slice(1).every((o) => Number(o) <= 255))) return { ok: false, reason: 'host', input }
  return { ok: true, address: { host: host === '[::1]' || host === '0.0.0.0' ? 'localhost' : host, port: url.port ? Number(url.port) : 80, path: `${url.pathname || '/'}${url.search}` } }
}

/** What the address bar accepts: a scheme is optional (http is assumed). */
export function parseAddress(raw: string): AddressResult {
  const input = raw.trim()
  if (!input) return { ok: false, reason: 'empty', input }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^(javascript|data|about|file|blob):/i.test(input) ? input : `http://${input}`
  try {
    return fromUrl(new URL(withScheme), input)
  } catch {
    return { ok: false, reason: 'invalid', input }
  }
}

/** A link or form action on a page at `base`; fragments are dropped (there is nothing to scroll). */
export function resolveHref(href: string, base: Address): AddressResult {
  const input = href.trim()
  try {
    const url = new URL(input, formatUrl(base))
    url.hash = ''
    return fromUrl(url, input)
  } catch {
    return { ok: false, reason: 'invalid', input }
  }
}

/** http://host[:port]/path — the canonical form kept in history. */
export function formatUrl(a: Address): string {
  return `http://${a.host}${a.port === 80 ? '' : `:${a.port}`}${a.path}`
}

/** What the address bar shows: localhost:8080/path (no scheme, "/" alone omitted). */
export function displayAddress(a: Address): string {
  return `${a.host}${a.port === 80 ? '' : `:${a.port}`}${a.path === '/' ? '' : a.path}`
}

/** A form's fields as the new query of the action address (a GET submission). */
export function withQuery(a: Address, query: string): Address {
  const path = a.path.split('?')[0] ?? '/'
  return { ...a, path: query ? `${path}?${query}` : path }
}
