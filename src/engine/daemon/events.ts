/** What changed, past tense. The store listens to these to refresh the panels. */
export type DaemonEvent =
  | { type: 'image'; action: 'pull' | 'tag' | 'untag' | 'delete' | 'build'; id: string }
  | { type: 'container'; action: 'create' | 'start' | 'die' | 'destroy' | 'pause' | 'unpause' | 'rename' | 'kill' | 'stop'; id: string }
  | { type: 'network'; action: 'create' | 'destroy' | 'connect' | 'disconnect'; id: string }
  | { type: 'volume'; action: 'create' | 'destroy'; id: string }
  | { type: 'pull-progress'; ref: string }

export class Emitter<T> {
  private listeners = new Set<(e: T) => void>()
  on(fn: (e: T) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }
  emit(e: T): void {
    for (const fn of [...this.listeners]) fn(e)
  }
}
