import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { renderFormat } from '../format/render'
import { ellipsis } from '../format/ellipsis'
import { humanDuration, humanSizeWithPrecision } from '../format/units'
import { parseRfc3339, formatRfc3339Nano } from '../../kernel/time'
import { formatFlag } from './shared-flags'

const DEFAULT = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}'
const HEADERS = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' }

/**
 * docker/cli cli/command/image/formatter_history.go over moby daemon/images/image_history.go:
 * newest entry first; the top row carries the image ID, the rows below `<missing>` (no local
 * parent image); CREATED BY cut to 45 columns with "…" unless --no-trunc.
 */
export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const v = flags.values
  const img = cli.daemon.findImage(args[0]!)
  if (!img) {
    cli.stderr.write(`Error response from daemon: No such image: ${args[0]}\n`)
    return 1
  }
  const noTrunc = v['no-trunc'] === true
  const human = v.human !== false
  const now = cli.clock.now()
  let layer = 0
  const rows = img.blob.history.map((h) => {
    const size = h.empty_layer ? 0 : (cli.daemon.state.layers[img.blob.rootfs.diff_ids[layer++] ?? '']?.size ?? 0)
    const t = h.created ? parseRfc3339(h.created) : 0
    return { h, size, t }
  })
  const items = rows.reverse().map(({ h, size, t }, i) => {
    const id = i === 0 ? (noTrunc ? img.id : img.id.slice(7, 19)) : '<missing>'
    const by = (h.created_by ?? '').replace(/\t/g, ' ')
    return {
      ID: v.quiet === true && i > 0 ? '<missing>' : id,
      CreatedSince: human ? `${humanDuration(now - t)} ago` : formatRfc3339Nano(t).replace(/\.\d+Z$/, 'Z'),
      CreatedAt: formatRfc3339Nano(t).replace(/\.\d+Z$/, 'Z'),
      CreatedBy: noTrunc ? by : ellipsis(by, 45),
      Size: human ? humanSizeWithPrecision(size, 3) : String(size),
      Comment: h.comment ?? '',
    }
  })
  if (v.quiet === true) {
    for (const it of items) cli.stdout.write(`${it.ID}\n`)
    return 0
  }
  const format = String(v.format || '') || DEFAULT
  const out = renderFormat(format, items, { headers: HEADERS })
  if (!out.ok) {
    cli.stderr.write(`${out.error.message}\n`)
    return 1
  }
  cli.stdout.write(out.value)
  return 0
}

/** docker/cli 28.5: `docker image history`. */
export const spec: CommandSpec = {
  path: ['image', 'history'],
  aliases: [['history']],
  aliasesLine: 'docker image history, docker history',
  use: 'docker image history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'human', short: 'H', type: 'bool', usage: 'Print sizes and dates in human readable format', default: true },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    { name: 'no-trunc', type: 'bool', usage: 'Don\'t truncate output' },
    formatFlag,
    { name: 'platform', type: 'string', usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
  ],
  run,
}
