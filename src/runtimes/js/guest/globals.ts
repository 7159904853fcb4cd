import type { FsWriteOp, JsSandboxInit } from '../../../engine/programs/node/sandbox-port'
import type { makeConsole } from './console'
import { Buffer } from './modules/buffer'
import { eventsModule } from './modules/events'
import { makeFs } from './modules/fs'
import { makeOs } from './modules/os'
import { makePath } from './modules/path'
import { CHILD_PROCESS_FUNCTIONS, NET_MODULES, unsupportedModule } from './modules/unsupported'
import { makeHttp } from './modules/http'
import { makeQuerystring, makeUrl } from './modules/url'
import { makeUtil } from './modules/util'
import type { NetBridge } from './net-bridge'
import { makeProcess } from './process'
import { makeLoader } from './require'
import type { Timers } from './timers'
import { fsError, normalizePath, Vfs } from './vfs'

interface GlobalsDeps {
  init: JsSandboxInit
  timers: Timers
  out(text: string): void
  err(text: string): void
  exit(code: number): void
  evalCode(code: string): unknown
  fsWrite(op: FsWriteOp): void
  net: NetBridge
  /** Run a callback, reporting what it throws as an uncaught exception. */
  guard(fn: () => void): void
  signalsChanged(names: string[]): void
  console: ReturnType<typeof makeConsole>
}

/**
 * Node's globals (process, console, Buffer, timers, require in the REPL) and its built-in
 * modules, installed on the sandbox's global object.
 */
export function makeGlobals(d: GlobalsDeps) {
  const { init } = d
  let cwd = init.cwd || '/'
  const clockSkew = init.now - Date.now()
  const vfs = new Vfs(init.files, d.fsWrite, () => Date.now() + clockSkew)
  const path = makePath(() => cwd)
  const process = makeProcess(
    init,
    {
      out: d.out,
      err: d.err,
      exit: d.exit,
      signalsChanged: d.signalsChanged,
      cwd: () => cwd,
      chdir: (dir) => {
        const target = normalizePath(path.resolve(dir))
        if (vfs.entry(target)?.type !== 'dir') throw fsError('ENOENT', 'chdir', dir)
        cwd = target
      },
    },
    performance.now(),
  )
  const fs = makeFs(vfs, (p) => path.resolve(p))
  const builtins: Record<string, () => unknown> = {
    fs: () => fs,
    'fs/promises': () => fs.promises,
    path: () => path,
    'path/posix': () => path,
    os: () => makeOs({ hostname: init.hostname, env: init.env }),
    util: makeUtil,
    events: eventsModule,
    buffer: () => ({ Buffer }),
    process: () => process,
    timers: () => ({ setTimeout: g.setTimeout, setInterval: g.setInterval, clearTimeout: g.clearTimeout, clearInterval: g.clearInterval, setImmediate: g.setImmediate }),
    http: () => makeHttp(d.net, d.guard, () => Date.now() + clockSkew),
    url: makeUrl,
    querystring: makeQuerystring,
    child_process: () => unsupportedModule('child_process', CHILD_PROCESS_FUNCTIONS),
    ...Object.fromEntries(Object.entries(NET_MODULES).map(([name, fns]) => [name, () => unsupportedModule(name, fns)])),
  }
  const loader = makeLoader(vfs, builtins, () => cwd, d.evalCode)
  const g = globalThis as unknown as Record<string, unknown>
  const t = d.timers
  Object.assign(g, {
    global: globalThis,
    process,
    console: d.console,
    Buffer,
    require: loader.requireFrom('<repl>'),
    module: { id: '<repl>', exports: {}, filename: null, loaded: false, children: [], paths: [] },
    setTimeout: (fn: () => void, ms?: number, ...args: unknown[]) => t.schedule(fn, ms, args, false),
    setInterval: (fn: () => void, ms?: number, ...args: unknown[]) => t.schedule(fn, ms, args, true),
    setImmediate: (fn: () => void, ...args: unknown[]) => t.schedule(fn, 0, args, false),
    clearTimeout: (x: unknown) => t.clear(x),
    clearInterval: (x: unknown) => t.clear(x),
    clearImmediate: (x: unknown) => t.clear(x),
  })
  const replRequire = g.require as (id: string) => unknown
  return {
    process,
    loader,
    /** Node's REPL has the built-in modules as globals (`fs`, `path`, …); scripts do not. */
    installReplBuiltins() {
      for (const name of ['fs', 'path', 'os', 'util', 'events', 'child_process', 'http', 'url', 'querystring']) {
        Object.defineProperty(g, name, {
          configurable: true,
          enumerable: false,
          get: () => replRequire(name),
          set: (v) => Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: true }),
        })
      }
    },
  }
}
