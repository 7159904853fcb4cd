/**
 * RUN: a throwaway container (BuildKit's executor; hostname `buildkitsandbox`) over the stage's
 * layers with an empty writable layer, running the command with the stage's Env, WorkingDir and
 * User; its output is the step's log and its writable layer the step's new layer.
 */
import { RootFs } from '../fs/rootfs'
import type { LayerFiles } from '../fs/types'
import type { CancelToken } from '../kernel/ports'
import { Machine } from '../process/machine'
import type { Daemon } from '../daemon/daemon'
import type { VertexHandle } from './progress/model'

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export interface RunSpec {
  lowers: LayerFiles[]
  argv: string[]
  env: string[]
  cwd: string
  user: string
  cancel: CancelToken
}

export type RunOutcome = { code: number; upper: LayerFiles } | { error: string }

/** uid of a USER value: a number, or a name looked up in the image's /etc/passwd. */
export function uidOf(fs: RootFs, user: string): number {
  const name = user.split(':')[0] ?? ''
  if (name === '' || name === 'root') return 0
  if (/^\d+$/.test(name)) return Number(name)
  try {
    for (const line of fs.readFile('/etc/passwd').split('\n')) {
      const f = line.split(':')
      if (f[0] === name && f[2]) return Number(f[2])
    }
  } catch {
    /* no passwd */
  }
  return 0
}

/** Simulated time a step takes: package installs take a while, the rest a moment. */
function simulatedMs(argv: string[]): number {
  const s = argv.join(' ')
  if (/\b(apt-get|apt) (install|update)|\bapk add|\bnpm (install|ci)|\bpip3? install|\byarn\b/.test(s)) return 900
  return 150
}

export async function runInSandbox(d: Daemon, spec: RunSpec, v: VertexHandle): Promise<RunOutcome> {
  const upper: LayerFiles = {}
  const meta = { mode: 0o644, uid: 0, gid: 0, mtime: d.clock.now() }
  const mounts: LayerFiles = {
    '/etc': { type: 'dir', ...meta, mode: 0o755 },
    '/etc/hostname': { type: 'file', ...meta, data: 'buildkitsandbox\n' },
    '/etc/hosts': { type: 'file', ...meta, data: '127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback\n' },
    '/etc/resolv.conf': { type: 'file', ...meta, data: 'nameserver 8.8.8.8\nnameserver 8.8.4.4\n' },
  }
  // the mounts sit below the writable layer but hide nothing the image has
  const fs = new RootFs([...spec.lowers, mounts], upper, () => d.clock.now())
  if (!fs.exists(spec.cwd)) fs.mkdir(spec.cwd, { recursive: true })
  const id = `buildkit-${d.random.next().toString(36).slice(2, 12)}`
  const machine = new Machine(id, 'buildkitsandbox', fs, d.network.portFor(id), d.programs, d.clock, d.random)
  const env = new Map<string, string>([['PATH', DEFAULT_PATH]])
  for (const kv of spec.env) {
    const i = kv.indexOf('=')
    if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1))
  }
  if (!env.has('HOME')) env.set('HOME', uidOf(fs, spec.user) === 0 ? '/root' : '/')
  const out = { write: (t: string) => v.write(t) }
  const proc = machine.spawn({ argv: spec.argv, env, cwd: spec.cwd, stdout: out, stderr: out, uid: uidOf(fs, spec.user) })
  if ('error' in proc) {
    const p = spec.argv[0]
    const what =
      proc.error === 'not-found'
        ? `exec: "${p}": executable file not found in $PATH`
        : `exec: "${p}": stat ${p}: no such file or directory`
    return { error: `runc run failed: unable to start container process: error during container init: ${what}` }
  }
  const off = spec.cancel.onCancel(() => machine.signalAll('SIGKILL'))
  const [code] = await Promise.all([proc.exit, d.clock.sleep(simulatedMs(spec.argv), spec.cancel)])
  off()
  machine.signalAll('SIGKILL')
  // the runtime's own files are not part of the layer
  for (const p of Object.keys(upper)) if (p in mounts && upper[p]!.type === 'dir') delete upper[p]
  return { code, upper }
}

