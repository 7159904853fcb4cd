import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { flagList, flagStr } from '../output'
import { createVolume } from '../../daemon/volumes'

const pairs = (list: string[]): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const kv of list) {
    const i = kv.indexOf('=')
    out[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1)
  }
  return out
}

/** docker/cli volume/create.go: prints the volume's name (a random 64-hex one when none is given). */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const flagName = flagStr(flags, 'name')
  if (flagName && args.length) {
    cli.stderr.write('Conflicting options: either specify --name or provide positional arg, not both\n')
    return 1
  }
  const name = args[0] ?? (flagName || undefined)
  const driver = flagStr(flags, 'driver') || 'local'
  if (driver !== 'local') {
    cli.stderr.write(`Error response from daemon: create ${name ?? ''}: error looking up volume plugin ${driver}: plugin "${driver}" not found\n`)
    return 1
  }
  // the CLI always sends maps, so a volume made here shows "Labels": {} and "Options": {}
  const r = createVolume(cli.daemon, { name, labels: pairs(flagList(flags, 'label')), options: pairs(flagList(flags, 'opt')) })
  if (!r.ok) {
    cli.stderr.write(errorText(r.error) + '\n')
    return 1
  }
  cli.stdout.write(`${r.value.name}\n`)
  return 0
}

/** docker/cli 28.5: `docker volume create`. */
export const spec: CommandSpec = {
  path: ['volume', 'create'],
  use: 'docker volume create [OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'driver', short: 'd', type: 'string', usage: 'Specify volume driver name', default: 'local' },
    { name: 'name', type: 'string', usage: 'Specify volume name', hidden: true },
    { name: 'opt', short: 'o', type: 'map', usage: 'Set driver specific options', default: 'map[]' },
    { name: 'label', type: 'list', usage: 'Set metadata for a volume' },
    { name: 'group', type: 'string', usage: 'Cluster Volume group (cluster volumes)', hidden: true },
    { name: 'scope', type: 'string', usage: 'Cluster Volume access scope ("single", "multi")', default: 'single', hidden: true },
    { name: 'sharing', type: 'string', usage: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")', default: 'none', hidden: true },
    { name: 'availability', type: 'string', usage: 'Cluster Volume availability ("active", "pause", "drain")', default: 'active', hidden: true },
    { name: 'type', type: 'string', usage: 'Cluster Volume access type ("mount", "block")', default: 'block', hidden: true },
    { name: 'secret', type: 'map', usage: 'Cluster Volume secrets', default: 'map[]', hidden: true },
    { name: 'limit-bytes', type: 'bytes', usage: 'Minimum size of the Cluster Volume in bytes', hidden: true },
    { name: 'required-bytes', type: 'bytes', usage: 'Maximum size of the Cluster Volume in bytes', hidden: true },
    { name: 'topology-required', type: 'list', usage: 'A topology that the Cluster Volume must be accessible from', hidden: true },
    { name: 'topology-preferred', type: 'list', usage: 'A topology that the Cluster Volume would be preferred in', hidden: true },
  ],
  run,
}
