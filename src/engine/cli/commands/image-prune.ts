import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { flagBool } from '../output'
import { confirm } from '../prompt'
import { removeImageRecord } from '../../daemon/image-delete'
import { familiarize } from '../../daemon/refs'
import { humanSize } from '../format/units'

export async function run(cli: CliContext, flags: ParsedFlags, _args: string[]): Promise<number> {
  const all = flagBool(flags, 'all')
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.'
    : 'WARNING! This will remove all dangling images.'
  if (!flagBool(flags, 'force') && !(await confirm(cli, warning))) return 0
  const d = cli.daemon
  const used = new Set(Object.values(d.state.containers).map((c) => c.image))
  const lines: string[] = []
  let reclaimed = 0
  for (const image of Object.values(d.state.images)) {
    if (used.has(image.id) || !d.state.images[image.id]) continue
    const tags = Object.entries(d.state.tags).filter(([, id]) => id === image.id).map(([t]) => t)
    if (tags.length && !all) continue
    if (Object.values(d.state.images).some((i) => i.parent === image.id)) continue
    for (const t of tags) {
      delete d.state.tags[t]
      lines.push(`untagged: ${familiarize(t)}`)
    }
    for (const rd of image.repoDigests) lines.push(`untagged: ${rd}`)
    const before = Object.values(d.state.layers).reduce((n, l) => n + l.size, 0)
    lines.push(...removeImageRecord(d, image, true).map((l) => l.replace(/^Deleted:/, 'deleted:')))
    reclaimed += before - Object.values(d.state.layers).reduce((n, l) => n + l.size, 0)
  }
  if (lines.length) cli.stdout.write(`Deleted Images:\n${lines.join('\n')}\n\n`)
  cli.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`)
  return 0
}

/** docker/cli 28.5: `docker image prune`. */
export const spec: CommandSpec = {
  path: ['image', 'prune'],
  use: 'docker image prune [OPTIONS]',
  short: 'Remove unused images',
  args: { kind: 'none' },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
  ],
  run,
}
