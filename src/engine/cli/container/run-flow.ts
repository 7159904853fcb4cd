import type { CliContext, ParsedFlags } from '../types'
import { attachTerminal } from './attach-flow'
import { createFromOptions, reportRunError } from './create-flow'
import { parseCreateOptions } from './parse-create'

/** docker/cli container/run.go runContainer. */
export async function runContainer(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const parsed = parseCreateOptions(cli, flags, args)
  if (!parsed.ok) return reportRunError(cli, 'run', parsed.error)
  const o = parsed.value
  const detach = flags.values['detach'] === true
  if (!detach && o.tty && o.attachStdin && !cli.stdin.isTTY) {
    cli.stderr.write('the input device is not a TTY\n')
    return 1
  }
  const created = await createFromOptions(cli, o)
  if (!created.ok) return reportRunError(cli, 'run', created.error)
  const c = created.value
  const runtime = cli.daemon.runtime
  if (detach) {
    cli.stdout.write(`${c.id}\n`)
    const started = runtime.start(c)
    if (!started.ok) return reportRunError(cli, 'run', started.error)
    return 0
  }
  const session = attachTerminal(cli, c, { stdin: o.attachStdin, sigProxy: flags.values['sig-proxy'] !== false })
  const started = runtime.start(c, session.client)
  if (!started.ok) {
    session.close()
    runtime.cancelWaits(c)
    return reportRunError(cli, 'run', started.error)
  }
  const end = await session.done
  session.close()
  if (end.kind === 'detach') return 0
  // the client died of SIGINT (128 + 2); the container keeps running
  if (end.kind === 'interrupted') return 130
  return end.code
}

/** docker/cli container/create.go runCreate: prints the new container's ID. */
export async function createOnly(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const parsed = parseCreateOptions(cli, flags, args)
  if (!parsed.ok) return reportRunError(cli, 'create', parsed.error)
  const created = await createFromOptions(cli, parsed.value)
  if (!created.ok) return reportRunError(cli, 'create', created.error)
  cli.stdout.write(`${created.value.id}\n`)
  return 0
}

