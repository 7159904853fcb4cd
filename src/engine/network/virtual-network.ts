import type { HttpHandler, HttpRequest, HttpResponse, NetworkPort } from '../process/types'

export interface HostPortBinding {
  hostIp: string // "0.0.0.0", "::", "127.0.0.1"
  hostPort: number
  proto: string
  containerId: string
  containerPort: number
}

/**
 * The default bridge and the host's published ports. Each running container has an address
 * (172.17.0.2 onward) and its own listening sockets; a request to a host port follows the
 * published binding to the container's address.
 */
export class VirtualNetwork {
  private listeners = new Map<string, Map<number, HttpHandler>>() // ip → port → handler
  private bindings: HostPortBinding[] = []
  private addresses = new Map<string, string>() // containerId → ip
  private names = new Map<string, string>() // hostname → ip
  private hostNumbers = new Set<number>() // assigned addresses as host numbers in the /16
  private lowestFree = 2 // no free host number below this one

  /** The lowest free address of the bridge's 172.17.0.0/16 (.0.1 is the gateway). */
  assignAddress(containerId: string, hostname: string): string {
    this.freeHostNumber(this.addresses.get(containerId))
    let n = this.lowestFree
    while (this.hostNumbers.has(n)) n++
    this.hostNumbers.add(n)
    this.lowestFree = n + 1
    const ip = `172.17.${n >> 8}.${n & 255}`
    this.addresses.set(containerId, ip)
    this.names.set(hostname, ip)
    return ip
  }

  releaseAddress(containerId: string): void {
    const ip = this.addresses.get(containerId)
    if (!ip) return
    this.addresses.delete(containerId)
    this.freeHostNumber(ip)
    this.listeners.delete(ip)
    for (const [n, a] of this.names) if (a === ip) this.names.delete(n)
  }

  private freeHostNumber(ip: string | undefined): void {
    if (!ip) return
    const [, , hi, lo] = ip.split('.').map(Number)
    const n = hi! * 256 + lo!
    this.hostNumbers.delete(n)
    this.lowestFree = Math.min(this.lowestFree, n)
  }

  /** The host binding that already holds this address and port, if any. */
  conflict(hostIp: string, hostPort: number, proto: string): HostPortBinding | undefined {
    return this.bindings.find(
      (b) =>
        b.hostPort === hostPort &&
        b.proto === proto &&
        (b.hostIp === hostIp || isWildcard(b.hostIp) || isWildcard(hostIp)) &&
        sameFamily(b.hostIp, hostIp),
    )
  }

  bind(b: HostPortBinding): void {
    this.bindings.push(b)
  }

  unbindAll(containerId: string): void {
    this.bindings = this.bindings.filter((b) => b.containerId !== containerId)
  }

  hostBindings(): readonly HostPortBinding[] {
    return this.bindings
  }

  usedHostPorts(): Set<number> {
    return new Set(this.bindings.map((b) => b.hostPort))
  }

  /** The network as seen from inside one machine ("" = the host). */
  portFor(containerId: string): NetworkPort {
    return {
      listen: (port, handler) => {
        const ip = containerId ? this.addresses.get(containerId) : '127.0.0.1'
        if (!ip) return { ok: false, error: 'network is unreachable' }
        let ports = this.listeners.get(ip)
        if (!ports) this.listeners.set(ip, (ports = new Map()))
        if (ports.has(port)) return { ok: false, error: 'Address already in use' }
        ports.set(port, handler)
        const own = ports
        return { ok: true, close: () => void (own.get(port) === handler && own.delete(port)) }
      },
      request: (host, port, req) => this.request(containerId, host, port, req),
    }
  }

  private async request(
    from: string,
    host: string,
    port: number,
    req: Omit<HttpRequest, 'remoteAddress'>,
  ): Promise<HttpResponse | { error: 'refused' | 'unresolved' }> {
    const local = host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '0.0.0.0'
    let ip: string | undefined
    let target = port
    let remote = from ? (this.addresses.get(from) ?? '172.17.0.1') : '172.17.0.1'
    if (local && from) ip = this.addresses.get(from)
    else if (local) {
      const b = this.bindings.find((x) => x.hostPort === port && x.proto === 'tcp')
      if (!b) return { error: 'refused' }
      ip = this.addresses.get(b.containerId)
      target = b.containerPort
      remote = '172.17.0.1'
    } else if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) ip = host
    else {
      ip = this.names.get(host)
      if (!ip) return { error: 'unresolved' }
    }
    const handler = ip ? this.listeners.get(ip)?.get(target) : undefined
    if (!handler) return { error: 'refused' }
    return handler({ ...req, remoteAddress: remote })
  }
}

const isWildcard = (ip: string) => ip === '0.0.0.0' || ip === '::' || ip === ''
const sameFamily = (a: string, b: string) => a === '' || b === '' || a.includes(':') === b.includes(':')
