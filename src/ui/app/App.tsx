import { useEffect, useId } from 'react'
import { setLanguage as setCatalogLanguage } from '../../i18n'
import type { PortRow } from '../../engine/facade'
import type { TerminalConnection } from '../terminal/connection'
import { EditorArea } from '../editor/EditorArea'
import type { Workspace } from '../editor/workspace'
import { TerminalTabs } from '../terminal/TerminalTabs'
import { BrowserSplit } from '../browser/BrowserSplit'
import { openPortInBrowser } from '../browser/browser-store'
import { ErrorBoundary } from './ErrorBoundary'
import { Header } from './Header'
import { PanelsArea } from './PanelsArea'
import { useT, useWharf } from './store-context'
import { useLayoutMode } from './use-layout-mode'

interface Props {
  connect: () => TerminalConnection
  onOpenPort?: (port: PortRow) => void
  /** The workspace files for the editor, once the engine has loaded. */
  workspace?: Promise<Workspace>
}

const TAB = 'flex-1 border-b-2 border-transparent px-3 py-1 text-sm aria-selected:border-accent aria-selected:font-semibold'

export function App({ connect, onOpenPort, workspace }: Props) {
  const t = useT()
  const language = useWharf((s) => s.language)
  const theme = useWharf((s) => s.theme)
  const fontSize = useWharf((s) => s.fontSize)
  const minimal = useWharf((s) => s.embed.minimalChrome)
  const anyPanel = useWharf((s) => Object.values(s.panels).some(Boolean))
  const editor = useWharf((s) => s.editor) && workspace !== undefined
  const storedView = useWharf((s) => s.view)
  const setView = useWharf((s) => s.setView)
  const mode = useLayoutMode(useWharf((s) => s.layout))
  const ids = { terminal: useId(), panels: useId(), terminalTab: useId(), panelsTab: useId(), editor: useId(), editorTab: useId() }

  useEffect(() => {
    const root = document.documentElement
    root.lang = language
    root.dataset.theme = theme
    // The UI scales with the terminal for projection: rem-based sizes follow the root font size.
    root.style.fontSize = `${Math.max(14, fontSize)}px`
    setCatalogLanguage(language)
    document.title = `${t('app.name')} · ${t('app.tagline')}`
  }, [language, theme, fontSize, t])

  // The editor goes beside the terminal when there is width for it, else behind a tab.
  const tabs = (anyPanel || editor) && (mode === 'tabs' || (editor && mode === 'stack'))
  const view = (storedView === 'editor' && !editor) || (storedView === 'panels' && !anyPanel) ? 'terminal' : storedView
  const showTerminal = !tabs || view === 'terminal'
  const showPanels = anyPanel && (!tabs || view === 'panels')
  // The Ports panel opens a published port in the built-in browser (which shares the terminal's place).
  const openPort =
    onOpenPort ??
    ((p: PortRow) => {
      openPortInBrowser(p.hostPort)
      setView('terminal')
    })
  const failed = (message: string, retry: () => void) => (
    <div role="alert" className="m-2 rounded border border-line p-3 text-sm">
      <p>{t('app.partFailed', { message })}</p>
      <button type="button" className="mt-2 rounded border border-line px-2 py-1" onClick={retry}>
        {t('app.retry')}
      </button>
    </div>
  )
  const grid =
    tabs ? 'grid-rows-[auto_minmax(0,1fr)]'
    : editor ? `${anyPanel ? 'grid-cols-[minmax(0,1fr)_minmax(0,1fr)_clamp(14rem,22vw,24rem)]' : 'grid-cols-2'} grid-rows-[minmax(0,1fr)]`
    : !anyPanel ? 'grid-rows-[minmax(0,1fr)]'
    : mode === 'side' ? 'grid-cols-[minmax(0,1fr)_clamp(16rem,28vw,30rem)] grid-rows-[minmax(0,1fr)]'
    : mode === 'stack' ? 'grid-rows-[minmax(0,3fr)_minmax(0,2fr)]'
    : 'grid-rows-[auto_minmax(0,1fr)]'

  return (
    <div className="flex h-full flex-col bg-bg text-fg">
      <a href={`#${ids.terminal}`} className="sr-only focus:not-sr-only focus:absolute focus:z-10 focus:bg-surface focus:p-2">
        {t('app.skipToTerminal')}
      </a>
      {!minimal && <Header />}
      <div className={`grid min-h-0 flex-1 ${grid}`}>
        {tabs && (
          <div role="tablist" aria-label={t('layout.tabs')} className="flex border-b border-line bg-surface">
            <button id={ids.terminalTab} type="button" role="tab" aria-selected={view === 'terminal'} aria-controls={ids.terminal} className={TAB} onClick={() => setView('terminal')}>
              {t('layout.terminalTab')}
            </button>
            {editor && (
              <button id={ids.editorTab} type="button" role="tab" aria-selected={view === 'editor'} aria-controls={ids.editor} className={TAB} onClick={() => setView('editor')}>
                {t('layout.editorTab')}
              </button>
            )}
            {anyPanel && (
              <button id={ids.panelsTab} type="button" role="tab" aria-selected={view === 'panels'} aria-controls={ids.panels} className={TAB} onClick={() => setView('panels')}>
                {t('layout.panelsTab')}
              </button>
            )}
          </div>
        )}
        <BrowserSplit mode={tabs ? 'tabs' : mode} hidden={!showTerminal}>
          <main
            id={ids.terminal}
            aria-label={t('terminal.label')}
            role={tabs ? 'tabpanel' : undefined}
            aria-labelledby={tabs ? ids.terminalTab : undefined}
            className={`min-h-0 min-w-0 bg-term p-1.5 ${showTerminal ? '' : 'hidden'}`}
          >
            <TerminalTabs connect={connect} fontSize={fontSize} theme={theme} label={t('terminal.hint')} autoFocus={window.top === window} t={t} />
          </main>
        </BrowserSplit>
        {editor && workspace && (
          // Kept mounted behind its tab: open files and undo history survive switching views.
          <ErrorBoundary fallback={failed}>
            <EditorArea
              id={ids.editor}
              workspace={workspace}
              labelledBy={tabs ? ids.editorTab : undefined}
              className={`${tabs ? (view === 'editor' ? '' : 'hidden') : 'border-l border-line'}`}
            />
          </ErrorBoundary>
        )}
        {showPanels && (
          <ErrorBoundary fallback={failed}>
            <PanelsArea
              id={ids.panels}
              onOpenPort={openPort}
              className={mode === 'side' ? 'border-l border-line' : mode === 'stack' ? 'border-t border-line' : ''}
            />
          </ErrorBoundary>
        )}
      </div>
    </div>
  )
}
