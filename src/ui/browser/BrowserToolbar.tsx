import { useEffect, useState, type FormEvent } from 'react'
import { useT } from '../app/store-context'
import { displayAddress, parseAddress } from './address'
import { useBrowser, type BrowserTab } from './browser-store'

const BUTTON = 'grid size-7 shrink-0 place-items-center rounded text-base hover:bg-code disabled:opacity-40 disabled:hover:bg-transparent'

/** Back, forward, reload and the address bar of the active tab. */
export function BrowserToolbar({ tab }: { tab: BrowserTab }) {
  const t = useT()
  const { go, reload, navigate } = useBrowser()
  const nav = tab.history[tab.index]
  const shown = nav ? (nav.blocked ? nav.blocked.input : displayAddress(nav.address)) : ''
  const [text, setText] = useState(shown)
  useEffect(() => setText(shown), [shown, tab.nonce])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = parseAddress(text)
    if (r.ok) navigate(tab.id, { address: r.address, method: 'GET', body: '' })
    else if (r.reason !== 'empty') navigate(tab.id, { address: nav?.address ?? { host: 'localhost', port: 80, path: '/' }, method: 'GET', body: '', blocked: { reason: r.reason, input: r.input } })
  }

  return (
    <div className="flex items-center gap-1 border-b border-line bg-surface px-1.5 py-1">
      <button type="button" className={BUTTON} aria-label={t('browser.back')} title={t('browser.back')} disabled={tab.index <= 0} onClick={() => go(tab.id, -1)}>
        <span aria-hidden="true">←</span>
      </button>
      <button type="button" className={BUTTON} aria-label={t('browser.forward')} title={t('browser.forward')} disabled={tab.index >= tab.history.length - 1} onClick={() => go(tab.id, 1)}>
        <span aria-hidden="true">→</span>
      </button>
      <button type="button" className={BUTTON} aria-label={t('browser.reload')} title={t('browser.reload')} disabled={!nav} onClick={() => reload(tab.id)}>
        <span aria-hidden="true">↻</span>
      </button>
      <form onSubmit={submit} className="flex min-w-0 flex-1" role="search">
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('browser.address')}
          placeholder="localhost:8080"
          spellCheck={false}
          autoCapitalize="off"
          className="min-w-0 flex-1 rounded-full border border-line bg-bg px-3 py-0.5 font-mono text-sm text-fg"
        />
        <button type="submit" className="sr-only">{t('browser.go')}</button>
      </form>
    </div>
  )
}
