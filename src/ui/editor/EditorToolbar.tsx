import { useEffect, useId, useRef, useState } from 'react'
import type { MessageKey, MessageParams } from '../../i18n'
import { Icon, type IconName } from './icons'
import { STARTERS, type StarterId } from './starters'

interface Props {
  t: (key: MessageKey, params?: MessageParams) => string
  /** Rename and delete need something other than the home folder selected. */
  canModify: boolean
  onNewFile(): void
  onNewFolder(): void
  onRename(): void
  onDelete(): void
  onUpload(files: File[]): void
  onDownload(): void
  onStarter(id: StarterId): void
}

const BUTTON =
  'inline-flex h-7 min-w-7 items-center justify-center gap-1 rounded-md border border-transparent px-1 text-sm ' +
  'hover:border-accent disabled:opacity-40 disabled:hover:border-transparent'

export function EditorToolbar({ t, canModify, onNewFile, onNewFolder, onRename, onDelete, onUpload, onDownload, onStarter }: Props) {
  const fileInput = useRef<HTMLInputElement>(null)
  const tool = (icon: IconName, label: MessageKey, onClick: () => void, disabled = false) => (
    <button type="button" className={BUTTON} aria-label={t(label)} title={t(label)} disabled={disabled} onClick={onClick}>
      <Icon name={icon} />
    </button>
  )
  return (
    <div role="toolbar" aria-label={t('editor.actions')} className="flex flex-wrap items-center gap-0.5 border-b border-line bg-surface px-1.5 py-1">
      <StarterMenu t={t} onStarter={onStarter} />
      <span className="mx-1 h-5 border-l border-line" aria-hidden="true" />
      {tool('newFile', 'editor.newFile', onNewFile)}
      {tool('newFolder', 'editor.newFolder', onNewFolder)}
      {tool('rename', 'editor.rename', onRename, !canModify)}
      {tool('trash', 'editor.delete', onDelete, !canModify)}
      {tool('upload', 'editor.upload', () => fileInput.current?.click())}
      {tool('download', 'editor.download', onDownload)}
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-label={t('editor.upload')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          if (files.length) onUpload(files)
        }}
      />
    </div>
  )
}

function StarterMenu({ t, onStarter }: Pick<Props, 't' | 'onStarter'>) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const box = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    box.current?.querySelector<HTMLElement>('button')?.focus()
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node) && !toggle.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])

  const close = () => {
    setOpen(false)
    toggle.current?.focus()
  }

  return (
    <div className="relative">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        className="inline-flex h-7 items-center gap-1 rounded-md border border-line px-2 text-sm hover:border-accent aria-expanded:border-accent"
        onClick={() => setOpen(!open)}
      >
        <Icon name="sparkle" />
        {t('editor.starters')}
      </button>
      {open && (
        <div
          ref={box}
          id={id}
          role="group"
          aria-label={t('editor.startersLabel')}
          className="absolute top-full left-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-line bg-surface p-1 shadow-lg"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault()
              close()
            }
          }}
        >
          <ul>
            {STARTERS.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="block w-full rounded px-2 py-1.5 text-left hover:bg-code focus-visible:bg-code"
                  onClick={() => {
                    setOpen(false)
                    onStarter(s.id)
                  }}
                >
                  <span className="block text-sm font-semibold">{t(`editor.starter.${s.id}`)}</span>
                  <span className="block text-xs text-muted">
                    <span className="font-mono">~/{s.folder}</span> · {t(`editor.starter.${s.id}.hint`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
