/**
 * docker/cli's fork of Go's text/tabwriter (cli/command/formatter/tabwriter), which measures
 * cell widths with go-runewidth. Only what docker's formatter uses is modelled: left alignment,
 * a space pad character, no flags; escapes and HTML filtering never apply to its input.
 *
 * Semantics kept from Go: a cell is text terminated by a tab; the last cell of a line is not
 * part of any column; a column block is a run of consecutive lines that have a cell in that
 * column; a line with a single cell flushes everything before it.
 */
import { stringWidth } from './runewidth'

interface Cell {
  text: string
  width: number
  /** Terminated by a horizontal tab (as opposed to a line end). */
  htab: boolean
}

export interface TabWriterOptions {
  minwidth: number
  tabwidth: number
  padding: number
  padchar: string
}

/** formatter.go: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0). */
export const DOCKER_TABLE_OPTIONS: TabWriterOptions = { minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ' }

export class TabWriter {
  private lines: Cell[][] = [[]]
  private cell = ''
  private widths: number[] = []
  private out = ''

  constructor(private readonly opts: TabWriterOptions = DOCKER_TABLE_OPTIONS) {}

  write(text: string): void {
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue
      this.cell += text.slice(start, i)
      start = i + 1
      const ncells = this.terminateCell(ch === '\t')
      if (ch === '\n' || ch === '\f') {
        this.lines.push([])
        if (ch === '\f' || ncells === 1) this.flushLines()
      }
    }
    this.cell += text.slice(start)
  }

  /** Formats everything buffered and returns all output produced since the last flush. */
  flush(): string {
    if (this.cell.length > 0) this.terminateCell(false)
    this.flushLines()
    const out = this.out
    this.out = ''
    return out
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]!
    line.push({ text: this.cell, width: stringWidth(this.cell), htab })
    this.cell = ''
    return line.length
  }

  private flushLines(): void {
    this.format(0, this.lines.length)
    this.lines = [[]]
    this.widths = []
  }

  private pad(textWidth: number, cellWidth: number): void {
    const n = cellWidth - textWidth
    if (n > 0) this.out += this.opts.padchar.repeat(n)
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!
      line.forEach((c, j) => {
        this.out += c.text
        if (j < this.widths.length) this.pad(c.width, this.widths[j]!)
      })
      if (i + 1 === this.lines.length) {
        this.out += this.cell
      } else {
        this.out += '\n'
      }
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length
    for (let row = line0; row < line1; row++) {
      if (column >= this.lines[row]!.length - 1) continue
      // This line has a cell in this column: it starts a new column block.
      this.writeLines(line0, row)
      line0 = row
      let width = this.opts.minwidth
      for (; row < line1; row++) {
        const line = this.lines[row]!
        if (column >= line.length - 1) break
        const w = line[column]!.width + this.opts.padding
        if (w > width) width = w
      }
      this.widths.push(width)
      this.format(line0, row)
      this.widths.pop()
      line0 = row
    }
    this.writeLines(line0, line1)
  }
}

/** Writes text through a fresh tabwriter with docker's table settings and flushes it. */
export function tabwrite(text: string, opts: TabWriterOptions = DOCKER_TABLE_OPTIONS): string {
  const tw = new TabWriter(opts)
  tw.write(text)
  return tw.flush()
}
