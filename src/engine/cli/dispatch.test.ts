import { describe, expect, test } from 'vitest'
import { buildCommandTree } from './command-tree'
import { COMMANDS } from './commands'
import { runDocker } from './dispatch'
import type { CliContext, CommandSpec, ParsedFlags } from './types'

function fakeCli(tty = false) {
  const out: string[] = []
  const err: string[] = []
  const cli = {
    stdout: { write: (text: string) => void out.push(text) },
    stderr: { write: (text: string) => void err.push(text) },
    tty,
    columns: 80,
    env: new Map<string, string>(),
  } as unknown as CliContext
  return { cli, stdout: () => out.join(''), stderr: () => err.join('') }
}

async function docker(...argv: string[]) {
  const fake = fakeCli()
  const status = await runDocker(fake.cli, argv)
  return { status, stdout: fake.stdout(), stderr: fake.stderr() }
}

/** A tree whose specs record how they were called instead of running. */
function recordingTree() {
  const calls: { path: string; flags: ParsedFlags; args: string[] }[] = []
  const specs: CommandSpec[] = COMMANDS.map((spec) => ({
    ...spec,
    run: (_cli, flags, args) => {
      calls.push({ path: spec.path.join(' '), flags, args })
      return Promise.resolve(0)
    },
  }))
  return { tree: buildCommandTree(specs), calls }
}

describe('command resolution', () => {
  test.each([
    [['ps'], 'container ls'],
    [['container', 'ls'], 'container ls'],
    [['container', 'list'], 'container ls'],
    [['container', 'ps'], 'container ls'],
    [['images'], 'image ls'],
    [['image', 'ls'], 'image ls'],
    [['image', 'list'], 'image ls'],
    [['rmi', 'x'], 'image rm'],
    [['image', 'rm', 'x'], 'image rm'],
    [['image', 'remove', 'x'], 'image rm'],
    [['container', 'inspect', 'x'], 'container inspect'],
    [['inspect', 'x'], 'inspect'],
    [['info'], 'system info'],
    [['network', 'list'], 'network ls'],
    [['volume', 'remove', 'v'], 'volume rm'],
  ])('docker %j runs %s', async (argv, path) => {
    const { tree, calls } = recordingTree()
    expect(await runDocker(fakeCli().cli, argv, tree)).toBe(0)
    expect(calls.map((c) => c.path)).toEqual([path])
  })

  test('global flags come before the command and are not the command flags', async () => {
    const { tree, calls } = recordingTree()
    const status = await runDocker(fakeCli().cli, ['-D', '-l', 'debug', '--context', 'default', '-H', 'unix:///x', 'ps', '-a'], tree)
    expect(status).toBe(0)
    expect(calls[0]?.flags.values.all).toBe(true)
  })

  test('docker run parses flags only before the image', async () => {
    const { tree, calls } = recordingTree()
    await runDocker(fakeCli().cli, ['run', '--rm', '-it', 'alpine', 'sh', '-c', 'echo --rm'], tree)
    expect(calls[0]?.args).toEqual(['alpine', 'sh', '-c', 'echo --rm'])
    expect(calls[0]?.flags.values.tty).toBe(true)
  })
})

describe('errors', () => {
  test('unknown top-level command', async () => {
    expect(await docker('foo')).toEqual({
      status: 1,
      stdout: '',
      stderr: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
    })
  })

  test('unknown management subcommand (cli/required.go NoArgs)', async () => {
    expect(await docker('container', 'foo')).toEqual({
      status: 1,
      stdout: '',
      stderr: "docker: unknown command: docker container foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
    })
  })

  test('unknown flag, exit 125', async () => {
    expect(await docker('run', '--foo')).toEqual({
      status: 125,
      stdout: '',
      stderr:
        "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
    })
  })

  test('unknown global flag uses the root usage line', async () => {
    const result = await docker('--foo')
    expect(result.status).toBe(125)
    expect(result.stderr).toBe(
      "unknown flag: --foo\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n",
    )
  })

  test('missing image: RequiresMinArgs says "See"', async () => {
    expect(await docker('run')).toEqual({
      status: 1,
      stdout: '',
      stderr:
        "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
    })
  })

  test('the other arg rules say "Run" (and RequiresMaxArgs "SRun")', async () => {
    expect((await docker('ps', 'x')).stderr).toBe(
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
    )
    expect((await docker('container', 'rename', 'a')).stderr).toBe(
      "docker: 'docker container rename' requires 2 arguments\n\nUsage:  docker container rename CONTAINER NEW_NAME\n\nRun 'docker container rename --help' for more information\n",
    )
    expect((await docker('port')).stderr).toBe(
      "docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n",
    )
    expect((await docker('images', 'a', 'b')).stderr).toBe(
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nSRun 'docker images --help' for more information\n",
    )
  })

  test('flag errors come before argument errors', async () => {
    expect((await docker('rename', '--nope')).status).toBe(125)
  })
})

describe('help and version', () => {
  test('--help wins over missing arguments and prints to stdout', async () => {
    const result = await docker('run', '--help')
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n')).toBe(true)
  })

  test('-h: deprecation notice on stdout, then the help', async () => {
    const result = await docker('ps', '-h')
    expect(result.status).toBe(0)
    expect(result.stdout.startsWith('Flag shorthand -h has been deprecated, use --help\nUsage:  docker ps [OPTIONS]\n')).toBe(true)
  })

  test('docker --help and docker help print the root help to stdout', async () => {
    const flag = await docker('--help')
    const word = await docker('help')
    expect(flag.status).toBe(0)
    expect(flag.stdout.startsWith('Usage:  docker [OPTIONS] COMMAND\n')).toBe(true)
    expect(word.stdout).toBe(flag.stdout)
  })

  test('docker alone prints the same help to stderr and succeeds', async () => {
    const bare = await docker()
    expect(bare.status).toBe(0)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toBe((await docker('--help')).stdout)
  })

  test('docker container alone prints its help to stderr', async () => {
    const bare = await docker('container')
    expect(bare.status).toBe(0)
    expect(bare.stderr.startsWith('Usage:  docker container COMMAND\n')).toBe(true)
    expect((await docker('container', '--help')).stdout).toBe(bare.stderr)
  })

  test('docker help <command> and unknown topics', async () => {
    expect((await docker('help', 'container', 'ls')).stdout).toBe((await docker('container', 'ls', '--help')).stdout)
    expect(await docker('help', 'nope')).toEqual({ status: 1, stdout: '', stderr: 'unknown help topic: nope\n' })
  })

  test('--version and -v', async () => {
    expect(await docker('--version')).toEqual({ status: 0, stdout: 'Docker version 28.5.2, build ecc6942\n', stderr: '' })
    expect((await docker('-v')).stdout).toBe('Docker version 28.5.2, build ecc6942\n')
  })
})

describe('commands not modelled yet', () => {
  test('say so on stderr and exit 1', async () => {
    expect(await docker('stats')).toEqual({
      status: 1,
      stdout: '',
      stderr: "docker: 'docker container stats' is not available in this playground yet\n",
    })
  })

  test('every spec has a unique path and a run', () => {
    const paths = COMMANDS.flatMap((s) => [s.path, ...(s.aliases ?? [])].map((p) => p.join(' ')))
    expect(new Set(paths).size).toBe(paths.length)
    expect(COMMANDS.every((s) => typeof s.run === 'function' && s.use.startsWith(`docker ${s.path.join(' ')}`))).toBe(true)
  })
})
