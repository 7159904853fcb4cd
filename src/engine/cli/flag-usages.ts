/**
 * The "Options:" block of --help: pflag's FlagUsagesWrapped (spf13/pflag v1.0.6 flag.go), which
 * docker/cli calls with the terminal width minus one (cli/cobra.go wrappedFlagUsages).
 */
import type { FlagSpec } from './types'

/** The type name pflag prints after the flag (Value.Type(), with "bool" shown as nothing). */
export function flagTypeName(flag: FlagSpec): string {
  const name = flag.valueName ?? flag.type
  return name === 'bool' ? '' : name
}

/** pflag's defaultIsZeroValue over the default as pflag renders it (DefValue). */
function defaultIsZero(flag: FlagSpec, defValue: string): boolean {
  switch (flag.type) {
    case 'bool':
      return defValue === 'false'
    case 'duration':
      return defValue === '0' || defValue === '0s'
    case 'int':
    case 'uint':
      return defValue === '0'
    case 'string':
      return defValue === ''
    default:
      return ['false', '<nil>', '', '0'].includes(defValue)
  }
}

/** DefValue of a flag declared without a default. */
const ZERO_DEFAULTS: Partial<Record<FlagSpec['type'], string>> = { bool: 'false', int: '0', uint: '0', duration: '0s' }

function defaultSuffix(flag: FlagSpec): string {
  const defValue = flag.default === undefined ? ZERO_DEFAULTS[flag.type] ?? '' : String(flag.default)
  if (defaultIsZero(flag, defValue)) return ''
  return (flag.valueName ?? flag.type) === 'string' ? ` (default ${JSON.stringify(defValue)})` : ` (default ${defValue})`
}

/** pflag wrapN: split at the last whitespace before `limit`, allowing `slop` more for the last piece. */
function wrapN(limit: number, slop: number, s: string): [string, string] {
  if (limit + slop > s.length) return [s, '']
  const head = s.slice(0, limit)
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'))
  if (w <= 0) return [s, '']
  const nl = head.lastIndexOf('\n')
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)]
  return [s.slice(0, w), s.slice(w + 1)]
}

/** pflag wrap: the usage text indented by `indent` and wrapped to `width` (0: no wrapping). */
function wrap(indent: number, width: number, s: string): string {
  const newlineIndent = (n: number) => '\n' + ' '.repeat(n)
  if (width === 0) return s.replaceAll('\n', newlineIndent(indent))
  let i = indent
  let room = width - i
  let out = ''
  // Not enough room beside the names: the usage goes on the next line, indented 16.
  if (room < 24) {
    i = 16
    room = width - i
    out += newlineIndent(i)
  }
  if (room < 24) return s.replaceAll('\n', out)
  const slop = 5
  room -= slop
  let [line, rest] = wrapN(room, slop, s)
  out += line.replaceAll('\n', newlineIndent(i))
  while (rest !== '') {
    ;[line, rest] = wrapN(room, slop, rest)
    out += newlineIndent(i) + line.replaceAll('\n', newlineIndent(i))
  }
  return out
}

/** The flag lines, sorted by name, hidden and deprecated flags left out; each line ends in "\n". */
export function flagUsages(flags: FlagSpec[], width: number): string {
  const visible = flags
    .filter((f) => !f.hidden && !f.deprecated)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const rows = visible.map((flag) => {
    let names = flag.short ? `  -${flag.short}, --${flag.name}` : `      --${flag.name}`
    const typeName = flagTypeName(flag)
    if (typeName !== '') names += ` ${typeName}`
    return { names, usage: flag.usage + defaultSuffix(flag) }
  })
  // pflag measures the names column including a separator byte (its "deliberate off-by-one") and
  // fmt.Println puts a space on each side of the padding.
  const maxlen = Math.max(0, ...rows.map((r) => r.names.length + 1))
  return rows
    .map((r) => `${r.names} ${' '.repeat(maxlen - r.names.length)} ${wrap(maxlen + 2, width, r.usage)}\n`)
    .join('')
}
