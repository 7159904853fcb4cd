import type { Vfs } from './vfs'

/** The CommonJS wrapper (Node's Module.wrap), on line 1 so line numbers stay right. */
export const WRAPPER_PREFIX = '(function (exports, require, module, __filename, __dirname) { '
const WRAPPER_SUFFIX = '\n})'

export interface ModuleRecord {
  id: string
  filename: string
  loaded: boolean
  exports: unknown
  children: ModuleRecord[]
  paths: string[]
}

export interface Loader {
  /** `require` as seen from a module at `from` (a file, or "<repl>"). */
  requireFrom(from: string): NodeRequire
  /** Run a file as the main module. */
  runMain(filename: string, source: string): void
  /** Files whose code is user code (for stack traces). */
  readonly files: Set<string>
}

type NodeRequire = ((id: string) => unknown) & { resolve: (id: string) => string; cache: Record<string, ModuleRecord>; main?: ModuleRecord }

const dirOf = (f: string) => f.slice(0, f.lastIndexOf('/')) || '/'

function notFound(id: string, from: string): Error {
  const stack = from === '<repl>' ? ['<repl>'] : [from]
  const e = new Error(`Cannot find module '${id}'\nRequire stack:\n${stack.map((s) => `- ${s}`).join('\n')}`)
  return Object.assign(e, { code: 'MODULE_NOT_FOUND', requireStack: stack })
}

/** Node's CommonJS loader over the sandbox's files, with the built-in modules given. */
export function makeLoader(vfs: Vfs, builtins: Record<string, () => unknown>, cwd: () => string, evalCode: (code: string) => unknown): Loader {
  const cache: Record<string, ModuleRecord> = {}
  const builtinCache = new Map<string, unknown>()
  const files = new Set<string>()

  const isFile = (p: string) => {
    try {
      return vfs.entry(p)?.type === 'file'
    } catch {
      return false
    }
  }
  const asFileOrDir = (p: string): string | null => {
    for (const c of [p, `${p}.js`, `${p}.json`, `${p}.cjs`]) if (isFile(c)) return vfs.resolve(c)
    if (isFile(`${p}/package.json`)) {
      try {
        const main = (JSON.parse(vfs.readFile(`${p}/package.json`)) as { main?: string }).main
        if (main) {
          const m = asFileOrDir(`${p}/${main}`.replace(/\/\.\//g, '/'))
          if (m) return m
        }
      } catch {
        // a broken package.json: Node falls back to index.js too
      }
    }
    for (const c of [`${p}/index.js`, `${p}/index.json`]) if (isFile(c)) return vfs.resolve(c)
    return null
  }
  const resolve = (id: string, from: string): string => {
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

  const load = (filename: string, parent: ModuleRecord | null): unknown => {
    const cached = cache[filename]
    if (cached) return cached.exports
    const mod: ModuleRecord = { id: parent ? filename : '.', filename, loaded: false, exports: {}, children: [], paths: [] }
    cache[filename] = mod
    parent?.children.push(mod)
    const source = vfs.readFile(filename)
    if (filename.endsWith('.json')) {
      mod.exports = JSON.parse(source)
    } else {
      files.add(filename)
      const body = source.startsWith('#!') ? '//' + source : source
      const fn = evalCode(`${WRAPPER_PREFIX}${body}${WRAPPER_SUFFIX}\n//# sourceURL=${filename}`) as (...a: unknown[]) => void
      fn.call(mod.exports, mod.exports, requireFor(filename, mod), mod, filename, dirOf(filename))
    }
    mod.loaded = true
    return mod.exports
  }

  const builtin = (id: string): unknown => {
    const name = id.startsWith('node:') ? id.slice(5) : id
    const make = builtins[name]
    if (!make) return undefined
    if (!builtinCache.has(name)) builtinCache.set(name, make())
    return builtinCache.get(name)
  }

  function requireFor(from: string, parent: ModuleRecord | null): NodeRequire {
    const req = ((id: string) => {
      if (typeof id !== 'string') throw Object.assign(new TypeError(`The "id" argument must be of type string. Received ${typeof id}`), { code: 'ERR_INVALID_ARG_TYPE' })
      const b = builtin(id)
      if (b !== undefined) return b
      if (id.startsWith('node:')) throw Object.assign(new Error(`No such built-in module: ${id}`), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' })
      return load(resolve(id, from), parent)
    }) as NodeRequire
    req.resolve = (id: string) => (builtin(id) !== undefined ? id : resolve(id, from))
    req.cache = cache
    return req
  }

  return {
    files,
    requireFrom: (from) => requireFor(from, null),
    runMain(filename, source) {
      const mod: ModuleRecord = { id: '.', filename, loaded: false, exports: {}, children: [], paths: [] }
      cache[filename] = mod
      files.add(filename)
      const body = source.startsWith('#!') ? '//' + source : source
      const fn = evalCode(`${WRAPPER_PREFIX}${body}${WRAPPER_SUFFIX}\n//# sourceURL=${filename}`) as (...a: unknown[]) => void
      const req = requireFor(filename, mod)
      req.main = mod
      fn.call(mod.exports, mod.exports, req, mod, filename, dirOf(filename))
      mod.loaded = true
    },
  }
}
