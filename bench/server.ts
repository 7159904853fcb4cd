/** A small static file server on 127.0.0.1 that gzips what it serves (like a CDN would). */
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.wasm'])

export interface StaticServer {
  url: string
  close(): Promise<void>
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; gz: Buffer | null }>()
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^([/\\])+/, '')
      const file = join(root, rel)
      if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end()
      let hit = cache.get(file)
      if (!hit) {
        let body: Buffer
        try {
          body = await readFile(file)
        } catch {
          return void res.writeHead(404).end('not found')
        }
        hit = { body, gz: COMPRESSIBLE.has(extname(file)) ? gzipSync(body) : null }
        cache.set(file, hit)
      }
      const gzip = hit.gz !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      })
      res.end(gzip ? hit.gz : hit.body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
