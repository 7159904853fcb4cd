import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { errorText } from '../../kernel/errors'
import { execInContainer } from '../../daemon/exec'
import { flagBool, flagList, flagStr } from '../output'
import { normalizeEnv, readEnvFile } from '../opts/env-opts'

/** docker/cli container/exec.go: run a command in a running container, attached unless -d. */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const [name, ...argv] = args as [string, ...string[]]
  const env: string[] = []
  for (const file of flagList(flags, 'env-file')) {
    const r = readEnvFile(cli.fs, cli.cwd, file, cli.env)
    if (!r.ok) return fail1(cli, r.error.message)
    env.push(...r.value)
  }
  for (const raw of flagList(flags, 'env')) {
    const r = normalizeEnv(raw, cli.env)
    if (!r.ok) return fail1(cli, r.error.message)
    if (r.value?.includes('=')) env.push(r.value)
  }
  const found = cli.daemon.findContainer(name)
  if (!found.ok) return fail1(cli, errorText(found.error))
  const c = found.value
  const tty = flagBool(flags, 'tty')
  const interactive = flagBool(flags, 'interactive')
  const detach = flagBool(flags, 'detach')
  if (tty && interactive && !detach && !cli.stdin.isTTY) return fail1(cli, 'the input device is not a TTY')
  const proc = execInContainer(cli.daemon, c, {
    argv,
    env,
    workdir: flagStr(flags, 'workdir') || undefined,
    user: flagStr(flags, 'user') || undefined,
    tty,
    stdin: interactive && !detach ? cli.stdin : undefined,
    stdout: detach ? { write: () => {} } : cli.stdout,
    stderr: detach ? { write: () => {} } : cli.stderr,
    columns: cli.columns,
  })
  if (!proc.ok) {
    cli.stderr.write(errorText(proc.error) + '\n')
    return proc.error.exitCode
  }
  if (detach) return 0
  // With -t the terminal's Ctrl+C belongs to the exec'd process; without, the client forwards it.
  const off = cli.stdin.intercept?.({ interrupt: () => proc.value.signal('SIGINT') })
  const status = await proc.value.exit
  off?.()
  return status
}

function fail1(cli: CliContext, message: string): number {
  cli.stderr.write(message + '\n')
  return 1
}

/** docker/cli 28.5: `docker container exec`. */
export const spec: CommandSpec = {
  path: ['container', 'exec'],
  aliases: [['exec']],
  aliasesLine: 'docker container exec, docker exec',
  topRank: 2,
  use: 'docker container exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: { kind: 'min', n: 2 },
  stopAtFirstArg: true,
  flags: [
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
    { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
  ],
  run,
}
