import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagStr } from '../output'
import { findVolume } from '../../daemon/volumes'
import { volumeInspect } from '../views/volume-json'
import { printInspect } from '../views/inspect-output'
import { inspectFormatFlag } from './shared-flags'

/** docker/cli volume/inspect.go: each name looked up exactly; a missing one is the daemon's NotFound text. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const objects: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const name of args) {
    const v = findVolume(cli.daemon, name)
    if (v) objects.push(volumeInspect(v))
    else errors.push(`Error response from daemon: get ${name}: no such volume`)
  }
  return printInspect(cli, objects, errors, flagStr(flags, 'format'))
}

/** docker/cli 28.5: `docker volume inspect`. */
export const spec: CommandSpec = {
  path: ['volume', 'inspect'],
  use: 'docker volume inspect [OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: { kind: 'min', n: 1 },
  flags: [
    inspectFormatFlag,
  ],
  run,
}
