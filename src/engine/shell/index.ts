/**
 * The Wharf shell: one POSIX-ish interpreter behind four faces (the host terminal, bash,
 * dash and busybox ash), streaming through pipes so output appears as it is written.
 *
 * - `runScript(ctx, source, { flavor, builtins?, lookup?, name?, args? })` runs source like
 *   `sh -c` and resolves with the exit status.
 * - `interactiveShell(ctx, { flavor, builtins?, lookup? })` is the REPL: PS1/PS2 prompts on
 *   stderr, one `ctx.stdin.read()` per line (the terminal echoes and edits), until EOF or `exit`.
 * - `SHELL_PROGRAMS` registers `bash`, `sh`, `dash`, `ash` and `busybox` as Programs
 *   (`-c`, script files, `-l`, `-i`); `shebangArgv` tells the kernel how to run a script file.
 * - `builtins` inject extra commands with the Program signature (the host adds `docker`);
 *   `lookup` (a CommandLookup, default `fsCommandLookup(ctx.fs)`) decides before spawning
 *   whether a command exists, so the shell words "command not found" itself. Everything else
 *   runs through `ctx.host.spawn`.
 */
export { runScript, shellProgram, busybox, shebangArgv, SHELL_PROGRAMS, type RunScriptOptions } from './programs'
export { interactiveShell } from './repl'
export { type CommandLookup, type LookupResult, fsCommandLookup, findCommand } from './lookup'
export type { ShellFlavor } from './flavor'
export type { ShellConfig } from './shell'
export { createPipe, readLine, readAll, pushbackFor, BrokenPipeError, type Pipe } from './streams'
export { formatPrintf, interpretEscapes } from './printf-format'
export { evaluateTest } from './test-expr'
