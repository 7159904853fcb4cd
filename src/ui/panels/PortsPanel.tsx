import type { PortRow } from '../../engine/facade'
import { useT } from '../app/store-context'
import { EmptyHint, Panel } from './Panel'

interface Props {
  ports: PortRow[]
  /** Opens the built-in browser on the host port (the lead wires it). */
  onOpenPort: (port: PortRow) => void
}

export function PortsPanel({ ports, onOpenPort }: Props) {
  const t = useT()
  return (
    <Panel title={t('ports.title')} count={ports.length}>
      {ports.length === 0 ? (
        <EmptyHint text={t('ports.empty')} command="docker run -d -p 8080:80 nginx" />
      ) : (
        <ul className="space-y-1.5">
          {ports.map((p) => {
            const host = `localhost:${p.hostPort}`
            return (
              <li key={`${p.containerId}-${p.hostIp}-${p.hostPort}-${p.proto}`}>
                <button
                  type="button"
                  onClick={() => onOpenPort(p)}
                  aria-label={t('ports.open', { host, name: p.container, port: `${p.containerPort}/${p.proto}` })}
                  className="w-full rounded-md border border-line bg-surface px-2.5 py-1.5 text-left hover:border-accent"
                >
                  <span className="block font-mono font-semibold">
                    <span className="text-accent underline underline-offset-2">{host}</span>
                    <span aria-hidden="true" className="text-muted"> → </span>
                    {p.containerPort}/{p.proto}
                  </span>
                  <span className="block truncate text-xs text-muted">
                    {t('ports.container')}: <span className="font-mono">{p.container}</span>
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </Panel>
  )
}
