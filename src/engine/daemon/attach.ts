import { CancelSource, type CancelToken } from '../kernel/ports'
import type { InputStream, OutputStream } from '../process/types'

/** A client attached to a container's stdio (docker run without -d, docker attach, start -a). */
export interface AttachClient {
  stdout: OutputStream
  stderr: OutputStream
  /** Present when the client forwards its input (-i). */
  stdin?: InputStream
  columns?: number
  rows?: number
}

/**
 * The container's stdin: reads are served by whichever attached client forwards input. With no
 * such client a read waits (a `-dit` container sits at its prompt until someone attaches).
 */
export class ForwardedInput implements InputStream {
  private clients: AttachClient[] = []
  /** Cancels the read a client's terminal is serving when that client detaches. */
  private readCancels = new Map<AttachClient, CancelSource>()
  private waiters: (() => void)[] = []
  private closed = false
  private historyKey: string | undefined

  /** The program's line-editing history, passed to whichever terminal serves its reads. */
  setHistoryKey(key: string): void {
    this.historyKey = key
  }

  constructor(readonly isTTY: boolean) {}

  attach(c: AttachClient): void {
    if (!c.stdin) return
    this.clients.push(c)
    for (const w of this.waiters.splice(0)) w()
  }

  detach(c: AttachClient): void {
    this.clients = this.clients.filter((x) => x !== c)
    // the terminal that detached must not keep serving the container's pending read
    this.readCancels.get(c)?.cancel()
    this.readCancels.delete(c)
  }

  /** StdinOnce: the first client's end of input closes the container's stdin for good. */
  close(): void {
    this.closed = true
    for (const w of this.waiters.splice(0)) w()
  }

  async read(cancel?: CancelToken): Promise<string | null> {
    for (;;) {
      if (this.closed || cancel?.cancelled) return null
      const c = this.clients[this.clients.length - 1]
      if (c?.stdin) {
        const mine = new CancelSource()
        this.readCancels.set(c, mine)
        const off = cancel?.onCancel(() => mine.cancel())
        if (this.historyKey) c.stdin.setHistoryKey?.(this.historyKey)
        const chunk = await c.stdin.read(mine)
        off?.()
        if (this.readCancels.get(c) === mine) this.readCancels.delete(c)
        if (chunk !== null) return chunk
        if (!this.clients.includes(c)) continue // detached while reading
        return null
      }
      await new Promise<void>((r) => {
        this.waiters.push(r)
        cancel?.onCancel(r)
      })
    }
  }
}
