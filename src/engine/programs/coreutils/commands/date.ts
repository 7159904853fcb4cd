import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { complain, usageError } from '../io'
import { strftime } from '../time'

/** GNU date in UTC (containers have no TZ): default `Tue Jul 16 04:36:32 UTC 2024`. */
export const date: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { bool: 'uR', value: 'dI', long: { utc: 'u', universal: 'u', 'iso-8601': 'I', rfc: 'R', 'date=': 'd' } })
  // `-I` alone means date precision; parseFlags would take the next word as its value.
  const argv = ctx.argv.slice(1)
  const isoBare = argv.includes('-I') || argv.includes('--iso-8601')
  if (p.error && !isoBare) return usageError(ctx, p.error)
  let ms = ctx.host.clock.now()
  const d = p.values.get('d')
  if (d !== undefined) {
    const m = /^@(-?\d+)$/.exec(d.trim())
    if (!m) {
      complain(ctx, `invalid date '${d}'`)
      return 1
    }
    ms = Number(m[1]) * 1000
  }
  const formatArg = (isoBare ? argv.filter((a) => a !== '-I' && a !== '--iso-8601' && a !== '-u') : p.operands).find((o) => o.startsWith('+'))
  let format = '%a %b %e %H:%M:%S %Z %Y'
  const iso = isoBare ? 'date' : (p.values.get('I') ?? ctx.argv.find((a) => a.startsWith('-I'))?.slice(2))
  if (iso !== undefined) {
    format = iso === 'seconds' ? '%Y-%m-%dT%H:%M:%S+00:00' : iso === 'minutes' ? '%Y-%m-%dT%H:%M+00:00' : iso === 'hours' ? '%Y-%m-%dT%H+00:00' : '%Y-%m-%d'
  }
  if (p.flags.has('R')) format = '%a, %d %b %Y %H:%M:%S +0000'
  if (formatArg) format = formatArg.slice(1)
  ctx.stdout.write(strftime(format, ms) + '\n')
  return 0
}
