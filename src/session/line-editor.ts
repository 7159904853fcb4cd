/**
 * A terminal's cooked-mode line discipline plus readline's niceties, with no DOM: the browser terminal
 * and the headless runner feed it keystroke data and write the bytes it returns. It assumes the prompt
 * begins at column 0 and that the terminal behaves like xterm.js (wraparound on, Unicode 6 widths).
 */
import { readKey, type EditKey } from './line-editor-keys'
import { comparePos, cursorPos, layoutLine, moveCursor, normalize, writeStart, type Layout, type Pos } from './line-editor-layout'
import { commonPrefix, formatColumns } from './line-editor-columns'
import { promptClusters, toClusters } from './line-editor-width'

export type Completer = (line: string, cursor: number) => { replaceFrom: number; candidates: string[] }

export interface BeginOptions {
  /** Shared with the caller; the editor pushes each non-empty line that differs from the last entry. */
  history: string[]
  /** `cursor` and `replaceFrom` are UTF-16 indexes into `line`. */
  complete?: Completer
}

export type LineDone = { line: string } | { eof: true } | { interrupt: true }
export interface FeedResult {
  output: string
  done?: LineDone
}
const BELL = '\x07'

export class LineEditor {
  private cols = 80
  private prompt = ''
  private promptCells: string[] = []
  private cells: string[] = []
  private point = 0
  private term: Pos = { row: 0, col: 0 }
  private history: string[] = []
  private complete: Completer | undefined
  private historyIndex = 0
  private draft: string[] = []
  private killed = ''
  private lastWasTab = false
  private reading = false
  private rest = ''

  /** Starts reading a line; the caller has already written `prompt`. */
  begin(prompt: string, opts: BeginOptions): void {
    this.prompt = prompt
    this.promptCells = promptClusters(prompt)
    this.cells = []
    this.point = 0
    this.history = opts.history
    this.complete = opts.complete
    this.historyIndex = opts.history.length
    this.draft = []
    this.lastWasTab = false
    this.reading = true
    this.term = writeStart(this.layout(), 0)
  }

  setColumns(cols: number): void {
    this.cols = Math.max(1, Math.floor(cols))
    // xterm reflows the wrapped rows itself; the cursor follows its cell.
    if (this.reading) this.term = cursorPos(this.layout(), this.point)
  }

  get active(): boolean {
    return this.reading
  }

  /** The line being edited; `cursor` is a UTF-16 index into it. */
  get line(): string {
    return this.cells.join('')
  }

  get cursor(): number {
    return this.cells.slice(0, this.point).join('').length
  }

  /**
   * Keystroke data left over after a line was completed (the rest of a multi-line paste), and data fed
   * while no line was being read. Taking it clears it; feed it after the next `begin()`.
   */
  pending(): string {
    const rest = this.rest
    this.rest = ''
    return rest
  }

  /** Prompt and line again, e.g. after other output moved the cursor to a fresh line. */
  redraw(): string {
    return this.reading ? this.drawAll() : ''
  }

  feed(data: string): FeedResult {
    if (!this.reading) {
      this.rest += data
      return { output: '' }
    }
    data = this.rest + data
    this.rest = ''
    let output = ''
    let i = 0
    while (i < data.length) {
      const { key, length } = readKey(data, i)
      i += length
      const result = this.handle(key)
      output += result.output
      if (result.done) {
        if (key.kind === 'enter' && data[i - 1] === '\r' && data[i] === '\n') i++
        this.rest = data.slice(i)
        this.reading = false
        return { output, done: result.done }
      }
    }
    return { output }
  }

  private handle(key: EditKey): FeedResult {
    const wasTab = this.lastWasTab
    this.lastWasTab = key.kind === 'tab'
    const { cells, point } = this
    switch (key.kind) {
      case 'text': {
        const added = toClusters(key.text)
        return { output: this.edit([...cells.slice(0, point), ...added, ...cells.slice(point)], point + added.length) }
      }
      case 'enter': {
        const line = this.line
        const last = this.history[this.history.length - 1]
        if (line.trim() !== '' && line !== last) this.history.push(line)
        return { output: this.toNewLine(), done: { line } }
      }
      case 'interrupt':
        return { output: this.moveTo(this.cells.length) + '^C\r\n', done: { interrupt: true } }
      case 'eof-or-delete':
        if (cells.length === 0) return { output: '', done: { eof: true } }
        return { output: this.deleteRange(point, point + 1) }
      case 'backspace':
        return { output: point > 0 ? this.deleteRange(point - 1, point) : '' }
      case 'delete':
        return { output: this.deleteRange(point, point + 1) }
      case 'left': case 'right': case 'home': case 'end': case 'word-left': case 'word-right':
        return { output: this.moveTo(this.target(key.kind)) }
      case 'kill-start':
        return { output: this.kill(0, point) }
      case 'kill-end':
        return { output: this.kill(point, cells.length) }
      case 'kill-word-back':
        return { output: this.kill(this.wordStart(point, (c) => !/^\s/.test(c)), point) }
      case 'kill-word-back-alnum':
        return { output: this.kill(this.wordStart(point, isAlnum), point) }
      case 'kill-word-forward':
        return { output: this.kill(point, this.wordEnd(point)) }
      case 'yank': {
        const added = toClusters(this.killed)
        return { output: this.edit([...cells.slice(0, point), ...added, ...cells.slice(point)], point + added.length) }
      }
      case 'up':
        return { output: this.historyMove(-1) }
      case 'down':
        return { output: this.historyMove(1) }
      case 'clear':
        return { output: '\x1b[H\x1b[2J' + this.drawAll() }
      case 'tab':
        return { output: this.tab(wasTab) }
      case 'ignore':
        return { output: '' }
    }
  }

