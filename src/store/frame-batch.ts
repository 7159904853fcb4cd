/**
 * Coalesces bursts of engine changes (a pull reports every layer tick) into one store update per
 * animation frame. Background tabs get no frames; a timer fallback keeps the panels from freezing.
 */
export type Scheduler = (run: () => void) => () => void

export function animationFrameScheduler(): Scheduler {
  const g = globalThis as { requestAnimationFrame?: (cb: () => void) => number; cancelAnimationFrame?: (id: number) => void }
  if (typeof g.requestAnimationFrame === 'function' && typeof g.cancelAnimationFrame === 'function') {
    const raf = g.requestAnimationFrame.bind(globalThis)
    const caf = g.cancelAnimationFrame.bind(globalThis)
    return (run) => {
      let done = false
      const once = () => {
        if (done) return
        done = true
        caf(frame)
        clearTimeout(timer)
        run()
      }
      const frame = raf(once)
      const timer = setTimeout(once, 250)
      return () => {
        done = true
        caf(frame)
        clearTimeout(timer)
      }
    }
  }
  return (run) => {
    const timer = setTimeout(run, 16)
    return () => clearTimeout(timer)
  }
}

/** Calls `flush` at most once per scheduled tick, however often `request` is called before it. */
export function frameBatch(flush: () => void, schedule: Scheduler): { request(): void; cancel(): void } {
  let cancel: (() => void) | undefined
  return {
    request() {
      if (cancel) return
      cancel = schedule(() => {
        cancel = undefined
        flush()
      })
    },
    cancel() {
      cancel?.()
      cancel = undefined
    },
  }
}
