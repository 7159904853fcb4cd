import { daemonError, fail, ok, type Result } from '../kernel/errors'
import { sha256Hex } from '../kernel/hash'
import { randomHex } from '../kernel/ports'
import type { Daemon } from './daemon'
import type { ContainerRecord, EndpointRecord, NetworkRecord } from './state'

/** A network as the daemon lists it: a stored user network or one of the predefined three. */
export interface NetworkView extends NetworkRecord {
  predefined: boolean
}

const derived = (seed: string) => sha256Hex(seed)
const boot = new WeakMap<Daemon, number>()

const BRIDGE_OPTIONS: Record<string, string> = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
}

/** bridge, host and none: created when the daemon starts, IDs fixed for the session. */
function predefined(d: Daemon): NetworkView[] {
  let created = boot.get(d)
  if (created === undefined) boot.set(d, (created = d.clock.now()))
  const base = { created, internal: false, attachable: false, labels: {}, predefined: true }
  return [
    { ...base, id: derived('wharf:network:bridge'), name: 'bridge', driver: 'bridge', subnet: '172.17.0.0/16', gateway: '172.17.0.1', options: BRIDGE_OPTIONS },
    { ...base, id: derived('wharf:network:host'), name: 'host', driver: 'host', subnet: '', gateway: '', options: {} },
    { ...base, id: derived('wharf:network:none'), name: 'none', driver: 'null', subnet: '', gateway: '', options: {} },
  ]
}

export function listNetworks(d: Daemon): NetworkView[] {
  return [...predefined(d), ...Object.values(d.state.networks ?? {}).map((n) => ({ ...n, predefined: false }))]
}

/** moby FindNetwork: exact name, then full ID, then a unique ID prefix. */
export function findNetwork(d: Daemon, input: string): NetworkView | undefined {
  const all = listNetworks(d)
  const byName = all.find((n) => n.name === input)
  if (byName) return byName
  const byId = all.find((n) => n.id === input)
  if (byId) return byId
  const prefixed = input ? all.filter((n) => n.id.startsWith(input)) : []
  return prefixed.length === 1 ? prefixed[0] : undefined
}

const notFound = (name: string) => fail(daemonError('not-found', `network ${name} not found`))

export interface NetworkCreateOptions {
  name: string
  driver: string
  subnet?: string
  gateway?: string
  internal: boolean
  attachable: boolean
  labels: Record<string, string>
  options: Record<string, string>
}

/** The next free /16 of Docker's default address pools (172.18 onward, then 192.168.x.0/20). */
function nextSubnet(d: Daemon): string {
  const used = new Set(listNetworks(d).map((n) => n.subnet))
  for (let b = 18; b <= 31; b++) if (!used.has(`172.${b}.0.0/16`)) return `172.${b}.0.0/16`
  for (let c = 0; c < 256; c += 16) if (!used.has(`192.168.${c}.0/20`)) return `192.168.${c}.0/20`
  return '10.0.0.0/16'
}

export function createNetwork(d: Daemon, o: NetworkCreateOptions): Result<NetworkRecord> {
  if (listNetworks(d).some((n) => n.name === o.name)) {
    return fail(daemonError('conflict', `network with name ${o.name} already exists`))
  }
  if (o.driver === 'host' || o.driver === 'null') {
    return fail(daemonError('conflict', `only one instance of "${o.driver}" network is allowed`))
  }
  if (o.driver !== 'bridge') return fail(daemonError('not-found', `plugin "${o.driver}" not found`))
  const subnet = o.subnet ?? nextSubnet(d)
  if (!/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(subnet)) return fail(daemonError('invalid-argument', `invalid CIDR address: ${subnet}`))
  const first = subnet.split('/')[0]!.split('.').map(Number)
  const rec: NetworkRecord = {
    id: randomHex(d.random, 64),
    name: o.name,
    driver: o.driver,
    created: d.clock.now(),
    subnet,
    gateway: o.gateway ?? `${first[0]}.${first[1]}.${first[2]}.${first[3]! + 1}`,
    internal: o.internal,
    attachable: o.attachable,
    labels: o.labels,
    options: o.options,
  }
  ;(d.state.networks ??= {})[rec.id] = rec
  d.emit({ type: 'network', action: 'create', id: rec.id })
  return ok(rec)
}

/** The networks a container is connected to, by name (NetworkMode alone for older records). */
export function containerNetworks(c: ContainerRecord): Record<string, EndpointRecord> {
  return (c.networks ??= { [c.hostConfig.NetworkMode === 'default' ? 'bridge' : c.hostConfig.NetworkMode]: { aliases: [] } })
}