  private target(kind: 'left' | 'right' | 'home' | 'end' | 'word-left' | 'word-right'): number {
    const p = this.point
    if (kind === 'word-left') return this.wordStart(p, isAlnum)
    if (kind === 'word-right') return this.wordEnd(p)
    return { left: p - 1, right: p + 1, home: 0, end: this.cells.length }[kind]
  }

  private layout(cells = this.cells): Layout {
    return layoutLine(this.promptCells, cells, this.cols)
  }

  private moveTo(index: number): string {
    const target = Math.max(0, Math.min(this.cells.length, index))
    this.point = target
    const to = cursorPos(this.layout(), target)
    const out = moveCursor(this.term, to)
    this.term = to
    return out
  }

  /** Replaces the line, redrawing only from the first cell that changed. */
  private edit(next: string[], nextPoint: number): string {
    const before = this.layout()
    let k = 0
    while (k < next.length && k < this.cells.length && next[k] === this.cells[k]) k++
    if (k === next.length && k === this.cells.length) return this.moveTo(nextPoint)
    this.cells = next
    return this.renderFrom(k, normalize(before.end, this.cols), nextPoint)
  }

  /** Writes cells from `k` on, erases what is left of a longer old line, and places the cursor. */
  private renderFrom(k: number, oldEnd: Pos, nextPoint: number): string {
    const l = this.layout()
    const from = writeStart(l, k)
    let out = moveCursor(this.term, from) + this.cells.slice(k).join('')
    let end = k < this.cells.length ? l.end : from
    let erase = ''
    if (end.col >= this.cols) {
      // Leave xterm's pending-wrap state: a space wraps (the row stays a soft-wrapped row), CR returns.
      out += ' \r'
      end = normalize(end, this.cols)
      erase = '\x1b[K'
    }
    if (comparePos(oldEnd, end) > 0) erase = oldEnd.row > end.row ? '\x1b[J' : '\x1b[K'
    out += erase
    this.term = end
    return out + this.moveTo(nextPoint)
  }

  private deleteRange(from: number, to: number): string {
    if (from >= to || to > this.cells.length) return ''
    return this.edit([...this.cells.slice(0, from), ...this.cells.slice(to)], from)
  }

  private kill(from: number, to: number): string {
    if (from >= to) return ''
    this.killed = this.cells.slice(from, to).join('')
    return this.deleteRange(from, to)
  }

  private wordStart(index: number, inWord: (cell: string) => boolean): number {
    let i = index
    while (i > 0 && !inWord(this.cells[i - 1]!)) i--
    while (i > 0 && inWord(this.cells[i - 1]!)) i--
    return i
  }

  private wordEnd(index: number): number {
    let i = index
    while (i < this.cells.length && !isAlnum(this.cells[i]!)) i++
    while (i < this.cells.length && isAlnum(this.cells[i]!)) i++
    return i
  }

  private historyMove(step: -1 | 1): string {
    const target = this.historyIndex + step
    if (target < 0 || target > this.history.length) return ''
    if (this.historyIndex === this.history.length) this.draft = this.cells
    this.historyIndex = target
    const next = target === this.history.length ? this.draft : toClusters(this.history[target]!)
    return this.edit(next, next.length)
  }

  /** Moves below the line. A line that ended exactly at the margin already sits on a fresh row. */
  private toNewLine(): string {
    const l = this.layout()
    const out = this.moveTo(this.cells.length)
    const wrappedExactly = this.cells.length > 0 && l.end.col >= this.cols
    return wrappedExactly ? out : out + '\r\n'
  }

  /** Prompt and line from the cursor's row start, with the cursor put back. */
  private drawAll(): string {
    const point = this.point
    let out = this.prompt
    this.term = writeStart(this.layout(), 0)
    if (this.layout().promptEnd.col >= this.cols) out += ' \r'
    out += this.renderFrom(0, this.term, point)
    return out
  }

  private tab(secondTab: boolean): string {
    if (!this.complete) return ''
    const line = this.line
    const cursor = this.cursor
    const { replaceFrom, candidates } = this.complete(line, cursor)
    const from = Math.max(0, Math.min(replaceFrom, cursor))
    const word = line.slice(from, cursor)
    const matching = [...new Set(candidates)]
    if (matching.length === 0) return BELL
    const after = this.cells.slice(this.point)
    const replaceWith = (text: string, addSpace: boolean): string => {
      const head = toClusters(line.slice(0, from) + text)
      if (addSpace && after[0] === ' ') return this.edit([...head, ...after], head.length + 1)
      const tail = addSpace ? [' ', ...after] : after
      return this.edit([...head, ...tail], head.length + (addSpace ? 1 : 0))
    }
    if (matching.length === 1) {
      const only = matching[0]!
      return replaceWith(only, !/[/=:]$/.test(only))
    }
    const prefix = commonPrefix(matching)
    if (prefix.length > word.length && prefix.startsWith(word)) return replaceWith(prefix, false)
    if (!secondTab) return BELL
    this.lastWasTab = false
    return this.toNewLine() + formatColumns(matching, this.cols) + '\r\n' + this.drawAll()
  }
}

function isAlnum(cell: string): boolean {
  return /^[\p{L}\p{N}]/u.test(cell)
}
