import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'

const joinHostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`)

/** docker/cli container/port.go: "80/tcp -> 0.0.0.0:8080", or only addresses for one port. */
export async function run(cli: CliContext, _flags: ParsedFlags, args: string[]): Promise<number> {
  const found = cli.daemon.findContainer(args[0]!)
  if (!found.ok) {
    cli.stderr.write(errorText(found.error) + '\n')
    return 1
  }
  const c = found.value
  if (args[1]) {
    const [p, proto = 'tcp'] = args[1].split('/')
    const key = `${p}/${proto}`
    const bindings = c.ports[key]
    if (!bindings || !bindings.length) {
      cli.stderr.write(`Error: No public port '${key}' published for ${args[0]}\n`)
      return 1
    }
    for (const b of bindings) cli.stdout.write(joinHostPort(b.HostIp, b.HostPort) + '\n')
    return 0
  }
  const keys = Object.keys(c.ports).sort((a, b) => parseInt(a) - parseInt(b))
  for (const k of keys) for (const b of c.ports[k]!) cli.stdout.write(`${k} -> ${joinHostPort(b.HostIp, b.HostPort)}\n`)
  return 0
}

/** docker/cli 28.5: `docker container port`. */
export const spec: CommandSpec = {
  path: ['container', 'port'],
  aliases: [['port']],
  aliasesLine: 'docker container port, docker port',
  use: 'docker container port CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  args: { kind: 'range', min: 1, max: 2 },
  flags: [],
  run,
}
