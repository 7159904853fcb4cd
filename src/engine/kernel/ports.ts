/**
 * The engine's only ways to reach time and randomness. Nothing in src/engine may call Date,
 * Math.random or timers directly (the lint config bans them); the face that creates the engine
 * passes these in, which is what makes a run reproducible from a seed and a clock.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
  /** Resolves after `ms` milliseconds of this clock's time, or early with `false` if cancelled. */
  sleep(ms: number, cancel?: CancelToken): Promise<boolean>
}

export interface Random {
  /** A float in [0, 1). */
  next(): number
}

/** A minimal cancellation token (AbortSignal is a DOM/Node global, not ECMAScript). */
export interface CancelToken {
  readonly cancelled: boolean
  onCancel(fn: () => void): () => void
}

export class CancelSource implements CancelToken {
  private fns = new Set<() => void>()
  cancelled = false
  cancel(): void {
    if (this.cancelled) return
    this.cancelled = true
    for (const fn of [...this.fns]) fn()
    this.fns.clear()
  }
  onCancel(fn: () => void): () => void {
    if (this.cancelled) {
      fn()
      return () => {}
    }
    this.fns.add(fn)
    return () => this.fns.delete(fn)
  }
}

export const neverCancelled: CancelToken = { cancelled: false, onCancel: () => () => {} }

/** A seeded PRNG (mulberry32): small, fast and good enough for IDs and names. */
export function seededRandom(seed: number): Random & { state(): number } {
  let a = seed >>> 0
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0
      let t = a
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
    state: () => a,
  }
}

export function randomHex(random: Random, length: number): string {
  let s = ''
  while (s.length < length) s += Math.floor(random.next() * 16).toString(16)
  return s
}

export function randomInt(random: Random, below: number): number {
  return Math.floor(random.next() * below)
}
