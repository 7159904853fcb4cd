import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { CONTAINER_FLAGS } from './container-options'
import { contentTrustFlag, platformFlag } from './shared-flags'
import { runContainer } from '../container/run-flow'

export function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  return runContainer(cli, flags, args)
}

/** docker/cli 28.5: `docker container run`. */
export const spec: CommandSpec = {
  path: ['container', 'run'],
  aliases: [['run']],
  aliasesLine: 'docker container run, docker run',
  topRank: 1,
  use: 'docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  args: { kind: 'min', n: 1 },
  stopAtFirstArg: true,
  flags: [
    { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy received signals to the process', default: true },
    { name: 'name', type: 'string', usage: 'Assign a name to the container' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'pull', type: 'string', usage: 'Pull image before running ("always", "missing", "never")', default: 'missing' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the pull output' },
    { name: 'use-api-socket', type: 'bool', usage: 'Bind mount Docker API socket and required auth' },
    { name: 'help', type: 'bool', usage: 'Print usage' },
    platformFlag,
    contentTrustFlag(),
    ...CONTAINER_FLAGS,
  ],
  run,
}
