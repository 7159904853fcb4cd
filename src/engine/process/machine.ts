import type { RootFs } from '../fs/rootfs'
import type { Clock, Random } from '../kernel/ports'
import { parseShebang, resolveExecutable } from './exec-resolve'
import { BrokenPipeError } from '../shell/streams'
import { SignalState } from './signals'
import {
  EOF_INPUT,
  DISCARD,
  type InputStream,
  type NetworkPort,
  type OutputStream,
  type Program,
  type ProcessInfo,
  type ProgramContext,
  type ProgramHost,
  type SignalName,
  type SpawnOptions,
} from './types'

export type ProgramRegistry = (name: string) => Program | undefined

interface ProcEntry extends ProcessInfo {
  signals: SignalState
}

export interface SpawnedProcess {
  readonly pid: number
  readonly exit: Promise<number>
  signal(sig: SignalName): void
  hasHandler(sig: SignalName): boolean
}

export type SpawnFailure = { error: 'not-found' | 'no-such-file' | 'permission' | 'is-directory' | 'exec-format'; path: string }

/**
 * A machine is a PID namespace over a root filesystem: the learner's host, or one container.
 * It resolves executables through PATH, runs programs as processes, and delivers signals.
 */
export class Machine {
  /** @internal the process table (ProcessHost reads it) */
  readonly procs = new Map<number, ProcEntry>()
  private nextPid = 1
  columns = 80
  /** Start-up work still under way in this namespace (see ProgramHost.booting). */
  bootWork = 0
  rows = 24

  constructor(
    readonly id: string,
    public hostname: string,
    readonly fs: RootFs,
    readonly network: NetworkPort,
    readonly programs: ProgramRegistry,
    readonly clock: Clock,
    readonly random: Random,
    private readonly userName: (uid: number) => string = () => 'root',
  ) {}

  processes(): ProcessInfo[] {
    return [...this.procs.values()].map(({ signals: _s, ...info }) => info)
  }

  signalAll(sig: SignalName): void {
    for (const p of [...this.procs.values()]) p.signals.deliver(sig)
  }

  signalPid(pid: number, sig: SignalName): boolean {
    const p = this.procs.get(pid)
    if (!p) return false
    p.signals.deliver(sig)
    return true
  }

  /** Start a process. Fails (without starting anything) when the executable cannot be run. */
  spawn(opts: SpawnOptions & { ppid?: number; uid?: number; tty?: boolean }): SpawnedProcess | SpawnFailure {
    const env = opts.env ?? new Map<string, string>()
    const cwd = opts.cwd ?? '/'
    const loaded = this.load(opts.argv, env, cwd)
    if ('error' in loaded) return loaded
    return this.run(loaded.program, { ...opts, argv: loaded.argv, env, cwd })
  }

  /** Find the program behind argv[0] (through PATH, or a script's `#!` interpreter). */
  /** @internal resolve argv[0] to a program (ProcessHost's exec uses it) */
  load(argv: string[], env: Map<string, string>, cwd: string): { program: Program; argv: string[] } | SpawnFailure {
    const argv0 = argv[0] ?? ''
    const found = resolveExecutable(this.fs, argv0, env.get('PATH') ?? '', cwd)
    if (!found.ok) return { error: found.reason, path: argv0 }
    let program: Program | undefined
    if (found.entry.program) program = this.programs(found.entry.program)
    else {
      const interp = parseShebang(found.entry.data)
      if (!interp) return { error: 'exec-format', path: argv0 }
      const target = resolveExecutable(this.fs, interp[0]!, '', '/')
      if (!target.ok || !target.entry.program) return { error: 'no-such-file', path: argv0 }
      program = this.programs(target.entry.program)
      argv = [...interp, found.path, ...argv.slice(1)]
    }
    if (!program) return { error: 'exec-format', path: argv0 }
    return { program, argv }
  }

