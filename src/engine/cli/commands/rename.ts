import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { validateName } from '../../daemon/create'

export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  const [oldName, newName] = args as [string, string]
  if (newName.trim() === '') {
    cli.stderr.write('Error: neither old nor new names may be empty\n')
    return 1
  }
  const found = cli.daemon.findContainer(oldName)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const c = found.value
  if (c.name === newName.replace(/^\//, '')) {
    cli.stderr.write(`Error response from daemon: Renaming a container with the same name as its current name\n`)
    return 1
  }
  const v = validateName(cli.daemon, newName, c.id)
  if (!v.ok) {
    cli.stderr.write(errorText(v.error) + '\n')
    return 1
  }
  c.name = newName.replace(/^\//, '')
  cli.daemon.emit({ type: 'container', action: 'rename', id: c.id })
  return 0
}

/** docker/cli 28.5: `docker container rename`. */
export const spec: CommandSpec = {
  path: ['container', 'rename'],
  aliases: [['rename']],
  aliasesLine: 'docker container rename, docker rename',
  use: 'docker container rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  args: { kind: 'exact', n: 2 },
  flags: [],
  run,
}
