import type { ContainerRow, ContainerStatus } from '../../engine/facade'
import type { MessageKey } from '../../i18n'
import { useT } from '../app/store-context'
import { EmptyHint, Panel } from './Panel'

// Colours come from the theme (styles.css), so the high-contrast theme can brighten them.
const DOT: Record<ContainerStatus, string> = {
  running: 'bg-state-running',
  paused: 'bg-state-paused',
  restarting: 'bg-state-paused',
  exited: 'bg-state-exited',
  removing: 'bg-state-exited',
  dead: 'bg-state-dead',
  created: 'bg-state-created',
}

export function ContainersPanel({ containers }: { containers: ContainerRow[] }) {
  const t = useT()
  return (
    <Panel title={t('containers.title')} count={containers.length}>
      {containers.length === 0 ? (
        <EmptyHint text={t('containers.empty')} command="docker run hello-world" />
      ) : (
        <ul className="space-y-1.5">
          {containers.map((c) => (
            <li key={c.id} className="rounded-md border border-line bg-surface px-2.5 py-1.5">
              <div className="flex items-center gap-2">
                <span aria-hidden="true" className={`inline-block size-2.5 shrink-0 rounded-full ${DOT[c.status]}`} />
                <span className="min-w-0 truncate font-mono font-semibold">{c.name}</span>
                <span className="ml-auto shrink-0 text-xs text-muted">
                  {t(`containers.state.${c.status}` as MessageKey)}
                </span>
              </div>
              <dl className="mt-0.5 grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                <dt className="sr-only">{t('containers.image')}</dt>
                <dd className="col-span-2 truncate font-mono text-muted">{c.image}</dd>
                <dd className="col-span-2 truncate">{c.statusText}</dd>
                {c.ports && (
                  <>
                    <dt className="text-muted">{t('containers.ports')}</dt>
                    <dd className="truncate font-mono">{c.ports}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
