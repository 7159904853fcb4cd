/**
 * The sandboxed iframe that hosts the guest workers. `sandbox="allow-scripts"` without
 * allow-same-origin gives it an opaque origin (no cookies, localStorage, IndexedDB, no access to
 * the page), and its CSP forbids every fetch, import and connection: what runs in it can only
 * compute and postMessage. Workers are made inside it from a blob, so they inherit both.
 */

export const SANDBOX_CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:"

/**
 * The iframe's only script: spawn, message and kill workers on the page's behalf. The guest
 * bundle is an ES-format chunk with no imports or exports; it runs wrapped in a function so its
 * top-level names stay private and the worker's global scope holds only what user code should
 * see (the REPL runs user input as scripts in that scope).
 */
const IFRAME_SCRIPT = `
const workers = new Map()
const urls = new Map()
const up = (m) => parent.postMessage(m, '*')
addEventListener('message', (e) => {
  if (e.source !== parent) return
  const d = e.data
  if (d.kind === 'spawn') {
    let url = urls.get(d.sourceKey)
    if (!url) { url = URL.createObjectURL(new Blob(['(function () {\\n', d.source, '\\n}).call(undefined)'], { type: 'text/javascript' })); urls.set(d.sourceKey, url) }
    const w = new Worker(url)
    w.onmessage = (m) => up({ kind: 'guest', id: d.id, msg: m.data })
    w.onerror = (err) => { err.preventDefault(); up({ kind: 'error', id: d.id, message: String(err.message || 'worker failed') + ' ' + (err.filename || '') + ':' + (err.lineno || '') }) }
    workers.set(d.id, w)
  } else if (d.kind === 'post') {
    workers.get(d.id)?.postMessage(d.msg)
  } else if (d.kind === 'kill') {
    workers.get(d.id)?.terminate()
    workers.delete(d.id)
  }
})
up({ kind: 'iframe-ready' })
`

export type IframeUp = { kind: 'iframe-ready' } | { kind: 'guest'; id: number; msg: unknown } | { kind: 'error'; id: number; message: string }
export type IframeDown =
  | { kind: 'spawn'; id: number; source: string; sourceKey: string }
  | { kind: 'post'; id: number; msg: unknown }
  | { kind: 'kill'; id: number }

export interface IframeHost {
  send(m: IframeDown): void
  /** Messages from the worker with this id (and its failure). */
  listen(id: number, onMessage: (msg: unknown) => void, onError: (message: string) => void): () => void
}

let host: Promise<IframeHost> | null = null

/** The one hidden iframe of the page, created on first use. */
export function iframeHost(): Promise<IframeHost> {
  host ??= new Promise((resolve) => {
    const iframe = document.createElement('iframe')
    iframe.setAttribute('sandbox', 'allow-scripts')
    iframe.setAttribute('aria-hidden', 'true')
    iframe.tabIndex = -1
    iframe.style.display = 'none'
    iframe.dataset.wharf = 'js-sandbox'
    iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"><script>${IFRAME_SCRIPT}</script>`
    const listeners = new Map<number, { onMessage: (msg: unknown) => void; onError: (message: string) => void }>()
    window.addEventListener('message', (e: MessageEvent<IframeUp>) => {
      if (e.source !== iframe.contentWindow) return
      const d = e.data
      if (d.kind === 'iframe-ready') resolve({ send: (m) => iframe.contentWindow!.postMessage(m, '*'), listen })
      else if (d.kind === 'guest') listeners.get(d.id)?.onMessage(d.msg)
      else listeners.get(d.id)?.onError(d.message)
    })
    const listen: IframeHost['listen'] = (id, onMessage, onError) => {
      listeners.set(id, { onMessage, onError })
      return () => listeners.delete(id)
    }
    document.body.appendChild(iframe)
  })
  return host
}
