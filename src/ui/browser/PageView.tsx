import { useEffect, useRef, useState } from 'react'
import { useT } from '../app/store-context'
import { displayAddress } from './address'
import type { BrowserTab } from './browser-store'
import { useBrowser } from './browser-store'
import { ErrorPage } from './ErrorPage'
import type { BrowserHost } from './host-network'
import { loadPage, navigationFrom, type PageLoad } from './loader'
import { NAV_MESSAGE } from './rewrite'

interface Props {
  tab: BrowserTab
  host: BrowserHost
  hidden: boolean
}

interface NavMessage {
  type: string
  kind: 'link' | 'form'
  href: string
  method: 'GET' | 'POST'
  body: string
  newTab: boolean
}

/** Only what the injected guard sends: anything else from the page is ignored. */
function isNavMessage(m: unknown): m is NavMessage {
  if (typeof m !== 'object' || m === null) return false
  const r = m as Record<string, unknown>
  return (
    r.type === NAV_MESSAGE &&
    (r.kind === 'link' || r.kind === 'form') &&
    typeof r.href === 'string' && r.href.length < 8192 &&
    (r.method === 'GET' || r.method === 'POST') &&
    typeof r.body === 'string' && r.body.length < 1_000_000 &&
    typeof r.newTab === 'boolean'
  )
}

/** One tab's page: loaded through the virtual network, shown in a sandboxed iframe. */
export function PageView({ tab, host, hidden }: Props) {
  const t = useT()
  const frame = useRef<HTMLIFrameElement>(null)
  const navigate = useBrowser((s) => s.navigate)
  const setTitle = useBrowser((s) => s.setTitle)
  const nav = tab.history[tab.index]
  const [state, setState] = useState<{ nav: typeof nav; nonce: number; load: PageLoad | null }>({ nav: undefined, nonce: -1, load: null })
  const current = state.nav === nav && state.nonce === tab.nonce ? state.load : null

  useEffect(() => {
    if (!nav || nav.blocked) return
    let live = true
    void loadPage(host.network, nav).then((load) => {
      if (!live) return
      setState({ nav, nonce: tab.nonce, load })
      setTitle(tab.id, load.kind === 'page' && load.title ? load.title : displayAddress(load.address))
    })
    return () => {
      live = false
    }
  }, [nav, tab.nonce, tab.id, host, setTitle])

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      // the sandboxed page has an opaque origin: trust only messages from this tab's frame
      if (!frame.current || e.source !== frame.current.contentWindow || !isNavMessage(e.data)) return
      if (current?.kind !== 'page') return
      navigate(tab.id, navigationFrom(current.address, e.data), e.data.newTab)
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [current, navigate, tab.id])

  const box = `min-h-0 flex-1 flex-col ${hidden ? 'hidden' : 'flex'}`
  if (!nav) {
    return (
      <div className={`${box} items-center justify-center p-4 text-center text-sm text-muted`}>
        <p className="max-w-prose">{t('browser.blank', { example: 'localhost:8080' })}</p>
      </div>
    )
  }
  if (nav.blocked) return <div className={box}><ErrorPage blocked={nav.blocked} host={host} /></div>
  if (!current) return <div className={`${box} items-center justify-center text-sm text-muted`} role="status">{t('browser.loading')}</div>
  if (current.kind !== 'page') return <div className={box}><ErrorPage load={current} host={host} /></div>
  const ok = current.status >= 200 && current.status < 300
  return (
    <div className={box}>
      {!ok && (
        <p role="status" className="border-b border-line bg-surface px-2 py-0.5 font-mono text-xs text-state-dead">
          {t('browser.status', { status: current.status, text: current.statusText })}
        </p>
      )}
      <iframe
        ref={frame}
        key={`${tab.index}-${tab.nonce}`}
        title={t('browser.frameTitle', { address: displayAddress(current.address) })}
        sandbox="allow-scripts allow-forms"
        referrerPolicy="no-referrer"
        srcDoc={current.srcdoc}
        className="min-h-0 w-full flex-1 border-0 bg-white"
      />
    </div>
  )
}
