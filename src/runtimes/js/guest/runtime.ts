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
  let rt: Guest | null = null
  host.onMessage((m) => {
    if (m.t === 'init') {
      rt = new Guest(host, m.init)
      host.post({ t: 'ready' })
    } else if (m.t === 'repl') void rt?.evalRepl(m.id, m.code)
    else if (m.t === 'script') rt?.runScript(m.id, m.req)
    else if (m.t === 'signal') rt?.signal(m.name)
    else rt?.net.receive(m)
  })
}

/** One node process inside the sandbox: the REPL or a script, its globals, timers and sockets. */
class Guest {
  private mode: 'repl' | 'script' | 'other' = 'other'
  private exited = false
  private replCount = 0
  private scriptId: number | null = null
  private readonly sources = new Map<string, string>()
  private readonly timers: Timers
  readonly net: NetBridge
  private readonly g: ReturnType<typeof makeGlobals>

  constructor(
    private readonly host: GuestHost,
    private readonly init: JsSandboxInit,
  ) {
    this.timers = new Timers(host.timers, this.guard, this.checkIdle)
    this.net = new NetBridge((m) => !this.exited && host.post(m), this.checkIdle)
    this.g = makeGlobals({
      init,
      timers: this.timers,
      out: this.out,
      err: this.err,
      exit: this.exit,
      net: this.net,
      guard: this.guard,
      evalCode: globalEval,
      fsWrite: (op) => host.post({ t: 'fs', op }),
      signalsChanged: (names) => host.post({ t: 'signals', names }),
      console: makeConsole(this.out, this.err, () => performance.now()),
    })
    settleGlobals()
    const files = this.g.loader.files
    installStackFormatting(
      {
        isUserFile: (name) => /^REPL\d+$/.test(name) || name === '[eval]' || name === '[stdin]' || files.has(name),
        lineOneOffset: (name) => (files.has(name) ? WRAPPER_PREFIX.length : 0),
      },
      () => this.mode,
    )
  }

  private readonly out = (text: string) => !this.exited && this.host.post({ t: 'out', fd: 1, text })
  private readonly err = (text: string) => !this.exited && this.host.post({ t: 'out', fd: 2, text })

  private readonly exit = (code: number) => {
    if (this.exited) return
    this.exited = true
    this.host.post({ t: 'exit', code })
  }

  /** An exception nobody caught: a script dies of it, the REPL prints it and goes on. */
  private readonly uncaught = (e: unknown) => {
    if (e === EXIT || this.exited) return
    if (this.scriptId !== null) {
      this.mode = 'script'
      this.err(scriptCrash(e, this.sources, this.init.version))
      this.exit(1)
    } else {
      this.mode = 'repl'
      this.out(replUncaught(e) + '\n')
      this.mode = 'other'
    }
  }

  private readonly guard = (fn: () => void) => {
    try {
      fn()
    } catch (e) {
      this.uncaught(e)
    }
  }

  /** A script is done when nothing (timers, sockets) keeps it alive: 'exit' runs, then it ends. */
  private readonly checkIdle = () =>
    this.host.timers.setTimeout(() => {
      if (this.scriptId === null || this.exited || this.timers.refCount > 0 || this.net.refs > 0) return
      const id = this.scriptId
      this.scriptId = null
      const proc = this.g.process as { exitCode?: number; emit(n: string, c: number): void }
      this.guard(() => proc.emit('exit', proc.exitCode ?? 0))
      if (!this.exited) this.host.post({ t: 'script-done', id, code: Number(proc.exitCode ?? 0) | 0 })
    }, 0)

  async evalRepl(id: number, code: string): Promise<void> {
    const c = compileReplInput(code)
    if (c.kind === 'incomplete') return this.host.post({ t: 'repl-result', id, outcome: { kind: 'incomplete' } })
    if (this.replCount++ === 0) this.g.installReplBuiltins()
    if (c.kind === 'syntax-error') {
      return this.host.post({ t: 'repl-result', id, outcome: { kind: 'error', text: replSyntaxError(code, c.message, c.line, c.column) } })
    }
    const name = `REPL${this.replCount}`
    this.mode = 'repl'
    try {
      let value = c.mode === 'script' ? runReplScript(this.host, c.source, name) : globalEval(`${c.source}\n//# sourceURL=${name}`)
      if (c.awaits) value = await value
      setReplValue('_', value)
      this.host.post({ t: 'repl-result', id, outcome: { kind: 'value', text: inspect(value, { showProxy: true }) } })
    } catch (e) {
      if (e === EXIT || this.exited) return
      setReplValue('_error', e)
      this.host.post({ t: 'repl-result', id, outcome: { kind: 'error', text: replUncaught(e) } })
    } finally {
      this.mode = 'other'
    }
  }

  runScript(id: number, req: ScriptRequest): void {
    this.scriptId = id
    this.mode = 'script'
    this.sources.set(req.filename, req.source)
    const syntax = scriptSyntaxError(req.source)
    if (syntax) {
      const e = new SyntaxError(syntax.message)
      Object.defineProperty(e, 'stack', { value: `SyntaxError: ${syntax.message}` })
      this.err(scriptCrash(e, this.sources, this.init.version, { file: req.filename, line: syntax.line, column: syntax.column }))
      return this.exit(1)
    }
    try {
      if (req.mode === 'file') this.g.loader.runMain(req.filename, req.source)
      else {
        const value = globalEval(`${req.source}\n//# sourceURL=${req.filename}`)
        if (req.mode === 'print') this.out(format(value) + '\n') // node -p is console.log(result)
      }
    } catch (e) {
      this.uncaught(e)
    } finally {
      this.mode = 'other'
    }
    this.checkIdle()
  }

  /** A signal the script catches: its process.on handlers run (Node emits the signal's name). */
  signal(name: string): void {
    this.guard(() => this.g.process.emit(name, name))
    this.checkIdle()
  }
}
