import type { CliContext, CommandSpec, ParsedFlags } from '../types'
import { formatFlag } from './shared-flags'
import { flagBool, flagList, flagStr, parseFilters, printListing } from '../output'
import { DEFAULT_IMAGES_DIGEST_FORMAT, DEFAULT_IMAGES_FORMAT, IMAGE_HEADERS, imageContext, imageJson, imageRows } from '../views/image-context'
import { filterImageRows } from '../views/image-filters'
import { parseRfc3339 } from '../../kernel/time'

const SUBCOMMAND_NAMES = new Set(['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'])

export async function run(cli: CliContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const parsed = parseFilters(flagList(flags, 'filter'))
  if (!parsed.ok) {
    cli.stderr.write(parsed.message + '\n')
    return 1
  }
  if (args[0]) parsed.filters.set('reference', [...(parsed.filters.get('reference') ?? []), args[0]])
  const d = cli.daemon
  const images = Object.values(d.state.images).sort((a, b) => parseRfc3339(b.blob.created) - parseRfc3339(a.blob.created))
  const rows = filterImageRows(d, imageRows(d, images), parsed.filters)
  if (!rows.ok) {
    cli.stderr.write(`Error response from daemon: ${rows.message}\n`)
    return 1
  }
  let format = flagStr(flags, 'format') || 'table'
  if (flagBool(flags, 'quiet')) format = '{{.ID}}'
  else if (format === 'table') format = flagBool(flags, 'digests') ? DEFAULT_IMAGES_DIGEST_FORMAT : DEFAULT_IMAGES_FORMAT
  const trunc = !flagBool(flags, 'no-trunc')
  const users = new Map<string, number>()
  for (const c of Object.values(d.state.containers)) users.set(c.image, (users.get(c.image) ?? 0) + 1)
  const items = rows.list.map((r) => imageContext(d, r, { trunc, containers: users.get(r.image.id) ?? 0 }))
  const status = printListing(cli, format, items, IMAGE_HEADERS, imageJson)
  if (rows.list.length === 0 && args[0] && SUBCOMMAND_NAMES.has(args[0])) {
    cli.stderr.write(`\nNo images found matching "${args[0]}": did you mean "docker image ${args[0]}"?\n`)
  }
  return status
}

/** docker/cli 28.5: `docker image ls`. */
export const spec: CommandSpec = {
  path: ['image', 'ls'],
  aliases: [['image', 'list'], ['images']],
  aliasesLine: 'docker image ls, docker image list, docker images',
  topRank: 7,
  use: 'docker image ls [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
    { name: 'no-trunc', type: 'bool', usage: 'Don\'t truncate output' },
    { name: 'digests', type: 'bool', usage: 'Show digests' },
    formatFlag,
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  ],
  run,
}
