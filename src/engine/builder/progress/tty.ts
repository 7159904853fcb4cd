/**
 * The TTY view: buildkit util/progress/progressui/display.go `ttyDisplay.print`. The whole
 * screen is repainted in place: cursor up over the previous paint, a header
 * `[+] Building 1.2s (8/8) FINISHED` with the builder description right-aligned, one line per
 * vertex (` => name … 0.0s`) and per status (` => => id`), the last log lines of a running step
 * (` => => # line`), completed lines blue.
 */
import type { OutputStream } from '../../process/types'
import { unitsBytes, type ProgressEvent, type ProgressView, type Vertex } from './model'

const ESC = '\x1b['
const BLUE = `${ESC}34m`
const RED = `${ESC}31m`
const FAINT = `${ESC}2m`
const RESET = `${ESC}0m`
const TERM_LINES = 6

/** fmt `%-*s %s`: l padded to w-len(r)-1, a space, then r. */
function align(l: string, r: string, w: number): string {
  const pad = w - r.length - 1
  return `${l.padEnd(pad)} ${r}`
}

export class TtyDisplay implements ProgressView {
  private lineCount = 0
  private repeated = false

  constructor(
    private readonly out: OutputStream,
    private readonly o: { width: number; desc: string; color: boolean; now: () => number; start: number },
  ) {}

  event(_e: ProgressEvent, all: readonly Vertex[]): void {
    this.print(all, false)
  }

  finish(all: readonly Vertex[]): void {
    this.print(all, true)
  }

  private paint(s: string, color: string): string {
    return this.o.color ? color + s + RESET : s
  }

  private print(all: readonly Vertex[], final: boolean): void {
    const width = this.o.width
    let b = `${ESC}${this.lineCount + 1}A`
    if (!this.repeated) b += `${ESC}1B`
    this.repeated = true
    let out = b + `${ESC}0G`
    const completed = all.filter((v) => v.completed !== null).length
    const status = completed > 0 && completed === all.length && final ? 'FINISHED' : ''
    const secs = ((this.o.now() - this.o.start) / 1000).toFixed(1)
    let head = align(`[+] Building ${secs}s (${completed}/${all.length}) ${status}`, this.o.desc, width - 1)
    if (head.length > width) head = head.slice(0, width)
    out += head + '\n'
    let lines = 0
    const now = this.o.now()
    for (const v of all) {
      if (v.started === null) continue
      let name = v.name.replace(/\t/g, ' ')
      if (v.error) name = 'ERROR ' + name
      if (v.cached) name = 'CACHED ' + name
      const jobs: { name: string; status: string; secs: number; done: boolean; error: boolean }[] = [
        { name, status: '', secs: ((v.completed ?? now) - v.started) / 1000, done: v.completed !== null, error: !!v.error },
      ]
      for (const s of v.statuses) {
        const st = s.total ? `${unitsBytes(s.current)} / ${unitsBytes(s.total)}` : s.current ? unitsBytes(s.current) : ''
        jobs.push({ name: '=> ' + s.id, status: st, secs: ((s.completed ?? now) - s.started) / 1000, done: s.completed !== null, error: false })
      }
      for (const j of jobs) {
        const dt = j.secs < 0.05 ? 0 : j.secs
        const pfx = ' => '
        const timer = ` ${dt.toFixed(1).padStart(3)}s\n`
        let left = width - pfx.length - timer.length - 1
        let showStatus = false
        if (j.status && left + j.status.length > 20) {
          showStatus = true
          left -= j.status.length + 1
        }
        if (left < 12) continue
        let line = pfx + (j.name.length > left ? j.name.slice(0, left) : j.name)
        if (showStatus) line += ' ' + j.status
        line = align(line, timer, width)
        if (j.done) line = this.paint(line, j.error ? RED : BLUE)
        out += line
        lines++
      }
      if (v.completed === null && v.logs.length + (v.partial ? 1 : 0) > 0) {
        const tail = [...v.logs.map((l) => l.text), ...(v.partial ? [v.partial] : [])].slice(-TERM_LINES)
        for (const l of tail) {
          if (!l.trim()) continue
          out += this.paint(` => => # ${l.slice(0, width - 9)}\n`, FAINT)
          lines++
        }
      }
    }
    const diff = this.lineCount - lines
    if (diff > 0) {
      out += `${' '.repeat(width)}\n`.repeat(diff)
      out += `${ESC}${diff}A${ESC}0G`
    }
    this.lineCount = lines
    this.out.write(`${ESC}?25l${out}${ESC}?25h`)
  }
}
