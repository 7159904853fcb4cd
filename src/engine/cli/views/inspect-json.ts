import { volumeMountpoint } from '../../daemon/volumes'
import type { Daemon } from '../../daemon/daemon'
import type { ContainerRecord, ImageRecord } from '../../daemon/state'
import { sha256Hex } from '../../kernel/hash'
import { formatRfc3339Nano } from '../../kernel/time'
import { containerNetworks, endpointId, findNetwork } from '../../daemon/networks'
import { macFor } from './network-json'

/** Deterministic IDs for things real Docker makes at random (sandbox, endpoint, network). */
const derived = (seed: string) => sha256Hex(seed)

/** NetworkSettings.Networks: one EndpointSettings per connected network, in connection order. */
function networksOf(d: Daemon, c: ContainerRecord): Record<string, unknown> {
  const running = c.state.Running
  const out: Record<string, unknown> = {}
  for (const [name, e] of Object.entries(containerNetworks(c))) {
    const n = findNetwork(d, name)
    const ip = running ? d.network.addressOf(c.id, name) : ''
    const user = n ? !n.predefined : true
    out[name] = {
      IPAMConfig: null,
      Links: null,
      Aliases: e.aliases.length ? e.aliases : null,
      MacAddress: ip ? macFor(ip) : '',
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: n?.id ?? '',
      EndpointID: endpointId(c, name),
      Gateway: ip && n ? n.gateway : '',
      IPAddress: ip,
      IPPrefixLen: ip && n ? Number(n.subnet.split('/')[1]) : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: user && running ? [c.name, ...e.aliases, c.id.slice(0, 12)] : null,
    }
  }
  return out
}

/** moby's container.InspectResponse (API 1.51, Engine 28.5), keys in Docker's order. */
/** moby MountPoint as inspect shows it: a volume names its driver; a bind has "rprivate" propagation. */
function mountsJson(c: ContainerRecord): Record<string, unknown>[] {
  return (c.mounts ?? []).map((m) =>
    m.Type === 'volume'
      ? { Type: 'volume', Name: m.Name, Source: volumeMountpoint(m.Name ?? m.Source), Destination: m.Destination, Driver: 'local', Mode: m.Mode, RW: m.RW, Propagation: '' }
      : { Type: 'bind', Source: m.Source, Destination: m.Destination, Mode: m.Mode, RW: m.RW, Propagation: 'rprivate' },
  )
}

