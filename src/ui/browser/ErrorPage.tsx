import { useT } from '../app/store-context'
import { displayAddress } from './address'
import { explainRefused } from './explain'
import type { BrowserHost } from './host-network'
import type { Navigation, PageLoad } from './loader'

interface Props {
  host: BrowserHost
  load?: Exclude<PageLoad, { kind: 'page' }>
  blocked?: Navigation['blocked']
}

/** Why a page did not load, in our own words (the virtual network's view of it). */
export function ErrorPage({ host, load, blocked }: Props) {
  const t = useT()
  const lines: string[] = []
  let title: string
  if (blocked) {
    title =
      blocked.reason === 'https' ? t('browser.error.https', { input: blocked.input.replace(/^https:\/\//i, '') })
      : blocked.reason === 'host' ? t('browser.error.host', { input: blocked.input })
      : t('browser.error.invalid', { input: blocked.input })
    lines.push(t('browser.why.reach'))
  } else {
    const address = displayAddress(load!.address)
    if (load!.kind === 'refused') {
      title = t('browser.error.refused', { address })
      if (load!.address.host === 'localhost') {
        const why = explainRefused(load!.address.port, host.containers())
        lines.push(t(why.key, why.params))
        if (why.key === 'browser.why.exposed') lines.push(t('browser.why.exposedHint'))
      } else lines.push(t('browser.why.address', { address }), t('browser.why.reach'))
    } else if (load!.kind === 'unresolved') {
      title = t('browser.error.unresolved', { address })
      lines.push(t('browser.why.reach'))
    } else title = t('browser.error.redirects', { address })
  }
  return (
    <div role="alert" className="min-h-0 flex-1 overflow-y-auto bg-bg p-4 text-fg">
      <h3 className="mb-2 text-base font-semibold">{title}</h3>
      {lines.map((l) => (
        <p key={l} className="mb-2 max-w-prose text-sm text-muted">
          {l}
        </p>
      ))}
    </div>
  )
}
