/** Node's `path` (POSIX flavour: containers are Linux). */
export function makePath(cwd: () => string) {
  const normalizeParts = (p: string, absolute: boolean) => {
    const out: string[] = []
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue
      if (part === '..') {
        if (out.length && out[out.length - 1] !== '..') out.pop()
        else if (!absolute) out.push('..')
      } else out.push(part)
    }
    return out
  }
  const path = {
    sep: '/',
    delimiter: ':',
    normalize(p: string): string {
      if (p === '') return '.'
      const abs = p.startsWith('/')
      const joined = normalizeParts(p, abs).join('/')
      const trailing = p.endsWith('/') && joined ? '/' : ''
      return (abs ? '/' : '') + (joined || (abs ? '' : '.')) + trailing
    },
    join(...parts: string[]): string {
      const j = parts.filter((x) => x !== '').join('/')
      return j ? path.normalize(j) : '.'
    },
    resolve(...parts: string[]): string {
      let r = ''
      for (let i = parts.length - 1; i >= 0 && !r.startsWith('/'); i--) if (parts[i]) r = r ? `${parts[i]}/${r}` : parts[i]!
      if (!r.startsWith('/')) r = `${cwd()}/${r}`
      return '/' + normalizeParts(r, true).join('/')
    },
    isAbsolute: (p: string) => p.startsWith('/'),
    dirname(p: string): string {
      if (!p) return '.'
      const t = p.replace(/\/+$/, '') || '/'
      const i = t.lastIndexOf('/')
      return i < 0 ? '.' : i === 0 ? '/' : t.slice(0, i)
    },
    basename(p: string, ext?: string): string {
      const b = p.replace(/\/+$/, '').split('/').pop() ?? ''
      return ext && b.endsWith(ext) && b !== ext ? b.slice(0, -ext.length) : b
    },
    extname(p: string): string {
      const b = path.basename(p)
      const i = b.lastIndexOf('.')
      return i <= 0 ? '' : b.slice(i)
    },
    relative(from: string, to: string): string {
      const a = path.resolve(from).split('/').filter(Boolean)
      const b = path.resolve(to).split('/').filter(Boolean)
      let i = 0
      while (i < a.length && i < b.length && a[i] === b[i]) i++
      return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/')
    },
    parse(p: string) {
      const root = p.startsWith('/') ? '/' : ''
      const base = path.basename(p)
      const ext = path.extname(p)
      const dir = p.includes('/') ? path.dirname(p) : ''
      return { root, dir, base, ext, name: ext ? base.slice(0, -ext.length) : base }
    },
    format(o: { root?: string; dir?: string; base?: string; name?: string; ext?: string }): string {
      const base = o.base ?? `${o.name ?? ''}${o.ext ?? ''}`
      const dir = o.dir ?? o.root ?? ''
      return dir ? (dir === o.root ? `${dir}${base}` : `${dir}/${base}`) : base
    },
    toNamespacedPath: (p: string) => p,
  }
  return Object.assign(path, { posix: path })
}
