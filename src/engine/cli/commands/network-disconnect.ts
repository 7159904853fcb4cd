import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { disconnectNetwork } from '../../daemon/networks'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const c = cli.daemon.findContainer(args[1]!)
  if (!c.ok) {
    cli.stderr.write(`Error response from daemon: ${c.error.message}\n`)
    return 1
  }
  const r = disconnectNetwork(cli.daemon, c.value, args[0]!, flagBool(flags, 'force'))
  if (!r.ok) {
    cli.stderr.write(`Error response from daemon: ${r.error.message}\n`)
    return 1
  }
  return 0
}

/** docker/cli 28.5: `docker network disconnect`. */
export const spec: CommandSpec = {
  path: ['network', 'disconnect'],
  use: 'docker network disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' },
  ],
  run,
}
