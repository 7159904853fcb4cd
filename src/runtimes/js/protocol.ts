/**
 * Messages between a sandbox host (the page, or the headless runner) and the guest code running
 * inside the sandbox (src/runtimes/js/guest). Plain structured-clone data in both directions.
 */
import type { FsWriteOp, JsSandboxInit, ReplOutcome, ScriptRequest } from '../../engine/programs/node/sandbox-port'
import type { HttpRequest, HttpResponse } from '../../engine/process/types'

export type HostMessage =
  | { t: 'init'; init: JsSandboxInit }
  | { t: 'repl'; id: number; code: string }
  | { t: 'script'; id: number; req: ScriptRequest }
  /** The answer to a guest's `listen`: null when bound, else the error text. */
  | { t: 'listen-result'; id: number; error: string | null }
  /** A request for a port a guest server listens on; the guest answers with `http-response`. */
  | { t: 'http-request'; id: number; port: number; req: HttpRequest }
  /** A signal the guest has a process.on handler for. */
  | { t: 'signal'; name: string }
  /** The answer to a guest's `fetch` (http.request). */
  | { t: 'fetch-result'; id: number; res: HttpResponse | { error: string } }

export type GuestMessage =
  | { t: 'ready' }
  | { t: 'out'; fd: 1 | 2; text: string }
  | { t: 'fs'; op: FsWriteOp }
  | { t: 'exit'; code: number }
  | { t: 'repl-result'; id: number; outcome: ReplOutcome }
  | { t: 'script-done'; id: number; code: number }
  /** server.listen(port): bind the port on the container's network. */
  | { t: 'listen'; id: number; port: number }
  | { t: 'unlisten'; port: number }
  | { t: 'http-response'; id: number; res: HttpResponse }
  /** The signals the guest now catches (after each process.on/off of a signal name). */
  | { t: 'signals'; names: string[] }
  /** http.request from the guest to host:port. */
  | { t: 'fetch'; id: number; host: string; port: number; req: Omit<HttpRequest, 'remoteAddress'> }
