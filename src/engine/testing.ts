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

/** A clock frozen at `now` whose sleeps resolve on the next macrotask-free microtask turn. */
export function testClock(now = TEST_NOW): Clock & { advance(ms: number): void } {
  let t = now
  return {
    now: () => t,
    advance: (ms) => void (t += ms),
    sleep: (ms: number, cancel?: CancelToken) =>
      new Promise<boolean>((resolve) => {
        if (cancel?.cancelled) return resolve(false)
        t += ms
        void Promise.resolve().then(() => resolve(!cancel?.cancelled))
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
