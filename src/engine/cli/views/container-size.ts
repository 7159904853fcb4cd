import type { Daemon } from '../../daemon/daemon'
import type { ContainerRecord } from '../../daemon/state'
import { utf8Length } from '../../kernel/utf8'

/** Bytes in the writable layer, and with the image below it (`ps -s`, `inspect -s`). */
export function containerSizes(d: Daemon, c: ContainerRecord): { rw: number; rootfs: number } {
  let rw = 0
  for (const e of Object.values(c.upper)) if (e.type === 'file') rw += e.size ?? utf8Length(e.data)
  return { rw, rootfs: rw + (d.state.images[c.image]?.size ?? 0) }
}

