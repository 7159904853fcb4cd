import type { RootFs } from '../../fs/rootfs'
import { resolvePath } from '../../fs/path'

const TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  mjs: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  ico: 'image/x-icon',
  xml: 'text/xml',
  md: 'text/plain',
}

export function contentType(path: string, fallback = 'application/octet-stream'): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  return TYPES[ext] ?? fallback
}

export type Lookup =
  | { kind: 'file'; path: string; body: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' }
  | { kind: 'forbidden' }

/** Map a URL path onto a document root the way nginx and httpd do (index files, dir redirects). */
export function lookupStatic(fs: RootFs, root: string, urlPath: string, indexes: string[]): Lookup {
  const clean = decodeURIComponentSafe(urlPath.split('?')[0] ?? '/')
  const target = resolvePath(root, '.' + clean)
  if (!target.startsWith(root)) return { kind: 'forbidden' }
  const e = fs.stat(target)
  if (!e) return { kind: 'missing' }
  if (e.type === 'dir') {
    if (!clean.endsWith('/')) return { kind: 'redirect', location: clean + '/' }
    for (const i of indexes) {
      const p = `${target === '/' ? '' : target}/${i}`
      if (fs.stat(p)?.type === 'file') return { kind: 'file', path: p, body: fs.readFile(p) }
    }
    return { kind: 'forbidden' }
  }
  return { kind: 'file', path: target, body: fs.readFile(target) }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
