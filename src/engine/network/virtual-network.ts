import type { HttpHandler, HttpRequest, HttpResponse, NetworkPort } from '../process/types'

export interface HostPortBinding {
  hostIp: string // "0.0.0.0", "::", "127.0.0.1"
  hostPort: number
  proto: string
  containerId: string
  containerPort: number
}

/** One bridge's address space: host numbers inside its subnet (.1 is the gateway). */
interface Segment {
  base: number // the subnet's first address as an unsigned 32-bit number
  size: number
  used: Set<number>
  lowestFree: number
  /** Network-scoped DNS: container name, aliases → container ID (user networks only). */
  names: Map<string, string>
}

export const ipToNumber = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0)
export const numberToIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')

/**
 * The bridges (the default `bridge`, 172.17.0.0/16, and user-defined ones) and the host's
 * published ports. A container has an address on each network it is connected to and its own
 * listening sockets, reachable on all of them; a request to a host port follows the published
 * binding to the container. Names resolve only on user-defined networks (embedded DNS), never on
 * the default bridge, and only between containers sharing a network.
 */
const LISTEN_GRACE_MS = 5000
const LISTEN_MAX_MS = 30_000

export class VirtualNetwork {
  private listeners = new Map<string, Map<number, HttpHandler>>() // namespace ("" = host) → port → handler
  private bindings: HostPortBinding[] = []
  private addresses = new Map<string, Map<string, string>>() // containerId → network → ip
  private owners = new Map<string, string>() // ip → containerId
  private hostnames = new Map<string, string>() // containerId → its own hostname
  private segments = new Map<string, Segment>()

  /** Waits on the daemon's clock (absent in unit tests of the network alone). */
  sleep?: (ms: number) => Promise<boolean>
  /** Whether a container is still loading a runtime (set by the daemon). */
  isBooting?: (containerId: string) => boolean

  constructor() {
    this.defineNetwork('bridge', '172.17.0.0/16')
  }

  /** Make a bridge known (idempotent); `subnet` is IPv4 CIDR. */
  defineNetwork(name: string, subnet: string): void {
    if (this.segments.has(name)) return
    const [addr, bits] = subnet.split('/')
    const size = 2 ** (32 - Number(bits ?? 16))
    this.segments.set(name, { base: ipToNumber(addr ?? '0.0.0.0') >>> 0, size, used: new Set(), lowestFree: 2, names: new Map() })
  }

  forgetNetwork(name: string): void {
    if (name !== 'bridge') this.segments.delete(name)
  }

  /** The lowest free address of the network (.1 is the gateway); `names` resolve on user networks. */
  assignAddress(containerId: string, hostname: string, network = 'bridge', names: string[] = []): string {
    const seg = this.segments.get(network) ?? this.segments.get('bridge')!
    this.releaseAddress(containerId, network)
    let n = seg.lowestFree
    while (seg.used.has(n) && n < seg.size - 1) n++
    seg.used.add(n)
    seg.lowestFree = n + 1
    const ip = numberToIp(seg.base + n)
    let nets = this.addresses.get(containerId)
    if (!nets) this.addresses.set(containerId, (nets = new Map()))
    nets.set(network, ip)
    this.owners.set(ip, containerId)
    this.hostnames.set(containerId, hostname)
    if (network !== 'bridge') for (const name of names) if (name) seg.names.set(name, containerId)
    return ip
  }

  /** Leave one network, or all of them (and close the container's sockets) without one. */
  releaseAddress(containerId: string, network?: string): void {
    const nets = this.addresses.get(containerId)
    if (!nets) return
    for (const [net, ip] of [...nets]) {
      if (network !== undefined && net !== network) continue
      nets.delete(net)
      this.owners.delete(ip)
      const seg = this.segments.get(net)
      if (!seg) continue
      const n = ipToNumber(ip) - seg.base
      seg.used.delete(n)
      seg.lowestFree = Math.min(seg.lowestFree, n)
      for (const [name, id] of seg.names) if (id === containerId) seg.names.delete(name)
    }
    if (network === undefined || nets.size === 0) {
      this.addresses.delete(containerId)
      this.listeners.delete(containerId)
      this.hostnames.delete(containerId)
    }
  }

