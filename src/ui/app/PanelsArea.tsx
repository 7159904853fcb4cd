import type { PortRow } from '../../engine/facade'
import { ContainersPanel } from '../panels/ContainersPanel'
import { ImagesPanel } from '../panels/ImagesPanel'
import { PortsPanel } from '../panels/PortsPanel'
import { useT, useWharf } from './store-context'

interface Props {
  id: string
  onOpenPort: (port: PortRow) => void
  className?: string
}

export function PanelsArea({ id, onOpenPort, className = '' }: Props) {
  const t = useT()
  const snapshot = useWharf((s) => s.snapshot)
  const panels = useWharf((s) => s.panels)
  return (
    <aside id={id} aria-label={t('panels.label')} className={`overflow-y-auto bg-bg ${className}`}>
      {panels.containers && <ContainersPanel containers={snapshot.containers} />}
      {panels.ports && <PortsPanel ports={snapshot.ports} onOpenPort={onOpenPort} />}
      {panels.images && <ImagesPanel images={snapshot.images} pulls={snapshot.pulls} />}
    </aside>
  )
}
