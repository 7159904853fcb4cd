import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'

export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  let status = 0
  for (const name of args) {
    const found = cli.daemon.findContainer(name)
    const r = found.ok ? cli.daemon.runtime.unpause(found.value) : found
    if (r.ok) cli.stdout.write(`${name}\n`)
    else {
      cli.stderr.write(errorText(r.error) + '\n')
      status = 1
    }
  }
  return status
}

/** docker/cli 28.5: `docker container unpause`. */
export const spec: CommandSpec = {
  path: ['container', 'unpause'],
  aliases: [['unpause']],
  aliasesLine: 'docker container unpause, docker unpause',
  use: 'docker container unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [],
  run,
}
