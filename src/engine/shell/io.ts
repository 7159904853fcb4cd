import { DISCARD, EOF_INPUT, type InputStream, type OutputStream } from '../process/types'
import { pushbackFor } from './streams'

export type Fd = InputStream | OutputStream

/** The file descriptors a command runs with (0, 1, 2 and any others a redirect opened). */
export interface ShellIO {
  readonly fds: readonly (Fd | undefined)[]
}

function isInput(fd: Fd | undefined): fd is InputStream {
  return fd !== undefined && 'read' in fd
}

export function inputOf(io: ShellIO, fd = 0): InputStream {
  const s = io.fds[fd]
  return isInput(s) ? pushbackFor(s) : EOF_INPUT
}

export function outputOf(io: ShellIO, fd: number): OutputStream {
  const s = io.fds[fd]
  return s && !isInput(s) ? s : DISCARD
}

export function withFd(io: ShellIO, fd: number, stream: Fd | undefined): ShellIO {
  const fds = [...io.fds]
  fds[fd] = stream
  return { fds }
}

export function stdio(stdin: InputStream, stdout: OutputStream, stderr: OutputStream): ShellIO {
  return { fds: [stdin, stdout, stderr] }
}
