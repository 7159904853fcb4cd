import { RootFs } from '../fs/rootfs'
import { attachNetworks, namespaceOf } from './networks'
import type { LayerFiles } from '../fs/types'
import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { CancelSource, randomHex } from '../kernel/ports'
import { Machine, type SpawnedProcess } from '../process/machine'
import type { InputStream, OutputStream, SignalName } from '../process/types'
import { parseSignal } from '../process/signals'
import { ForwardedInput, type AttachClient } from './attach'
import type { Daemon } from './daemon'
import { allocatePorts } from './ports'
import type { ContainerRecord } from './state'
import { mountTable } from './mounts'
import { removeAnonymousVolumes } from './volumes'

/** A terminal nobody types into: reads wait until the process ends. */
const SILENT_TTY: InputStream = {
  isTTY: true,
  read: (cancel) => new Promise((resolve) => void cancel?.onCancel(() => resolve(null))),
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

interface Running {
  machine: Machine
  main: SpawnedProcess
  clients: Set<AttachClient>
  stdin: ForwardedInput
  exited: Promise<number>
}

/** Starts, signals and reaps container processes; keeps container state in step with them. */
export class ContainerRuntime {
  private running = new Map<string, Running>()
  private waiters = new Map<string, ((code: number) => void)[]>()

  constructor(private readonly d: Daemon) {}

  isRunning(id: string): boolean {
    return this.running.has(id)
  }

  machineOf(id: string): Machine | undefined {
    return this.running.get(id)?.machine
  }

  /** The files Docker bind-mounts into every container: not part of its writable layer. */
  private runtimeLayer(c: ContainerRecord): LayerFiles {
    const meta = { mode: 0o644, uid: 0, gid: 0, mtime: c.created }
    const host = c.config.Hostname
    return {
      '/etc': { type: 'dir', ...meta, mode: 0o755 },
      '/etc/hostname': { type: 'file', ...meta, data: `${host}\n` },
      '/etc/hosts': {
        type: 'file',
        ...meta,
        data: `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n${c.ipAddress || '172.17.0.2'}\t${host}\n`,
      },
      '/etc/resolv.conf': { type: 'file', ...meta, data: 'nameserver 8.8.8.8\nnameserver 8.8.4.4\n' },
      // procfs: the kernel has IPv6 (loopback ::1), so nginx's 10-listen-on-ipv6-by-default.sh
      // enables `listen [::]:80` and logs it, as on a stock Docker host
      '/proc': { type: 'dir', ...meta, mode: 0o555 },
      '/proc/net': { type: 'dir', ...meta, mode: 0o555 },
      '/proc/net/if_inet6': { type: 'file', ...meta, mode: 0o444, data: '00000000000000000000000000000001 01 80 10 80       lo\n' },
    }
  }

  /** The container's filesystem: image layers, Docker's mounts, and its writable layer. */
  rootfs(c: ContainerRecord): RootFs {
    const image = this.d.state.images[c.image]
    const lowers = image ? this.d.imageRootLayers(image) : []
    const fs = new RootFs([...lowers, this.runtimeLayer(c)], c.upper, () => this.d.clock.now())
    fs.mounts = mountTable(this.d, c)
    return fs
  }

  /** moby CreateDaemonEnvironment: PATH, HOSTNAME, TERM (with -t), the config's Env, HOME. */
  processEnv(c: ContainerRecord): Map<string, string> {
    const env = new Map<string, string>([['PATH', DEFAULT_PATH], ['HOSTNAME', c.config.Hostname]])
    if (c.config.Tty) env.set('TERM', 'xterm')
    for (const kv of c.config.Env) {
      const i = kv.indexOf('=')
      if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1))
    }
    if (!env.has('HOME')) env.set('HOME', c.config.User && c.config.User !== 'root' && c.config.User !== '0' ? '/' : '/root')
    return env
  }

  private logStream(c: ContainerRecord, run: () => Running | undefined, stream: 'stdout' | 'stderr'): OutputStream {
    return {
      write: (text) => {
        if (!text) return
        c.logs.push({ stream, time: this.d.clock.now(), text })
        const r = run()
        if (r) for (const cl of r.clients) (stream === 'stdout' ? cl.stdout : cl.stderr).write(text)
      },
    }
  }

  start(c: ContainerRecord, firstClient?: AttachClient): Result<void> {
    if (this.running.has(c.id)) return ok(undefined)
    const nets = attachNetworks(this.d, c)
    if (!nets.ok) return nets
    const ports = allocatePorts(this.d, c)
    if (!ports.ok) {
      this.d.network.releaseAddress(c.id)
      c.ipAddress = ''
      return ports
    }
    const fs = this.rootfs(c)
    if (c.config.WorkingDir && !fs.exists(c.config.WorkingDir)) fs.mkdir(c.config.WorkingDir, { recursive: true })
    const machine = new Machine(
      c.id,
      c.config.Hostname,
      fs,
      this.d.network.portFor(namespaceOf(c)),
      this.d.programs,
      this.d.clock,
      this.d.random,
    )
    if (firstClient?.columns) machine.columns = firstClient.columns
    if (firstClient?.rows) machine.rows = firstClient.rows
    const live: { run?: Running } = {}
    const stdout = this.logStream(c, () => live.run, 'stdout')
    const stderr = c.config.Tty ? stdout : this.logStream(c, () => live.run, 'stderr')
    const stdin = new ForwardedInput(c.config.Tty)
    const env = this.processEnv(c)
    const proc = machine.spawn({
      argv: [c.path, ...c.args],
      env,
      cwd: c.config.WorkingDir || '/',
      // -t without -i: the container's terminal exists but nothing ever types into it
      stdin: c.config.OpenStdin ? stdin : c.config.Tty ? SILENT_TTY : undefined,
      stdout,
      stderr,
      tty: c.config.Tty,
    })
    if ('error' in proc) {
      this.d.network.unbindAll(c.id)
      this.d.network.releaseAddress(c.id)
      c.ports = {}
      c.ipAddress = ''
      const what =
        proc.error === 'not-found'
          ? `exec: "${c.path}": executable file not found in $PATH`
          : proc.error === 'permission'
            ? `exec: "${c.path}": permission denied`
            : proc.error === 'is-directory'
              ? `exec: "${c.path}": is a directory`
              : proc.error === 'exec-format'
                ? `exec format error`
                : `exec: "${c.path}": stat ${c.path}: no such file or directory`
      const msg = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${what}: unknown`
      c.state.Error = msg
      c.state.ExitCode = proc.error === 'not-found' || proc.error === 'no-such-file' ? 127 : 126
      this.d.emit({ type: 'container', action: 'die', id: c.id })
      return fail(daemonError('exec-not-found', msg, c.state.ExitCode))
    }
    const run: Running = { machine, main: proc, clients: new Set(), stdin, exited: proc.exit }
    live.run = run
    this.running.set(c.id, run)
    if (firstClient) this.attach(c, firstClient)
    Object.assign(c.state, {
      Status: 'running',
      Running: true,
      Paused: false,
      Pid: 1000 + Math.floor(this.d.random.next() * 30000),
      ExitCode: 0,
      Error: '',
      StartedAt: this.d.clock.now(),
    })
    this.d.emit({ type: 'container', action: 'start', id: c.id })
    void proc.exit.then((code) => this.reap(c, code))
    return ok(undefined)
  }

  private reap(c: ContainerRecord, code: number): void {
    const r = this.running.get(c.id)
    if (!r) return
    this.running.delete(c.id)
    r.machine.signalAll('SIGKILL') // the namespace dies with its init
    r.stdin.close()
    this.d.network.unbindAll(c.id)
    this.d.network.releaseAddress(c.id)
    c.ports = {}
    c.ipAddress = ''
    Object.assign(c.state, { Status: 'exited', Running: false, Paused: false, Pid: 0, ExitCode: code, FinishedAt: this.d.clock.now() })
    this.d.emit({ type: 'container', action: 'die', id: c.id })
    for (const w of this.waiters.get(c.id) ?? []) w(code)
    this.waiters.delete(c.id)
    // --rm: "Automatically remove the container and its associated anonymous volumes when it exits"
    if (c.hostConfig.AutoRemove) this.remove(c, true)
  }

  attach(c: ContainerRecord, client: AttachClient): () => void {
    const r = this.running.get(c.id)
    if (!r) return () => {}
    r.clients.add(client)
    r.stdin.attach(client)
    if (client.columns) r.machine.columns = client.columns
    return () => this.detach(c, client)
  }

  /** Resolves with the exit code when the container next stops (at once if it is not running). */
  wait(c: ContainerRecord): Promise<number> {
    if (!this.running.has(c.id)) return Promise.resolve(c.state.ExitCode)
    return this.exitOf(c)
  }

  /** Resolves with the exit code of the container's next stop, even if it has not started yet. */
  exitOf(c: ContainerRecord): Promise<number> {
    return new Promise((res) => {
      const list = this.waiters.get(c.id) ?? []
      list.push(res)
      this.waiters.set(c.id, list)
    })
  }

  /** Forget waiters of a container that will not run after all (its start failed). */
  cancelWaits(c: ContainerRecord): void {
    this.waiters.delete(c.id)
  }

  detach(c: ContainerRecord, client: AttachClient): void {
    const r = this.running.get(c.id)
    if (!r) return
    r.clients.delete(client)
    r.stdin.detach(client)
  }

  signal(c: ContainerRecord, sig: SignalName): void {
    this.running.get(c.id)?.main.signal(sig)
  }

  /** SIGINT and friends typed at a terminal reach every process on it. */
  signalTerminal(c: ContainerRecord, sig: SignalName): void {
    this.running.get(c.id)?.machine.signalAll(sig)
  }

  /** docker stop: the stop signal, then SIGKILL after the timeout (moby daemon/stop.go). */
  async stop(c: ContainerRecord, timeoutSeconds?: number, signal?: string): Promise<Result<void>> {
    const r = this.running.get(c.id)
    if (!r) return ok(undefined)
    const sig = parseSignal(signal ?? c.config.StopSignal ?? 'SIGTERM') ?? 'SIGTERM'
    if (c.state.Paused) this.unpause(c)
    r.main.signal(sig)
    const timeout = timeoutSeconds ?? 10
    if (timeout >= 0) {
      const timer = new CancelSource()
      const exited = await Promise.race([r.exited.then(() => true), this.d.clock.sleep(timeout * 1000, timer).then(() => false)])
      timer.cancel()
      if (!exited) r.main.signal('SIGKILL')
    }
    await r.exited
    await this.settled(c)
    return ok(undefined)
  }

  /** Let the exit bookkeeping (a microtask behind the process's exit) finish. */
  private async settled(c: ContainerRecord): Promise<void> {
    while (this.running.has(c.id)) await Promise.resolve()
  }

  async kill(c: ContainerRecord, signal = 'KILL'): Promise<Result<void>> {
    const sig = parseSignal(signal)
    if (!sig) return fail(daemonError('invalid-argument', `Invalid signal: ${signal}`))
    const r = this.running.get(c.id)
    if (!r) {
      return fail(daemonError('not-running', `cannot kill container: ${c.name}: container ${c.id} is not running`))
    }
    r.main.signal(sig)
    if (sig === 'SIGKILL') {
      await r.exited
      await this.settled(c)
    }
    this.d.emit({ type: 'container', action: 'kill', id: c.id })
    return ok(undefined)
  }

  pause(c: ContainerRecord): Result<void> {
    if (!this.running.has(c.id)) return fail(daemonError('not-running', `container ${c.id} is not running`))
    if (c.state.Paused) return fail(daemonError('conflict', `container ${c.id} is already paused`))
    Object.assign(c.state, { Status: 'paused', Paused: true })
    this.d.emit({ type: 'container', action: 'pause', id: c.id })
    return ok(undefined)
  }

  unpause(c: ContainerRecord): Result<void> {
    if (!c.state.Paused) return fail(daemonError('conflict', `container ${c.id} is not paused`))
    Object.assign(c.state, { Status: 'running', Paused: false })
    this.d.emit({ type: 'container', action: 'unpause', id: c.id })
    return ok(undefined)
  }

  /** docker rm: refuses a running container unless forced (then SIGKILL first). */
  async removeChecked(c: ContainerRecord, asGiven: string, force: boolean, volumes = false): Promise<Result<void>> {
    if (this.running.has(c.id)) {
      if (!force) {
        const why = c.state.Paused
          ? 'container is paused and must be unpaused first'
          : 'container is running: stop the container before removing or force remove'
        return fail(daemonError('conflict', `cannot remove container "${asGiven}": ${why}`))
      }
      const r = this.running.get(c.id)!
      r.main.signal('SIGKILL')
      await r.exited
      await this.settled(c)
    }
    if (this.d.state.containers[c.id]) this.remove(c, volumes)
    return ok(undefined)
  }

  private remove(c: ContainerRecord, volumes = false): void {
    delete this.d.state.containers[c.id]
    if (volumes) removeAnonymousVolumes(this.d, c)
    this.d.emit({ type: 'container', action: 'destroy', id: c.id })
  }

  /** An endpoint ID for error texts (random like libnetwork's). */
  endpointId(): string {
    return randomHex(this.d.random, 64)
  }
}
