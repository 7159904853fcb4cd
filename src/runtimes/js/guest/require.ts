import { dirOf, makeResolver } from './module-resolve'
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

/** Node's CommonJS loader over the sandbox's files, with the built-in modules given. */
export function makeLoader(vfs: Vfs, builtins: Record<string, () => unknown>, cwd: () => string, evalCode: (code: string) => unknown): Loader {
  const cache: Record<string, ModuleRecord> = {}
  const builtinCache = new Map<string, unknown>()
  const files = new Set<string>()
  const resolve = makeResolver(vfs, cwd)

  /** Compile a file's source in Node's module wrapper and run it as `mod`. */
  const execute = (mod: ModuleRecord, source: string, req: NodeRequire) => {
    files.add(mod.filename)
    const body = source.startsWith('#!') ? '//' + source : source
    const fn = evalCode(`${WRAPPER_PREFIX}${body}${WRAPPER_SUFFIX}\n//# sourceURL=${mod.filename}`) as (...a: unknown[]) => void
    fn.call(mod.exports, mod.exports, req, mod, mod.filename, dirOf(mod.filename))
    mod.loaded = true
  }

  const load = (filename: string, parent: ModuleRecord | null): unknown => {
    const cached = cache[filename]
    if (cached) return cached.exports
    const mod: ModuleRecord = { id: parent ? filename : '.', filename, loaded: false, exports: {}, children: [], paths: [] }
    cache[filename] = mod
    parent?.children.push(mod)
    const source = vfs.readFile(filename)
    if (!filename.endsWith('.json')) execute(mod, source, requireFor(filename, mod))
    else {
      mod.exports = JSON.parse(source)
      mod.loaded = true
    }
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
      const req = requireFor(filename, mod)
      req.main = mod
      execute(mod, source, req)
    },
  }
}
