import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { randomHex } from '../kernel/ports'
import { generateName } from '../containers/names'
import type { Daemon } from './daemon'
import { createMounts } from './mounts'
import type { ContainerConfig, ContainerRecord, HostConfig, ImageRecord, MountSpec, PortBinding } from './state'

/** What `docker create`/`run` asks the daemon for, after the CLI has parsed its flags. */
export interface CreateSpec {
  name?: string
  /** The image as the user gave it (Config.Image). */
  imageInput: string
  image: ImageRecord
  /** Arguments after the image; empty = use the image's Cmd. */
  cmd: string[]
  /** undefined: keep the image's; [] : `--entrypoint ""` resets it. */
  entrypoint?: string[]
  env: string[]
  workingDir?: string
  hostname?: string
  user?: string
  tty: boolean
  openStdin: boolean
  attachStdin: boolean
  attachStdout: boolean
  attachStderr: boolean
  exposedPorts: Record<string, Record<string, never>>
  portBindings: Record<string, PortBinding[]>
  publishAll: boolean
  autoRemove: boolean
  labels: Record<string, string>
  restartPolicy?: string
  /** `--network` (default "bridge") and `--network-alias`. */
  network?: string
  networkAliases?: string[]
  /** `-v SRC:DST[:MODE]` (host paths already absolute) and `--mount`. */
  binds?: string[]
  mounts?: MountSpec[]
  /** `-v /path` alone: an anonymous volume, added to Config.Volumes as the CLI does. */
  volumes?: string[]
}

const NAME_RE = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

export function validateName(d: Daemon, name: string, selfId = ''): Result<void> {
  if (!NAME_RE.test(name)) {
    return fail(daemonError('invalid-argument', `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`))
  }
  const bare = name.replace(/^\//, '')
  const holder = d.containerNamed(bare, selfId)
  if (holder) {
    return fail(
      daemonError(
        'conflict',
        `Conflict. The container name "/${bare}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        125,
      ),
    )
  }
  return ok(undefined)
}

/** A 64-hex ID whose 12-hex prefix is not all digits (moby stringid.GenerateRandomID). */
function newId(d: Daemon): string {
  for (;;) {
    const id = randomHex(d.random, 64)
    if (!/^\d{12}$/.test(id.slice(0, 12)) && !d.state.containers[id]) return id
  }
}

/** moby daemon/commit.go merge(): the user's settings win, the image fills the gaps. */
function mergeConfig(spec: CreateSpec, id: string): ContainerConfig {
  const img = spec.image.blob.config
  const userKeys = new Set(spec.env.map((e) => e.split('=')[0]))
  const env = [...spec.env, ...(img.Env ?? []).filter((e) => !userKeys.has(e.split('=')[0]))]
  let entrypoint: string[] | null = spec.entrypoint === undefined ? (img.Entrypoint ?? null) : spec.entrypoint.length ? spec.entrypoint : null
  let cmd: string[] | null = spec.cmd.length ? spec.cmd : null
  if (spec.entrypoint === undefined && cmd === null) cmd = img.Cmd ?? null
  if (entrypoint && entrypoint.length === 0) entrypoint = null
  const exposed = { ...(img.ExposedPorts ?? {}), ...spec.exposedPorts }
  const config: ContainerConfig = {
    Hostname: spec.hostname || id.slice(0, 12),
    Domainname: '',
    User: spec.user ?? img.User ?? '',
    AttachStdin: spec.attachStdin,
    AttachStdout: spec.attachStdout,
    AttachStderr: spec.attachStderr,
    Tty: spec.tty,
    OpenStdin: spec.openStdin,
    StdinOnce: spec.openStdin && spec.attachStdin,
    Env: env,
    Cmd: cmd,
    Image: spec.imageInput,
    Volumes: img.Volumes || spec.volumes?.length ? { ...(img.Volumes ?? {}), ...Object.fromEntries((spec.volumes ?? []).map((v) => [v, {}])) } : null,
    WorkingDir: spec.workingDir || img.WorkingDir || '',
    Entrypoint: entrypoint,
    OnBuild: null,
    Labels: { ...(img.Labels ?? {}), ...spec.labels },
  }
  if (Object.keys(exposed).length) config.ExposedPorts = exposed
  if (img.StopSignal) config.StopSignal = img.StopSignal
  // keep Docker's key order: ExposedPorts sits after AttachStderr
  return reorder(config)
}

const ORDER: (keyof ContainerConfig)[] = [
  'Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty', 'OpenStdin',
  'StdinOnce', 'Env', 'Cmd', 'Image', 'Volumes', 'WorkingDir', 'Entrypoint', 'OnBuild', 'Labels', 'StopSignal',
]
function reorder(c: ContainerConfig): ContainerConfig {
  const out: Record<string, unknown> = {}
  for (const k of ORDER) if (c[k] !== undefined) out[k] = c[k]
  return out as unknown as ContainerConfig
}

export function createContainer(d: Daemon, spec: CreateSpec): Result<ContainerRecord> {
  if (spec.name !== undefined) {
    const v = validateName(d, spec.name)
    if (!v.ok) return v
  }
  if (spec.networkAliases?.length && (!spec.network || ['default', 'bridge', 'host', 'none'].includes(spec.network))) {
    return fail(daemonError('invalid-argument', 'network-scoped alias is supported only for containers in user defined networks', 125))
  }
  const id = newId(d)
  const config = mergeConfig(spec, id)
  const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])]
  if (argv.length === 0) return fail(daemonError('invalid-argument', 'no command specified', 125))
  const name =
    spec.name?.replace(/^\//, '') ??
    generateName(d.random, (n) => d.containerNamed(n) !== undefined, id)
  const mounts = createMounts(d, { binds: spec.binds ?? [], mounts: spec.mounts ?? [] }, config, spec.image)
  if (!mounts.ok) return mounts
  const hostConfig: HostConfig = {
    NetworkMode: !spec.network || spec.network === 'default' ? 'bridge' : spec.network,
    PortBindings: spec.portBindings,
    AutoRemove: spec.autoRemove,
    PublishAllPorts: spec.publishAll,
    RestartPolicy: { Name: spec.restartPolicy ?? 'no', MaximumRetryCount: 0 },
  }
  if (spec.binds?.length) hostConfig.Binds = spec.binds
  if (spec.mounts?.length) hostConfig.Mounts = spec.mounts
  const rec: ContainerRecord = {
    id,
    name,
    created: d.clock.now(),
    path: argv[0]!,
    args: argv.slice(1),
    config,
    hostConfig,
    image: spec.image.id,
    state: {
      Status: 'created',
      Running: false,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 0,
      ExitCode: 0,
      Error: '',
      StartedAt: 0,
      FinishedAt: 0,
    },
    upper: {},
    logs: [],
    ports: {},
    ipAddress: '',
    networks: { [!spec.network || spec.network === 'default' ? 'bridge' : spec.network]: { aliases: spec.networkAliases ?? [] } },
    restartCount: 0,
  }
  if (mounts.value.length) rec.mounts = mounts.value
  d.state.containers[id] = rec
  d.emit({ type: 'container', action: 'create', id })
  return ok(rec)
}
