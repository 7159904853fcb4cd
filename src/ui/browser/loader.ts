import { formatUrl, resolveHref, withQuery, type Address } from './address'
import { imagePage, pageTitle, rewriteHtml, textPage, type ResourceFetch } from './rewrite'

/** The engine's virtual network seen from the host (NetworkPort.request). */
export interface HostNetwork {
  request(
    host: string,
    port: number,
    req: { method: string; path: string; httpVersion: string; headers: [string, string][]; body: string },
  ): Promise<{ status: number; statusText: string; headers: [string, string][]; body: string } | { error: 'refused' | 'unresolved' }>
}

export interface Navigation {
  address: Address
  method: 'GET' | 'POST'
  /** application/x-www-form-urlencoded fields of a form submission. */
  body: string
  /** Set when the address could not be used at all: shown as an error, never fetched. */
  blocked?: { reason: 'empty' | 'https' | 'scheme' | 'host' | 'invalid'; input: string }
}

export type PageLoad =
  | { kind: 'page'; address: Address; status: number; statusText: string; srcdoc: string; title: string }
  | { kind: 'refused' | 'unresolved' | 'redirects'; address: Address }

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Wharf/1.0'
const header = (h: [string, string][], name: string) => h.find(([k]) => k.toLowerCase() === name)?.[1]

function hostHeader(a: Address): string {
  return a.port === 80 ? a.host : `${a.host}:${a.port}`
}

async function exchange(net: HostNetwork, a: Address, method: string, body: string, accept: string) {
  const headers: [string, string][] = [['Host', hostHeader(a)], ['User-Agent', USER_AGENT], ['Accept', accept]]
  if (method === 'POST') headers.push(['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', String(new TextEncoder().encode(body).length)])
  return net.request(a.host, a.port, { method, path: a.path, httpVersion: '1.1', headers, body })
}

/** GET for sub-resources, following redirects; anything but 2xx is treated as missing. */
export function resourceFetcher(net: HostNetwork): ResourceFetch {
  return async (start) => {
    let a = start
    for (let hop = 0; hop < 10; hop++) {
      const r = await exchange(net, a, 'GET', '', '*/*')
      if ('error' in r) return null
      const location = header(r.headers, 'location')
      if (r.status >= 300 && r.status < 400 && location) {
        const next = resolveHref(location, a)
        if (!next.ok) return null
        a = next.address
        continue
      }
      if (r.status < 200 || r.status >= 300) return null
      return { body: r.body, contentType: (header(r.headers, 'content-type') ?? '').split(';')[0]!.trim() }
    }
    return null
  }
}

/** Load a page like a browser: follow redirects (303 and POST→302 become GET), then render. */
export async function loadPage(net: HostNetwork, nav: Navigation): Promise<PageLoad> {
  let { address, method, body } = nav
  for (let hop = 0; hop < 20; hop++) {
    const r = await exchange(net, address, method, body, 'text/html,application/xhtml+xml,*/*;q=0.8')
    if ('error' in r) return { kind: r.error, address }
    const location = header(r.headers, 'location')
    if ([301, 302, 303, 307, 308].includes(r.status) && location) {
      const next = resolveHref(location, address)
      if (next.ok) {
        address = next.address
        if (r.status === 303 || (method === 'POST' && r.status < 307)) [method, body] = ['GET', '']
        continue
      }
    }
    const type = (header(r.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    const html = type === 'text/html' || type === 'application/xhtml+xml' || (!type && /^\s*</.test(r.body))
    const srcdoc =
      html ? await rewriteHtml(r.body, address, resourceFetcher(net))
      : type.startsWith('image/') ? imagePage(r.body, type)
      : textPage(r.body)
    return { kind: 'page', address, status: r.status, statusText: r.statusText, srcdoc, title: html ? pageTitle(r.body) : '' }
  }
  return { kind: 'redirects', address }
}

/** A navigation request from a page (link or form), resolved against the page's address. */
export function navigationFrom(base: Address, msg: { kind: string; href: string; method: string; body: string }): Navigation {
  const target = resolveHref(msg.href || formatUrl(base), base)
  if (!target.ok) return { address: base, method: 'GET', body: '', blocked: { reason: target.reason, input: target.input } }
  if (msg.method === 'POST') return { address: target.address, method: 'POST', body: msg.body }
  return { address: msg.kind === 'form' ? withQuery(target.address, msg.body) : target.address, method: 'GET', body: '' }
}
