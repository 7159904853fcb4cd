/**
 * `--progress=plain`: buildkit util/progress/progressui/printer.go. Vertices are numbered in
 * print order from #1, a blank line separates them, statuses print `#N id[ cur / total][ Ns] done`,
 * logs `#N <secs> <line>`, and an end line `#N DONE 0.3s`, `#N CACHED` or `#N ERROR: …`.
 */
import type { OutputStream } from '../../process/types'
import { unitsBytes, type ProgressEvent, type ProgressView, type Vertex } from './model'

export class PlainPrinter implements ProgressView {
  private index = new Map<Vertex, number>()
  private next = 1
  private current: Vertex | null = null

  constructor(
    private readonly out: OutputStream,
    private readonly desc: string,
  ) {}

  private header(v: Vertex): number {
    let n = this.index.get(v)
    if (n !== undefined && this.current === v) return n
    if (this.current && this.current !== v && this.current.completed === null) this.out.write(`#${this.index.get(this.current)} ...\n`)
    if (this.next === 1) this.out.write(`#0 ${this.desc}\n\n`)
    else this.out.write('\n')
    if (n === undefined) this.index.set(v, (n = this.next++))
    this.out.write(`#${n} ${v.name}\n`)
    this.current = v
    return n
  }

  event(e: ProgressEvent): void {
    const v = e.v
    if (e.type === 'start') return void this.header(v)
    const n = this.header(v)
    if (e.type === 'status') {
      const s = e.s
      if (s.completed === null && s.total === 0 && s.current === 0) return // printed when done
      let bytes = ''
      if (s.total !== 0) bytes = ` ${unitsBytes(s.current)} / ${unitsBytes(s.total)}`
      else if (s.current !== 0) bytes = ` ${unitsBytes(s.current)}`
      const diff = ((s.completed ?? s.started) - s.started) / 1000
      const tm = (diff > 0.01 ? ` ${diff.toFixed(1)}s` : '') + (s.completed !== null ? ' done' : '')
      this.out.write(`#${n} ${s.id}${bytes}${tm}\n`)
    } else if (e.type === 'log') {
      this.out.write(`#${n} ${((e.line.time - (v.started ?? e.line.time)) / 1000).toFixed(3)} ${e.line.text}\n`)
    } else {
      if (v.error) this.out.write(`#${n} ERROR: ${v.error}\n`)
      else if (v.cached) this.out.write(`#${n} CACHED\n`)
      else this.out.write(`#${n} DONE ${(((v.completed ?? 0) - (v.started ?? 0)) / 1000).toFixed(1)}s\n`)
      this.current = null
    }
  }

  finish(): void {}
}
