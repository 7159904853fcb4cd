/** Node's `querystring` (lib/querystring.js): repeated keys become arrays, '+' is a space. */
export function makeQuerystring() {
  const unescape = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '))
    } catch {
      return s
    }
  }
  const escape = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const parse = (str: unknown, sep = '&', eq = '=') => {
    const out = Object.create(null) as Record<string, string | string[]>
    if (typeof str !== 'string' || str === '') return out
    for (const part of str.split(sep)) {
      if (!part) continue
      const i = part.indexOf(eq)
      const k = unescape(i < 0 ? part : part.slice(0, i))
      const v = i < 0 ? '' : unescape(part.slice(i + eq.length))
      const prev = out[k]
      out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
    }
    return out
  }
  const stringify = (obj: unknown, sep = '&', eq = '=') => {
    if (!obj || typeof obj !== 'object') return ''
    const prim = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? escape(String(v)) : '')
    return Object.entries(obj)
      .map(([k, v]) => (Array.isArray(v) ? v.map((x) => `${escape(k)}${eq}${prim(x)}`).join(sep) : `${escape(k)}${eq}${prim(v)}`))
      .join(sep)
  }
  return { parse, stringify, decode: parse, encode: stringify, escape, unescape }
}

interface LegacyUrl {
  protocol: string | null
  slashes: boolean | null
  auth: string | null
  host: string | null
  port: string | null
  hostname: string | null
  hash: string | null
  search: string | null
  query: string | Record<string, string | string[]> | null
  pathname: string | null
  path: string | null
  href: string
}

/** Node's `url`: the WHATWG classes plus the legacy parse/format/resolve that tutorials use. */
export function makeUrl() {
  const qs = makeQuerystring()
  const parse = (input: string, parseQuery = false): LegacyUrl => {
    const m = /^(?:([a-z][a-z0-9+.-]*:))?(\/\/)?(?:([^@/?#]*)@)?([^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(String(input).trim())!
    const [, protocol, slashes, auth, hostPart, pathname, search, hash] = m
    const withHost = Boolean(slashes)
    const host = withHost ? (hostPart ?? '').toLowerCase() : null
    const port = host ? (/:(\d+)$/.exec(host)?.[1] ?? null) : null
    const hostname = host ? host.replace(/:\d+$/, '') : null
    const path = withHost ? pathname || '/' : (hostPart ?? '') + (pathname ?? '')
    const query = search ? search.slice(1) : null
    return {
      protocol: protocol?.toLowerCase() ?? null,
      slashes: withHost || null,
      auth: auth ?? null,
      host,
      port,
      hostname,
      hash: hash ?? null,
      search: search ?? (parseQuery ? '' : null),
      query: parseQuery ? qs.parse(query ?? '') : query,
      pathname: path || null,
      path: (path || '') + (search ?? '') || null,
      href: String(input),
    }
  }
  const format = (u: unknown): string => {
    if (u instanceof URL) return u.href
    if (typeof u === 'string') return u
    const o = (u ?? {}) as Partial<LegacyUrl> & { query?: unknown }
    const host = o.host ?? (o.hostname ? o.hostname + (o.port ? `:${o.port}` : '') : '')
    const search = o.search ?? (o.query && typeof o.query === 'object' ? `?${qs.stringify(o.query)}` : '')
    const proto = o.protocol ? (o.protocol.endsWith(':') ? o.protocol : `${o.protocol}:`) : ''
    return `${proto}${host || o.slashes ? '//' : ''}${o.auth ? `${o.auth}@` : ''}${host}${o.pathname ?? ''}${search === '?' ? '' : search}${o.hash ?? ''}`
  }
  const resolve = (from: string, to: string) => {
    const r = new URL(to, new URL(from, 'resolve://'))
    return r.protocol === 'resolve:' ? r.pathname + r.search + r.hash : r.href
  }
  return {
    URL,
    URLSearchParams,
    parse,
    format,
    resolve,
    domainToASCII: (d: string) => d.toLowerCase(),
    domainToUnicode: (d: string) => d,
    fileURLToPath: (u: string | URL) => decodeURIComponent(new URL(String(u)).pathname),
    pathToFileURL: (p: string) => new URL(`file://${encodeURI(p)}`),
  }
}
