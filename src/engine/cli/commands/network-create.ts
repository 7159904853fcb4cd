import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool, flagList, flagStr } from '../output'
import { createNetwork } from '../../daemon/networks'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const labels: Record<string, string> = {}
  for (const l of flagList(flags, 'label')) {
    const i = l.indexOf('=')
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1)
  }
  const opts = (flags.values.opt as Record<string, string> | undefined) ?? {}
  const r = createNetwork(cli.daemon, {
    name: args[0]!,
    driver: flagStr(flags, 'driver') || 'bridge',
    subnet: flagList(flags, 'subnet')[0],
    gateway: flagList(flags, 'gateway')[0],
    internal: flagBool(flags, 'internal'),
    attachable: flagBool(flags, 'attachable'),
    labels,
    options: { ...opts },
  })
  if (!r.ok) {
    cli.stderr.write(`Error response from daemon: ${r.error.message}\n`)
    return 1
  }
  cli.stdout.write(r.value.id + '\n')
  return 0
}

/** docker/cli 28.5: `docker network create`. */
export const spec: CommandSpec = {
  path: ['network', 'create'],
  use: 'docker network create [OPTIONS] NETWORK',
  short: 'Create a network',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'driver', short: 'd', type: 'string', usage: 'Driver to manage the Network', default: 'bridge' },
    { name: 'opt', short: 'o', type: 'map', usage: 'Set driver specific options', default: 'map[]' },
    { name: 'label', type: 'list', usage: 'Set metadata on a network' },
    { name: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
    { name: 'ipv4', type: 'bool', usage: 'Enable or disable IPv4 address assignment', default: true },
    { name: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
    { name: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
    { name: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
    { name: 'scope', type: 'string', usage: 'Control the network\'s scope' },
    { name: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
    { name: 'config-from', type: 'string', usage: 'The network from which to copy the configuration' },
    { name: 'ipam-driver', type: 'string', usage: 'IP Address Management Driver', default: 'default' },
    { name: 'subnet', type: 'list', valueName: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
    { name: 'ip-range', type: 'list', valueName: 'strings', usage: 'Allocate container ip from a sub-range' },
    { name: 'gateway', type: 'list', valueName: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
    { name: 'aux-address', type: 'map', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver', default: 'map[]' },
    { name: 'ipam-opt', type: 'map', usage: 'Set IPAM driver specific options', default: 'map[]' },
  ],
  run,
}
