/**
 * The cobra command tree docker/cli builds, rebuilt from our CommandSpecs: management commands
 * (`docker container …`), the commands under them, and top-level commands. A spec reached through
 * an alias under another parent (`docker ps` for `docker container ls`) is a separate cobra command
 * in docker/cli, with its own Use and CommandPath; an alias under the same parent
 * (`docker container list`) is the same command.
 */
import type { UsageContext } from './flags'
import type { CommandSpec } from './types'

export interface ManagementCommand {
  name: string
  /** cobra Use, which gives the usage line of errors ("docker container", "docker volume COMMAND"). */
  use: string
  short: string
}

/** docker/cli `cli/command/<group>/cmd.go`. */
export const MANAGEMENT_COMMANDS: readonly ManagementCommand[] = [
  { name: 'container', use: 'container', short: 'Manage containers' },
  { name: 'image', use: 'image', short: 'Manage images' },
  { name: 'network', use: 'network', short: 'Manage networks' },
  { name: 'system', use: 'system', short: 'Manage Docker' },
  { name: 'volume', use: 'volume COMMAND', short: 'Manage volumes' },
]

/** One cobra command: a spec as reached under one parent. */
export interface CommandNode {
  spec: CommandSpec
  /** cobra CommandPath() without "docker", e.g. ["container", "ls"] or ["ps"]. */
  path: string[]
  /** Names that find this node under its parent: its own name and same-parent aliases. */
  names: string[]
}

export interface CommandTree {
  /** Children of the root: top-level commands, by every name that reaches them. */
  top: Map<string, CommandNode>
  groups: Map<string, { group: ManagementCommand; children: Map<string, CommandNode> }>
}

/** A command's own name: the last word of its path. */
export function nameOf(path: readonly string[]): string {
  return path[path.length - 1] ?? ''
}

function samePrefix(a: string[], b: string[]): boolean {
  return a.length === b.length && a.slice(0, -1).every((w, i) => w === b[i])
}

/** The nodes a spec makes: one per parent it appears under. */
function nodesOf(spec: CommandSpec): CommandNode[] {
  const nodes: CommandNode[] = []
  for (const path of [spec.path, ...(spec.aliases ?? [])]) {
    const home = nodes.find((n) => samePrefix(n.path, path))
    if (home) home.names.push(nameOf(path))
    else nodes.push({ spec, path, names: [nameOf(path)] })
  }
  return nodes
}

export function buildCommandTree(specs: readonly CommandSpec[]): CommandTree {
  const tree: CommandTree = { top: new Map(), groups: new Map() }
  for (const group of MANAGEMENT_COMMANDS) tree.groups.set(group.name, { group, children: new Map() })
  for (const spec of specs) {
    for (const node of nodesOf(spec)) {
      const parent = node.path.length === 1 ? tree.top : tree.groups.get(node.path[0] ?? '')?.children
      if (!parent || node.path.length > 2) throw new Error(`no parent for docker ${node.path.join(' ')}`)
      for (const name of node.names) parent.set(name, node)
    }
  }
  return tree
}

/** Each node once, sorted by name as cobra lists commands. */
export function distinctNodes(children: Map<string, CommandNode>): CommandNode[] {
  const nodes = [...new Set(children.values())]
  const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return nodes.sort((a, b) => byteOrder(nameOf(a.path), nameOf(b.path)))
}

/** cobra UseLine() and CommandPath() of a node (docker/cli sets DisableFlagsInUseLine everywhere). */
export function usageOf(node: CommandNode): UsageContext {
  const canonical = `docker ${node.spec.path.join(' ')}`
  const tail = node.spec.use.startsWith(canonical) ? node.spec.use.slice(canonical.length) : ''
  const commandPath = `docker ${node.path.join(' ')}`
  return { useLine: commandPath + tail, commandPath }
}

export function groupUsage(group: ManagementCommand): UsageContext {
  return { useLine: `docker ${group.use}`, commandPath: `docker ${group.name}` }
}

export const ROOT_USAGE: UsageContext = { useLine: 'docker [OPTIONS] COMMAND [ARG...]', commandPath: 'docker' }
