/**
 * Errors as values. A DockerError carries the exact text Docker prints and the exit status
 * the CLI ends with, so a command handler can return one and the caller prints it verbatim.
 */
export type ErrorCode =
  | 'not-found'
  | 'conflict'
  | 'invalid-argument'
  | 'invalid-reference'
  | 'unauthorized'
  | 'not-running'
  | 'already-allocated'
  | 'exec-not-found'
  | 'permission'
  | 'usage'
  | 'cancelled'
  | 'internal'

export interface DockerError {
  readonly kind: 'docker-error'
  readonly code: ErrorCode
  /** Text as the daemon or CLI words it, without any "Error response from daemon: " prefix. */
  readonly message: string
  /** True when the real CLI would show it behind "Error response from daemon: ". */
  readonly fromDaemon: boolean
  readonly exitCode: number
}

export function daemonError(code: ErrorCode, message: string, exitCode = 1): DockerError {
  return { kind: 'docker-error', code, message, fromDaemon: true, exitCode }
}

export function cliError(code: ErrorCode, message: string, exitCode = 1): DockerError {
  return { kind: 'docker-error', code, message, fromDaemon: false, exitCode }
}

/** The text as the docker CLI prints it. */
export function errorText(e: DockerError): string {
  return e.fromDaemon ? `Error response from daemon: ${e.message}` : e.message
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DockerError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(error: DockerError): Result<T> => ({ ok: false, error })

export function isDockerError(x: unknown): x is DockerError {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'docker-error'
}
