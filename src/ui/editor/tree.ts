/** The workspace as a tree of names (pure: reads a RootFs-like view, no React). */

export interface TreeFs {
  readdir(path: string): string[]
  stat(path: string): { type: string } | null
}

export interface TreeNode {
  path: string
  name: string
  kind: 'dir' | 'file'
  /** Directories only, folders first then files, each by name. */
  children?: TreeNode[]
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i <= 0 ? '/' : path.slice(0, i)
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** The children of `dir`, recursively; symlinks show by what they point to, broken ones as files. */
export function buildTree(fs: TreeFs, dir: string, depth = 0): TreeNode[] {
  let names: string[]
  try {
    names = fs.readdir(dir)
  } catch {
    return []
  }
  const nodes: TreeNode[] = names.map((name) => {
    const path = joinPath(dir, name)
    const isDir = fs.stat(path)?.type === 'dir'
    // Depth guard: a symlink loop must not hang the UI.
    return isDir ? { path, name, kind: 'dir', children: depth < 32 ? buildTree(fs, path, depth + 1) : [] } : { path, name, kind: 'file' }
  })
  return nodes.sort((a, b) => (a.kind === b.kind ? compareNames(a.name, b.name) : a.kind === 'dir' ? -1 : 1))
}

function compareNames(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
}

export interface VisibleRow {
  node: TreeNode
  /** aria-level, aria-posinset and aria-setsize of a flat tree. */
  level: number
  pos: number
  size: number
  parent: string | null
}

/** The rows a reader sees (children of expanded folders only), in order: keyboard navigation walks this. */
export function visibleRows(nodes: TreeNode[], expanded: ReadonlySet<string>, level = 1, parent: string | null = null): VisibleRow[] {
  const out: VisibleRow[] = []
  for (const [i, node] of nodes.entries()) {
    out.push({ node, level, pos: i + 1, size: nodes.length, parent })
    if (node.kind === 'dir' && expanded.has(node.path)) out.push(...visibleRows(node.children ?? [], expanded, level + 1, node.path))
  }
  return out
}

/** A name the learner may give a file or folder: one path component, no slashes. */
export function validName(name: string): boolean {
  const n = name.trim()
  return n.length > 0 && n.length <= 255 && n !== '.' && n !== '..' && !n.includes('/') && !n.includes('\0')
}

/** The folder new files go into: the selection if it is one, else the folder holding it. */
export function targetFolder(fs: TreeFs, root: string, selected: string | null): string {
  if (!selected) return root
  return fs.stat(selected)?.type === 'dir' ? selected : parentOf(selected)
}
