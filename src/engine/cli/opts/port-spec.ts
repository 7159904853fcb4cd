import { cliError, fail, ok, type Result } from '../../kernel/errors'
import type { PortBinding } from '../../daemon/state'

export interface PortMapping {
  port: string // "80/tcp"
  binding: PortBinding
}

/** go-connections nat.ParsePortRange: "80" or "8000-8010", each 0..65535. */
function parsePortRange(s: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s)
  if (!m) return null
  const a = Number(m[1])
  const b = m[2] === undefined ? a : Number(m[2])
  if (a > 65535 || b > 65535 || b < a) return null
  return [a, b]
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':')
  const n = parts.length
  const container = parts[n - 1]!
  if (n === 1) return ['', '', container]
  if (n === 2) return ['', parts[0]!, container]
  if (n === 3) return [parts[0]!, parts[1]!, container]
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, container]
}

const isIPv4 = (s: string) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((x) => Number(x) <= 255)
const isIPv6 = (s: string) => /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':') && (s.match(/::/g) ?? []).length <= 1

/** go-connections nat.ParsePortSpec, with its exact error texts. */
export function parsePortSpec(raw: string): Result<PortMapping[]> {
  const parts = splitParts(raw)
  let ip = parts[0]
  const hostPort = parts[1]
  let containerPort = parts[2]
  let proto = 'tcp'
  const slash = containerPort.indexOf('/')
  if (slash >= 0) {
    proto = containerPort.slice(slash + 1)
    containerPort = containerPort.slice(0, slash)
  }
  if (ip.startsWith('[')) {
    if (!ip.endsWith(']')) return fail(cliError('invalid-argument', `invalid IP address ${ip}: address ${ip}:: missing ']' in address`, 125))
    ip = ip.slice(1, -1)
  }
  if (ip !== '' && !isIPv4(ip) && !isIPv6(ip)) return fail(cliError('invalid-argument', `invalid IP address: ${ip}`, 125))
  if (containerPort === '') return fail(cliError('invalid-argument', `no port specified: ${raw}<empty>`, 125))
  const cr = parsePortRange(containerPort)
  if (!cr) return fail(cliError('invalid-argument', `invalid containerPort: ${containerPort}`, 125))
  let hr: [number, number] = [0, 0]
  if (hostPort !== '') {
    const r = parsePortRange(hostPort)
    if (!r) return fail(cliError('invalid-argument', `invalid hostPort: ${hostPort}`, 125))
    hr = r
  }
  if (hostPort !== '' && cr[1] - cr[0] !== hr[1] - hr[0] && cr[1] !== cr[0]) {
    return fail(
      cliError('invalid-argument', `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`, 125),
    )
  }
  const lower = proto.toLowerCase()
  if (!['tcp', 'udp', 'sctp'].includes(lower)) return fail(cliError('invalid-argument', `invalid proto: ${proto}`, 125))
  const out: PortMapping[] = []
  for (let i = 0; i <= cr[1] - cr[0]; i++) {
    let hp = hostPort === '' ? '' : String(hr[0] + i)
    if (cr[0] === cr[1] && hr[0] !== hr[1]) hp = `${hp}-${hr[1]}`
    out.push({ port: `${cr[0] + i}/${lower}`, binding: { HostIp: ip, HostPort: hp } })
  }
  return ok(out)
}

/** `--expose 80`, `--expose 7000-7002/udp`. */
export function parseExpose(raw: string): Result<string[]> {
  const [p, proto = 'tcp'] = raw.split('/')
  const r = parsePortRange(p ?? '')
  if (!r) return fail(cliError('invalid-argument', `invalid range format for --expose: ${raw}, error: ${p}`, 125))
  const out: string[] = []
  for (let n = r[0]; n <= r[1]; n++) out.push(`${n}/${proto.toLowerCase()}`)
  return ok(out)
}
