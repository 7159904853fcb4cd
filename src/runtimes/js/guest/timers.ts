/**
 * Node's timers over the host's. Each referenced timer keeps the process alive, as in Node: a
 * script is finished when none is left (see runtime.ts). Callbacks run through `guard`, which
 * reports what they throw as an uncaught exception.
 */
export interface HostTimers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export class Timers {
  private live = new Set<Timeout>()
  private nextId = 1

  constructor(
    private readonly host: HostTimers,
    private readonly guard: (fn: () => void) => void,
    private readonly onIdleMaybe: () => void,
  ) {}

  /** Timers that keep the process alive. */
  get refCount(): number {
    let n = 0
    for (const t of this.live) if (t.referenced) n++
    return n
  }

  schedule(fn: (...args: unknown[]) => void, ms: unknown, args: unknown[], repeat: boolean): Timeout {
    if (typeof fn !== 'function') {
      const e = new TypeError(`The "callback" argument must be of type function. Received ${fn === undefined ? 'undefined' : typeof fn}`)
      throw Object.assign(e, { code: 'ERR_INVALID_ARG_TYPE' })
    }
    const delay = Math.max(1, Number(ms) || 1)
    const t = new Timeout(this.nextId++, this)
    const arm = () => {
      t.handle = this.host.setTimeout(() => {
        if (!this.live.has(t)) return
        if (!repeat) this.live.delete(t)
        this.guard(() => fn(...args))
        if (repeat && this.live.has(t)) arm()
        this.onIdleMaybe()
      }, delay)
    }
    t.rearm = arm
    this.live.add(t)
    arm()
    return t
  }

  clear(t: unknown): void {
    const timer = t instanceof Timeout ? t : [...this.live].find((x) => x.id === Number(t))
    if (!timer || !this.live.has(timer)) return
    this.host.clearTimeout(timer.handle)
    this.live.delete(timer)
    this.onIdleMaybe()
  }

  unrefChanged(): void {
    this.onIdleMaybe()
  }
}

/** What setTimeout returns in Node: an object with ref/unref, usable as a number. */
export class Timeout {
  handle: unknown
  rearm: () => void = () => {}
  referenced = true
  constructor(
    readonly id: number,
    private readonly owner: Timers,
  ) {}
  ref(): this {
    this.referenced = true
    return this
  }
  unref(): this {
    this.referenced = false
    this.owner.unrefChanged()
    return this
  }
  hasRef(): boolean {
    return this.referenced
  }
  refresh(): this {
    return this
  }
  close(): this {
    this.owner.clear(this)
    return this
  }
  [Symbol.toPrimitive](): number {
    return this.id
  }
}
