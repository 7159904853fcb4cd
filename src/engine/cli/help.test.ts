import { describe, expect, test } from 'vitest'
import { buildCommandTree, type CommandNode } from './command-tree'
import { COMMANDS } from './commands'
import { flagUsages } from './flag-usages'
import { commandHelp, groupHelp } from './help'
import { rootHelp } from './root-help'
import type { CommandSpec } from './types'

const tree = buildCommandTree(COMMANDS)
const WIDTH = 79 // docker/cli: terminal width 80 (no terminal) minus one

function topNode(name: string): CommandNode {
  const node = tree.top.get(name)
  if (!node) throw new Error(`no docker ${name}`)
  return node
}

function subNode(group: string, name: string): CommandNode {
  const node = tree.groups.get(group)?.children.get(name)
  if (!node) throw new Error(`no docker ${group} ${name}`)
  return node
}

const FORMAT_LINES = `      --format string   Format output using a custom template:
                        'table':            Print output in table format
                        with column headers (default)
                        'table TEMPLATE':   Print output in table format
                        using the given Go template
                        'json':             Print in JSON format
                        'TEMPLATE':         Print output using the given
                        Go template.
                        Refer to https://docs.docker.com/go/formatting/
                        for more information about formatting output with
                        templates
`

describe('pflag FlagUsagesWrapped', () => {
  // docker/cli e2e/stack/testdata/stack-deploy-help.golden (v28.5.2), the stdout of
  // `docker stack deploy --help` without a terminal.
  test('matches the stack deploy golden file', () => {
    const stackDeploy: CommandSpec = {
      path: ['stack', 'deploy'],
      aliases: [['stack', 'up']],
      use: 'docker stack deploy [OPTIONS] STACK',
      short: 'Deploy a new stack or update an existing stack',
      args: { kind: 'exact', n: 1 },
      flags: [
        { name: 'compose-file', short: 'c', type: 'list', valueName: 'strings', usage: 'Path to a Compose file, or "-" to read from stdin' },
        { name: 'with-registry-auth', type: 'bool', usage: 'Send registry authentication details to Swarm agents' },
        { name: 'prune', type: 'bool', usage: 'Prune services that are no longer referenced' },
        {
          name: 'resolve-image',
          type: 'string',
          usage: 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never")',
          default: 'always',
        },
        { name: 'detach', short: 'd', type: 'bool', usage: 'Exit immediately instead of waiting for the stack services to converge', default: true },
        { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output' },
      ],
      run: () => Promise.resolve(0),
    }
    const golden = `Usage:  docker stack deploy [OPTIONS] STACK

Deploy a new stack or update an existing stack

Aliases:
  docker stack deploy, docker stack up

Options:
  -c, --compose-file strings   Path to a Compose file, or "-" to read
                               from stdin
  -d, --detach                 Exit immediately instead of waiting for
                               the stack services to converge (default true)
      --prune                  Prune services that are no longer referenced
  -q, --quiet                  Suppress progress output
      --resolve-image string   Query the registry to resolve image digest
                               and supported platforms ("always",
                               "changed", "never") (default "always")
      --with-registry-auth     Send registry authentication details to
                               Swarm agents
`
    expect(commandHelp({ spec: stackDeploy, path: stackDeploy.path, names: ['deploy', 'up'] }, WIDTH)).toBe(golden)
  })

  test('without wrapping, multi-line usages are indented under the column', () => {
    const text = flagUsages([{ name: 'format', short: 'f', type: 'string', usage: 'one\ntwo' }], 0)
    expect(text).toBe('  -f, --format string   one\n                        two\n')
  })

  test('hidden and deprecated flags are left out; defaults follow pflag rules', () => {
    const text = flagUsages(
      [
        { name: 'restart', type: 'string', usage: 'Restart policy', default: 'no' },
        { name: 'sysctl', type: 'map', usage: 'Sysctl options', default: 'map[]' },
        { name: 'last', short: 'n', type: 'int', usage: 'Show n', default: -1 },
        { name: 'stop-timeout', type: 'int', usage: 'Timeout' },
        { name: 'secret', type: 'string', usage: 'x', hidden: true },
        { name: 'time', type: 'int', usage: 'y', deprecated: 'use --timeout instead' },
      ],
      WIDTH,
    )
    expect(text).toBe(
      [
        '  -n, --last int           Show n (default -1)',
        '      --restart string     Restart policy (default "no")',
        '      --stop-timeout int   Timeout',
        '      --sysctl map         Sysctl options (default map[])',
        '',
      ].join('\n'),
    )
  })
})

describe('docker <command> --help', () => {
  test('docker ps', () => {
    expect(commandHelp(topNode('ps'), WIDTH)).toBe(`Usage:  docker ps [OPTIONS]

List containers

Aliases:
  docker container ls, docker container list, docker container ps, docker ps

Options:
  -a, --all             Show all containers (default shows just running)
  -f, --filter filter   Filter output based on conditions provided
${FORMAT_LINES}  -n, --last int        Show n last created containers (includes all
                        states) (default -1)
  -l, --latest          Show the latest created container (includes all
                        states)
      --no-trunc        Don't truncate output
  -q, --quiet           Only display container IDs
  -s, --size            Display total file sizes
`)
  })

  test('docker container list shows the canonical ls command', () => {
    expect(commandHelp(subNode('container', 'list'), WIDTH).split('\n')[0]).toBe('Usage:  docker container ls [OPTIONS]')
  })

  test('docker images', () => {
    expect(commandHelp(topNode('images'), WIDTH)).toBe(`Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]

List images

Aliases:
  docker image ls, docker image list, docker images

Options:
  -a, --all             Show all images (default hides intermediate images)
      --digests         Show digests
  -f, --filter filter   Filter output based on conditions provided
${FORMAT_LINES}      --no-trunc        Don't truncate output
  -q, --quiet           Only show image IDs
      --tree            List multi-platform images as a tree (EXPERIMENTAL)
`)
  })

  test('docker run: header, --help listed, -h is hostname, pflag defaults', () => {
    const lines = commandHelp(topNode('run'), WIDTH).split('\n')
    expect(lines.slice(0, 8)).toEqual([
      'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      '',
      'Create and run a new container from an image',
      '',
      'Aliases:',
      '  docker container run, docker run',
      '',
      'Options:',
    ])
    const pad = ' '.repeat(41)
    expect(lines).toContain('      --help                             Print usage')
    expect(lines).toContain('  -h, --hostname string                  Container host name')
    expect(lines).toContain('      --sysctl map                       Sysctl options (default map[])')
    expect(lines).toContain('      --ulimit ulimit                    Ulimit options (default [])')
    expect(lines).toContain(`${pad}container exits (default "no")`)
    expect(lines).toContain(`${pad}process (default true)`)
    expect(lines).not.toContain('      --dns-opt list                     Set DNS options')
    expect(lines.some((l) => l.includes('--cpu-count'))).toBe(false)
    expect(lines[lines.length - 1]).toBe('')
  })

  test('a management alias names itself in Usage', () => {
    expect(commandHelp(subNode('container', 'run'), WIDTH).split('\n')[0]).toBe(
      'Usage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    )
  })

  test('a command without aliases or options has neither section', () => {
    expect(commandHelp(subNode('container', 'diff'), WIDTH)).toBe(`Usage:  docker container diff CONTAINER

Inspect changes to files or directories on a container's filesystem

Aliases:
  docker container diff, docker diff
`)
    expect(commandHelp(topNode('logout'), WIDTH)).toBe(`Usage:  docker logout [SERVER]

Log out from a registry.
If no server is specified, the default is defined by the daemon.
`)
  })

  test('aliases without an annotation come from cobra Aliases under the same parent', () => {
    expect(commandHelp(subNode('volume', 'rm'), WIDTH)).toContain('Aliases:\n  docker volume rm, docker volume remove\n')
  })

  test('a wider terminal wraps later', () => {
    const wide = commandHelp(topNode('ps'), 119)
    expect(wide).toContain("                        'table':            Print output in table format with column headers (default)\n")
  })
})

describe('management and root help', () => {
  test('docker container --help lists its commands', () => {
    const group = tree.groups.get('container')
    if (!group) throw new Error('no container group')
    const text = groupHelp(group.group, group.children)
    expect(text.startsWith('Usage:  docker container COMMAND\n\nManage containers\n\nCommands:\n')).toBe(true)
    expect(text).toContain('\n  attach      Attach local standard input, output, and error streams to a running container\n')
    expect(text).toContain('\n  ls          List containers\n  pause       ')
    expect(text).not.toContain('  list ')
    expect(text.endsWith("\n\nRun 'docker container COMMAND --help' for more information on a command.\n")).toBe(true)
  })

  test('docker --help sections', () => {
    const text = rootHelp(tree, { width: WIDTH, bold: false })
    expect(text.startsWith('Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n  run         Create and run a new container from an image\n  exec        Execute a command in a running container\n  ps          List containers\n  build       Build an image from a Dockerfile\n')).toBe(true)
    expect(text).toContain('  search      Search Docker Hub for images\n  version     Show the Docker version information\n  info        Display system-wide information\n\nManagement Commands:\n  container   Manage containers\n')
    expect(text).toContain('\n\nCommands:\n  attach      ')
    expect(text).toContain(`\n\nGlobal Options:
      --config string      Location of client config files (default
                           "/root/.docker")
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
                           default context set with "docker context use")
  -D, --debug              Enable debug mode
  -H, --host string        Daemon socket to connect to
`)
    expect(text.endsWith("\n  -v, --version            Print version information and quit\n\nRun 'docker COMMAND --help' for more information on a command.\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n")).toBe(true)
  })

  test('the closing hint is bold on a terminal', () => {
    expect(rootHelp(tree, { width: WIDTH, bold: true })).toContain('\n\x1b[1mFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\x1b[0m\n')
  })
})
