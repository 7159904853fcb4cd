import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { flagBool } from '../output'
import { attachTerminal } from '../container/attach-flow'

/** docker attach: this terminal becomes the container's; Ctrl+P Ctrl+Q detaches. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const found = cli.daemon.findContainer(args[0]!)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const c = found.value
  if (!c.state.Running) {
    cli.stderr.write('You cannot attach to a stopped container, start it first\n')
    return 1
  }
  if (c.state.Paused) {
    cli.stderr.write('You cannot attach to a paused container, unpause it first\n')
    return 1
  }
  const stdin = !flagBool(flags, 'no-stdin') && c.config.OpenStdin
  if (stdin && c.config.Tty && !cli.stdin.isTTY) {
    cli.stderr.write('the input device is not a TTY\n')
    return 1
  }
  const session = attachTerminal(cli, c, { stdin, sigProxy: flags.values['sig-proxy'] !== false })
  cli.daemon.runtime.attach(c, session.client)
  const end = await session.done
  session.close()
  if (end.kind === 'detach') {
    cli.stderr.write('read escape sequence\n')
    return 1
  }
  if (end.kind === 'interrupted') return 130
  return end.code
}

/** docker/cli 28.5: `docker container attach`. */
export const spec: CommandSpec = {
  path: ['container', 'attach'],
  aliases: [['attach']],
  aliasesLine: 'docker container attach, docker attach',
  use: 'docker container attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy all received signals to the process', default: true },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
  ],
  run,
}
