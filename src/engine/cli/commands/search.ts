import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
}

/** docker/cli 28.5: `docker search`. */
export const spec: CommandSpec = {
  path: ['search'],
  topRank: 10,
  use: 'docker search [OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'no-trunc', type: 'bool', usage: 'Don\'t truncate output' },
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'limit', type: 'int', usage: 'Max number of search results' },
    { name: 'format', type: 'string', usage: 'Pretty-print search using a Go template' },
  ],
  run,
}
