/**
 * Where the editor sits in the app. This file is in the entry chunk; the editor itself (and
 * CodeMirror) is a separate chunk fetched when the editor is first shown.
 */
import { lazy, Suspense } from 'react'
import { useT } from '../app/store-context'
import type { Workspace } from './workspace'

const EditorPanel = lazy(() => import('./EditorPanel'))

interface Props {
  id: string
  workspace: Promise<Workspace>
  className?: string
  labelledBy?: string
}

export function EditorArea({ id, workspace, className = '', labelledBy }: Props) {
  const t = useT()
  return (
    <section
      id={id}
      aria-label={labelledBy ? undefined : t('editor.label')}
      aria-labelledby={labelledBy}
      role={labelledBy ? 'tabpanel' : 'region'}
      className={`min-h-0 min-w-0 bg-bg ${className}`}
    >
      <Suspense fallback={<p className="p-3 text-sm text-muted">{t('editor.loading')}</p>}>
        <EditorPanel workspace={workspace} />
      </Suspense>
    </section>
  )
}