  addressOf(containerId: string, network = 'bridge'): string {
    return this.addresses.get(containerId)?.get(network) ?? ''
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

  /**
   * The network as seen from inside one namespace: a container ID, or "" for the host (and for
   * containers run with `--network host`).
   */
  portFor(containerId: string): NetworkPort {
    return {
      listen: (port, handler) => {
        let ports = this.listeners.get(containerId)
        if (!ports) this.listeners.set(containerId, (ports = new Map()))
        if (ports.has(port)) return { ok: false, error: 'Address already in use' }
        ports.set(port, handler)
        const own = ports
        return { ok: true, close: () => void (own.get(port) === handler && own.delete(port)) }
      },
      request: (host, port, req) => this.request(containerId, host, port, req),
    }
  }

  private resolve(from: string, host: string): string | undefined {
    if (this.hostnames.get(from) === host) return from
    for (const net of this.addresses.get(from)?.keys() ?? []) {
      const id = this.segments.get(net)?.names.get(host)
      if (id) return id
    }
    return undefined
  }

  private async request(
    from: string,
    host: string,
    port: number,
    req: Omit<HttpRequest, 'remoteAddress'>,
  ): Promise<HttpResponse | { error: 'refused' | 'unresolved' }> {
    const local = host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '0.0.0.0'
    let target: string | undefined // the namespace that should answer
    let targetPort = port
    const own = this.addresses.get(from)
    let remote = own?.values().next().value ?? '172.17.0.1'
    if (local && from) target = from
    else if (local) {
      remote = '172.17.0.1'
      if (this.listeners.get('')?.has(port)) target = ''
      else {
        const b = this.bindings.find((x) => x.hostPort === port && x.proto === 'tcp')
        if (!b) return { error: 'refused' }
        target = b.containerId
        targetPort = b.containerPort
      }
    } else if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
      target = this.owners.get(host)
      // from a container, only addresses on a network it shares answer
      if (target && from && ![...(own?.values() ?? [])].some((ip) => this.sameSegment(ip, host))) target = undefined
      if (from && own) remote = [...own.values()].find((ip) => this.sameSegment(ip, host)) ?? remote
    } else {
      target = this.resolve(from, host)
      if (target === undefined) return { error: 'unresolved' }
      const theirs = this.addresses.get(target)
      if (own && theirs) remote = [...own.values()].find((ip) => [...theirs.values()].some((t) => this.sameSegment(ip, t))) ?? remote
    }
    let handler = target !== undefined ? this.listeners.get(target)?.get(targetPort) : undefined
    if (!handler && target && local && !from && this.sleep) handler = await this.awaitListener(target, targetPort)
    if (!handler) return { error: 'refused' }
    return handler({ ...req, remoteAddress: remote })
  }

  /**
   * A published port of a running container whose server is still starting: docker-proxy has
   * already accepted the connection, so the client waits (briefly) rather than being refused.
   * This is also what lets a script type `curl` right after `docker run -d` of a Node server.
   */
  private async awaitListener(target: string, port: number): Promise<HttpHandler | undefined> {
    // time spent while the container's runtime is still loading does not count
    for (let waited = 0, total = 0; waited < LISTEN_GRACE_MS && total < LISTEN_MAX_MS; total += 50) {
      if (!this.bindings.some((b) => b.containerId === target)) return undefined
      if (!(await this.sleep!(50))) return undefined
      const h = this.listeners.get(target)?.get(port)
      if (h) return h
      if (!this.isBooting?.(target)) waited += 50
    }
    return undefined
  }

  private sameSegment(a: string, b: string): boolean {
    const x = ipToNumber(a)
    const y = ipToNumber(b)
    for (const s of this.segments.values()) if (x >= s.base && x < s.base + s.size) return y >= s.base && y < s.base + s.size
    return false
  }
}

const isWildcard = (ip: string) => ip === '0.0.0.0' || ip === '::' || ip === ''
const sameFamily = (a: string, b: string) => a === '' || b === '' || a.includes(':') === b.includes(':')
