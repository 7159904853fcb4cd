import { useEffect, useState } from 'react'
import { useT } from '../app/store-context'
import { useBrowser } from './browser-store'
import { BrowserToolbar } from './BrowserToolbar'
import { loadBrowserHost, type BrowserHost } from './host-network'
import { PageView } from './PageView'

let hostPromise: Promise<BrowserHost | null> | null = null

/** The built-in browser: tabs, the active tab's toolbar, one page view per tab. */
export function BrowserPanel() {
  const t = useT()
  const { tabs, active, select, closeTab, newTab, close } = useBrowser()
  const [host, setHost] = useState<BrowserHost | null>(null)
  useEffect(() => {
    let live = true
    void (hostPromise ??= loadBrowserHost()).then((h) => live && setHost(h))
    return () => {
      live = false
    }
  }, [])
  const tab = tabs.find((x) => x.id === active) ?? tabs[0]

  return (
    <section aria-label={t('browser.label')} className="flex h-full min-h-0 flex-col bg-bg text-fg">
      <div className="flex items-stretch border-b border-line bg-bg">
        <div role="tablist" aria-label={t('browser.tabs')} className="flex min-w-0 flex-1 overflow-x-auto">
          {tabs.map((x) => {
            const title = x.title || t('browser.blankTitle')
            return (
              <div key={x.id} className={`flex max-w-48 min-w-0 items-center border-r border-line ${x.id === tab?.id ? 'bg-surface' : ''}`}>
                <button
                  type="button"
                  role="tab"
                  aria-selected={x.id === tab?.id}
                  onClick={() => select(x.id)}
                  title={title}
                  className="min-w-0 flex-1 truncate px-2 py-1 text-left text-xs aria-selected:font-semibold"
                >
                  {title}
                </button>
                <button type="button" aria-label={t('browser.closeTab', { title })} onClick={() => closeTab(x.id)} className="px-1.5 text-muted hover:text-fg">
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            )
          })}
          <button type="button" aria-label={t('browser.newTab')} title={t('browser.newTab')} onClick={newTab} className="px-2 text-muted hover:text-fg">
            <span aria-hidden="true">+</span>
          </button>
        </div>
        <button type="button" aria-label={t('browser.close')} title={t('browser.close')} onClick={close} className="border-l border-line px-2 text-sm text-muted hover:text-fg">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {tab && <BrowserToolbar tab={tab} />}
      {!host ? (
        <p role="status" className="p-4 text-sm text-muted">{t('browser.loadingEngine')}</p>
      ) : (
        tabs.map((x) => <PageView key={x.id} tab={x} host={host} hidden={x.id !== tab?.id} />)
      )}
    </section>
  )
}
