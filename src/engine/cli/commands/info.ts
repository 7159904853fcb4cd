import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { inspectFormatFlag } from './shared-flags'
import { DOCKER_VERSION } from '../../daemon/engine-info'

/** docker info: the client and server sections, with the daemon's live counts. */
export async function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  const d = cli.daemon
  const all = Object.values(d.state.containers)
  const running = all.filter((c) => c.state.Running && !c.state.Paused).length
  const paused = all.filter((c) => c.state.Paused).length
  const v = DOCKER_VERSION
  cli.stdout.write(
    [
      'Client: Docker Engine - Community',
      ` Version:    ${v.version}`,
      ' Context:    default',
      ' Debug Mode: false',
      '',
      'Server:',
      ` Containers: ${all.length}`,
      `  Running: ${running}`,
      `  Paused: ${paused}`,
      `  Stopped: ${all.length - running - paused}`,
      ` Images: ${Object.keys(d.state.images).length}`,
      ` Server Version: ${v.version}`,
      ' Storage Driver: overlay2',
      '  Backing Filesystem: extfs',
      '  Supports d_type: true',
      '  Using metacopy: false',
      '  Native Overlay Diff: true',
      '  userxattr: false',
      ' Logging Driver: json-file',
      ' Cgroup Driver: systemd',
      ' Cgroup Version: 2',
      ' Plugins:',
      '  Volume: local',
      '  Network: bridge host ipvlan macvlan null overlay',
      '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
      ' CDI spec directories:',
      '  /etc/cdi',
      '  /var/run/cdi',
      ' Swarm: inactive',
      ' Runtimes: io.containerd.runc.v2 runc',
      ' Default Runtime: runc',
      ' Init Binary: docker-init',
      ` containerd version: ${v.containerdCommit}`,
      ` runc version: ${v.runcCommit}`,
      ' init version: de40ad0',
      ' Security Options:',
      '  apparmor',
      '  seccomp',
      '   Profile: builtin',
      '  cgroupns',
      ' Kernel Version: 6.8.0-51-generic',
      ' Operating System: Ubuntu 24.04.3 LTS',
      ' OSType: linux',
      ' Architecture: x86_64',
      ' CPUs: 2',
      ' Total Memory: 23.43GiB',
      ' Name: wharf',
      ' ID: 7f3c2a9e-5b1d-4e8a-9c6f-2d4b8e1a0c35',
      ' Docker Root Dir: /var/lib/docker',
      ' Debug Mode: false',
      ' Experimental: false',
      ' Insecure Registries:',
      '  ::1/128',
      '  127.0.0.0/8',
      ' Live Restore Enabled: false',
      '',
    ].join('\n'),
  )
  return 0
}

/** docker/cli 28.5: `docker system info`. */
export const spec: CommandSpec = {
  path: ['system', 'info'],
  aliases: [['info']],
  aliasesLine: 'docker system info, docker info',
  topRank: 12,
  use: 'docker system info [OPTIONS]',
  short: 'Display system-wide information',
  args: { kind: 'none' },
  flags: [
    inspectFormatFlag,
  ],
  run,
}
