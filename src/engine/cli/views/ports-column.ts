import type { PortBinding } from '../../daemon/state'

interface PortEntry {
  ip: string
  privatePort: number
  publicPort: number
  type: string
}

/** The API's port list for a container (what `docker ps` receives), from its current bindings. */
export function portEntries(ports: Record<string, PortBinding[]>, exposed: Record<string, unknown> | undefined): PortEntry[] {
  const out: PortEntry[] = []
  const keys = new Set([...Object.keys(exposed ?? {}), ...Object.keys(ports)])
  for (const key of keys) {
    const [p, type = 'tcp'] = key.split('/')
    const bindings = ports[key] ?? []
    if (!bindings.length) out.push({ ip: '', privatePort: Number(p), publicPort: 0, type })
    for (const b of bindings) out.push({ ip: b.HostIp, privatePort: Number(p), publicPort: Number(b.HostPort), type })
  }
  return out
}

const joinHostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`)

/**
 * docker/cli formatter DisplayablePorts (28): sorted by private port, IP, public port, protocol;
 * consecutive ports of one group (protocol, or IP+protocol for same-port bindings) collapse into
 * a range; a break in a range flushes it at once; mappings to another port come last.
 */
export function displayablePorts(entries: PortEntry[]): string {
  const sorted = [...entries].sort(
    (a, b) =>
      a.privatePort - b.privatePort ||
      (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0) ||
      a.publicPort - b.publicPort ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  )
  const groups = new Map<string, { first: number; last: number }>()
  const result: string[] = []
  const hostMappings: string[] = []
  for (const p of sorted) {
    const current = p.privatePort
    let key = p.type
    if (p.ip !== '') {
      if (p.publicPort !== current) {
        hostMappings.push(`${joinHostPort(p.ip, p.publicPort)}->${p.privatePort}/${p.type}`)
        continue
      }
      key = `${p.ip}/${p.type}`
    }
    const g = groups.get(key)
    if (!g) groups.set(key, { first: current, last: current })
    else if (current === g.last + 1) g.last = current
    else {
      result.push(formGroup(key, g.first, g.last))
      groups.set(key, { first: current, last: current })
    }
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last))
  return [...result, ...hostMappings].join(', ')
}

function formGroup(key: string, start: number, last: number): string {
  const slash = key.lastIndexOf('/')
  const ip = slash >= 0 ? key.slice(0, slash) : ''
  const type = slash >= 0 ? key.slice(slash + 1) : key
  let group = start === last ? `${start}` : `${start}-${last}`
  if (ip !== '') group = `${ip.includes(':') ? `[${ip}]` : ip}:${group}->${group}`
  return `${group}/${type}`
}

/** The PORTS column of one container: its bindings, and its exposed ports while it runs. */
export function portsColumn(c: { ports: Record<string, PortBinding[]>; state: { Running: boolean }; config: { ExposedPorts?: Record<string, unknown> } }): string {
  return displayablePorts(portEntries(c.ports, c.state.Running ? c.config.ExposedPorts : undefined))
}
