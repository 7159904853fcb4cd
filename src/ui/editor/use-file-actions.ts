/** What the toolbar and the tree's keys do to the workspace, asked through the inline dialog. */
import type { MessageKey, MessageParams } from '../../i18n'
import type { Dialog } from './InlineDialog'
import { STARTERS, starterConflicts, writeStarter, type StarterId } from './starters'
import { baseName, joinPath, parentOf, validName } from './tree'
import type { Workspace } from './workspace'
import { zipFolder, zipName } from './zip'

export interface ActionHost {
  workspace: Workspace
  t: (key: MessageKey, params?: MessageParams) => string
  /** The folder new files go into. */
  folder: string
  ask(dialog: Dialog): void
  say(text: string, error?: boolean): void
  reveal(path: string, open?: boolean): void
  /** A file or folder moved: open tabs and the selection follow it. */
  moved(from: string, to: string): void
}

export function fileActions(h: ActionHost) {
  const { workspace, t } = h
  const fs = workspace.fs
  const shown = (p: string) => (p === workspace.root ? '~' : p.startsWith(`${workspace.root}/`) ? `~/${p.slice(workspace.root.length + 1)}` : p)
  const attempt = (fn: () => void): string | null => {
    try {
      fn()
      return null
    } catch (e) {
      return t('editor.failed', { message: e instanceof Error ? e.message : String(e) })
    }
  }
  const create = (kind: 'file' | 'folder') =>
    h.ask({
      kind: 'prompt',
      label: t(kind === 'file' ? 'editor.newFileIn' : 'editor.newFolderIn', { folder: shown(h.folder) }),
      initial: '',
      submit: t('editor.create'),
      cancel: t('editor.cancel'),
      onSubmit: (raw) => {
        const name = raw.trim()
        if (!validName(name)) return t('editor.invalidName')
        const path = joinPath(h.folder, name)
        if (fs.lstat(path)) return t('editor.exists', { name })
        const problem = attempt(() => (kind === 'file' ? fs.writeFile(path, '') : fs.mkdir(path)))
        if (problem) return problem
        h.reveal(path, kind === 'file')
        h.say(t('editor.created', { name: shown(path) }))
        return null
      },
    })

  return {
    newFile: () => create('file'),
    newFolder: () => create('folder'),
    rename(path: string) {
      h.ask({
        kind: 'prompt',
        label: t('editor.renameTo', { name: baseName(path) }),
        initial: baseName(path),
        submit: t('editor.rename'),
        cancel: t('editor.cancel'),
        onSubmit: (raw) => {
          const name = raw.trim()
          if (!validName(name)) return t('editor.invalidName')
          if (name === baseName(path)) return null
          const to = joinPath(parentOf(path), name)
          if (fs.lstat(to)) return t('editor.exists', { name })
          const problem = attempt(() => fs.rename(path, to))
          if (problem) return problem
          h.moved(path, to)
          h.say(t('editor.renamed', { name: shown(to) }))
          return null
        },
      })
    },
    remove(path: string) {
      const dir = fs.stat(path)?.type === 'dir'
      h.ask({
        kind: 'confirm',
        message: t(dir ? 'editor.confirmDeleteFolder' : 'editor.confirmDelete', { name: shown(path) }),
        confirm: t('editor.delete'),
        cancel: t('editor.cancel'),
        onConfirm: () => {
          const problem = attempt(() => fs.remove(path, { recursive: true }))
          h.say(problem ?? t('editor.deleted', { name: shown(path) }), problem !== null)
        },
      })
    },
    async upload(files: File[]) {
      const done: string[] = []
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer())
        const text = decodeText(bytes)
        if (text === null || !validName(file.name)) {
          h.say(t('editor.notText', { name: file.name }), true)
          continue
        }
        const problem = attempt(() => fs.writeFile(joinPath(h.folder, file.name), text))
        if (problem) h.say(problem, true)
        else done.push(file.name)
      }
      if (done.length) {
        h.reveal(joinPath(h.folder, done[0]!), false)
        h.say(t('editor.uploaded', { folder: shown(h.folder), names: done.join(', ') }))
      }
    },
    download() {
      const data = zipFolder(fs, h.folder)
      const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/zip' }))
      const a = document.createElement('a')
      a.href = url
      a.download = zipName(h.folder)
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    },
    starter(id: StarterId) {
      const starter = STARTERS.find((s) => s.id === id)!
      const write = () => {
        const problem = attempt(() => {
          const dir = writeStarter(fs, workspace.root, starter)
          h.reveal(dir)
          h.reveal(joinPath(dir, starter.open), true)
        })
        h.say(problem ?? t('editor.starterDone', { folder: starter.folder }), problem !== null)
      }
      const conflicts = starterConflicts(fs, workspace.root, starter)
      if (conflicts.length === 0) return write()
      h.ask({
        kind: 'confirm',
        message: t('editor.confirmOverwrite', { folder: `~/${starter.folder}`, files: conflicts.join(', ') }),
        confirm: t('editor.replace'),
        cancel: t('editor.cancel'),
        onConfirm: write,
      })
    },
  }
}

/** UTF-8 text, or null for what looks binary (NUL bytes or invalid UTF-8). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
