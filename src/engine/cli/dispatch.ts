/**
 * `docker …`: global flags, command resolution, flag parsing, --help and argument checks, then the
 * command's run. Follows docker/cli 28.5 `cmd/docker/docker.go` and cobra's Traverse/execute.
 */
import { checkArgs, unknownSubcommandError } from './args'
import { buildCommandTree, groupUsage, ROOT_USAGE, usageOf, type CommandNode, type CommandTree } from './command-tree'
import { COMMANDS } from './commands'
import { parseFlags } from './flags'
import { DOCKER_VERSION_LINE, globalFlags } from './global-flags'
import { commandHelp, groupHelp, helpWidth } from './help'
import { rootHelp } from './root-help'
import type { CliContext } from './types'

let defaultTree: CommandTree | undefined

function commandTree(): CommandTree {
  defaultTree ??= buildCommandTree(COMMANDS)
  return defaultTree
}

/** Writes an error the way docker's main does (fmt.Fprintln to stderr) and returns its status. */
function printError(cli: CliContext, message: string, status: number): number {
  cli.stderr.write(message + '\n')
  return status
}

function rootHelpText(cli: CliContext, tree: CommandTree): string {
  return rootHelp(tree, { width: helpWidth(cli.tty, cli.columns), bold: cli.tty })
}

async function runNode(cli: CliContext, node: CommandNode, argv: string[], helpFromRoot: boolean): Promise<number> {
  const spec = node.spec
  const usage = usageOf(node)
  const parsed = parseFlags(spec.flags, argv, { stopAtFirstArg: spec.stopAtFirstArg, usage })
  if (!parsed.ok) return printError(cli, parsed.error.message, parsed.error.exitCode)
  const { flags, args, notices } = parsed.value
  // cobra prints the flag set's warnings through the command's output, which docker sets to stdout.
  for (const notice of notices) cli.stdout.write(notice + '\n')
  // The root's --help is the same pflag value as a subcommand's merged --help, unless the
  // subcommand declares its own (run, create).
  const ownHelp = spec.flags.some((f) => f.name === 'help')
  if (parsed.value.help || (helpFromRoot && !ownHelp)) {
    cli.stdout.write(commandHelp(node, helpWidth(cli.tty, cli.columns)))
    return 0
  }
  const argsError = checkArgs(spec.args, args, usage)
  if (argsError) return printError(cli, argsError.message, argsError.exitCode)
  return spec.run(cli, flags, args)
}

/** Flags written between a management command and its subcommand (cobra Traverse). */
function splitGroupFlags(argv: string[], children: Map<string, CommandNode>): { flags: string[]; rest: string[] } {
  const isFlag = (word: string) => word.startsWith('-') && word.length > 1 && !children.has(word)
  const i = argv.findIndex((word) => !isFlag(word))
  const end = i < 0 ? argv.length : i
  return { flags: argv.slice(0, end), rest: argv.slice(end) }
}

async function runGroup(cli: CliContext, tree: CommandTree, name: string, argv: string[], helpFromRoot: boolean): Promise<number> {
  const entry = tree.groups.get(name)
  if (!entry) throw new Error(`no management command ${name}`)
  const { group, children } = entry
  const usage = groupUsage(group)
  const { flags: leading, rest } = splitGroupFlags(argv, children)
  const child = children.get(rest[0] ?? '')
  if (child) {
    const pre = parseFlags([], leading)
    // cobra reports a flag error met while traversing without the usage footer.
    if (!pre.ok) return printError(cli, pre.error.message, 1)
    return runNode(cli, child, rest.slice(1), helpFromRoot || pre.value.help)
  }
  const parsed = parseFlags([], argv, { usage })
  if (!parsed.ok) return printError(cli, parsed.error.message, parsed.error.exitCode)
  for (const notice of parsed.value.notices) cli.stdout.write(notice + '\n')
  if (parsed.value.help || helpFromRoot) {
    cli.stdout.write(groupHelp(group, children))
    return 0
  }
  const [unknown] = parsed.value.args
  if (unknown !== undefined) {
    const error = unknownSubcommandError(unknown, usage)
    return printError(cli, error.message, error.exitCode)
  }
  // command.ShowHelp: a bare management command prints its help to stderr.
  cli.stderr.write(groupHelp(group, children))
  return 0
}

/** `docker help [COMMAND]` (docker/cli's help command over cobra Find). */
function runHelpCommand(cli: CliContext, tree: CommandTree, topic: string[]): number {
  const width = helpWidth(cli.tty, cli.columns)
  if (topic.length === 0) {
    cli.stdout.write(rootHelpText(cli, tree))
    return 0
  }
  const [first = '', second = ''] = topic
  const top = tree.top.get(first)
  const group = tree.groups.get(first)
  const child = group?.children.get(second)
  const found = child ? 2 : top || group ? 1 : 0
  // cobra Find: words left over after the deepest command found make the topic unknown.
  if (found === 0 || topic.length > found) return printError(cli, `unknown help topic: ${topic.slice(found).join(' ')}`, 1)
  if (child) cli.stdout.write(commandHelp(child, width))
  else if (top) cli.stdout.write(commandHelp(top, width))
  else if (group) cli.stdout.write(groupHelp(group.group, group.children))
  return 0
}

/** Runs one `docker` command line (argv without "docker") and returns its exit status. */
export async function runDocker(cli: CliContext, argv: string[], tree: CommandTree = commandTree()): Promise<number> {
  const global = parseFlags(globalFlags(), argv, { stopAtFirstArg: true, usage: ROOT_USAGE })
  if (!global.ok) return printError(cli, global.error.message, global.error.exitCode)
  const { args, flags, help, notices } = global.value
  // These warnings come from a fresh pflag FlagSet, which writes to stderr.
  for (const notice of notices) cli.stderr.write(notice + '\n')

  const [word, ...rest] = args
  if (word === 'help' && !help) return runHelpCommand(cli, tree, rest)
  const node = word === undefined ? undefined : tree.top.get(word)
  if (node) return runNode(cli, node, rest, help)
  if (word !== undefined && tree.groups.has(word)) return runGroup(cli, tree, word, rest, help)

  if (help) {
    cli.stdout.write(rootHelpText(cli, tree))
    return 0
  }
  if (flags.values.version === true) {
    cli.stdout.write(DOCKER_VERSION_LINE + '\n')
    return 0
  }
  if (word === undefined) {
    // command.ShowHelp: `docker` alone prints the help to stderr and succeeds.
    cli.stderr.write(rootHelpText(cli, tree))
    return 0
  }
  return printError(cli, `docker: unknown command: docker ${word}\n\nRun 'docker --help' for more information`, 1)
}
