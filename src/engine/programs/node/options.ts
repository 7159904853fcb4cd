/** `node [options] [script.js | -e code | -p expr] [arguments]`, the options we understand. */
export type NodeInvocation =
  | { kind: 'version' }
  | { kind: 'help' }
  | { kind: 'bad-option'; option: string }
  | { kind: 'missing-argument'; option: string }
  | { kind: 'eval'; code: string; print: boolean; args: string[] }
  | { kind: 'file'; path: string; args: string[] }
  | { kind: 'repl-or-stdin'; forceRepl: boolean; args: string[] }

/** Options Node accepts that change nothing here (they take no value). */
const IGNORED_FLAGS = new Set(['--no-warnings', '--enable-source-maps', '--trace-uncaught', '--no-deprecation', '--experimental-vm-modules'])

export function parseNodeArgs(args: string[]): NodeInvocation {
  let forceRepl = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-v' || a === '--version') return { kind: 'version' }
    if (a === '-h' || a === '--help') return { kind: 'help' }
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-pe') {
      const code = args[i + 1]
      if (code === undefined) return { kind: 'missing-argument', option: a }
      return { kind: 'eval', code, print: a.startsWith('-p') || a === '--print', args: args.slice(i + 2) }
    }
    if (a.startsWith('--eval=') || a.startsWith('--print=')) {
      const eq = a.indexOf('=')
      return { kind: 'eval', code: a.slice(eq + 1), print: a.startsWith('--print'), args: args.slice(i + 1) }
    }
    if (a === '-i' || a === '--interactive') {
      forceRepl = true
      continue
    }
    if (a === '--') return args[i + 1] === undefined ? { kind: 'repl-or-stdin', forceRepl, args: [] } : { kind: 'file', path: args[i + 1]!, args: args.slice(i + 2) }
    if (a === '-') return { kind: 'repl-or-stdin', forceRepl: false, args: args.slice(i + 1) }
    if (IGNORED_FLAGS.has(a) || a.startsWith('--max-old-space-size=') || a.startsWith('--stack-size=')) continue
    if (a.startsWith('-')) return { kind: 'bad-option', option: a }
    return { kind: 'file', path: a, args: args.slice(i + 1) }
  }
  return { kind: 'repl-or-stdin', forceRepl, args: [] }
}

/** `node --help`, first lines (the real text is 200 lines long). */
export const NODE_USAGE = `Usage: node [options] [ script.js ] [arguments]
       node inspect [options] [ script.js | host:port ] [arguments]

Options:
  -                           script read from stdin (default if no file name is provided, interactive mode if a tty)
  --                          indicate the end of node options
  -e, --eval=...              evaluate script
  -h, --help                  print node command line options (currently set)
  -i, --interactive           always enter the REPL even if stdin does not appear to be a terminal
  -p, --print [...]           evaluate script and print result
  -v, --version               print Node.js version

Documentation can be found at https://nodejs.org/
`
