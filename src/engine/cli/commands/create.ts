import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { CONTAINER_FLAGS } from './container-options'
import { contentTrustFlag, platformFlag } from './shared-flags'
import { createOnly } from '../container/run-flow'

export function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  return createOnly(cli, flags, args)
}

/** docker/cli 28.5: `docker container create`. */
export const spec: CommandSpec = {
  path: ['container', 'create'],
  aliases: [['create']],
  aliasesLine: 'docker container create, docker create',
  use: 'docker container create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  args: { kind: 'min', n: 1 },
  stopAtFirstArg: true,
  flags: [
    { name: 'name', type: 'string', usage: 'Assign a name to the container' },
    // docker/cli 28.5 create.go really prints "|missing".
    { name: 'pull', type: 'string', usage: 'Pull image before creating ("always", "|missing", "never")', default: 'missing' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the pull output' },
    { name: 'use-api-socket', type: 'bool', usage: 'Bind mount Docker API socket and required auth' },
    { name: 'help', type: 'bool', usage: 'Print usage' },
    platformFlag,
    contentTrustFlag(),
    ...CONTAINER_FLAGS,
  ],
  run,
}
