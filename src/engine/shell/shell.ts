import type { Program, ProgramContext } from '../process/types'
import type { FunctionDef } from './ast'
import type { ExpansionHost } from './expand'
import type { ScriptSource, ShellFlavor } from './flavor'
import { errorPrefix } from './flavor'
import { type ShellIO, outputOf, stdio } from './io'
import { type CommandLookup, fsCommandLookup } from './lookup'

export interface ShellConfig {
  flavor: ShellFlavor
  /** Extra commands (the host terminal adds `docker`, `help`, `clear`). */
  builtins?: Record<string, Program>
  lookup?: CommandLookup
  /** `$0`; defaults to the flavor's name. */
  name?: string
  args?: string[]
  source?: ScriptSource
  interactive?: boolean
}

export interface ShellOptions {
  errexit: boolean
  xtrace: boolean
  nounset: boolean
  noglob: boolean
}

/** State shared by a shell and all its subshells. */
interface Session {
  interrupted: boolean
  commandsRun: number
  nextJobPid: number
}

/**
 * The state of one shell: variables, functions, options, positional parameters, cwd.
 * A subshell (pipeline stage, `( … )`, `$( … )`, `&`) runs on a clone.
 */
export class ShellState implements ExpansionHost {
  vars = new Map<string, string>()
  exported = new Set<string>()
  functions = new Map<string, FunctionDef>()
  aliases = new Map<string, string>()
  positionalArgs: string[]
  status = 0
  /** Status of the last `$( … )`: a command of only assignments returns it. */
  substitutionStatus = 0
  options: ShellOptions = { errexit: false, xtrace: false, nounset: false, noglob: false }
  cwd: string
  lastBackground = ''
  jobs: Promise<number>[] = []
  conditionDepth = 0
  loopDepth = 0
  localFrames: Map<string, string | undefined>[] = []
  line = 1
  history: string[] = []
  readonly name: string
  readonly flavor: ShellFlavor
  readonly source: ScriptSource
  readonly interactive: boolean
  readonly extraBuiltins: Record<string, Program>
  readonly lookup: CommandLookup
  session: Session = { interrupted: false, commandsRun: 0, nextJobPid: 0 }
  /** The descriptors of the command being expanded (for `$( … )` to inherit stderr). */
  currentIO: ShellIO

  constructor(
    readonly ctx: ProgramContext,
    config: ShellConfig,
  ) {
    this.flavor = config.flavor
    this.name = config.name ?? (config.flavor === 'dash' || config.flavor === 'ash' ? 'sh' : 'bash')
    this.source = config.source ?? { kind: 'command' }
    this.interactive = config.interactive ?? false
    this.extraBuiltins = config.builtins ?? {}
    this.lookup = config.lookup ?? fsCommandLookup(ctx.fs)
    this.positionalArgs = config.args ?? []
    this.cwd = ctx.cwd
    for (const [k, v] of ctx.env) {
      this.vars.set(k, v)
      this.exported.add(k)
    }
    if (!this.vars.has('PWD') || this.vars.get('PWD') !== this.cwd) this.setExported('PWD', this.cwd)
    if (!this.vars.has('PATH')) this.vars.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
    this.currentIO = stdio(ctx.stdin, ctx.stdout, ctx.stderr)
    this.session.nextJobPid = ctx.pid + 1
  }

  get fs() {
    return this.ctx.fs
  }

  clone(): this {
    const c = Object.create(Object.getPrototypeOf(this) as object) as this
    Object.assign(c, this)
    c.vars = new Map(this.vars)
    c.exported = new Set(this.exported)
    c.functions = new Map(this.functions)
    c.aliases = new Map(this.aliases)
    c.positionalArgs = [...this.positionalArgs]
    c.options = { ...this.options }
    c.jobs = []
    c.localFrames = []
    c.conditionDepth = this.conditionDepth
    return c
  }

  getVar(name: string): string | undefined {
    if (name === 'RANDOM') return String(Math.floor(this.ctx.host.random.next() * 32768))
    if (name === 'LINENO') return String(this.line)
    if (name === 'PPID') return this.vars.get('PPID') ?? '1'
    return this.vars.get(name)
  }

  setVar(name: string, value: string): void {
    this.vars.set(name, value)
  }

  setExported(name: string, value: string): void {
    this.vars.set(name, value)
    this.exported.add(name)
  }

  unsetVar(name: string): void {
    this.vars.delete(name)
    this.exported.delete(name)
  }

  /** Variables as the environment of a child process, with per-command assignments on top. */
  environment(extra: Map<string, string> = new Map()): Map<string, string> {
    const env = new Map<string, string>()
    for (const [k, v] of this.vars) if (this.exported.has(k)) env.set(k, v)
    for (const [k, v] of extra) env.set(k, v)
    return env
  }

  positional(): string[] {
    return this.positionalArgs
  }

  special(name: string): string {
    switch (name) {
      case '?':
        return String(this.status)
      case '$':
        return String(this.ctx.pid)
      case '!':
        return this.lastBackground
      case '0':
        return this.name
      case '-':
        return (this.options.errexit ? 'e' : '') + (this.interactive ? 'i' : '') + (this.options.xtrace ? 'x' : '') + 'h'
    }
    return ''
  }

  homeOf(user: string): string | undefined {
    try {
      for (const line of this.fs.readFile('/etc/passwd').split('\n')) {
        const f = line.split(':')
        if (f[0] === user) return f[5]
      }
    } catch {
      // no passwd file: leave ~user as written
    }
    return user === 'root' ? '/root' : undefined
  }

  commandSubstitution(_source: string): Promise<string> {
    throw new Error('installed by the interpreter')
  }

  errorPrefix(): string {
    return errorPrefix(this.flavor, this.name, this.source, this.line)
  }

  /** Print a diagnostic the way this shell flavor words it. */
  error(io: ShellIO, message: string): void {
    outputOf(io, 2).write(`${this.errorPrefix()}${message}\n`)
  }

  /** Name used by builtins in their messages: bash `bash: cd: …`, dash `sh: 1: cd: …`. */
  builtinError(io: ShellIO, builtin: string, message: string): void {
    this.error(io, `${builtin}: ${message}`)
  }
}
