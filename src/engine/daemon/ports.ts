import { daemonError, fail, ok, type Result } from '../kernel/errors'
import type { Daemon } from './daemon'
import type { ContainerRecord, PortBinding } from './state'

const EPHEMERAL_START = 32768
const EPHEMERAL_END = 60999

/**
 * Bind the container's published ports on the host (libnetwork portallocator). An empty HostIp
 * binds 0.0.0.0 and ::; an empty HostPort takes the next free port of the ephemeral range.
 * `-P` publishes every exposed port that has no explicit binding.
 */
export function allocatePorts(d: Daemon, c: ContainerRecord): Result<void> {
  const wanted: Record<string, PortBinding[]> = { ...c.hostConfig.PortBindings }
  if (c.hostConfig.PublishAllPorts) {
    for (const p of Object.keys(c.config.ExposedPorts ?? {})) if (!wanted[p]) wanted[p] = [{ HostIp: '', HostPort: '' }]
  }
  const result: Record<string, PortBinding[]> = {}
  const keys = Object.keys(wanted).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b))
  for (const key of keys) {
    const [portStr, proto = 'tcp'] = key.split('/')
    const containerPort = Number(portStr)
    for (const b of wanted[key]!) {
      const ips = b.HostIp ? [b.HostIp] : ['0.0.0.0', '::']
      const range = parseRange(b.HostPort)
      let hostPort = 0
      let conflictIp = ''
      for (let p = range[0]; p <= range[1]; p++) {
        const clash = ips.find((ip) => d.network.conflict(ip, p, proto))
        if (!clash) {
          hostPort = p
          break
        }
        conflictIp = clash
      }
      if (!hostPort) {
        d.network.unbindAll(c.id)
        const shown = conflictIp.includes(':') ? `[${conflictIp}]` : conflictIp
        const fixed = range[0] === range[1]
        const detail = fixed
          ? `Bind for ${shown}:${range[0]} failed: port is already allocated`
          : `all ports are allocated`
        return fail(
          daemonError(
            'already-allocated',
            `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${d.runtime.endpointId()}): ${detail}`,
          ),
        )
      }
      for (const ip of ips) {
        d.network.bind({ hostIp: ip, hostPort, proto, containerId: c.id, containerPort })
        ;(result[key] ??= []).push({ HostIp: ip, HostPort: String(hostPort) })
      }
    }
  }
  for (const key of Object.keys(c.config.ExposedPorts ?? {})) if (!result[key]) result[key] = []
  c.ports = result
  return ok(undefined)
}

function parseRange(hostPort: string): [number, number] {
  if (!hostPort) return [EPHEMERAL_START, EPHEMERAL_END]
  const [a, b] = hostPort.split('-').map(Number)
  return [a!, b ?? a!]
}
