/**
 * Test helpers over the real engine: a frozen clock, a seed, and ways to run a docker command
 * or a host shell line and capture what it printed. Used by unit tests, property tests and
 * benchmarks alike (no DOM, no Node).
 */
import { createEngine, type Engine, type EngineOptions } from './index'
import type { CancelToken, Clock } from './kernel/ports'
import { CancelSource } from './kernel/ports'
import type { CliContext } from './cli/types'
import { runDocker } from './cli/dispatch'
import { runScript } from './shell'
import { stringInput, EOF_INPUT, type InputStream } from './process/types'

export const TEST_NOW = 1_721_104_592_000 // 2024-07-16T04:36:32Z

/**
 * The host's macrotask queue, reached through globalThis on purpose: only this test clock uses it,
 * to learn when every process is waiting on time (the engine itself never schedules a task).
 */
const nextTask = (globalThis as unknown as { setTimeout(fn: () => void, ms: number): unknown }).setTimeout

/**
 * A frozen clock with virtual time. `sleep(0)` (a yield) resolves within microtasks. A longer
 * sleep waits until the engine is idle (every process blocked on a timer: the next macrotask),
 * then the earliest deadline fires and the clock jumps to it. So `docker stop` on a `sleep 300`
 * PID 1 fires its 10 s timeout before the sleep ends (exit 137), a server that exits on the stop
 * signal cancels the timeout without ageing the clock, and a test's own commands between two
 * lines never let time pass.
 */
export function testClock(now = TEST_NOW): Clock & { advance(ms: number): void } {
  let t = now
  let seq = 0
  let scheduled = false
  const timers: { at: number; seq: number; fire(): void }[] = []
  const fireEarliest = () => {
    scheduled = false
    if (!timers.length) return
    let k = 0
    for (let i = 1; i < timers.length; i++) {
      const a = timers[i]!
      const b = timers[k]!
      if (a.at < b.at || (a.at === b.at && a.seq < b.seq)) k = i
    }
    const [timer] = timers.splice(k, 1)
    if (timer!.at > t) t = timer!.at
    timer!.fire()
    schedule()
  }
  const schedule = () => {
    if (scheduled || !timers.length) return
    scheduled = true
    nextTask(fireEarliest, 0)
  }
  return {
    now: () => t,
    advance: (ms) => void (t += ms),
    sleep: (ms: number, cancel?: CancelToken) =>
      new Promise<boolean>((resolve) => {
        if (cancel?.cancelled) return resolve(false)
        if (ms <= 0) return void Promise.resolve().then(() => resolve(!cancel?.cancelled))
        const timer = { at: t + ms, seq: seq++, fire: () => (off(), resolve(true)) }
        const off =
          cancel?.onCancel(() => {
            const i = timers.indexOf(timer)
            if (i >= 0) timers.splice(i, 1)
            resolve(false)
          }) ?? (() => {})
        timers.push(timer)
        schedule()
      }),
  }
}

export function createTestEngine(o: Partial<EngineOptions> & { now?: number } = {}): Engine {
  return createEngine({ clock: o.clock ?? testClock(o.now), seed: o.seed ?? 1, pullBytesPerSecond: Infinity, ...o })
}

export interface Captured {
  stdout: string
  stderr: string
  status: number
}

/** Run `docker ARGS…` as a client with the given (or no) input, not on a terminal. */
export async function docker(engine: Engine, args: string[], o: { stdin?: InputStream; tty?: boolean; cancel?: CancelSource } = {}): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const cli: CliContext = {
    daemon: engine.daemon,
    stdout: { write: (t) => void (stdout += t), isTTY: o.tty },
    stderr: { write: (t) => void (stderr += t) },
    stdin: o.stdin ?? EOF_INPUT,
    tty: o.tty ?? false,
    columns: 80,
    env: engine.hostEnv(),
    fs: engine.host.fs,
    cwd: engine.homeDir,
    clock: engine.daemon.clock,
    cancel: o.cancel ?? new CancelSource(),
  }
  const status = await runDocker(cli, args)
  return { stdout, stderr, status }
}

/** Split a command line the simple way (for tests: quotes group words, no expansion). */
export function words(line: string): string[] {
  const out: string[] = []
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]!)
  return out
}

/** `docker …` from a one-line string. */
export function d(engine: Engine, line: string, o?: Parameters<typeof docker>[2]): Promise<Captured> {
  return docker(engine, words(line.replace(/^docker\s+/, '')), o)
}

/** Run a line in the host shell (non-interactive, stdin from `input`). */
export async function sh(engine: Engine, source: string, input = ''): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const p = engine.host.run((ctx) => runScript(ctx, source, { flavor: 'host' }), {
    argv: ['bash', '-c', source],
    env: engine.hostEnv(),
    cwd: engine.homeDir,
    stdin: input ? stringInput(input) : EOF_INPUT,
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    uid: 1000,
  })
  const status = await p.exit
  return { stdout, stderr, status }
}
