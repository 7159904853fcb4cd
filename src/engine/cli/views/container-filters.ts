import type { Daemon } from '../../daemon/daemon'
import type { ContainerRecord } from '../../daemon/state'

const STATUSES = new Set(['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'])
const KEYS = new Set(['id', 'name', 'status', 'ancestor', 'label', 'exited', 'before', 'since', 'network', 'publish', 'expose', 'health', 'isolation', 'is-task', 'volume'])

/** moby daemon/list.go filters for `docker ps --filter`. */
export function filterContainers(
  d: Daemon,
  list: ContainerRecord[],
  filters: Map<string, string[]>,
): { ok: true; list: ContainerRecord[] } | { ok: false; message: string } {
  for (const k of filters.keys()) if (!KEYS.has(k)) return { ok: false, message: `invalid filter '${k}'` }
  for (const s of filters.get('status') ?? []) {
    if (!STATUSES.has(s)) return { ok: false, message: `invalid filter 'status=${s}'` }
  }
  const any = (key: string, test: (v: string) => boolean) => {
    const vals = filters.get(key)
    return !vals || vals.some(test)
  }
  const out = list.filter((c) => {
    const image = d.state.images[c.image]
    return (
      any('id', (v) => c.id.startsWith(v)) &&
      any('name', (v) => safeRegex(v).test(c.name)) &&
      any('status', (v) => c.state.Status === v) &&
      any('exited', (v) => !c.state.Running && c.state.StartedAt !== 0 && c.state.ExitCode === Number(v)) &&
      any('ancestor', (v) => {
        const img = d.findImage(v)
        return img !== null && (img.id === c.image || (image !== undefined && image.parent === img.id))
      }) &&
      any('label', (v) => {
        const [k, val] = v.split('=', 2) as [string, string | undefined]
        return k in (c.config.Labels ?? {}) && (val === undefined || c.config.Labels[k] === val)
      }) &&
      any('publish', (v) => Object.values(c.ports).some((bs) => bs.some((b) => b.HostPort === v.split('/')[0]))) &&
      any('expose', (v) => Object.keys(c.config.ExposedPorts ?? {}).some((p) => p === (v.includes('/') ? v : `${v}/tcp`))) &&
      any('network', (v) => v === 'bridge' || v === c.hostConfig.NetworkMode)
    )
  })
  return { ok: true, list: out }
}

function safeRegex(s: string): RegExp {
  try {
    return new RegExp(s)
  } catch {
    return { test: (x: string) => x.includes(s) } as RegExp
  }
}
