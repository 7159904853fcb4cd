/**
 * `--help` text as docker/cli 28.5 renders its cobra usage template (cli/cobra.go usageTemplate)
 * for a command and for a management command. The root command's help is in root-help.ts.
 */
import { distinctNodes, groupUsage, nameOf, usageOf, type CommandNode, type ManagementCommand } from './command-tree'
import { flagUsages } from './flag-usages'

/** cobra's minNamePadding; no docker command name we list is longer. */
const NAME_PADDING = 11

/** docker/cli wraps flag usages to the terminal width minus one, 80 columns when not a terminal. */
export function helpWidth(tty: boolean, columns: number): number {
  return (tty && columns > 0 ? columns : 80) - 1
}

export function commandListLine(name: string, short: string): string {
  return `  ${name.padEnd(NAME_PADDING)} ${short}`
}

/** cobra commandAliases, or docker/cli's "aliases" annotation when the command has one. */
function aliasesLine(node: CommandNode): string | undefined {
  const spec = node.spec
  if (spec.aliasesLine) return spec.aliasesLine
  const canonical = spec.path
  const parent = ['docker', ...canonical.slice(0, -1)].join(' ')
  const sameParent = (spec.aliases ?? []).filter(
    (a) => a.length === canonical.length && ['docker', ...a.slice(0, -1)].join(' ') === parent,
  )
  if (sameParent.length === 0 || node.path.join(' ') !== canonical.join(' ')) return undefined
  return [`docker ${canonical.join(' ')}`, ...sameParent.map((a) => `${parent} ${nameOf(a)}`)].join(', ')
}

function trimRight(s: string): string {
  return s.replace(/\s+$/, '')
}

/** `docker <command> --help`. */
export function commandHelp(node: CommandNode, width: number): string {
  const spec = node.spec
  const parts = [`Usage:  ${usageOf(node).useLine}`, '', (spec.long ?? spec.short).trim()]
  const aliases = aliasesLine(node)
  if (aliases) parts.push('', 'Aliases:', `  ${aliases}`)
  const options = trimRight(flagUsages(spec.flags, width))
  if (options !== '') parts.push('', 'Options:', options)
  return parts.join('\n') + '\n'
}

/** `docker container --help`: a management command lists its subcommands. */
export function groupHelp(group: ManagementCommand, children: Map<string, CommandNode>): string {
  const path = groupUsage(group).commandPath
  const lines = [`Usage:  ${path} COMMAND`, '', group.short, '', 'Commands:']
  for (const node of distinctNodes(children)) lines.push(commandListLine(nameOf(node.path), node.spec.short))
  lines.push('', `Run '${path} COMMAND --help' for more information on a command.`)
  return lines.join('\n') + '\n'
}
