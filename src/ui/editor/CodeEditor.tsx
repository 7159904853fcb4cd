import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useId, useRef, useState } from 'react'
import type { MessageKey, MessageParams } from '../../i18n'
import { baseExtensions, fromDisk, languageSlot, loadedLanguage, loadLanguage } from './cm-setup'
import { languageFor } from './languages'
import { baseName } from './tree'
import type { Workspace } from './workspace'

interface Props {
  workspace: Workspace
  /** The file to show; null shows a hint. */
  path: string | null
  /** The open tabs: states of other files are forgotten. */
  open: readonly string[]
  fontSize: number
  t: (key: MessageKey, params?: MessageParams) => string
}

const SAVE_DELAY_MS = 300

/**
 * One CodeMirror view; each open file keeps its own EditorState (undo history, selection) while
 * another is shown. Edits are written to the workspace 300 ms after typing stops; changes made
 * elsewhere (the shell) flow back in unless the learner has unsaved typing in that file.
 */
export function CodeEditor({ workspace, path, open, fontSize, t }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const states = useRef(new Map<string, EditorState>())
  const pending = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; doc: string }>())
  const current = useRef<string | null>(null)
  const [saving, setSaving] = useState(false)
  const hintId = useId()
  const tRef = useRef(t)
  tRef.current = t

  // Write one file's pending edit now.
  const flush = (p: string) => {
    const job = pending.current.get(p)
    if (!job) return
    clearTimeout(job.timer)
    pending.current.delete(p)
    // Removed or renamed meanwhile (by the shell or the tree): do not bring it back.
    if (workspace.fs.stat(p)?.type === 'file') workspace.fs.writeFile(p, job.doc)
    if (p === current.current) setSaving(false)
  }
  const flushRef = useRef(flush)
  flushRef.current = flush

  const stateFor = (p: string): EditorState => {
    const cached = states.current.get(p)
    if (cached) return cached
    let doc = ''
    try {
      doc = workspace.fs.readFile(p)
    } catch {
      // gone or a folder: an empty document
    }
    const onEdit = (text: string) => {
      const prev = pending.current.get(p)
      if (prev) clearTimeout(prev.timer)
      pending.current.set(p, { doc: text, timer: setTimeout(() => flushRef.current(p), SAVE_DELAY_MS) })
      if (p === current.current) setSaving(true)
    }
    const id = languageFor(p)
    const language = loadedLanguage(id)
    if (!language) {
      void loadLanguage(id).then((ext) => {
        const effects = languageSlot.reconfigure(ext)
        if (p === current.current) view.current?.dispatch({ effects })
        const cached = states.current.get(p)
        if (cached) states.current.set(p, cached.update({ effects }).state)
      })
    }
    return EditorState.create({
      doc,
      extensions: [baseExtensions(tRef.current('editor.contents', { name: baseName(p) }), hintId, onEdit), languageSlot.of(language ?? [])],
    })
  }

  // The view lives as long as the component; its state changes with the file shown.
  useEffect(() => {
    const pend = pending.current
    const v = new EditorView({ parent: host.current! })
    view.current = v
    return () => {
      for (const p of [...pend.keys()]) flushRef.current(p)
      v.destroy()
      view.current = null
    }
  }, [])

  useEffect(() => {
    const v = view.current
    if (!v) return
    const prev = current.current
    if (prev) {
      states.current.set(prev, v.state)
      flushRef.current(prev)
    }
    current.current = path
    setSaving(false)
    if (path) v.setState(stateFor(path))
    // stateFor reads refs only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path])

  useEffect(() => {
    for (const p of [...states.current.keys()]) if (!open.includes(p)) states.current.delete(p)
  }, [open])

  // Files changed elsewhere: refresh what shows; forget stale hidden states; drop closed files.
  useEffect(
    () =>
      workspace.watch(() => {
        for (const [p, state] of states.current) {
          if (p === current.current || pending.current.has(p)) continue
          if (!workspace.fs.exists(p) || readOr(workspace, p) !== state.doc.toString()) states.current.delete(p)
        }
        const p = current.current
        const v = view.current
        if (!p || !v || pending.current.has(p)) return
        const disk = readOr(workspace, p)
        if (disk === null || disk === v.state.doc.toString()) return
        const head = Math.min(v.state.selection.main.head, disk.length)
        v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: disk }, selection: { anchor: head }, annotations: fromDisk.of(true) })
      }),
    [workspace],
  )

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div ref={host} className={`min-h-0 flex-1 ${path ? '' : 'hidden'}`} style={{ fontSize: `${fontSize}px` }} />
      {!path && <p className="p-3 text-sm text-muted">{t('editor.noFile')}</p>}
      {/* The hint is always the editor's description; short embeds (a 360 px iframe) do not show it. */}
      <p id={hintId} className="sr-only">
        {t('editor.tabHint')}
      </p>
      {path && (
        <p aria-hidden="true" className="hidden justify-between gap-2 border-t border-line bg-surface px-2 py-0.5 text-xs text-muted [@media(min-height:32rem)]:flex">
          <span className="truncate">{t('editor.tabHint')}</span>
          <span className="shrink-0">{saving ? t('editor.saving') : t('editor.saved')}</span>
        </p>
      )}
    </div>
  )
}

function readOr(workspace: Workspace, p: string): string | null {
  try {
    return workspace.fs.readFile(p)
  } catch {
    return null
  }
}
