import type { Engine } from '../engine'
import type { SpawnedProcess } from '../engine/process/machine'
import type { Program } from '../engine/process/types'
import { interactiveShell } from '../engine/shell'
import { hostCompleter } from './completion'
import { TtyDevice } from './tty'

export interface TerminalSessionOptions {
  engine: Engine
  /** Bytes for the terminal (xterm, or @xterm/headless). */
  write: (data: string) => void
  cols?: number
  rows?: number
  /** The host `help` command's text, from the UI's message catalog. */
  helpText?: string
}

/**
 * One terminal: a TTY device and the host shell running on it. Closing a session detaches
 * whatever it had attached, as closing a real terminal does.
 */
export class TerminalSession {
  readonly tty: TtyDevice
  readonly shell: SpawnedProcess
  private cwd: string

  constructor(private readonly o: TerminalSessionOptions) {
    const { engine } = o
    this.cwd = engine.homeDir
    this.tty = new TtyDevice(o.write, () => this.interruptForeground(), hostCompleter(engine, () => this.cwd))
    this.resize(o.cols ?? 80, o.rows ?? 24)
    const helpText = o.helpText ?? ''
    const help: Program = async (ctx) => {
      ctx.stdout.write(helpText.endsWith('\n') || !helpText ? helpText : helpText + '\n')
      return 0
    }
    const env = engine.hostEnv()
    const shellProgram: Program = (ctx) =>
      interactiveShell(ctx, {
        flavor: 'host',
        builtins: { help },
      })
    this.shell = engine.host.run(shellProgram, {
      argv: ['bash'],
      env,
      cwd: engine.homeDir,
      stdin: this.tty,
      stdout: this.tty,
      stderr: this.tty,
      tty: true,
      uid: 1000,
    })
  }

  input(data: string): void {
    this.tty.input(data)
  }

  resize(cols: number, rows: number): void {
    this.tty.columns = cols
    this.o.engine.host.columns = cols
    this.o.engine.host.rows = rows
  }

  /** Ctrl+C with no attached container: SIGINT to every process this shell started. */
  private interruptForeground(): void {
    const procs = this.o.engine.host.processes()
    const mine = new Set([this.shell.pid])
    let grew = true
    while (grew) {
      grew = false
      for (const p of procs) {
        if (mine.has(p.ppid) && !mine.has(p.pid)) {
          mine.add(p.pid)
          grew = true
        }
      }
    }
    for (const pid of mine) if (pid !== this.shell.pid) this.o.engine.host.signalPid(pid, 'SIGINT')
  }

  dispose(): void {
    this.shell.signal('SIGKILL')
  }
}
