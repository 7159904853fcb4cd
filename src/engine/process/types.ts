import type { RootFs } from '../fs/rootfs'
import type { CancelToken, Clock, Random } from '../kernel/ports'

/** Where a program writes. Text only: the terminal is the only consumer of bytes. */
export interface OutputStream {
  write(text: string): void
  /** True for a terminal (isatty(1)); pipes, files and logs leave it unset. */
  readonly isTTY?: boolean
}

/**
 * Where a program reads. On a TTY the terminal session's line discipline does the echo and
 * editing (cooked mode), so `read` yields one edited line with its "\n"; Ctrl+D on an empty
 * line yields null (end of input). A pipe yields chunks as they arrive.
 */
export interface InputStream {
  /** A TTY read cut short by Ctrl+C yields "" (a real line always ends with "\n"). */
  read(cancel?: CancelToken): Promise<string | null>
  readonly isTTY: boolean
  /** Line-editing history key for cooked reads (each program keeps its own history). */
  setHistoryKey?(key: string): void
  /**
   * TTY only: take over Ctrl+C and the detach keys (Ctrl+P Ctrl+Q) instead of the default
   * SIGINT to the foreground processes. The docker client does this while attached with -t.
   */
  intercept?(handlers: TtyIntercept): () => void
}

export interface TtyIntercept {
  interrupt?: () => void
  detach?: () => void
  /** The terminal stays cooked (nothing put it in raw mode), so Ctrl+C echoes as ^C. */
  cooked?: boolean
}

export type SignalName =
  | 'SIGHUP'
  | 'SIGINT'
  | 'SIGQUIT'
  | 'SIGKILL'
  | 'SIGUSR1'
  | 'SIGUSR2'
  | 'SIGTERM'
  | 'SIGCONT'
  | 'SIGSTOP'
  | 'SIGWINCH'

export const SIGNAL_NUMBERS: Record<SignalName, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGTERM: 15,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGWINCH: 28,
}

export interface ProcessSignals {
  /** Install a handler; while one is installed the signal no longer has its default action. */
  on(signal: SignalName, handler: (signal: SignalName) => void): () => void
  /** Cancelled when the process is being terminated: long waits must give up on it. */
  readonly terminated: CancelToken
}

/** An HTTP exchange on the virtual network (enough for nginx, httpd and Node's http module). */
export interface HttpRequest {
  method: string
  path: string
  httpVersion: string
  headers: [string, string][]
  body: string
  remoteAddress: string
}
export interface HttpResponse {
  status: number
  statusText: string
  headers: [string, string][]
  body: string
}
export type HttpHandler = (req: HttpRequest) => Promise<HttpResponse>

export interface NetworkPort {
  /** Listen on a container port; fails with EADDRINUSE text if taken. Closing happens on exit. */
  listen(port: number, handler: HttpHandler): { ok: true; close(): void } | { ok: false; error: string }
  /** An HTTP request to host:port as seen from this process (localhost = its own namespace). */
  request(host: string, port: number, req: Omit<HttpRequest, 'remoteAddress'>): Promise<HttpResponse | { error: 'refused' | 'unresolved' }>
}

export interface ProcessInfo {
  pid: number
  ppid: number
  user: string
  argv: string[]
  startedAt: number
}

export interface SpawnOptions {
  argv: string[]
  env?: Map<string, string>
  cwd?: string
  stdin?: InputStream
  stdout?: OutputStream
  stderr?: OutputStream
}

/** What the kernel offers a running program, besides its own stdio. */
export interface ProgramHost {
  readonly clock: Clock
  readonly random: Random
  readonly hostname: string
  /** Full container ID, or "" for the host shell. */
  readonly containerId: string
  readonly network: NetworkPort
  /** Start a child process resolved through PATH; resolves with its exit status. */
  spawn(opts: SpawnOptions): Promise<number>
  /**
   * execve(2): run another program in this process (same PID, caught signals reset to their
   * default). Resolves with that program's exit status; null when the file cannot be executed,
   * and then nothing has changed.
   */
  exec?(opts: SpawnOptions): Promise<number> | null
  /** Processes in this namespace, for ps and top. */
  processes(): ProcessInfo[]
  /**
   * Declare start-up work (a language runtime loading): until it settles, a connection to a
   * published port of this container waits for the server instead of being refused.
   */
  booting?(work: Promise<unknown>): void
  /** Terminal size when stdout is a TTY. */
  readonly columns: number
  readonly rows: number
}

export interface ProgramContext {
  argv: string[]
  /** Ordered environment; programs may change their own copy. */
  env: Map<string, string>
  cwd: string
  readonly fs: RootFs
  readonly stdin: InputStream
  readonly stdout: OutputStream
  readonly stderr: OutputStream
  /** True when stdout is a terminal. */
  readonly tty: boolean
  readonly pid: number
  readonly uid: number
  readonly signals: ProcessSignals
  readonly host: ProgramHost
}

/** A program resolves with its exit status. */
export type Program = (ctx: ProgramContext) => Promise<number>

export const EOF_INPUT: InputStream = { isTTY: false, read: async () => null }
export const DISCARD: OutputStream = { write: () => {} }

export function bufferStream(): OutputStream & { text(): string } {
  let buf = ''
  return { write: (t) => void (buf += t), text: () => buf }
}

/** An input stream over a fixed string (a here-doc, `-i` with piped input, a test). */
export function stringInput(text: string): InputStream {
  let done = false
  return {
    isTTY: false,
    read: async () => {
      if (done || text === '') return null
      done = true
      return text
    },
  }
}
