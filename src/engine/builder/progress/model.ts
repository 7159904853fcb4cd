/**
 * The solve's progress as BuildKit's client sees it (buildkit client.SolveStatus): vertices with
 * start/stop times, statuses (sub-steps such as `transferring dockerfile: 98B`) and log lines.
 * Views subscribe to events; the solver only talks to this model.
 */
export interface VertexStatus {
  id: string
  current: number
  total: number
  started: number
  completed: number | null
}

export interface LogLine {
  time: number
  text: string
}

export interface Vertex {
  name: string
  started: number | null
  completed: number | null
  cached: boolean
  error: string
  statuses: VertexStatus[]
  logs: LogLine[]
  /** Text of the current, unfinished output line. */
  partial: string
}

export type ProgressEvent =
  | { type: 'start'; v: Vertex }
  | { type: 'status'; v: Vertex; s: VertexStatus }
  | { type: 'log'; v: Vertex; line: LogLine }
  | { type: 'done'; v: Vertex }

export interface ProgressView {
  event(e: ProgressEvent, all: readonly Vertex[]): void
  /** The build ended (successfully or not): the final repaint. */
  finish(all: readonly Vertex[]): void
}

export class Progress {
  readonly vertices: Vertex[] = []
  constructor(
    private readonly now: () => number,
    private readonly view: ProgressView | null,
  ) {}

  private emit(e: ProgressEvent): void {
    this.view?.event(e, this.vertices)
  }

  start(name: string): VertexHandle {
    const v: Vertex = { name, started: this.now(), completed: null, cached: false, error: '', statuses: [], logs: [], partial: '' }
    this.vertices.push(v)
    this.emit({ type: 'start', v })
    return new VertexHandle(v, this.now, (e) => this.emit(e))
  }

  finish(): void {
    this.view?.finish(this.vertices)
  }
}

export class VertexHandle {
  constructor(
    readonly v: Vertex,
    private readonly now: () => number,
    private readonly emit: (e: ProgressEvent) => void,
  ) {}

  /** A status line that starts now; `done` completes it (or pass done=true at once). */
  status(id: string, o: { current?: number; total?: number; done?: boolean } = {}): VertexStatus {
    const s: VertexStatus = { id, current: o.current ?? 0, total: o.total ?? 0, started: this.now(), completed: o.done ? this.now() : null }
    this.v.statuses.push(s)
    this.emit({ type: 'status', v: this.v, s })
    return s
  }

  statusDone(s: VertexStatus, current?: number): void {
    if (current !== undefined) s.current = current
    s.completed = this.now()
    this.emit({ type: 'status', v: this.v, s })
  }

  /** Process output: split into lines (a trailing partial line waits for its end). */
  write(text: string): void {
    const all = this.v.partial + text
    const parts = all.split(/\r?\n/)
    this.v.partial = parts.pop() ?? ''
    for (const p of parts) this.log(p)
  }

  private log(text: string): void {
    const line = { time: this.now(), text }
    this.v.logs.push(line)
    this.emit({ type: 'log', v: this.v, line })
  }

  done(o: { cached?: boolean; error?: string } = {}): void {
    if (this.v.partial) {
      this.log(this.v.partial)
      this.v.partial = ''
    }
    this.v.cached = o.cached ?? false
    this.v.error = o.error ?? ''
    this.v.completed = this.now()
    for (const s of this.v.statuses) if (s.completed === null) s.completed = this.now()
    this.emit({ type: 'done', v: this.v })
  }
}

/** tonistiigi/units Bytes with `%.2f`: whole bytes below 1kB, else decimal units. */
export function unitsBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let k = 0
  let v = n
  while (v >= 1000 && k < units.length - 1) {
    v /= 1000
    k++
  }
  return k === 0 ? `${n}B` : `${v.toFixed(2)}${units[k]}`
}
