import type { Vfs } from './vfs'

export const dirOf = (f: string) => f.slice(0, f.lastIndexOf('/')) || '/'

function notFound(id: string, from: string): Error {
  const stack = from === '<repl>' ? ['<repl>'] : [from]
  const e = new Error(`Cannot find module '${id}'\nRequire stack:\n${stack.map((s) => `- ${s}`).join('\n')}`)
  return Object.assign(e, { code: 'MODULE_NOT_FOUND', requireStack: stack })
}

/**
 * Node's CommonJS resolution (LOAD_AS_FILE, LOAD_AS_DIRECTORY, LOAD_NODE_MODULES of the
 * modules documentation) over the sandbox's files. `from` is a file, or "<repl>" for the cwd.
 */
export function makeResolver(vfs: Vfs, cwd: () => string): (id: string, from: string) => string {
  const isFile = (p: string) => {
    try {
      return vfs.entry(p)?.type === 'file'
    } catch {
      return false
    }
  }
  const packageMain = (p: string): string | null => {
    try {
      const main = (JSON.parse(vfs.readFile(`${p}/package.json`)) as { main?: string }).main
      return main ? asFileOrDir(`${p}/${main}`.replace(/\/\.\//g, '/')) : null
    } catch {
      return null // a broken package.json: Node falls back to index.js too
    }
  }
  const asFileOrDir = (p: string): string | null => {
    for (const c of [p, `${p}.js`, `${p}.json`, `${p}.cjs`]) if (isFile(c)) return vfs.resolve(c)
    const main = isFile(`${p}/package.json`) ? packageMain(p) : null
    if (main) return main
    for (const c of [`${p}/index.js`, `${p}/index.json`]) if (isFile(c)) return vfs.resolve(c)
    return null
  }
  return (id, from) => {
    const base = from === '<repl>' ? cwd() : dirOf(from)
    if (id.startsWith('./') || id.startsWith('../') || id.startsWith('/') || id === '.' || id === '..') {
      const found = asFileOrDir(id.startsWith('/') ? id : `${base}/${id}`)
      if (found) return found
      throw notFound(id, from)
    }
    for (let dir = base; ; dir = dirOf(dir)) {
      const found = asFileOrDir(`${dir === '/' ? '' : dir}/node_modules/${id}`)
      if (found) return found
      if (dir === '/') break
    }
    throw notFound(id, from)
  }
}
