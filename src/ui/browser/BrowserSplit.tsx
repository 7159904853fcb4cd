import { lazy, Suspense, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { useT } from '../app/store-context'
import type { LayoutMode } from '../app/use-layout-mode'
import { useBrowser } from './browser-store'

const BrowserPanel = lazy(() => import('./BrowserPanel').then((m) => ({ default: m.BrowserPanel })))

interface Props {
  mode: LayoutMode
  /** The app shows another view (small screens): hide the terminal and the browser together. */
  hidden: boolean
  children: ReactNode
}

const TAB = 'flex-1 border-b-2 border-transparent px-3 py-0.5 text-xs aria-selected:border-accent aria-selected:font-semibold'

/**
 * The terminal's cell, shared with the built-in browser when it is open: the browser below the
 * terminal with a draggable divider, or behind a Terminal/Browser switch in the tabbed layout.
 * While closed the wrapper is `display: contents`, so the terminal keeps its place (and its state).
 */
export function BrowserSplit({ mode, hidden, children }: Props) {
  const t = useT()
  const { open, ratio, setRatio, showing, show } = useBrowser()
  const box = useRef<HTMLDivElement>(null)
  const tabs = mode === 'tabs'
  const showTerminal = !open || !tabs || showing === 'terminal'
  const showBrowser = open && (!tabs || showing === 'browser')

  const drag = (e: PointerEvent<HTMLDivElement>) => {
    if (!(e.buttons & 1) || !box.current) return
    const r = box.current.getBoundingClientRect()
    setRatio((e.clientY - r.top) / r.height)
  }
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'ArrowUp') setRatio(ratio - 0.05)
    else if (e.key === 'ArrowDown') setRatio(ratio + 0.05)
    else return
    e.preventDefault()
  }

  return (
    <div ref={box} className={open ? `min-h-0 min-w-0 flex-col ${hidden ? 'hidden' : 'flex'}` : 'contents'}>
      {open && tabs && (
        <div role="tablist" aria-label={t('browser.label')} className="flex border-b border-line bg-surface">
          <button type="button" role="tab" aria-selected={showing === 'terminal'} className={TAB} onClick={() => show('terminal')}>
            {t('browser.terminalTab')}
          </button>
          <button type="button" role="tab" aria-selected={showing === 'browser'} className={TAB} onClick={() => show('browser')}>
            {t('browser.browserTab')}
          </button>
        </div>
      )}
      <div
        className={!open ? 'contents' : showTerminal ? 'grid min-h-0 grid-rows-[minmax(0,1fr)]' : 'hidden'}
        style={open ? { flex: tabs ? '1 1 0' : `${ratio} 1 0` } : undefined}
      >
        {children}
      </div>
      {open && !tabs && (
        <div
          role="separator"
          aria-orientation="horizontal"
          aria-label={t('browser.resize')}
          aria-valuemin={20}
          aria-valuemax={80}
          aria-valuenow={Math.round(ratio * 100)}
          tabIndex={0}
          onPointerDown={(e) => e.currentTarget.setPointerCapture(e.pointerId)}
          onPointerMove={drag}
          onKeyDown={keys}
          className="h-1.5 shrink-0 cursor-row-resize bg-line hover:bg-accent focus-visible:bg-accent"
        />
      )}
      {open && (
        <div className={showBrowser ? 'min-h-0' : 'hidden'} style={{ flex: tabs ? '1 1 0' : `${1 - ratio} 1 0` }}>
          <Suspense fallback={<p className="p-4 text-sm text-muted">{t('browser.loading')}</p>}>
            <BrowserPanel />
          </Suspense>
        </div>
      )}
    </div>
  )
}
