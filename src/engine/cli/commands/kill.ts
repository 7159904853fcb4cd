import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { flagStr } from '../output'

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const signal = flagStr(flags, 'signal') || 'KILL'
  let status = 0
  for (const name of args) {
    const found = cli.daemon.findContainer(name)
    const r = found.ok ? await cli.daemon.runtime.kill(found.value, signal) : found
    if (r.ok) cli.stdout.write(`${name}\n`)
    else {
      cli.stderr.write(errorText(r.error) + '\n')
      status = 1
    }
  }
  return status
}

/** docker/cli 28.5: `docker container kill`. */
export const spec: CommandSpec = {
  path: ['container', 'kill'],
  aliases: [['kill']],
  aliasesLine: 'docker container kill, docker kill',
  use: 'docker container kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
  ],
  run,
}
