import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { removeNetwork } from '../../daemon/networks'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  let status = 0
  for (const name of args) {
    const r = removeNetwork(cli.daemon, name)
    if (r.ok) cli.stdout.write(name + '\n')
    else if (!(flagBool(flags, 'force') && r.error.code === 'not-found')) {
      cli.stderr.write(`Error response from daemon: ${r.error.message}\n`)
      status = 1
    }
  }
  return status
}

/** docker/cli 28.5: `docker network rm`. */
export const spec: CommandSpec = {
  path: ['network', 'rm'],
  aliases: [['network', 'remove']],
  use: 'docker network rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' },
  ],
  run,
}
