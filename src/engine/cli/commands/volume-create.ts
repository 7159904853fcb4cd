import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { notImplemented } from './not-implemented'

export function run(cli: CliContext, _flags: ParsedFlags, _args: string[]): Promise<number> {
  return notImplemented(cli, spec)
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
