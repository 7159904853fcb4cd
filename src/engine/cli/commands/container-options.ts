/**
 * The container configuration flags `docker run` and `docker create` share: docker/cli 28.5
 * `cli/command/container/opts.go` addFlags. Windows-only flags are hidden on a Linux daemon
 * (cmd/docker/docker.go hideUnsupportedFeatures); `--dns-opt`, `--net` and `--net-alias` are hidden aliases.
 */
import type { FlagSpec } from '../types'

const list = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'list', usage, ...extra })
const str = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'string', usage, ...extra })
const bool = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'bool', usage, ...extra })
const int = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'int', usage, ...extra })
const bytes = (name: string, usage: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ name, type: 'bytes', usage, ...extra })
const duration = (name: string, usage: string): FlagSpec => ({ name, type: 'duration', usage })
/** Device option lists print "(default [])": their String() formats an empty Go slice. */
const deviceList = (name: string, usage: string): FlagSpec => list(name, usage, { default: '[]' })

export const CONTAINER_FLAGS: readonly FlagSpec[] = [
  list('attach', 'Attach to STDIN, STDOUT or STDERR', { short: 'a' }),
  list('device-cgroup-rule', 'Add a rule to the cgroup allowed devices list'),
  list('device', 'Add a host device to the container'),
  list('gpus', "GPU devices to add to the container ('all' to pass all GPUs)", { valueName: 'gpu-request' }),
  list('env', 'Set environment variables', { short: 'e' }),
  list('env-file', 'Read in a file of environment variables'),
  str('entrypoint', 'Overwrite the default ENTRYPOINT of the image'),
  list('group-add', 'Add additional groups to join'),
  str('hostname', 'Container host name', { short: 'h' }),
  str('domainname', 'Container NIS domain name'),
  bool('interactive', 'Keep STDIN open even if not attached', { short: 'i' }),
  list('label', 'Set meta data on a container', { short: 'l' }),
  list('label-file', 'Read in a line delimited file of labels'),
  bool('read-only', "Mount the container's root filesystem as read only"),
  str('restart', 'Restart policy to apply when a container exits', { default: 'no' }),
  str('stop-signal', 'Signal to stop the container'),
  int('stop-timeout', 'Timeout (in seconds) to stop a container'),
  { name: 'sysctl', type: 'map', usage: 'Sysctl options', default: 'map[]' },
  bool('tty', 'Allocate a pseudo-TTY', { short: 't' }),
  list('ulimit', 'Ulimit options', { valueName: 'ulimit', default: '[]' }),
  str('user', 'Username or UID (format: <name|uid>[:<group|gid>])', { short: 'u' }),
  str('workdir', 'Working directory inside the container', { short: 'w' }),
  bool('rm', 'Automatically remove the container and its associated anonymous volumes when it exits'),

  list('cap-add', 'Add Linux capabilities'),
  list('cap-drop', 'Drop Linux capabilities'),
  bool('privileged', 'Give extended privileges to this container'),
  list('security-opt', 'Security Options'),
  str('userns', 'User namespace to use'),
  str(
    'cgroupns',
    `Cgroup namespace to use (host|private)
'host':    Run the container in the Docker host's cgroup namespace
'private': Run the container in its own private cgroup namespace
'':        Use the cgroup namespace as configured by the
           default-cgroupns-mode option on the daemon (default)`,
  ),

  list('add-host', 'Add a custom host-to-IP mapping (host:ip)'),
  list('dns', 'Set custom DNS servers'),
  list('dns-opt', 'Set DNS options', { hidden: true }),
  list('dns-option', 'Set DNS options'),
  list('dns-search', 'Set custom DNS search domains'),
  list('expose', 'Expose a port or a range of ports'),
  str('ip', 'IPv4 address (e.g., 172.30.100.104)'),
  str('ip6', 'IPv6 address (e.g., 2001:db8::33)'),
  list('link', 'Add link to another container'),
  list('link-local-ip', 'Container IPv4/IPv6 link-local addresses'),
  str('mac-address', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'),
  list('publish', "Publish a container's port(s) to the host", { short: 'p' }),
  bool('publish-all', 'Publish all exposed ports to random ports', { short: 'P' }),
  list('net', 'Connect a container to a network', { valueName: 'network', hidden: true }),
  list('network', 'Connect a container to a network', { valueName: 'network' }),
  list('net-alias', 'Add network-scoped alias for the container', { hidden: true }),
  list('network-alias', 'Add network-scoped alias for the container'),

  str('log-driver', 'Logging driver for the container'),
  str('volume-driver', 'Optional volume driver for the container'),
  list('log-opt', 'Log driver options'),
  list('storage-opt', 'Storage driver options for the container'),
  list('tmpfs', 'Mount a tmpfs directory'),
  list('volumes-from', 'Mount volumes from the specified container(s)'),
  list('volume', 'Bind mount a volume', { short: 'v' }),
  list('mount', 'Attach a filesystem mount to the container', { valueName: 'mount' }),

  str('health-cmd', 'Command to run to check health'),
  duration('health-interval', 'Time between running the check (ms|s|m|h) (default 0s)'),
  int('health-retries', 'Consecutive failures needed to report unhealthy'),
  duration('health-timeout', 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)'),
  duration(
    'health-start-period',
    'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)',
  ),
  duration('health-start-interval', 'Time between running the check during the start period (ms|s|m|h) (default 0s)'),
  bool('no-healthcheck', 'Disable any container-specified HEALTHCHECK'),

  {
    name: 'blkio-weight',
    type: 'uint',
    valueName: 'uint16',
    usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
  },
  deviceList('blkio-weight-device', 'Block IO weight (relative device weight)'),
  str('cidfile', 'Write the container ID to the file'),
  str('cpuset-cpus', 'CPUs in which to allow execution (0-3, 0,1)'),
  str('cpuset-mems', 'MEMs in which to allow execution (0-3, 0,1)'),
  int('cpu-count', 'CPU count (Windows only)', { hidden: true }),
  int('cpu-percent', 'CPU percent (Windows only)', { hidden: true }),
  int('cpu-period', 'Limit CPU CFS (Completely Fair Scheduler) period'),
  int('cpu-quota', 'Limit CPU CFS (Completely Fair Scheduler) quota'),
  int('cpu-rt-period', 'Limit CPU real-time period in microseconds'),
  int('cpu-rt-runtime', 'Limit CPU real-time runtime in microseconds'),
  int('cpu-shares', 'CPU shares (relative weight)', { short: 'c' }),
  str('cpus', 'Number of CPUs', { valueName: 'decimal' }),
  deviceList('device-read-bps', 'Limit read rate (bytes per second) from a device'),
  deviceList('device-read-iops', 'Limit read rate (IO per second) from a device'),
  deviceList('device-write-bps', 'Limit write rate (bytes per second) to a device'),
  deviceList('device-write-iops', 'Limit write rate (IO per second) to a device'),
  bytes('io-maxbandwidth', 'Maximum IO bandwidth limit for the system drive (Windows only)', { hidden: true }),
  { name: 'io-maxiops', type: 'uint', usage: 'Maximum IOps limit for the system drive (Windows only)', hidden: true },
  bytes('kernel-memory', 'Kernel memory limit'),
  bytes('memory', 'Memory limit', { short: 'm' }),
  bytes('memory-reservation', 'Memory soft limit'),
  bytes('memory-swap', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
  int('memory-swappiness', 'Tune container memory swappiness (0 to 100)', { default: -1 }),
  bool('oom-kill-disable', 'Disable OOM Killer'),
  int('oom-score-adj', "Tune host's OOM preferences (-1000 to 1000)"),
  int('pids-limit', 'Tune container pids limit (set -1 for unlimited)'),

  str('cgroup-parent', 'Optional parent cgroup for the container'),
  str('ipc', 'IPC mode to use'),
  str('isolation', 'Container isolation technology'),
  str('pid', 'PID namespace to use'),
  bytes('shm-size', 'Size of /dev/shm'),
  str('uts', 'UTS namespace to use'),
  str('runtime', 'Runtime to use for this container'),
  bool('init', 'Run an init inside the container that forwards signals and reaps processes'),
  { name: 'annotation', type: 'map', usage: 'Add an annotation to the container (passed through to the OCI runtime)', default: 'map[]' },
]
