import { cliError, fail, ok, type Result } from '../../kernel/errors'
import { resolvePath } from '../../fs/path'
import type { MountSpec } from '../../daemon/state'

export interface VolumeOptions {
  /** `SRC:DST[:MODE]`, a relative host path ("./site") made absolute against the client's cwd. */
  binds: string[]
  /** `-v /path` alone: anonymous volumes (Config.Volumes). */
  volumes: string[]
}

/** docker/cli container/opts.go parse(): each `-v` through loader.ParseVolume. */
export function parseVolumeFlags(values: string[], cwd: string): Result<VolumeOptions> {
  const binds: string[] = []
  const volumes: string[] = []
  for (const v of values) {
    const colons = v.split(':').length - 1
    if (colons > 2) return fail(cliError('invalid-argument', `invalid spec: ${v}: too many colons`, 125))
    if (colons === 0) {
      volumes.push(v)
      continue
    }
    const i = v.indexOf(':')
    let host = v.slice(0, i)
    // a host part starting with "." is a relative bind path: the CLI makes it absolute
    if (!host.startsWith('/') && host.startsWith('.')) host = resolvePath(cwd, host)
    binds.push(`${host}${v.slice(i)}`)
  }
  return ok({ binds, volumes })
}

const TRUE = new Set(['', '1', 'true', 'True', 'TRUE'])
const FALSE = new Set(['0', 'false', 'False', 'FALSE'])

/** docker/cli opts/mount.go MountOpt.Set: `type=volume,src=x,dst=/y,readonly` (the basic keys). */
export function parseMountFlag(value: string, cwd: string): Result<MountSpec> {
  const bad = (why: string) => fail(cliError('invalid-argument', `invalid argument "${value}" for "--mount" flag: ${why}`, 125))
  const m: MountSpec = { Type: 'volume', Source: '', Target: '' }
  for (const field of value.split(',')) {
    const eq = field.indexOf('=')
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase()
    const val = eq < 0 ? '' : field.slice(eq + 1)
    if (eq < 0 && key !== 'readonly' && key !== 'ro') return bad(`invalid field '${field}' must be a key=value pair`)
    switch (key) {
      case 'type':
        if (val !== 'volume' && val !== 'bind') return bad(`mount type '${val}' is not supported here (only volume and bind)`)
        m.Type = val
        break
      case 'source':
      case 'src':
        m.Source = val.startsWith('./') || val === '.' ? resolvePath(cwd, val) : val
        break
      case 'target':
      case 'dst':
      case 'destination':
        m.Target = val
        break
      case 'readonly':
      case 'ro':
        if (TRUE.has(val)) m.ReadOnly = true
        else if (!FALSE.has(val)) return bad(`invalid value for ${key}: ${val}`)
        break
      default:
        return bad(`unexpected key '${key}' in '${field}'`)
    }
  }
  return ok(m)
}
