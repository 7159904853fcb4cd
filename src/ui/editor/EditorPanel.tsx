/**
 * The build-context editor (lazy chunk, with CodeMirror): the workspace's file tree, the open
 * files as tabs, and the toolbar. Everything reads and writes the engine's host filesystem, so the
 * shell sees each save and the tree follows the shell's `mkdir`, `>` and `rm`.
 */
import { use, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useT, useWharf } from '../app/store-context'
import { CodeEditor } from './CodeEditor'
import { EditorTabs } from './EditorTabs'
import { EditorToolbar } from './EditorToolbar'
import { FileTree } from './FileTree'
import { InlineDialog, type Dialog } from './InlineDialog'
import { buildTree, parentOf, targetFolder, type TreeNode } from './tree'
import { fileActions } from './use-file-actions'
import type { Workspace } from './workspace'
import './editor.css'

export default function EditorPanel({ workspace: pending }: { workspace: Promise<Workspace> }) {
  const workspace = use(pending)
  const t = useT()
  const fontSize = useWharf((s) => s.fontSize)
  const { fs, root } = workspace
  const version = useSyncExternalStore(workspace.watch, workspace.version)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([root]))
  const [selected, setSelected] = useState(root)
  const [open, setOpen] = useState<string[]>([])
  const [active, setActive] = useState<string | null>(null)
  const [dialog, setDialog] = useState<{ dialog: Dialog; n: number } | null>(null)
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the tree is rebuilt when the files change
  const tree = useMemo<TreeNode>(() => ({ path: root, name: '~', kind: 'dir', children: buildTree(fs, root) }), [fs, root, version])

  // The shell removed or moved something: close its tab, move the selection up.
  useEffect(() => {
    const isFile = (p: string) => fs.stat(p)?.type === 'file'
    setOpen((list) => (list.every(isFile) ? list : list.filter(isFile)))
    setActive((p) => (p && !isFile(p) ? null : p))
    setSelected((p) => {
      let s = p
      while (s !== root && !fs.exists(s)) s = parentOf(s)
      return s
    })
  }, [fs, root, version])
  const shownFile = active && open.includes(active) ? active : (open.at(-1) ?? null)

  const expand = (paths: string[]) => setExpanded((prev) => new Set([...prev, ...paths]))
  const ancestorsOf = (p: string) => {
    const out: string[] = []
    for (let d = parentOf(p); d.startsWith(root); d = parentOf(d)) out.push(d)
    return out
  }
  const openFile = (p: string) => {
    setOpen((list) => (list.includes(p) ? list : [...list, p]))
    setActive(p)
  }
  const reveal = (p: string, asTab = false) => {
    expand([...ancestorsOf(p), ...(fs.isDir(p) ? [p] : [])])
    setSelected(p)
    if (asTab) openFile(p)
  }
  const closeFile = (p: string) => {
    const rest = open.filter((x) => x !== p)
    setOpen(rest)
    if (shownFile === p) setActive(rest.at(-1) ?? null)
  }

  const actions = fileActions({
    workspace,
    t,
    folder: targetFolder(fs, root, selected),
    ask: (d) => setDialog((prev) => ({ dialog: d, n: (prev?.n ?? 0) + 1 })),
    say: (text, error = false) => setStatus({ text, error }),
    reveal,
    moved: (from, to) => {
      const move = (p: string) => (p === from ? to : p.startsWith(`${from}/`) ? to + p.slice(from.length) : p)
      setOpen((list) => list.map(move))
      setActive((p) => p && move(p))
      setExpanded((prev) => new Set([...prev].map(move)))
      setSelected(to)
    },
  })

  return (
    <div className="@container flex h-full min-h-0 flex-col">
      <EditorToolbar
        t={t}
        canModify={selected !== root}
        onNewFile={actions.newFile}
        onNewFolder={actions.newFolder}
        onRename={() => actions.rename(selected)}
        onDelete={() => actions.remove(selected)}
        onUpload={(files) => void actions.upload(files)}
        onDownload={actions.download}
        onStarter={actions.starter}
      />
      {dialog && <InlineDialog key={dialog.n} dialog={dialog.dialog} onClose={() => setDialog(null)} />}
      <p role="status" className={`px-2 text-xs empty:hidden ${status?.error ? 'text-state-dead' : 'text-muted'}`}>
        {status?.text ?? ''}
      </p>
      <div className="flex min-h-0 flex-1 flex-col @2xl:flex-row">
        <div className="max-h-[38%] min-h-16 shrink-0 overflow-auto border-b border-line @2xl:max-h-none @2xl:w-52 @2xl:border-r @2xl:border-b-0">
          <FileTree
            root={tree}
            rootLabel={`~ (${root})`}
            label={t('editor.files')}
            expanded={expanded}
            selected={selected}
            active={shownFile}
            onSelect={setSelected}
            onToggle={(p, want) =>
              setExpanded((prev) => {
                const next = new Set(prev)
                if (want ?? !prev.has(p)) next.add(p)
                else next.delete(p)
                return next
              })
            }
            onOpen={openFile}
            onRename={actions.rename}
            onDelete={actions.remove}
          />
          {tree.children?.length === 0 && <p className="px-3 pb-2 text-xs text-muted">{t('editor.empty')}</p>}
        </div>
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          <EditorTabs t={t} open={open} active={shownFile} root={root} onActivate={setActive} onClose={closeFile} />
          <CodeEditor workspace={workspace} path={shownFile} open={open} fontSize={fontSize} t={t} />
        </div>
      </div>
    </div>
  )
}
