/**
 * Turning a page served on the virtual network into a self-contained srcdoc: stylesheets,
 * scripts and images are fetched through the virtual network and inlined (data: URLs), a
 * Content-Security-Policy forbids every real network request, and a small script turns link
 * clicks and form submissions into postMessage navigation requests to the panel.
 */
import { resolveHref, type Address } from './address'

/** A sub-resource fetched through the virtual network (null when nothing usable came back). */
export type ResourceFetch = (address: Address) => Promise<{ body: string; contentType: string } | null>

export const NAV_MESSAGE = 'wharf-browser:navigate'

/** No fetch, XHR, WebSocket, frames, or loads from the app's origin: only what was inlined. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; form-action 'none'; base-uri 'none'"

const GUARD = `(()=>{const post=(m)=>parent.postMessage(Object.assign({type:'${NAV_MESSAGE}'},m),'*');
document.addEventListener('click',(e)=>{const t=e.target;const a=t instanceof Element?t.closest('a[href]'):null;if(!a||e.defaultPrevented||e.button!==0)return;const h=a.getAttribute('href')||'';if(h.startsWith('#')||/^javascript:/i.test(h))return;e.preventDefault();post({kind:'link',href:h,method:'GET',body:'',newTab:a.getAttribute('target')==='_blank'||e.ctrlKey||e.metaKey})});
document.addEventListener('submit',(e)=>{const f=e.target;if(!(f instanceof HTMLFormElement)||e.defaultPrevented)return;e.preventDefault();const s=e.submitter;const q=new URLSearchParams();for(const [k,v] of new FormData(f,s||undefined))q.append(k,typeof v==='string'?v:v.name);const method=((s&&s.getAttribute('formmethod'))||f.getAttribute('method')||'GET').toUpperCase();post({kind:'form',href:(s&&s.getAttribute('formaction'))||f.getAttribute('action')||'',method:method==='POST'?'POST':'GET',body:q.toString(),newTab:false})});})()`

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** UTF-8 text as a base64 data: URL. */
export function dataUrl(body: string, contentType: string): string {
  const bytes = new TextEncoder().encode(body)
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:${contentType || 'application/octet-stream'};base64,${btoa(bin)}`
}

/** The head every rendered page starts with: the CSP first, then the navigation guard. */
export function pagePrelude(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}"><script>${GUARD}</script>`
}

/** Put the prelude before anything else of the document (after a doctype, keeping standards mode). */
export function injectPrelude(html: string): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)
  return doctype ? doctype[0] + pagePrelude() + html.slice(doctype[0].length) : pagePrelude() + html
}

/** Attributes of one start tag, as written (names lower-cased). */
export function parseAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>()
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '')
  for (const m of body.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase()
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''))
  }
  return out
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

/** Replace one attribute's value in a start tag (added when missing). */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*'|[^\\s>]+)`, 'i')
  const quoted = `"${escapeHtml(value)}"`
  return re.test(tag) ? tag.replace(re, (_m, pre: string) => `${pre}${quoted}`) : tag.replace(/\s*\/?>$/, (end) => ` ${name}=${quoted}${end}`)
}

async function replaceAsync(s: string, re: RegExp, fn: (m: RegExpExecArray) => Promise<string>): Promise<string> {
  const parts: (string | Promise<string>)[] = []
  let last = 0
  for (const m of s.matchAll(re)) {
    parts.push(s.slice(last, m.index), fn(m as RegExpExecArray))
    last = m.index + m[0].length
  }
  parts.push(s.slice(last))
  return (await Promise.all(parts)).join('')
}

/** url(...) references in CSS, fetched relative to the stylesheet's address. */
export function inlineCssUrls(css: string, base: Address, fetch: ResourceFetch): Promise<string> {
  return replaceAsync(css, /url\(\s*(['"]?)([^'")]+)\1\s*\)/gi, async (m) => {
    const ref = m[2]!.trim()
    if (/^data:/i.test(ref)) return m[0]
    const a = resolveHref(ref, base)
    const r = a.ok ? await fetch(a.address) : null
    return r ? `url("${dataUrl(r.body, r.contentType)}")` : 'url("data:,")'
  })
}

/** The HTML of a page at `base`, with its resources inlined and the prelude injected. */
export async function rewriteHtml(html: string, base: Address, fetch: ResourceFetch): Promise<string> {
  const cache = new Map<string, ReturnType<ResourceFetch>>()
  const get = (ref: string): ReturnType<ResourceFetch> => {
    const a = resolveHref(ref, base)
    if (!a.ok) return Promise.resolve(null)
    const key = `${a.address.host}:${a.address.port}${a.address.path}`
    let p = cache.get(key)
    if (!p) cache.set(key, (p = fetch(a.address)))
    return p
  }
  const at = (ref: string): Address => {
    const a = resolveHref(ref, base)
    return a.ok ? a.address : base
  }
  let out = await replaceAsync(html, /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, async (m) => {
    const attrs = parseAttributes(`<script${m[1]}>`)
    const src = attrs.get('src')
    if (!src) return m[0]
    const r = await get(src)
    const open = `<script${m[1]!.replace(/\s+src\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '')}>`
    return r ? `${open}${r.body.replace(/<\/script/gi, '<\\/script')}</script>` : `${open}</script>`
  })
  out = await replaceAsync(out, /<link\b[^>]*>/gi, async (m) => {
    const attrs = parseAttributes(m[0])
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attrs.get('href')
    if (!href) return m[0]
    if (rel.includes('stylesheet')) {
      const r = await get(href)
      const media = attrs.get('media')
      return r ? `<style${media ? ` media="${escapeHtml(media)}"` : ''}>${await inlineCssUrls(r.body, at(href), fetch)}</style>` : ''
    }
    if (rel.includes('icon')) {
      const r = await get(href)
      return r ? setAttribute(m[0], 'href', dataUrl(r.body, r.contentType)) : ''
    }
    return m[0]
  })
  out = await replaceAsync(out, /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi, async (m) => `<style${m[1]}>${await inlineCssUrls(m[2]!, base, fetch)}</style>`)
  out = await replaceAsync(out, /<(img|source|input|video|audio)\b[^>]*>/gi, async (m) => {
    const attrs = parseAttributes(m[0])
    let tag = m[0]
    if (attrs.has('srcset')) tag = tag.replace(/\s+srcset\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '')
    const src = attrs.get('src')
    if (!src || /^data:/i.test(src)) return tag
    const r = await get(src)
    return setAttribute(tag, 'src', r ? dataUrl(r.body, r.contentType) : 'data:,')
  })
  return injectPrelude(out)
}

/** A text response (plain text, JSON, CSS, …) shown as a browser shows it: preformatted. */
export function textPage(body: string): string {
  return `${pagePrelude()}<pre style="word-wrap:break-word;white-space:pre-wrap;font-family:monospace">${escapeHtml(body)}</pre>`
}

/** An image response on its own. */
export function imagePage(body: string, contentType: string): string {
  return `${pagePrelude()}<body style="margin:0;display:grid;place-items:center;min-height:100vh;background:#0e0e0e"><img alt="" src="${dataUrl(body, contentType)}"></body>`
}

/** The <title> of a page, for the tab. */
export function pageTitle(html: string): string {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)
  return m ? decodeEntities(m[1]!.trim().replace(/\s+/g, ' ')) : ''
}
