import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagStr } from '../output'
import { findNetwork } from '../../daemon/networks'
import { networkInspect } from '../views/network-json'
import { printInspect } from '../views/inspect-output'
import { inspectFormatFlag } from './shared-flags'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const objects: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const name of args) {
    const n = findNetwork(cli.daemon, name)
    if (n) objects.push(networkInspect(cli.daemon, n))
    else errors.push(`Error: No such network: ${name}`)
  }
  return printInspect(cli, objects, errors, flagStr(flags, 'format'))
}

/** docker/cli 28.5: `docker network inspect`. */
export const spec: CommandSpec = {
  path: ['network', 'inspect'],
  use: 'docker network inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { kind: 'min', n: 1 },
  flags: [
    inspectFormatFlag,
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  run,
}
