import type { Daemon } from '../../daemon/daemon'
import { containerNetworks, endpointId, type NetworkView } from '../../daemon/networks'
import { formatRfc3339Nano } from '../../kernel/time'
import { goTimeString } from './container-context'

export const NETWORK_HEADERS: Record<string, string> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
}
export const DEFAULT_NETWORK_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}'

export const macFor = (ip: string): string => '02:42:' + ip.split('.').map((n) => Number(n).toString(16).padStart(2, '0')).join(':')

const labelsText = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',')

/** docker/cli formatter.networkContext. */
export function networkContext(n: NetworkView, trunc: boolean) {
  return {
    ID: () => (trunc ? n.id.slice(0, 12) : n.id),
    Name: () => n.name,
    Driver: () => n.driver,
    Scope: () => 'local',
    IPv6: () => 'false',
    Internal: () => String(n.internal),
    Labels: () => labelsText(n.labels),
    Label: (k: string) => n.labels[k] ?? '',
    CreatedAt: () => goTimeString(n.created),
  }
}

export function networkJson(ctx: ReturnType<typeof networkContext>): Record<string, string> {
  const keys = ['CreatedAt', 'Driver', 'ID', 'IPv6', 'Internal', 'Labels', 'Name', 'Scope'] as const
  return Object.fromEntries(keys.map((k) => [k, ctx[k]()]))
}

/** network.Inspect as Engine 28.5 (API 1.51) prints it, keys in Docker's order. */
export function networkInspect(d: Daemon, n: NetworkView): Record<string, unknown> {
  const containers: Record<string, unknown> = {}
  const prefix = n.subnet.split('/')[1] ?? ''
  for (const c of Object.values(d.state.containers)) {
    if (!c.state.Running || !containerNetworks(c)[n.name]) continue
    const ip = d.network.addressOf(c.id, n.name)
    containers[c.id] = {
      Name: c.name,
      EndpointID: endpointId(c, n.name),
      MacAddress: ip ? macFor(ip) : '',
      IPv4Address: ip ? `${ip}/${prefix}` : '',
      IPv6Address: '',
    }
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: formatRfc3339Nano(n.created, 123456789 % 1_000_000),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: n.predefined ? null : {},
      Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : n.predefined ? null : [],
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: n.options,
    Labels: n.labels,
  }
}
