import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker system prune`. */
export const spec: CommandSpec = {
  path: ['system', 'prune'],
  use: 'docker system prune [OPTIONS]',
  short: 'Remove unused data',
  args: { kind: 'none' },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    { name: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
  ],
  run,
}
