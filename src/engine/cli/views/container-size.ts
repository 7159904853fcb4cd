import type { Daemon } from '../../daemon/daemon'
import type { ContainerRecord } from '../../daemon/state'

/** Bytes in the writable layer, and with the image below it (`ps -s`, `inspect -s`). */
export function containerSizes(d: Daemon, c: ContainerRecord): { rw: number; rootfs: number } {
  let rw = 0
  for (const e of Object.values(c.upper)) if (e.type === 'file') rw += e.size ?? utf8Length(e.data)
  return { rw, rootfs: rw + (d.state.images[c.image]?.size ?? 0) }
}

function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}
