import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'
import { inspectFormatFlag } from './shared-flags'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
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
