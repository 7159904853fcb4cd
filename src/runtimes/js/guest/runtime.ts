/**
 * The guest: everything that runs inside the sandbox. It turns the host's messages into
 * evaluations, gives user code Node's globals and built-in modules over a copy of the
 * container's files, and reports output, file writes and exits back.
 */
import { format, inspect } from 'node-inspect-extracted'
import type { JsSandboxInit, ScriptRequest } from '../../../engine/programs/node/sandbox-port'
import type { GuestMessage, HostMessage } from '../protocol'
import { makeConsole } from './console'
import { replSyntaxError, replUncaught, scriptCrash } from './errors'
import { makeGlobals } from './globals'
import { EXIT } from './process'
import { compileReplInput, REPL_RESULT, scriptSyntaxError } from './repl-compile'
import { installStackFormatting } from './stack'
import { Timers, type HostTimers } from './timers'
import { WRAPPER_PREFIX } from './require'
import { NetBridge } from './net-bridge'
import { settleGlobals } from './realm'

export interface GuestHost {
  post(m: GuestMessage): void
  onMessage(cb: (m: HostMessage) => void): void
  timers: HostTimers
  /**
   * Run code as a classic script in the global scope, as a vm Script runs: its top-level
   * let/const/class stay declared for the next script, and declaring one twice throws V8's
   * SyntaxError. (A Worker does it with importScripts, the headless host with vm.)
   */
  runScript(code: string, filename: string): void
}

/** Indirect eval: global scope, sloppy mode, as a vm Script would run. */
const globalEval = (code: string): unknown => (0, eval)(code)

/** Run a script-mode REPL input; its value is what it left in REPL_RESULT (gone again after). */
function runReplScript(host: GuestHost, source: string, name: string): unknown {
  const g = globalThis as Record<string, unknown>
  delete g[REPL_RESULT]
  try {
    host.runScript(`${source}\n//# sourceURL=${name}`, name)
    return g[REPL_RESULT]
  } finally {
    delete g[REPL_RESULT]
  }
}

/** `_` and `_error` are the REPL's, not the program's: not enumerable, as in Node. */
function setReplValue(name: '_' | '_error', value: unknown): void {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false })
}

export function startGuest(host: GuestHost): void {
  let rt: ReturnType<typeof boot> | null = null
  host.onMessage((m) => {
    if (m.t === 'init') {
      rt = boot(host, m.init)
      host.post({ t: 'ready' })
    } else if (m.t === 'repl') void rt?.evalRepl(m.id, m.code)
    else if (m.t === 'script') rt?.runScript(m.id, m.req)
    else if (m.t === 'signal') rt?.signal(m.name)
    else rt?.net.receive(m)
  })
}

function boot(host: GuestHost, init: JsSandboxInit) {
  let mode: 'repl' | 'script' | 'other' = 'other'
  let exited = false
  let replCount = 0
  let scriptId: number | null = null
  const sources = new Map<string, string>()
  const out = (text: string) => !exited && host.post({ t: 'out', fd: 1, text })
  const err = (text: string) => !exited && host.post({ t: 'out', fd: 2, text })
  const exit = (code: number) => {
    if (exited) return
    exited = true
    host.post({ t: 'exit', code })
  }

  /** An exception nobody caught: a script dies of it, the REPL prints it and goes on. */
  const uncaught = (e: unknown) => {
    if (e === EXIT || exited) return
    if (scriptId !== null) {
      mode = 'script'
      err(scriptCrash(e, sources, init.version))
      exit(1)
    } else {
      mode = 'repl'
      out(replUncaught(e) + '\n')
      mode = 'other'
    }
  }
  const guard = (fn: () => void) => {
    try {
      fn()
    } catch (e) {
      uncaught(e)
    }
  }
  const checkIdle = () =>
    host.timers.setTimeout(() => {
      if (scriptId === null || exited || timers.refCount > 0 || net.refs > 0) return
      const id = scriptId
      scriptId = null
      const proc = g.process as { exitCode?: number; emit(n: string, c: number): void }
      guard(() => proc.emit('exit', proc.exitCode ?? 0))
      if (!exited) host.post({ t: 'script-done', id, code: Number(proc.exitCode ?? 0) | 0 })
    }, 0)
  const timers = new Timers(host.timers, guard, checkIdle)
  const net = new NetBridge((m) => !exited && host.post(m), checkIdle)
  const g = makeGlobals({
    init,
    timers,
    out,
    err,
    exit,
    net,
    guard,
    evalCode: globalEval,
    fsWrite: (op) => host.post({ t: 'fs', op }),
    signalsChanged: (names) => host.post({ t: 'signals', names }),
    console: makeConsole(out, err, () => performance.now()),
  })
  settleGlobals()
  installStackFormatting(
    {
      isUserFile: (name) => /^REPL\d+$/.test(name) || name === '[eval]' || name === '[stdin]' || g.loader.files.has(name),
      lineOneOffset: (name) => (g.loader.files.has(name) ? WRAPPER_PREFIX.length : 0),
    },
    () => mode,
  )

  async function evalRepl(id: number, code: string): Promise<void> {
    const c = compileReplInput(code)
    if (c.kind === 'incomplete') return host.post({ t: 'repl-result', id, outcome: { kind: 'incomplete' } })
    if (replCount++ === 0) g.installReplBuiltins()
    if (c.kind === 'syntax-error') {
      return host.post({ t: 'repl-result', id, outcome: { kind: 'error', text: replSyntaxError(code, c.message, c.line, c.column) } })
    }
    mode = 'repl'
    try {
      let value = c.mode === 'script' ? runReplScript(host, c.source, `REPL${replCount}`) : globalEval(`${c.source}\n//# sourceURL=REPL${replCount}`)
      if (c.awaits) value = await value
      setReplValue('_', value)
      host.post({ t: 'repl-result', id, outcome: { kind: 'value', text: inspect(value, { showProxy: true }) } })
    } catch (e) {
      if (e === EXIT || exited) return
      setReplValue('_error', e)
      host.post({ t: 'repl-result', id, outcome: { kind: 'error', text: replUncaught(e) } })
    } finally {
      mode = 'other'
    }
  }

  function runScript(id: number, req: ScriptRequest): void {
    scriptId = id
    mode = 'script'
    sources.set(req.filename, req.source)
    const syntax = scriptSyntaxError(req.source)
    if (syntax) {
      const e = new SyntaxError(syntax.message)
      Object.defineProperty(e, 'stack', { value: `SyntaxError: ${syntax.message}` })
      err(scriptCrash(e, sources, init.version, { file: req.filename, line: syntax.line, column: syntax.column }))
      return exit(1)
    }
    try {
      if (req.mode === 'file') g.loader.runMain(req.filename, req.source)
      else {
        const value = globalEval(`${req.source}\n//# sourceURL=${req.filename}`)
        if (req.mode === 'print') out(format(value) + '\n') // node -p is console.log(result)
      }
    } catch (e) {
      uncaught(e)
    } finally {
      mode = 'other'
    }
    checkIdle()
  }

  /** A signal the script catches: its process.on handlers run (Node emits the signal's name). */
  function signal(name: string): void {
    guard(() => g.process.emit(name, name))
    checkIdle()
  }

  return { evalRepl, runScript, signal, net }
}
