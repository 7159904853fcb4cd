import type { MessageKey, MessageParams } from '../../i18n'
import { Icon } from './icons'
import { baseName } from './tree'

interface Props {
  t: (key: MessageKey, params?: MessageParams) => string
  open: readonly string[]
  active: string | null
  root: string
  onActivate(path: string): void
  onClose(path: string): void
}

/** The open files: click to show, × to close (the file stays; only its tab goes). */
export function EditorTabs({ t, open, active, root, onActivate, onClose }: Props) {
  if (open.length === 0) return null
  return (
    <ul aria-label={t('editor.openFiles')} className="flex overflow-x-auto border-b border-line bg-surface text-sm">
      {open.map((p) => {
        const name = baseName(p)
        const selected = p === active
        return (
          <li
            key={p}
            className={`flex shrink-0 items-center border-r border-line ${selected ? 'bg-term text-fg shadow-[inset_0_-2px_0_var(--w-accent)]' : 'text-muted'}`}
          >
            <button
              type="button"
              aria-current={selected ? 'true' : undefined}
              title={p.startsWith(`${root}/`) ? `~/${p.slice(root.length + 1)}` : p}
              className="py-1 pr-1 pl-2.5"
              onClick={() => onActivate(p)}
            >
              {name}
            </button>
            <button type="button" aria-label={t('editor.closeFile', { name })} className="mr-1 rounded p-0.5 hover:bg-code" onClick={() => onClose(p)}>
              <Icon name="close" className="h-3.5 w-3.5" />
            </button>
          </li>
        )
      })}
    </ul>
  )
}
