import type { PanelSnapshot, PortRow } from '../facade'
import { portsColumn } from '../cli/views/ports-column'
import { fullCommand } from '../cli/views/command-column'
import type { Daemon } from './daemon'
import { parseRfc3339 } from '../kernel/time'
import { statusText } from './status'

/** The read-only view the panels render. */
export function panelSnapshot(d: Daemon): PanelSnapshot {
  const now = d.clock.now()
  const containers = d.containersByNewest()
  const users = new Map<string, number>()
  for (const c of containers) users.set(c.image, (users.get(c.image) ?? 0) + 1)
  const images = Object.values(d.state.images)
    .map((i) => ({
      id: i.id,
      repoTags: d.imageTags(i.id),
      size: i.size,
      created: parseRfc3339(i.blob.created),
      containers: users.get(i.id) ?? 0,
    }))
    .sort((a, b) => b.created - a.created)
  const ports: PortRow[] = []
  for (const b of d.network.hostBindings()) {
    const c = d.state.containers[b.containerId]
    if (!c || b.hostIp === '::') continue
    ports.push({
      container: c.name,
      containerId: c.id,
      hostIp: b.hostIp,
      hostPort: b.hostPort,
      containerPort: b.containerPort,
      proto: b.proto as PortRow['proto'],
    })
  }
  return {
    images,
    containers: containers.map((c) => ({
      id: c.id,
      name: c.name,
      image: c.config.Image,
      command: fullCommand(c),
      status: c.state.Status,
      statusText: statusText(c, now),
      ports: portsColumn(c),
      created: c.created,
    })),
    ports,
    pulls: d.pullRows().map((p) => ({ ref: p.ref, layers: p.layers.map((l) => ({ ...l })) })),
  }
}
