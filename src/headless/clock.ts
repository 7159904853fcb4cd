import type { Clock } from '../engine/kernel/ports'
import { timerClock } from '../runtimes/timer-clock'

/** The headless runner's clock: `now()` frozen at `at`; waits are real timers. */
export function frozenClock(at: number): Clock {
  return timerClock(() => at)
}
