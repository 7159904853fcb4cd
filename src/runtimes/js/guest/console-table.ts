import { inspect } from 'node-inspect-extracted'

/**
 * console.table as Node draws it (lib/internal/cli_table.js): box-drawing characters, cells
 * left-aligned with one space of padding (Node 20 and later), values formatted by util.inspect. Null when the data is not tabular (Node then logs it).
 */
export function renderTable(data: unknown, properties?: string[]): string | null {
  if (data === null || typeof data !== 'object') return null
  const indexHeader = '(index)'
  const valuesHeader = 'Values'
  const rows: [string, Map<string, string> | string][] = []
  const columns: string[] = []
  const fmt = (v: unknown) => inspect(v, { depth: 1, breakLength: Infinity, compact: 3 })
  const entries: [unknown, unknown][] =
    data instanceof Map ? [...data.entries()] : data instanceof Set ? [...data.values()].map((v, i) => [i, v]) : Object.entries(data)
  const iterIndex = data instanceof Map || data instanceof Set ? '(iteration index)' : indexHeader
  let hasValues = false
  for (const [key, value] of entries) {
    const keyText = typeof key === 'string' ? key : fmt(key)
    if (value !== null && typeof value === 'object') {
      const cells = new Map<string, string>()
      for (const [k, v] of Object.entries(value)) {
        if (properties && !properties.includes(k)) continue
        if (!columns.includes(k)) columns.push(k)
        cells.set(k, fmt(v))
      }
      rows.push([keyText, cells])
    } else {
      hasValues = true
      rows.push([keyText, fmt(value)])
    }
  }
  const head = [iterIndex, ...(properties ?? columns), ...(hasValues ? [valuesHeader] : [])]
  const body = rows.map(([k, v]) => [
    k,
    ...(properties ?? columns).map((c) => (typeof v === 'string' ? '' : (v.get(c) ?? ''))),
    ...(hasValues ? [typeof v === 'string' ? v : ''] : []),
  ])
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]!))) + 2)
  const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w)).join(m) + r
  const row = (cells: string[]) => '│' + cells.map((c, i) => ' ' + c + ' '.repeat(widths[i]! - 1 - width(c))).join('│') + '│'
  return [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤'), ...body.map(row), line('└', '┴', '┘')].join('\n')
}

function width(s: string): number {
  return [...s].length
}
