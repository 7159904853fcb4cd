import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { flagBool } from '../output'

/** docker/cli container/rm.go: `rm -f` of a missing container reports it but still exits 0 (27/28). */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const force = flagBool(flags, 'force')
  let status = 0
  for (const name of args) {
    const found = cli.daemon.findContainer(name)
    if (!found.ok) {
      cli.stderr.write(errorText(found.error) + '\n')
      if (!force || found.error.code !== 'not-found') status = 1
      continue
    }
    const r = await cli.daemon.runtime.removeChecked(found.value, name, force, flagBool(flags, 'volumes'))
    if (r.ok) cli.stdout.write(`${name}\n`)
    else {
      cli.stderr.write(errorText(r.error) + '\n')
      status = 1
    }
  }
  return status
}

/** docker/cli 28.5: `docker container rm`. */
export const spec: CommandSpec = {
  path: ['container', 'rm'],
  aliases: [['container', 'remove'], ['rm']],
  aliasesLine: 'docker container rm, docker container remove, docker rm',
  use: 'docker container rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
    { name: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
  ],
  run,
}
