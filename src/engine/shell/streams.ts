import type { CancelToken } from '../kernel/ports'
import type { InputStream, OutputStream } from '../process/types'

/** Thrown by a pipe's write end once its reader is gone: the stand-in for SIGPIPE (status 141). */
export class BrokenPipeError extends Error {
  constructor() {
    super('Broken pipe')
  }
}

export interface Pipe {
  readonly input: InputStream
  readonly output: OutputStream
  /** The writer is done: the reader sees EOF once the buffer drains. */
  closeWrite(): void
  /** The reader is done: further writes throw BrokenPipeError. */
  closeRead(): void
}

/** An unbounded in-memory pipe: writes never block, reads wait for data or EOF. */
export function createPipe(): Pipe {
  const chunks: string[] = []
  let writeClosed = false
  let readClosed = false
  let waiter: (() => void) | null = null
  const wake = () => {
    const w = waiter
    waiter = null
    w?.()
  }
  return {
    input: {
      isTTY: false,
      async read(cancel?: CancelToken) {
        while (chunks.length === 0 && !writeClosed) {
          if (cancel?.cancelled) return null
          await new Promise<void>((resolve) => {
            waiter = resolve
            cancel?.onCancel(resolve)
          })
        }
        if (chunks.length === 0) return null
        return chunks.splice(0).join('')
      },
    },
    output: {
      write(text: string) {
        if (readClosed) throw new BrokenPipeError()
        if (writeClosed || text === '') return
        chunks.push(text)
        wake()
      },
    },
    closeWrite() {
      writeClosed = true
      wake()
    },
    closeRead() {
      readClosed = true
      chunks.length = 0
    },
  }
}

/** An input stream that can take back what a line reader read too far (`read` consumes one line only). */
export interface PushbackInput extends InputStream {
  unread(text: string): void
}

const pushbacks = new WeakMap<InputStream, PushbackInput>()

export function pushbackFor(stream: InputStream): PushbackInput {
  if ('unread' in stream) return stream as PushbackInput
  const known = pushbacks.get(stream)
  if (known) return known
  let pending = ''
  const wrapped: PushbackInput = {
    get isTTY() {
      return stream.isTTY
    },
    async read(cancel) {
      if (pending) {
        const text = pending
        pending = ''
        return text
      }
      return stream.read(cancel)
    },
    unread(text) {
      pending = text + pending
    },
  }
  if (stream.setHistoryKey) wrapped.setHistoryKey = (key) => stream.setHistoryKey?.(key)
  if (stream.intercept) wrapped.intercept = (h) => stream.intercept!(h)
  pushbacks.set(stream, wrapped)
  return wrapped
}

/** Read one line (without its "\n"); null at EOF with nothing read. */
export async function readLine(stream: InputStream, cancel?: CancelToken): Promise<string | null> {
  const input = pushbackFor(stream)
  let line = ''
  for (;;) {
    const chunk = await input.read(cancel)
    if (chunk === null) return line === '' ? null : line
    const nl = chunk.indexOf('\n')
    if (nl < 0) {
      line += chunk
      continue
    }
    input.unread(chunk.slice(nl + 1))
    return line + chunk.slice(0, nl)
  }
}

/** Everything until EOF. */
export async function readAll(stream: InputStream, cancel?: CancelToken): Promise<string> {
  const input = pushbackFor(stream)
  let text = ''
  for (;;) {
    const chunk = await input.read(cancel)
    if (chunk === null) return text
    text += chunk
  }
}
