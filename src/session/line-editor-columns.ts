/** Tab completion helpers: the shared prefix of candidates and readline's column listing. */
import { clusterWidth, toClusters } from './line-editor-width'

export function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? ''
  for (const w of words) {
    while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix
}

function textWidth(text: string): number {
  return toClusters(text).reduce((sum, c) => sum + clusterWidth(c), 0)
}

/** Candidates in columns, sorted down then across, as readline lists them. */
export function formatColumns(items: string[], cols: number): string {
  const sorted = [...items].sort()
  const width = Math.max(...sorted.map(textWidth)) + 2
  const perRow = Math.max(1, Math.floor(cols / width))
  const rows = Math.ceil(sorted.length / perRow)
  const lines: string[] = []
  for (let r = 0; r < rows; r++) {
    let text = ''
    for (let c = 0; c < perRow; c++) {
      const item = sorted[r + c * rows]
      if (item === undefined) break
      const isLast = r + (c + 1) * rows >= sorted.length
      text += isLast ? item : item + ' '.repeat(width - textWidth(item))
    }
    lines.push(text)
  }
  return lines.join('\r\n')
}
