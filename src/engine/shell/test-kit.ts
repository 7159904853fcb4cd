import { RootFs } from '../fs/rootfs'
import type { LayerFiles } from '../fs/types'
import { CancelSource, seededRandom } from '../kernel/ports'
import { COREUTILS } from '../programs/coreutils'
import { bufferStream, stringInput, type InputStream, type Program, type ProgramContext, type ProgramHost, type SpawnOptions } from '../process/types'
import { findCommand } from './lookup'
import { SHELL_PROGRAMS, shebangArgv } from './programs'
import { BrokenPipeError } from './streams'
import type { ShellFlavor } from './flavor'
import { runScript } from './programs'

/** 2024-07-16 04:36:32 UTC, a Tuesday. */
export const TEST_NOW = 1721104592000

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\napp:x:1000:1000::/home/app:/bin/sh\n'
const GROUP = 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\napp:x:1000:\n'

export const PROGRAMS: Record<string, Program> = { ...COREUTILS, ...SHELL_PROGRAMS }

export interface TestMachineOptions {
  files?: Record<string, string>
  stdin?: string | InputStream
  tty?: boolean
  env?: Record<string, string>
  cwd?: string
  uid?: number
  columns?: number
}

export interface TestMachine {
  fs: RootFs
  ctx: ProgramContext
  stdout: () => string
  stderr: () => string
  terminate: CancelSource
}

/** A filesystem with the usual top-level dirs, /etc/passwd and every program installed in /bin. */
export function testFs(files: Record<string, string> = {}): RootFs {
  const meta = { uid: 0, gid: 0, mtime: TEST_NOW - 3600_000 }
  const upper: LayerFiles = {}
  for (const d of ['/bin', '/usr', '/usr/bin', '/etc', '/tmp', '/root', '/home', '/home/app']) upper[d] = { type: 'dir', mode: 0o755, ...meta }
  upper['/tmp'] = { type: 'dir', mode: 0o1777, ...meta }
  upper['/etc/passwd'] = { type: 'file', mode: 0o644, data: PASSWD, ...meta }
  upper['/etc/group'] = { type: 'file', mode: 0o644, data: GROUP, ...meta }
  for (const name of Object.keys(PROGRAMS)) upper[`/bin/${name}`] = { type: 'file', mode: 0o755, data: '', program: name, size: 125688, ...meta }
  const fs = new RootFs([], upper, () => TEST_NOW)
  for (const [path, data] of Object.entries(files)) {
    const dir = path.slice(0, path.lastIndexOf('/')) || '/'
    fs.mkdir(dir, { recursive: true })
    fs.writeFile(path, data)
  }
  return fs
}

/** A fake kernel: spawn finds the program through PATH and runs it with its own context. */
export function testMachine(opts: TestMachineOptions = {}): TestMachine {
  const fs = testFs(opts.files)
  const out = bufferStream()
  const err = bufferStream()
  const terminate = new CancelSource()
  let now = TEST_NOW
  let nextPid = 2
  const host: ProgramHost = {
    clock: {
      now: () => now,
      sleep: async (ms, cancel) => {
        if (cancel?.cancelled) return false
        now += ms
        return true
      },
    },
    random: seededRandom(1),
    hostname: 'a1b2c3d4e5f6',
    containerId: 'a1b2c3d4e5f6'.padEnd(64, '0'),
    network: { listen: () => ({ ok: false, error: 'unsupported' }), request: async () => ({ error: 'refused' }) },
    columns: opts.columns ?? 80,
    rows: 24,
    processes: () => [
      { pid: 1, ppid: 0, user: 'root', argv: ['bash'], startedAt: TEST_NOW - 60_000 },
      { pid: 7, ppid: 1, user: 'root', argv: ['ps', 'aux'], startedAt: TEST_NOW },
    ],
    spawn: (o) => spawn(o, 1),
  }
  const baseCtx = (o: SpawnOptions, argv: string[], pid: number): ProgramContext => ({
    argv,
    env: new Map(o.env ?? []),
    cwd: o.cwd ?? '/',
    fs,
    stdin: o.stdin ?? stringInput(''),
    stdout: o.stdout ?? out,
    stderr: o.stderr ?? err,
    tty: (opts.tty ?? false) && o.stdout === ctx.stdout,
    pid,
    uid: opts.uid ?? 0,
    signals: { on: () => () => {}, terminated: terminate },
    host,
  })
  const spawn = async (o: SpawnOptions, depth: number): Promise<number> => {
    const name = o.argv[0] ?? ''
    const found = findCommand(fs, name, o.env?.get('PATH') ?? '/usr/local/bin:/usr/bin:/bin', o.cwd ?? '/')
    if (found.result !== 'found' || !found.path) return found.result === 'not-found' ? 127 : 126
    const entry = fs.stat(found.path)
    if (entry?.type !== 'file') return 126
    const program = entry.program ? PROGRAMS[entry.program] : undefined
    if (!program) {
      if (depth > 4) return 126
      return spawn({ ...o, argv: shebangArgv(entry.data, found.path, o.argv.slice(1)) }, depth + 1)
    }
    try {
      return await program(baseCtx(o, o.argv, nextPid++))
    } catch (e) {
      if (e instanceof BrokenPipeError) return 141
      throw e
    }
  }
  const env = new Map(Object.entries({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', HOSTNAME: 'a1b2c3d4e5f6', ...opts.env }))
  const stdin = typeof opts.stdin === 'string' ? stringInput(opts.stdin) : (opts.stdin ?? stringInput(''))
  const ctx: ProgramContext = {
    argv: ['sh'],
    env,
    cwd: opts.cwd ?? '/',
    fs,
    stdin,
    stdout: out,
    stderr: err,
    tty: opts.tty ?? false,
    pid: 1,
    uid: opts.uid ?? 0,
    signals: { on: () => () => {}, terminated: terminate },
    host,
  }
  return { fs, ctx, stdout: out.text, stderr: err.text, terminate }
}

export interface RunResult {
  stdout: string
  stderr: string
  status: number
  machine: TestMachine
}

/** Run a script as `sh -c` would, in a fresh machine. */
export async function run(source: string, opts: TestMachineOptions & { flavor?: ShellFlavor } = {}): Promise<RunResult> {
  const machine = testMachine(opts)
  const status = await runScript(machine.ctx, source, { flavor: opts.flavor ?? 'bash' })
  return { stdout: machine.stdout(), stderr: machine.stderr(), status, machine }
}

/** A terminal's stdin in cooked mode: one line per read, then EOF (Ctrl+D). */
export function ttyInput(lines: string[]): InputStream {
  const queue = [...lines]
  return { isTTY: true, read: async () => queue.shift() ?? null }
}
