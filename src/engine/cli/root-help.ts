/**
 * `docker --help` (and `docker` alone): the root branch of docker/cli's usage template
 * (cli/cobra.go), listing the commands we have specs for in docker 28.5's sections.
 */
import { distinctNodes, nameOf, type CommandTree } from './command-tree'
import { flagUsages } from './flag-usages'
import { globalFlags } from './global-flags'
import { commandListLine } from './help'

const ADDITIONAL_HELP = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/'

export interface RootHelpOptions {
  width: number
  /** docker/cli prints the closing hint in bold when its output is a terminal. */
  bold: boolean
  configDir?: string
}

export function rootHelp(tree: CommandTree, settings: RootHelpOptions): string {
  const topLevel = distinctNodes(tree.top)
  // "category-top" ranks sort naturally; equal ranks keep cobra's alphabetical order.
  const common = topLevel.filter((n) => n.spec.topRank !== undefined)
  common.sort((a, b) => (a.spec.topRank ?? 0) - (b.spec.topRank ?? 0))
  const others = topLevel.filter((n) => n.spec.topRank === undefined)
  const groups = [...tree.groups.values()]
    .filter((g) => g.children.size > 0)
    .sort((a, b) => (a.group.name < b.group.name ? -1 : 1))

  const lines = ['Usage:  docker [OPTIONS] COMMAND', '', 'A self-sufficient runtime for containers']
  if (common.length > 0) {
    lines.push('', 'Common Commands:', ...common.map((n) => commandListLine(nameOf(n.path), n.spec.short)))
  }
  if (groups.length > 0) {
    lines.push('', 'Management Commands:', ...groups.map((g) => commandListLine(g.group.name, g.group.short)))
  }
  if (others.length > 0) {
    lines.push('', 'Commands:', ...others.map((n) => commandListLine(nameOf(n.path), n.spec.short)))
  }
  const options = flagUsages(globalFlags(settings.configDir), settings.width).replace(/\s+$/, '')
  lines.push('', 'Global Options:', options)
  lines.push('', "Run 'docker COMMAND --help' for more information on a command.")
  lines.push('', settings.bold ? `\x1b[1m${ADDITIONAL_HELP}\x1b[0m` : ADDITIONAL_HELP)
  return lines.join('\n') + '\n'
}
