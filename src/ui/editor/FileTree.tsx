import { useMemo, useRef, type KeyboardEvent } from 'react'
import { Icon } from './icons'
import { visibleRows, type TreeNode } from './tree'

interface Props {
  root: TreeNode
  rootLabel: string
  label: string
  expanded: ReadonlySet<string>
  selected: string
  /** The file showing in the editor. */
  active: string | null
  onSelect(path: string): void
  onToggle(path: string, open?: boolean): void
  onOpen(path: string): void
  onRename(path: string): void
  onDelete(path: string): void
}

/**
 * The workspace as a WAI-ARIA tree, rendered flat (aria-level/posinset/setsize) so that focus
 * rings one row. Arrow keys move and open/close folders, Enter opens, F2 renames, Delete deletes.
 */
export function FileTree({ root, rootLabel, label, expanded, selected, active, onSelect, onToggle, onOpen, onRename, onDelete }: Props) {
  const list = useRef<HTMLUListElement>(null)
  const rows = useMemo(() => visibleRows([root], expanded), [root, expanded])
  const index = Math.max(0, rows.findIndex((r) => r.node.path === selected))

  const focus = (path: string) => {
    onSelect(path)
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus())
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const row = rows[index]
    if (!row) return
    const { node } = row
    const isOpen = node.kind === 'dir' && expanded.has(node.path)
    const go = (i: number) => rows[i] && focus(rows[i]!.node.path)
    switch (e.key) {
      case 'ArrowDown':
        go(index + 1)
        break
      case 'ArrowUp':
        go(index - 1)
        break
      case 'Home':
        go(0)
        break
      case 'End':
        go(rows.length - 1)
        break
      case 'ArrowRight':
        if (node.kind !== 'dir') return
        if (!isOpen) onToggle(node.path, true)
        else if (node.children?.length) go(index + 1)
        break
      case 'ArrowLeft':
        if (isOpen) onToggle(node.path, false)
        else if (row.parent) focus(row.parent)
        break
      case 'Enter':
      case ' ':
        if (node.kind === 'dir') onToggle(node.path)
        else onOpen(node.path)
        break
      case 'F2':
        if (node.path !== root.path) onRename(node.path)
        break
      case 'Delete':
        if (node.path !== root.path) onDelete(node.path)
        break
      default:
        return
    }
    e.preventDefault()
  }

  return (
    <ul ref={list} role="tree" aria-label={label} className="py-1 text-sm" onKeyDown={onKeyDown}>
      {rows.map(({ node, level, pos, size }, i) => {
        const dir = node.kind === 'dir'
        const open = dir && expanded.has(node.path)
        return (
          <li
            key={node.path}
            role="treeitem"
            data-path={node.path}
            aria-level={level}
            aria-posinset={pos}
            aria-setsize={size}
            aria-expanded={dir ? open : undefined}
            aria-selected={node.path === selected}
            aria-current={node.path === active ? 'true' : undefined}
            tabIndex={i === index ? 0 : -1}
            className="flex cursor-pointer items-center gap-1 py-0.5 pr-2 whitespace-nowrap hover:bg-code aria-selected:bg-code aria-selected:font-semibold aria-[current=true]:text-accent"
            style={{ paddingLeft: `${0.35 + (level - 1) * 0.9}rem` }}
            onFocus={() => node.path !== selected && onSelect(node.path)}
            onClick={() => {
              onSelect(node.path)
              if (dir) onToggle(node.path)
              else onOpen(node.path)
            }}
          >
            {dir ? (
              <Icon name="chevron" className={`h-3.5 w-3.5 text-muted transition-transform ${open ? 'rotate-90' : ''}`} />
            ) : (
              <span className="w-3.5 shrink-0" />
            )}
            <Icon name={dir ? (open ? 'folderOpen' : 'folder') : 'file'} className={`h-4 w-4 ${dir ? 'text-accent' : 'text-muted'}`} />
            <span className="truncate">{node.path === root.path ? rootLabel : node.name}</span>
          </li>
        )
      })}
    </ul>
  )
}
