import type { CancelToken, Clock } from '../engine/kernel/ports'

/**
 * The headless runner's clock: `now()` is frozen (so CREATED columns and `date` are
 * reproducible), while waits use real timers so that a `sleep 300` container stays up.
 */
export function frozenClock(at: number): Clock {
  return {
    now: () => at,
    sleep: (ms, cancel?: CancelToken) =>
      new Promise<boolean>((resolve) => {
        if (cancel?.cancelled) return resolve(false)
        const t = setTimeout(() => {
          off?.()
          resolve(true)
        }, ms)
        const off = cancel?.onCancel(() => {
          clearTimeout(t)
          resolve(false)
        })
      }),
  }
}

export function realClock(): Clock {
  const base = frozenClock(0)
  return { now: () => Date.now(), sleep: base.sleep }
}