export function containerInspect(d: Daemon, c: ContainerRecord): Record<string, unknown> {
  const dir = `/var/lib/docker/containers/${c.id}`
  const layerId = derived(`wharf:rw:${c.id}`)
  const image = d.state.images[c.image]
  const running = c.state.Running
  const ip = c.ipAddress
  const endpoint = ip ? endpointId(c, 'bridge') : ''
  const ports: Record<string, { HostIp: string; HostPort: string }[] | null> = {}
  if (running) for (const [k, v] of Object.entries(c.ports)) ports[k] = v.length ? v : null
  return {
    Id: c.id,
    Created: formatRfc3339Nano(c.created, 123456789 % 1_000_000),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.state.Status,
      Running: c.state.Running,
      Paused: c.state.Paused,
      Restarting: c.state.Restarting,
      OOMKilled: c.state.OOMKilled,
      Dead: c.state.Dead,
      Pid: c.state.Pid,
      ExitCode: c.state.ExitCode,
      Error: c.state.Error,
      StartedAt: formatRfc3339Nano(c.state.StartedAt),
      FinishedAt: formatRfc3339Nano(c.state.FinishedAt),
    },
    Image: c.image,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: null,
    HostConfig: {
      Binds: c.hostConfig.Binds ?? null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: c.hostConfig.NetworkMode,
      PortBindings: c.hostConfig.PortBindings,
      RestartPolicy: c.hostConfig.RestartPolicy,
      AutoRemove: c.hostConfig.AutoRemove,
      VolumeDriver: '',
      VolumesFrom: null,
      ConsoleSize: [0, 0],
      CapAdd: null,
      CapDrop: null,
      CgroupnsMode: 'private',
      Dns: [],
      DnsOptions: [],
      DnsSearch: [],
      ExtraHosts: null,
      GroupAdd: null,
      IpcMode: 'private',
      Cgroup: '',
      Links: null,
      OomScoreAdj: 0,
      PidMode: '',
      Privileged: false,
      PublishAllPorts: c.hostConfig.PublishAllPorts,
      ReadonlyRootfs: false,
      SecurityOpt: null,
      UTSMode: '',
      UsernsMode: '',
      ShmSize: 67108864,
      Runtime: 'runc',
      Isolation: '',
      CpuShares: 0,
      Memory: 0,
      NanoCpus: 0,
      CgroupParent: '',
      BlkioWeight: 0,
      BlkioWeightDevice: [],
      BlkioDeviceReadBps: [],
      BlkioDeviceWriteBps: [],
      BlkioDeviceReadIOps: [],
      BlkioDeviceWriteIOps: [],
      CpuPeriod: 0,
      CpuQuota: 0,
      CpuRealtimePeriod: 0,
      CpuRealtimeRuntime: 0,
      CpusetCpus: '',
      CpusetMems: '',
      Devices: [],
      DeviceCgroupRules: null,
      DeviceRequests: null,
      MemoryReservation: 0,
      MemorySwap: 0,
      MemorySwappiness: null,
      OomKillDisable: null,
      PidsLimit: null,
      Ulimits: [],
      CpuCount: 0,
      CpuPercent: 0,
      IOMaximumIOps: 0,
      IOMaximumBandwidth: 0,
      ...(c.hostConfig.Mounts ? { Mounts: c.hostConfig.Mounts } : {}),
      MaskedPaths: [
        '/proc/asound', '/proc/acpi', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats',
        '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap',
      ],
      ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
    GraphDriver: {
      Data: {
        ID: c.id,
        LowerDir: `/var/lib/docker/overlay2/${layerId}-init/diff:${(image?.blob.rootfs.diff_ids ?? [])
          .map((x) => `/var/lib/docker/overlay2/${derived(`wharf:cache:${x}`)}/diff`)
          .reverse()
          .join(':')}`,
        MergedDir: `/var/lib/docker/overlay2/${layerId}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${layerId}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${layerId}/work`,
      },
      Name: 'overlay2',
    },
    Mounts: mountsJson(c),
    Config: c.config,
    NetworkSettings: {
      Bridge: '',
      SandboxID: running ? derived(`wharf:sandbox:${c.id}:${c.state.StartedAt}`) : '',
      SandboxKey: running ? `/var/run/docker/netns/${derived(`wharf:sandbox:${c.id}:${c.state.StartedAt}`).slice(0, 12)}` : '',
      Ports: ports,
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: endpoint,
      Gateway: ip ? '172.17.0.1' : '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: ip,
      IPPrefixLen: ip ? 16 : 0,
      IPv6Gateway: '',
      MacAddress: ip ? macFor(ip) : '',
      Networks: networksOf(d, c),
    },
  }
}

/** image.InspectResponse as Engine 28.5 (API 1.51) prints it: Config last, its keys sorted. */
export function imageInspect(d: Daemon, image: ImageRecord): Record<string, unknown> {
  const cfg = image.blob.config
  const config: Record<string, unknown> = {
    Cmd: cfg.Cmd ?? null,
    Entrypoint: cfg.Entrypoint ?? null,
    Env: cfg.Env ?? null,
    Labels: cfg.Labels ?? null,
    OnBuild: cfg.OnBuild ?? null,
    User: cfg.User ?? '',
    Volumes: cfg.Volumes ?? null,
    WorkingDir: cfg.WorkingDir ?? '',
  }
  if (cfg.ExposedPorts) config.ExposedPorts = cfg.ExposedPorts
  if (cfg.StopSignal) config.StopSignal = cfg.StopSignal
  if (cfg.ArgsEscaped) config.ArgsEscaped = cfg.ArgsEscaped
  if (cfg.Healthcheck) config.Healthcheck = cfg.Healthcheck
  if (cfg.Shell) config.Shell = cfg.Shell
  const sortedConfig = Object.fromEntries(Object.entries(config).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const history = image.blob.history
  const top = image.blob.rootfs.diff_ids.map((x) => derived(`wharf:cache:${x}`))
  const lower = top.slice(0, -1).reverse()
  const last = top[top.length - 1] ?? ''
  return {
    Id: image.id,
    RepoTags: d.imageTags(image.id),
    RepoDigests: image.repoDigests,
    Parent: image.parent,
    Comment: history[history.length - 1]?.comment ?? '',
    Created: image.blob.created,
    DockerVersion: '',
    Author: '',
    Architecture: image.blob.architecture,
    Os: image.blob.os,
    Size: image.size,
    GraphDriver: {
      Data: {
        ...(lower.length ? { LowerDir: lower.map((l) => `/var/lib/docker/overlay2/${l}/diff`).join(':') } : {}),
        MergedDir: `/var/lib/docker/overlay2/${last}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${last}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${last}/work`,
      },
      Name: 'overlay2',
    },
    RootFS: { Type: 'layers', Layers: image.blob.rootfs.diff_ids },
    Metadata: { LastTagTime: formatRfc3339Nano(image.lastTagTime) },
    Config: sortedConfig,
  }
}

