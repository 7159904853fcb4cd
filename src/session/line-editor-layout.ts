/**
 * Where the prompt and each cell of the line land on the screen, rows counted from the prompt's row.
 * It follows xterm: a wide character that would overflow the right margin starts the next row.
 */
import { clusterWidth } from './line-editor-width'

export interface Pos {
  row: number
  col: number
}

export interface Layout {
  /** Where cell i is drawn. */
  start: Pos[]
  /** Just after cell i (may be at col === cols). */
  after: Pos[]
  /** Just after the prompt (may be at col === cols: the terminal's pending wrap). */
  promptEnd: Pos
  /** Just after the last cell (may be at col === cols). */
  end: Pos
  cols: number
}

export function layoutLine(promptCells: string[], cells: string[], cols: number): Layout {
  let row = 0
  let col = 0
  const place = (cell: string): Pos => {
    const w = clusterWidth(cell)
    if (col + w > cols) {
      row++
      col = 0
    }
    const at = { row, col }
    col += w
    return at
  }
  for (const cell of promptCells) place(cell)
  const promptEnd = { row, col }
  const start: Pos[] = []
  const after: Pos[] = []
  for (const cell of cells) {
    start.push(place(cell))
    after.push({ row, col })
  }
  return { start, after, promptEnd, end: { row, col }, cols }
}

/** A position at the right margin is, once the wrap is forced, the start of the next row. */
export function normalize(p: Pos, cols: number): Pos {
  return p.col >= cols ? { row: p.row + 1, col: 0 } : p
}

/** Where the terminal cursor rests when the editing cursor is before cell `index`. */
export function cursorPos(l: Layout, index: number): Pos {
  const at = l.start[index]
  return at ?? normalize(l.end, l.cols)
}

/** Where writing cell `index` begins: right after the cell before it (xterm wraps a wide one itself). */
export function writeStart(l: Layout, index: number): Pos {
  return normalize(index === 0 ? l.promptEnd : l.after[index - 1]!, l.cols)
}

export function comparePos(a: Pos, b: Pos): number {
  return a.row !== b.row ? a.row - b.row : a.col - b.col
}

function csi(n: number, final: string): string {
  return n === 1 ? `\x1b[${final}` : `\x1b[${n}${final}`
}

/** The bytes that move the terminal cursor between two positions on the line's rows. */
export function moveCursor(from: Pos, to: Pos): string {
  let out = ''
  if (to.row < from.row) out += csi(from.row - to.row, 'A')
  else if (to.row > from.row) out += csi(to.row - from.row, 'B')
  if (to.col !== from.col) {
    if (to.col === 0) out += '\r'
    else if (to.col < from.col) out += from.col - to.col === 1 ? '\b' : csi(from.col - to.col, 'D')
    else out += csi(to.col - from.col, 'C')
  }
  return out
}