/** Running containers with an endpoint on the network. */
export function activeEndpoints(d: Daemon, name: string): ContainerRecord[] {
  return Object.values(d.state.containers).filter((c) => c.state.Running && containerNetworks(c)[name])
}

export function endpointId(c: ContainerRecord, network: string): string {
  return c.state.Running ? derived(`wharf:endpoint:${c.id}:${c.state.StartedAt}${network === 'bridge' ? '' : `:${network}`}`) : ''
}

export function removeNetwork(d: Daemon, input: string): Result<void> {
  const n = findNetwork(d, input)
  if (!n) return notFound(input)
  if (n.predefined) return fail(daemonError('permission', `${n.name} is a pre-defined network and cannot be removed`))
  const active = activeEndpoints(d, n.name)
  if (active.length) {
    const eps = active.map((c) => `name:"${c.name}" id:"${endpointId(c, n.name).slice(0, 12)}"`).join(', ')
    return fail(daemonError('conflict', `error while removing network: network ${n.name} has active endpoints (${eps})`))
  }
  delete d.state.networks![n.id]
  d.network.forgetNetwork(n.name)
  d.emit({ type: 'network', action: 'destroy', id: n.id })
  return ok(undefined)
}

/** DNS names of a container on a user network: its name, its aliases and its short ID. */
const dnsNames = (c: ContainerRecord, e: EndpointRecord) => [c.name, ...e.aliases, c.id.slice(0, 12)]

/** At start: an address on every connected network (fails when one has gone). */
export function attachNetworks(d: Daemon, c: ContainerRecord): Result<void> {
  const nets = containerNetworks(c)
  c.ipAddress = ''
  for (const [name, e] of Object.entries(nets)) {
    const n = findNetwork(d, name)
    if (!n) {
      d.network.releaseAddress(c.id)
      return fail(daemonError('not-found', `failed to set up container networking: network ${name} not found`))
    }
    if (n.driver !== 'bridge') continue
    d.network.defineNetwork(n.name, n.subnet)
    const ip = d.network.assignAddress(c.id, c.config.Hostname, n.name, dnsNames(c, e))
    if (n.name === 'bridge') c.ipAddress = ip
  }
  return ok(undefined)
}

/** The namespace a container's sockets live in: its own, or the host's with `--network host`. */
export const namespaceOf = (c: ContainerRecord): string => (containerNetworks(c).host ? '' : c.id)

export function connectNetwork(d: Daemon, c: ContainerRecord, input: string, aliases: string[]): Result<void> {
  const n = findNetwork(d, input)
  if (!n) return notFound(input)
  const nets = containerNetworks(c)
  if (nets[n.name]) return fail(daemonError('conflict', `endpoint with name ${c.name} already exists in network ${n.name}`))
  if (n.driver !== 'bridge' || nets.host || nets.none) {
    return fail(daemonError('invalid-argument', 'container cannot be disconnected from host network or connected to host network'))
  }
  if (n.name === 'bridge' && aliases.length) {
    return fail(daemonError('invalid-argument', 'network-scoped alias is supported only for containers in user defined networks'))
  }
  const endpoint = (nets[n.name] = { aliases })
  if (c.state.Running) {
    d.network.defineNetwork(n.name, n.subnet)
    const ip = d.network.assignAddress(c.id, c.config.Hostname, n.name, dnsNames(c, endpoint))
    if (n.name === 'bridge') c.ipAddress = ip
  }
  d.emit({ type: 'network', action: 'connect', id: n.id })
  return ok(undefined)
}

export function disconnectNetwork(d: Daemon, c: ContainerRecord, input: string, force: boolean): Result<void> {
  const n = findNetwork(d, input)
  if (!n) return force ? ok(undefined) : notFound(input)
  const nets = containerNetworks(c)
  if (!nets[n.name]) {
    return fail(daemonError('invalid-argument', `container ${c.id} is not connected to network ${n.name}`))
  }
  delete nets[n.name]
  if (c.state.Running) d.network.releaseAddress(c.id, n.name)
  if (n.name === 'bridge') c.ipAddress = ''
  if (c.hostConfig.NetworkMode === n.name) c.hostConfig.NetworkMode = Object.keys(nets)[0] ?? 'none'
  d.emit({ type: 'network', action: 'disconnect', id: n.id })
  return ok(undefined)
}
