import { daemonError, fail, ok, type Result } from '../kernel/errors'
import type { InputStream, OutputStream, SignalName } from '../process/types'
import type { Daemon } from './daemon'
import type { ContainerRecord } from './state'

export interface ExecOptions {
  argv: string[]
  env: string[]
  workdir?: string
  user?: string
  tty: boolean
  stdin?: InputStream
  stdout: OutputStream
  stderr: OutputStream
  columns?: number
}

export interface ExecProcess {
  exit: Promise<number>
  signal(sig: SignalName): void
}

/**
 * moby daemon/exec.go: a new process in the running container's namespaces, with the
 * container's environment plus the exec's own, in its working directory (or -w).
 */
export function execInContainer(d: Daemon, c: ContainerRecord, o: ExecOptions): Result<ExecProcess> {
  if (c.state.Paused) {
    return fail(daemonError('conflict', `container ${c.id} is paused, unpause the container before exec`))
  }
  const machine = d.runtime.machineOf(c.id)
  if (!machine) return fail(daemonError('not-running', `container ${c.id} is not running`))
  const env = d.runtime.processEnv(c)
  if (o.tty) env.set('TERM', 'xterm')
  for (const kv of o.env) {
    const i = kv.indexOf('=')
    if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1))
  }
  const cwd = o.workdir || c.config.WorkingDir || '/'
  if (o.columns) machine.columns = o.columns
  const uid = o.user && o.user !== 'root' && o.user !== '0' ? (/^\d+$/.test(o.user) ? Number(o.user) : 1000) : 0
  const p = machine.spawn({
    argv: o.argv,
    env,
    cwd,
    stdin: o.stdin,
    stdout: o.stdout,
    stderr: o.tty ? o.stdout : o.stderr,
    tty: o.tty,
    uid,
  })
  if ('error' in p) {
    const name = o.argv[0] ?? ''
    const what =
      p.error === 'not-found'
        ? `exec: "${name}": executable file not found in $PATH`
        : p.error === 'permission'
          ? `exec: "${name}": permission denied`
          : p.error === 'is-directory'
            ? `exec: "${name}": is a directory`
            : `exec: "${name}": stat ${name}: no such file or directory`
    const status = p.error === 'not-found' || p.error === 'no-such-file' ? 127 : 126
    return fail({
      kind: 'docker-error',
      code: 'exec-not-found',
      message: `OCI runtime exec failed: exec failed: unable to start container process: ${what}: unknown`,
      fromDaemon: false,
      exitCode: status,
    })
  }
  return ok({ exit: p.exit, signal: (sig) => p.signal(sig) })
}
