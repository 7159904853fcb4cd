import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { inspectFormatFlag } from './shared-flags'
import { flagStr } from '../output'
import { goStruct } from '../template/values'
import { parseTemplate, executeTemplate } from '../template'
import { DOCKER_VERSION } from '../../daemon/engine-info'

/** docker version: the client and server blocks of Docker Engine 28.5.2 on Linux. */
export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const v = DOCKER_VERSION
  const format = flagStr(flags, 'format')
  if (format) {
    const data = goStruct(
      {
        Client: goStruct({ Version: v.version, ApiVersion: v.api, GoVersion: v.go, GitCommit: v.cliCommit, Os: 'linux', Arch: 'amd64', Context: 'default' }, '*client.Version'),
        Server: goStruct({ Version: v.version, ApiVersion: v.api, MinAPIVersion: '1.24', GoVersion: v.go, GitCommit: v.engineCommit, Os: 'linux', Arch: 'amd64' }, '*types.Version'),
      },
      'versionInfo',
    )
    const t = parseTemplate(format)
    const out = t.ok ? executeTemplate(t.value, data) : t
    if (!out.ok) {
      cli.stderr.write(`template: ${out.error.message}\n`)
      return 1
    }
    cli.stdout.write(out.value + '\n')
    return 0
  }
  cli.stdout.write(
    [
      'Client: Docker Engine - Community',
      ` Version:           ${v.version}`,
      ` API version:       ${v.api}`,
      ` Go version:        ${v.go}`,
      ` Git commit:        ${v.cliCommit}`,
      ` Built:             ${v.built}`,
      ' OS/Arch:           linux/amd64',
      ' Context:           default',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      `  Version:          ${v.version}`,
      `  API version:      ${v.api} (minimum version 1.24)`,
      `  Go version:       ${v.go}`,
      `  Git commit:       ${v.engineCommit}`,
      `  Built:            ${v.built}`,
      '  OS/Arch:          linux/amd64',
      '  Experimental:     false',
      ' containerd:',
      `  Version:          ${v.containerd}`,
      `  GitCommit:        ${v.containerdCommit}`,
      ' runc:',
      `  Version:          ${v.runc}`,
      `  GitCommit:        ${v.runcCommit}`,
      ' docker-init:',
      '  Version:          0.19.0',
      '  GitCommit:        de40ad0',
      '',
    ].join('\n'),
  )
  return 0
}

/** docker/cli 28.5: `docker version`. */
export const spec: CommandSpec = {
  path: ['version'],
  topRank: 10,
  use: 'docker version [OPTIONS]',
  short: 'Show the Docker version information',
  args: { kind: 'none' },
  flags: [
    inspectFormatFlag,
  ],
  run,
}
