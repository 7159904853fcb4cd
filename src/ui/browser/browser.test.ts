import { describe, expect, it } from 'vitest'
import { displayAddress, formatUrl, parseAddress, resolveHref, type Address } from './address'
import { explainRefused } from './explain'
import { loadPage, navigationFrom, type HostNetwork } from './loader'
import { PAGE_CSP, dataUrl, injectPrelude, pageTitle, parseAttributes, rewriteHtml, setAttribute } from './rewrite'

const at = (host: string, port: number, path = '/'): Address => ({ host, port, path })

describe('address bar', () => {
  it('accepts localhost:PORT/path, full http URLs and container addresses', () => {
    expect(parseAddress('localhost:8080')).toEqual({ ok: true, address: at('localhost', 8080) })
    expect(parseAddress(' http://localhost:8080/x?q=1#top ')).toEqual({ ok: true, address: at('localhost', 8080, '/x?q=1') })
    expect(parseAddress('172.17.0.2')).toEqual({ ok: true, address: at('172.17.0.2', 80) })
    expect(parseAddress('127.0.0.1:3000/api')).toEqual({ ok: true, address: at('127.0.0.1', 3000, '/api') })
    expect(parseAddress('LOCALHOST')).toEqual({ ok: true, address: at('localhost', 80) })
  })
  it('refuses what is not on the virtual network', () => {
    expect(parseAddress('https://localhost:8443')).toMatchObject({ ok: false, reason: 'https' })
    expect(parseAddress('example.com')).toMatchObject({ ok: false, reason: 'host' })
    expect(parseAddress('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'scheme' })
    expect(parseAddress('file:///etc/passwd')).toMatchObject({ ok: false, reason: 'scheme' })
    expect(parseAddress('999.1.1.1')).toMatchObject({ ok: false })
    expect(parseAddress('   ')).toMatchObject({ ok: false, reason: 'empty' })
  })
  it('resolves links against the page and shows addresses without the scheme', () => {
    const base = at('localhost', 8080, '/docs/a.html')
    expect(resolveHref('b.html', base)).toEqual({ ok: true, address: at('localhost', 8080, '/docs/b.html') })
    expect(resolveHref('/img/x.png#frag', base)).toEqual({ ok: true, address: at('localhost', 8080, '/img/x.png') })
    expect(resolveHref('http://localhost:8081/', base)).toEqual({ ok: true, address: at('localhost', 8081) })
    expect(resolveHref('https://cdn.example.com/x.js', base)).toMatchObject({ ok: false, reason: 'https' })
    expect(formatUrl(at('localhost', 80, '/a'))).toBe('http://localhost/a')
    expect(displayAddress(at('localhost', 8080))).toBe('localhost:8080')
    expect(displayAddress(at('localhost', 8080, '/x?y=1'))).toBe('localhost:8080/x?y=1')
  })
  it('turns page messages into navigations: links, GET forms (query), POST forms (body)', () => {
    const base = at('localhost', 8080, '/form.html?old=1')
    expect(navigationFrom(base, { kind: 'link', href: 'next.html', method: 'GET', body: '' })).toEqual({ address: at('localhost', 8080, '/next.html'), method: 'GET', body: '' })
    expect(navigationFrom(base, { kind: 'form', href: '/search', method: 'GET', body: 'q=a+b' })).toEqual({ address: at('localhost', 8080, '/search?q=a+b'), method: 'GET', body: '' })
    expect(navigationFrom(base, { kind: 'form', href: '', method: 'GET', body: 'q=1' }).address).toEqual(at('localhost', 8080, '/form.html?q=1'))
    expect(navigationFrom(base, { kind: 'form', href: 'post', method: 'POST', body: 'a=1' })).toEqual({ address: at('localhost', 8080, '/post'), method: 'POST', body: 'a=1' })
    expect(navigationFrom(base, { kind: 'link', href: 'https://evil.example/', method: 'GET', body: '' }).blocked).toEqual({ reason: 'https', input: 'https://evil.example/' })
  })
})

describe('page rewriting', () => {
  const files: Record<string, [string, string]> = {
    '/style.css': ['text/css', 'body{background:url(img/bg.svg)}'],
    '/img/bg.svg': ['image/svg+xml', '<svg/>'],
    '/app.js': ['text/javascript', 'document.title="</script>"'],
    '/logo.svg': ['image/svg+xml', '<svg>é</svg>'],
  }
  const fetch = async (a: Address) => (files[a.path] ? { contentType: files[a.path]![0], body: files[a.path]![1] } : null)

  it('inlines stylesheets (with their url()s), scripts and images as data: URLs', async () => {
    const html = '<!DOCTYPE html><html><head><link rel="stylesheet" href="style.css"><script src="/app.js"></script></head><body><img src="logo.svg" alt="x"><img src="missing.png"></body></html>'
    const out = await rewriteHtml(html, at('localhost', 8080), fetch)
    expect(out.startsWith('<!DOCTYPE html><meta http-equiv="Content-Security-Policy"')).toBe(true)
    expect(out).toContain(`<style>body{background:url("${dataUrl('<svg/>', 'image/svg+xml')}")}</style>`)
    expect(out).toContain('<script>document.title="<\\/script>"</script>')
    expect(out).toContain(`<img src="${dataUrl('<svg>é</svg>', 'image/svg+xml')}" alt="x">`)
    expect(out).toContain('<img src="data:,">')
    expect(out).not.toMatch(/src="\/app\.js"|href="style\.css"/)
  })
  it('the CSP allows no network requests at all: only inline code and data: resources', () => {
    expect(PAGE_CSP).toContain("default-src 'none'")
    expect(PAGE_CSP).not.toMatch(/connect-src|'self'|https?:/)
    expect(injectPrelude('<p>hi')).toMatch(/^<meta http-equiv="Content-Security-Policy"[^>]*><script>/)
  })
  it('attribute helpers and titles', () => {
    expect([...parseAttributes('<img src=a.png alt="a &amp; b" hidden>')]).toEqual([['src', 'a.png'], ['alt', 'a & b'], ['hidden', '']])
    expect(setAttribute('<img src=\'x\'>', 'src', 'data:,')).toBe('<img src="data:,">')
    expect(setAttribute('<img alt="">', 'src', 'y')).toBe('<img alt="" src="y">')
    expect(pageTitle('<title>\n Welcome to nginx!\n</title>')).toBe('Welcome to nginx!')
    expect(dataUrl('é', 'text/plain')).toBe('data:text/plain;base64,w6k=')
  })
})

describe('loading through the virtual network', () => {
  const net = (routes: Record<string, { status: number; headers?: [string, string][]; body?: string }>): HostNetwork & { seen: string[] } => {
    const seen: string[] = []
    return {
      seen,
      request: async (host, port, req) => {
        seen.push(`${req.method} ${host}:${port}${req.path} ${req.body}`)
        if (port === 9) return { error: 'refused' }
        const r = routes[req.path]
        if (!r) return { status: 404, statusText: 'Not Found', headers: [['Content-Type', 'text/html']], body: '<h1>404</h1>' }
        return { status: r.status, statusText: r.status === 200 ? 'OK' : 'Found', headers: r.headers ?? [['Content-Type', 'text/html']], body: r.body ?? '' }
      },
    }
  }
  it('follows redirects, turns POST into GET after 303, and reports the status', async () => {
    const n = net({ '/save': { status: 303, headers: [['Location', '/done']] }, '/done': { status: 200, body: '<title>Done</title>' } })
    const r = await loadPage(n, { address: at('localhost', 8080, '/save'), method: 'POST', body: 'a=1' })
    expect(r).toMatchObject({ kind: 'page', status: 200, title: 'Done', address: at('localhost', 8080, '/done') })
    expect(n.seen).toEqual(['POST localhost:8080/save a=1', 'GET localhost:8080/done '])
    expect(await loadPage(n, { address: at('localhost', 8080, '/nope'), method: 'GET', body: '' })).toMatchObject({ kind: 'page', status: 404, statusText: 'Not Found' })
    expect(await loadPage(n, { address: at('localhost', 9), method: 'GET', body: '' })).toEqual({ kind: 'refused', address: at('localhost', 9) })
  })
  it('text responses are shown escaped inside <pre>', async () => {
    const n = net({ '/j': { status: 200, headers: [['Content-Type', 'application/json']], body: '{"a":"<b>"}' } })
    const r = await loadPage(n, { address: at('localhost', 8080, '/j'), method: 'GET', body: '' })
    expect(r.kind === 'page' && r.srcdoc).toContain('{&quot;a&quot;:&quot;&lt;b&gt;&quot;}</pre>')
  })
})

describe('why nothing answered', () => {
  it('a stopped publisher, an exposed-but-unpublished port, or nothing', () => {
    const web = { name: 'web', running: false, unpublished: ['80/tcp'], wanted: [8080] }
    expect(explainRefused(8080, [web])).toEqual({ key: 'browser.why.stopped', params: { name: 'web', port: 8080 } })
    const bare = { name: 'web', running: true, unpublished: ['80/tcp'], wanted: [] }
    expect(explainRefused(8080, [bare])).toEqual({ key: 'browser.why.exposed', params: { name: 'web', exposed: '80/tcp', port: 8080, containerPort: '80' } })
    expect(explainRefused(80, [bare]).params).toMatchObject({ exposed: '80/tcp', containerPort: '80' })
    expect(explainRefused(8080, [])).toEqual({ key: 'browser.why.nothing', params: { port: 8080 } })
  })
})
