import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { flagBool } from '../output'
import { attachTerminal } from '../container/attach-flow'

/** docker/cli container/start.go: prints each name as given; failures are summed up at the end. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const d = cli.daemon
  if (flagBool(flags, 'attach') || flagBool(flags, 'interactive')) {
    if (args.length > 1) {
      cli.stderr.write('you cannot start and attach multiple containers at once\n')
      return 1
    }
    const found = d.findContainer(args[0]!)
    if (!found.ok) {
      cli.stderr.write(errorText(found.error) + '\n')
      return 1
    }
    const c = found.value
    if (c.state.Running) {
      cli.stderr.write(`Error response from daemon: container ${c.id} is already running\n`)
      return 1
    }
    const session = attachTerminal(cli, c, { stdin: flagBool(flags, 'interactive') && c.config.OpenStdin })
    const started = d.runtime.start(c, session.client)
    if (!started.ok) {
      session.close()
      d.runtime.cancelWaits(c)
      cli.stderr.write(errorText(started.error) + '\n')
      return 1
    }
    const end = await session.done
    session.close()
    return end.kind === 'exit' ? end.code : end.kind === 'interrupted' ? 130 : 0
  }
  const failed: string[] = []
  for (const name of args) {
    const found = d.findContainer(name)
    const started = found.ok ? d.runtime.start(found.value) : found
    if (started.ok) cli.stdout.write(`${name}\n`)
    else {
      cli.stderr.write(errorText(started.error) + '\n')
      failed.push(name)
    }
  }
  if (!failed.length) return 0
  cli.stderr.write(`Error: failed to start containers: ${failed.join(', ')}\n`)
  return 1
}

/** docker/cli 28.5: `docker container start`. */
export const spec: CommandSpec = {
  path: ['container', 'start'],
  aliases: [['start']],
  aliasesLine: 'docker container start, docker start',
  use: 'docker container start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'Attach container\'s STDIN' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint', hidden: true },
    { name: 'checkpoint-dir', type: 'string', usage: 'Use a custom checkpoint storage directory', hidden: true },
  ],
  run,
}
