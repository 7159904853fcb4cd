import type { CancelToken, Clock } from '../engine/kernel/ports'

/**
 * A Clock whose waits are real timers (browser or Node), with `now` supplied by the face: the
 * browser passes Date.now, the headless runner a frozen instant so `date` and CREATED are
 * reproducible while a `sleep 300` container still stays up for 300 s.
 */
export function timerClock(now: () => number): Clock {
  return {
    now,
    sleep: (ms: number, cancel?: CancelToken) =>
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
