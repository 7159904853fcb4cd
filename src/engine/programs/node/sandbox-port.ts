/**
 * The port through which the `node` program runs JavaScript. The engine stays pure: a face
 * (the browser app, the headless runner, a test) supplies a factory, and the sandbox it makes
 * runs user code somewhere the engine cannot see (a blob Worker inside an opaque-origin iframe,
 * a Node worker thread with a vm context, an in-process fake).
 *
 * The sandbox gets a snapshot of the container's filesystem when it starts; its writes come
 * back as `FsWriteOp`s that the program applies to the container's RootFs, so
 * `docker exec c cat file` sees what the REPL wrote.
 *
 * Servers: `http.createServer().listen(port)` in the sandbox asks the engine to bind the port
 * on the container's network (`events.listen`); each request to it comes back into the sandbox
 * through `JsSandbox.http`. Signals the script catches (`process.on('SIGTERM', …)`) are reported
 * with `events.signals`, and the engine delivers them with `JsSandbox.signal`.
 */
import type { HttpRequest, HttpResponse } from '../../process/types'

/** One filesystem entry as the sandbox sees it. */
export type SnapshotEntry =
  | { type: 'file'; data: string; mode: number; mtime: number }
  | { type: 'dir'; mode: number; mtime: number }
  | { type: 'symlink'; target: string }

export interface JsSandboxInit {
  /** Absolute path → entry: the container's filesystem when `node` started. */
  files: Record<string, SnapshotEntry>
  env: Record<string, string>
  cwd: string
  /** process.argv: ['/usr/local/bin/node', script?, ...args]. */
  argv: string[]
  /** os.hostname(): the container's hostname. */
  hostname: string
  /** process.version, with its "v" (e.g. "v22.12.0"). */
  version: string
  /** Terminal width, for util.inspect's line breaking (80 when not a terminal). */
  columns: number
  /** process.stdout.isTTY */
  isTTY: boolean
  pid: number
  /** Milliseconds since the epoch, from the engine's clock (Date in the sandbox is real). */
  now: number
}

/** A change the sandbox made to its filesystem, replayed onto the container's RootFs. */
export type FsWriteOp =
  | { op: 'write'; path: string; data: string; append?: boolean; mode?: number }
  | { op: 'mkdir'; path: string; recursive?: boolean }
  | { op: 'remove'; path: string; recursive?: boolean }
  | { op: 'rename'; from: string; to: string }

export interface JsSandboxEvents {
  stdout(text: string): void
  stderr(text: string): void
  fs(op: FsWriteOp): void
  /** process.exit(code) was called (or an uncaught error ended a script). */
  exit(code: number): void
  /** A server in the sandbox listens on `port`: null once bound, else the error text (EADDRINUSE). */
  listen(port: number): string | null
  /** That server closed (server.close()). */
  unlisten(port: number): void
  /** The signals the script now has `process.on` handlers for (the whole set, each time it changes). */
  signals(names: string[]): void
  /** An outgoing HTTP request (http.request / http.get) on the container's network. */
  fetch(host: string, port: number, req: Omit<HttpRequest, 'remoteAddress'>): Promise<HttpResponse | { error: string }>
}

/** The outcome of one REPL input. `text` is what the REPL prints (without its final "\n"). */
export type ReplOutcome =
  | { kind: 'value'; text: string }
  | { kind: 'error'; text: string }
  /** The input cannot be complete yet (an open bracket, a trailing operator): show `... `. */
  | { kind: 'incomplete' }

export type ScriptMode = 'file' | 'eval' | 'print' | 'stdin'

export interface ScriptRequest {
  mode: ScriptMode
  source: string
  /** The script's absolute path for 'file'; "[eval]" or "[stdin]" otherwise. */
  filename: string
}

export interface JsSandbox {
  /** Evaluate one complete-or-not REPL input (the lines typed so far, joined by "\n"). */
  evalRepl(code: string): Promise<ReplOutcome>
  /**
   * Run a script and resolve with its exit status once its event loop is empty (timers done),
   * or when it calls process.exit or throws.
   */
  runScript(req: ScriptRequest): Promise<number>
  /** A request for a port the sandbox listens on; resolves with what the server answered. */
  http(port: number, req: HttpRequest): Promise<HttpResponse>
  /** Deliver a signal the script catches (see JsSandboxEvents.signals). */
  signal(name: string): void
  /** Kill the sandbox at once, even in the middle of an infinite loop. */
  terminate(): void
}

export interface JsSandboxFactory {
  /** Resolves when the sandbox can evaluate (its code loaded, the snapshot installed). */
  create(init: JsSandboxInit, events: JsSandboxEvents): Promise<JsSandbox>
}
