import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagList } from '../output'
import { connectNetwork } from '../../daemon/networks'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const c = cli.daemon.findContainer(args[1]!)
  if (!c.ok) {
    cli.stderr.write(`Error response from daemon: ${c.error.message}\n`)
    return 1
  }
  const r = connectNetwork(cli.daemon, c.value, args[0]!, flagList(flags, 'alias'))
  if (!r.ok) {
    cli.stderr.write(`Error response from daemon: ${r.error.message}\n`)
    return 1
  }
  return 0
}

/** docker/cli 28.5: `docker network connect`. */
export const spec: CommandSpec = {
  path: ['network', 'connect'],
  use: 'docker network connect [OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'ip', type: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
    { name: 'ip6', type: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
    { name: 'link', type: 'list', usage: 'Add link to another container' },
    { name: 'alias', type: 'list', valueName: 'strings', usage: 'Add network-scoped alias for the container' },
    { name: 'link-local-ip', type: 'list', valueName: 'strings', usage: 'Add a link-local address for the container' },
    { name: 'driver-opt', type: 'list', valueName: 'strings', usage: 'driver options for the network' },
    { name: 'gw-priority', type: 'int', usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' },
  ],
  run,
}