  /** Run a known program as a process (also used for programs with no file, such as docker). */
  run(
    program: Program,
    opts: SpawnOptions & { env: Map<string, string>; cwd: string; ppid?: number; uid?: number; tty?: boolean },
  ): SpawnedProcess {
    const pid = this.nextPid++
    let settle!: (status: number) => void
    let done = false
    const exit = new Promise<number>((r) => (settle = r))
    const finish = (status: number) => {
      if (done) return
      done = true
      this.procs.delete(pid)
      signals.termination.cancel()
      settle(status)
    }
    const signals = new SignalState(pid === 1, finish)
    const uid = opts.uid ?? 0
    this.procs.set(pid, {
      pid,
      ppid: opts.ppid ?? 0,
      user: this.userName(uid),
      argv: opts.argv,
      startedAt: this.clock.now(),
      signals,
    })
    const guard = (s: OutputStream | undefined): OutputStream => {
      const target = s ?? DISCARD
      return { write: (t) => void (!done && target.write(t)), isTTY: target.isTTY }
    }
    const tty = opts.tty ?? opts.stdout?.isTTY === true
    const stdout = guard(opts.stdout)
    const stderr = guard(opts.stderr)
    const stdin: InputStream = opts.stdin ?? EOF_INPUT
    const ctx: ProgramContext = {
      argv: opts.argv,
      env: opts.env,
      cwd: opts.cwd,
      fs: this.fs,
      stdin,
      stdout,
      stderr,
      tty,
      pid,
      uid,
      signals,
      host: new ProcessHost(this, pid, () => ctx, guard, finish),
    }
    Promise.resolve()
      .then(() => program(ctx))
      .then(
        (status) => finish(status),
        (err: unknown) => {
          // writing into a pipe whose reader is gone: SIGPIPE's status, silently
          if (err instanceof BrokenPipeError) return finish(141)
          stderr.write(`${opts.argv[0]}: ${err instanceof Error ? err.message : String(err)}\n`)
          finish(1)
        },
      )
    return { pid, exit, signal: (sig) => signals.deliver(sig), hasHandler: (sig) => signals.hasHandler(sig) }
  }

}

/**
 * What a process sees of its machine (ProgramContext.host). A class rather than an object of
 * closures: there is one per process, and a thousand idle containers should stay light.
 */
class ProcessHost implements ProgramHost {
  constructor(
    private readonly machine: Machine,
    private readonly pid: number,
    private readonly ctx: () => ProgramContext,
    private readonly guard: (s: OutputStream | undefined) => OutputStream,
    private readonly finish: (status: number) => void,
  ) {}

  get clock() {
    return this.machine.clock
  }
  get random() {
    return this.machine.random
  }
  get hostname() {
    return this.machine.hostname
  }
  get containerId() {
    return this.machine.id
  }
  get network() {
    return this.machine.network
  }
  get columns() {
    return this.machine.columns
  }
  get rows() {
    return this.machine.rows
  }

  processes(): ProcessInfo[] {
    return this.machine.processes()
  }

  booting(work: Promise<unknown>): void {
    const m = this.machine
    m.bootWork++
    const done = () => void m.bootWork--
    work.then(done, done)
  }

  async spawn(o: SpawnOptions): Promise<number> {
    const parent = this.ctx()
    const child = this.machine.spawn({
      argv: o.argv,
      env: o.env ?? new Map(parent.env),
      cwd: o.cwd ?? parent.cwd,
      stdin: o.stdin ?? parent.stdin,
      stdout: o.stdout ?? parent.stdout,
      stderr: o.stderr ?? parent.stderr,
      ppid: this.pid,
      uid: parent.uid,
      tty: o.stdout ? o.stdout.isTTY === true : parent.tty,
    })
    if ('error' in child) return child.error === 'not-found' || child.error === 'no-such-file' ? 127 : 126
    // A child dies with its parent's termination only through the process group; here the
    // shell's children are stopped when the parent is terminated (Ctrl+C reaches both).
    const off = parent.signals.terminated.onCancel(() => child.signal('SIGKILL'))
    const status = await child.exit
    off()
    return status
  }

  exec(o: SpawnOptions): Promise<number> | null {
    // `exec "$@"` at the end of an entrypoint: the server becomes PID 1 and gets docker
    // stop's signal itself (nginx exits 0 on SIGQUIT instead of being killed after 10 s)
    const parent = this.ctx()
    const env = o.env ?? new Map(parent.env)
    const cwd = o.cwd ?? parent.cwd
    const loaded = this.machine.load(o.argv, env, cwd)
    if ('error' in loaded) return null
    const entry = this.machine.procs.get(this.pid)
    if (entry) {
      entry.argv = loaded.argv
      entry.signals.resetHandlers()
    }
    const image: ProgramContext = {
      ...parent,
      argv: loaded.argv,
      env,
      cwd,
      stdin: o.stdin ?? parent.stdin,
      stdout: o.stdout ? this.guard(o.stdout) : parent.stdout,
      stderr: o.stderr ? this.guard(o.stderr) : parent.stderr,
      tty: o.stdout ? o.stdout.isTTY === true : parent.tty,
      host: new ProcessHost(this.machine, this.pid, () => image, this.guard, this.finish),
    }
    // the old program never resumes: the process ends when the new one does
    return Promise.resolve()
      .then(() => loaded.program(image))
      .catch((err: unknown) => {
        if (err instanceof BrokenPipeError) return 141
        image.stderr.write(`${loaded.argv[0]}: ${err instanceof Error ? err.message : String(err)}\n`)
        return 1
      })
      .then((status) => {
        this.finish(status)
        return status
      })
  }
}
