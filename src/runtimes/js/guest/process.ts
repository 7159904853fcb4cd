import type { JsSandboxInit } from '../../../engine/programs/node/sandbox-port'
import { EventEmitter } from './modules/events'

/** Thrown by process.exit to unwind user code at once; the guest's eval loops swallow it. */
export const EXIT = Symbol('process.exit')

export interface ProcessHooks {
  out(text: string): void
  err(text: string): void
  exit(code: number): void
  chdir(dir: string): void
  cwd(): string
  /** The signals with process.on handlers changed (the engine then delivers them here). */
  signalsChanged(names: string[]): void
}

/** Signal names a script can catch with process.on. */
const CATCHABLE = new Set(['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGCONT', 'SIGWINCH'])

/** Report the caught signals whenever a listener is added or removed. */
function trackSignals(proc: EventEmitter, changed: (names: string[]) => void): void {
  let reported = ''
  const report = () => {
    const names = proc.eventNames().filter((n): n is string => typeof n === 'string' && CATCHABLE.has(n))
    const key = names.join(',')
    if (key === reported) return
    reported = key
    changed(names)
  }
  const methods = ['on', 'addListener', 'once', 'prependListener', 'off', 'removeListener', 'removeAllListeners'] as const
  const target = proc as unknown as Record<string, (...a: unknown[]) => unknown>
  for (const m of methods) {
    const original = target[m]!
    target[m] = function (this: unknown, ...args: unknown[]) {
      const r = original.apply(this, args)
      report()
      return r
    }
  }
}

/** Versions a Node 22+ reports besides its own (process.versions). */
const VERSIONS = { v8: '12.4.254.21-node.33', uv: '1.49.2', zlib: '1.3.0.1-motley', modules: '127', napi: '10' }

/** Node's `process` for the container: its env, argv, cwd, hostname-bearing env, exit. */
export function makeProcess(init: JsSandboxInit, hooks: ProcessHooks, started: number) {
  const proc = new EventEmitter() as EventEmitter & Record<string, unknown>
  const stream = (write: (t: string) => void, fd: number) =>
    Object.assign(new EventEmitter(), {
      fd,
      isTTY: init.isTTY || undefined,
      columns: init.isTTY ? init.columns : undefined,
      write(chunk: unknown, encoding?: unknown, cb?: unknown) {
        write(typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? new TextDecoder().decode(chunk) : String(chunk))
        const done = typeof encoding === 'function' ? encoding : cb
        if (typeof done === 'function') queueMicrotask(() => done())
        return true
      },
      end() {},
    })
  const hrtime = (prev?: [number, number]) => {
    const ns = Math.round(performance.now() * 1e6)
    const t: [number, number] = [Math.floor(ns / 1e9), ns % 1e9]
    if (!prev) return t
    const d = (t[0] - prev[0]) * 1e9 + (t[1] - prev[1])
    return [Math.floor(d / 1e9), d % 1e9]
  }
  hrtime.bigint = () => BigInt(Math.round(performance.now() * 1e6))
  Object.assign(proc, {
    title: 'node',
    version: init.version,
    versions: { node: init.version.slice(1), ...VERSIONS },
    release: { name: 'node' },
    arch: 'x64',
    platform: 'linux',
    env: { ...init.env },
    argv: [...init.argv],
    argv0: 'node',
    execArgv: [],
    execPath: '/usr/local/bin/node',
    pid: init.pid,
    ppid: 0,
    exitCode: undefined,
    stdout: stream(hooks.out, 1),
    stderr: stream(hooks.err, 2),
    stdin: Object.assign(new EventEmitter(), { fd: 0, isTTY: init.isTTY || undefined }),
    cwd: () => hooks.cwd(),
    chdir: (dir: string) => hooks.chdir(dir),
    exit(code?: number) {
      const status = code ?? (proc.exitCode as number | undefined) ?? 0
      proc.emit('exit', status)
      hooks.exit(Number(status) | 0)
      throw EXIT
    },
    abort() {
      hooks.exit(134)
      throw EXIT
    },
    kill() {
      return true
    },
    nextTick: (fn: (...a: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
    hrtime,
    uptime: () => (performance.now() - started) / 1000,
    memoryUsage: Object.assign(() => ({ rss: 45_000_000, heapTotal: 6_000_000, heapUsed: 4_500_000, external: 1_500_000, arrayBuffers: 10_000 }), { rss: () => 45_000_000 }),
    cpuUsage: () => ({ user: 0, system: 0 }),
    umask: () => 0o22,
    getuid: () => 0,
    getgid: () => 0,
    geteuid: () => 0,
    getegid: () => 0,
    emitWarning: (w: unknown) => hooks.err(`(node:${init.pid}) Warning: ${w instanceof Error ? w.message : String(w)}\n`),
    config: { variables: {} },
    features: {},
  })
  trackSignals(proc, hooks.signalsChanged)
  return proc
}
