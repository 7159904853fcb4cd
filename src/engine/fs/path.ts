/** POSIX path helpers (the engine cannot use node:path). */
export function normalize(path: string): string {
  const abs = path.startsWith('/')
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop()
      else if (!abs) out.push('..')
      continue
    }
    out.push(part)
  }
  const joined = out.join('/')
  return abs ? '/' + joined : joined || '.'
}

export function resolvePath(cwd: string, path: string): string {
  return normalize(path.startsWith('/') ? path : `${cwd}/${path}`)
}

export function dirname(path: string): string {
  const n = normalize(path)
  if (n === '/') return '/'
  const i = n.lastIndexOf('/')
  if (i < 0) return '.'
  return i === 0 ? '/' : n.slice(0, i)
}

export function basename(path: string): string {
  const n = path.replace(/\/+$/, '')
  if (n === '') return '/'
  return n.slice(n.lastIndexOf('/') + 1)
}

export function join(...parts: string[]): string {
  return normalize(parts.filter(Boolean).join('/'))
}

/** "/a/b/c" → ["/a", "/a/b"] : the ancestors below "/" */
export function ancestors(path: string): string[] {
  const out: string[] = []
  let i = path.indexOf('/', 1)
  while (i > 0) {
    out.push(path.slice(0, i))
    i = path.indexOf('/', i + 1)
  }
  return out
}
