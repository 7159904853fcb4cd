/**
 * Messages between a sandbox host (the page, or the headless runner) and the guest code running
 * inside the sandbox (src/runtimes/js/guest). Plain structured-clone data in both directions.
 */
import type { FsWriteOp, JsSandboxInit, ReplOutcome, ScriptRequest } from '../../engine/programs/node/sandbox-port'

export type HostMessage =
  | { t: 'init'; init: JsSandboxInit }
  | { t: 'repl'; id: number; code: string }
  | { t: 'script'; id: number; req: ScriptRequest }

export type GuestMessage =
  | { t: 'ready' }
  | { t: 'out'; fd: 1 | 2; text: string }
  | { t: 'fs'; op: FsWriteOp }
  | { t: 'exit'; code: number }
  | { t: 'repl-result'; id: number; outcome: ReplOutcome }
  | { t: 'script-done'; id: number; code: number }
