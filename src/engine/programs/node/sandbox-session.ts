import { CancelSource } from '../../kernel/ports'
import type { ProgramContext, SignalName } from '../../process/types'
import { SIGNAL_NUMBERS } from '../../process/types'
import { applyFsOp, snapshotFs } from './fs-bridge'
import type { JsSandbox, JsSandboxFactory, JsSandboxInit } from './sandbox-port'

/**
 * One `node` process's sandbox: wires the sandbox's stdout, stderr and filesystem writes to the
 * program's context, remembers a process.exit, and can replace the sandbox after Ctrl+C killed it.
 */
export class SandboxSession {
  sandbox: JsSandbox | null = null
  /** Set once process.exit(n) ran (or a script died): the program ends with this status. */
  exitCode: number | null = null
  /** Cancelled on process.exit and when the process is terminated: pending reads give up. */
  readonly done = new CancelSource()
  private generation = 0
  /** Ports the sandbox's servers listen on → unbind. */
  private readonly bound = new Map<number, () => void>()
  /** Engine handlers for the signals the script catches. */
  private caught: (() => void)[] = []

  /** Tell the kernel a runtime is loading, so early connections to this container wait. */
  booting(work: Promise<unknown>): void {
    this.ctx.host.booting?.(work)
  }

  constructor(
    private readonly ctx: ProgramContext,
    private readonly factory: JsSandboxFactory,
    private readonly argv: string[],
    readonly version: string,
  ) {
    ctx.signals.terminated.onCancel(() => this.done.cancel())
  }

  /** Start (or restart) the sandbox over a fresh snapshot of the container's filesystem. */
  async start(): Promise<JsSandbox> {
    this.sandbox?.terminate()
    this.unbindAll()
    const generation = ++this.generation
    const ctx = this.ctx
    // output from a sandbox that has been replaced is dropped: it was killed mid-sentence
    const live = () => generation === this.generation
    const sandbox = await this.factory.create(this.init(), {
      stdout: (t) => live() && ctx.stdout.write(t),
      stderr: (t) => live() && ctx.stderr.write(t),
      fs: (op) => live() && applyFsOp(ctx.fs, op, ctx.uid),
      exit: (code) => {
        if (!live() || this.exitCode !== null) return
        this.exitCode = code
        this.done.cancel()
      },
      listen: (port) => {
        if (!live()) return 'Sandbox stopped'
        const r = ctx.host.network.listen(port, (req) => (this.sandbox ?? sandbox).http(port, req))
        if (!r.ok) return r.error
        this.bound.set(port, r.close)
        return null
      },
      unlisten: (port) => {
        if (!live()) return
        this.bound.get(port)?.()
        this.bound.delete(port)
      },
      signals: (names) => live() && this.catchSignals(names),
      fetch: (host, port, req) => ctx.host.network.request(host, port, req),
    })
    if (!live()) {
      sandbox.terminate()
      return this.sandbox!
    }
    this.sandbox = sandbox
    return sandbox
  }

  /**
   * Node installs no handler for SIGTERM or SIGINT by default (the process dies of them, or, as
   * PID 1, ignores them); once the script calls process.on('SIGTERM', …) the signal is caught and
   * the script's handlers run instead.
   */
  private catchSignals(names: string[]): void {
    for (const off of this.caught) off()
    this.caught = names
      .filter((n): n is SignalName => n in SIGNAL_NUMBERS && n !== 'SIGKILL' && n !== 'SIGSTOP')
      .map((name) => this.ctx.signals.on(name, () => this.sandbox?.signal(name)))
  }

  private unbindAll(): void {
    for (const close of this.bound.values()) close()
    this.bound.clear()
    for (const off of this.caught) off()
    this.caught = []
  }

  terminate(): void {
    this.unbindAll()
    this.generation++
    this.sandbox?.terminate()
    this.sandbox = null
  }

  private init(): JsSandboxInit {
    const ctx = this.ctx
    return {
      files: snapshotFs(ctx.fs),
      env: Object.fromEntries(ctx.env),
      cwd: ctx.cwd,
      argv: this.argv,
      hostname: ctx.host.hostname,
      version: this.version,
      columns: ctx.tty ? ctx.host.columns || 80 : 80,
      isTTY: ctx.tty,
      pid: ctx.pid,
      now: ctx.host.clock.now(),
    }
  }
}
