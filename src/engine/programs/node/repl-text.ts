/** Texts of Node's REPL (lib/repl.js, lib/internal/main/repl.js), word for word. */

export const banner = (version: string) => `Welcome to Node.js ${version}.\nType ".help" for more information.\n`

export const PROMPT = '> '
export const CONTINUATION_PROMPT = '... '

/** `.help` in the REPL `node` starts (useGlobal: true, so .clear is an alias for .break). */
export const HELP = `.break    Sometimes you get stuck, this gets you out
.clear    Alias for .break
.editor   Enter editor mode
.exit     Exit the REPL
.help     Print this help message
.load     Load JS from a file into the REPL session
.save     Save all evaluated commands in this REPL session to a file

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
`

export const EDITOR_BANNER = '// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n'
export const CTRL_C_HINT = '(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n'
export const INVALID_KEYWORD = 'Invalid REPL keyword\n'

/**
 * Ctrl+C during an evaluation. Node breaks the script and keeps the context; here the sandbox
 * is a worker that can only be killed, so the context is gone, and we say so.
 */
export const INTERRUPTED =
  'Uncaught Error: Script execution was interrupted by `SIGINT`\n' +
  '(Wharf: the JavaScript sandbox was restarted to stop it; variables defined earlier are gone.)\n'
