/**
 * The port between the `python3` program and a real CPython that a face supplies (Pyodide in a
 * browser worker, or in Node for the headless runner). The engine never sees Pyodide: it hands
 * over plain data (argv, env, cwd, hostname, the container's files) and gets back output, exit
 * statuses and the files the interpreter changed, which it writes into the container's RootFs.
 */

/** One filesystem entry crossing the port; `gone` means deleted. Paths are absolute. */
export type PyEntry =
  | { path: string; kind: 'file'; data: string; mode: number; mtime: number }
  | { path: string; kind: 'dir'; mode: number; mtime: number }
  | { path: string; kind: 'symlink'; target: string; mtime: number }
  | { path: string; kind: 'gone' }

export interface PyProcessSpec {
  /** sys.argv: ['', …] for the REPL, ['-c', …] for -c, [script, args…] for a file. */
  argv: string[]
  env: [string, string][]
  cwd: string
  hostname: string
  /** Whether sys.stdin/stdout/stderr report isatty(). */
  tty: boolean
  /** The container's filesystem as the process starts. */
  files: PyEntry[]
  /** Non-TTY stdin read ahead of time (sys.stdin.read() returns it); undefined on a TTY. */
  stdin?: string
}

export interface PyOutput {
  stdout(text: string): void
  stderr(text: string): void
}

export interface PyStep {
  /** Status from SystemExit (exit(), quit(), sys.exit), or null when the interpreter goes on. */
  exit: number | null
  /** REPL only: the statement is incomplete and wants a continuation line (`... `). */
  more: boolean
  /** Files the code created, changed or removed, to write back into the container. */
  changes: PyEntry[]
  /**
   * Ctrl+C could not be delivered into running code (no SharedArrayBuffer), so the host
   * replaced the interpreter: every variable is gone and this session is closed.
   */
  reset?: boolean
}

export interface PythonSession {
  /** sys.version of the interpreter that really runs. */
  readonly version: string
  /**
   * The REPL's statement buffer so far (its lines joined by "\n"), compiled and run as
   * `code.InteractiveInterpreter.runsource(source, "<stdin>")` does: `more` when incomplete.
   */
  push(source: string, incoming: PyEntry[]): Promise<PyStep>
  /**
   * Run a whole program as __main__: a script file, -c code or stdin. Uncaught exceptions are
   * printed as CPython does and give status 1.
   */
  run(source: string, filename: string, incoming: PyEntry[]): Promise<PyStep>
  /** Ctrl+C while code runs: KeyboardInterrupt if the host can deliver it, else a reset. */
  interrupt(): void
  close(): void
}

export interface PythonSandboxFactory {
  /** The real interpreter's version ("3.14.2"), known without loading it (`python --version`). */
  readonly pythonVersion: string
  /** Start loading the interpreter now, so a pull or a container start covers the cold start. */
  warm(): void
  /** A new interpreter session for one process; resolves once the interpreter is ready. */
  open(spec: PyProcessSpec, out: PyOutput): Promise<PythonSession>
}
