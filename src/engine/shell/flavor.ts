/** The three shells we imitate, plus the host terminal (bash-like, `$ ` prompt). */
export type ShellFlavor = 'bash' | 'dash' | 'ash' | 'host'

/** Where a script came from, which changes how errors are prefixed. */
export type ScriptSource = { kind: 'interactive' } | { kind: 'command' } | { kind: 'file'; path: string } | { kind: 'stdin' }

/**
 * The prefix real shells put before a diagnostic:
 * bash `bash: ` (interactive), `bash: line 1: ` (-c), `x.sh: line 3: ` (file);
 * dash `sh: 1: ` always ($0 and line); busybox ash `sh: ` or `x.sh: line 3: `.
 */
export function errorPrefix(flavor: ShellFlavor, name: string, source: ScriptSource, line: number): string {
  if (flavor === 'dash') return `${name}: ${line}: `
  const label = source.kind === 'file' ? source.path : name
  if (source.kind === 'interactive') return `${label}: `
  if (flavor === 'ash') return source.kind === 'file' ? `${label}: line ${line}: ` : `${label}: `
  return `${label}: line ${line}: `
}

export function notFoundMessage(flavor: ShellFlavor, prefix: string, command: string): string {
  return flavor === 'bash' || flavor === 'host' ? `${prefix}${command}: command not found\n` : `${prefix}${command}: not found\n`
}

/** bash: "syntax error near unexpected token `fi'"; dash: `Syntax error: "fi" unexpected`; ash: `syntax error: unexpected "fi"`. */
export function syntaxErrorMessage(flavor: ShellFlavor, token: string, unmatched?: string): string {
  if (flavor === 'dash') {
    if (unmatched) return 'Syntax error: Unterminated quoted string'
    return token === 'EOF' ? 'Syntax error: end of file unexpected' : `Syntax error: ${token === 'newline' ? 'newline' : `"${token}"`} unexpected`
  }
  if (flavor === 'ash') {
    if (unmatched) return 'syntax error: unterminated quoted string'
    return token === 'EOF' ? 'syntax error: unexpected end of file' : `syntax error: unexpected ${token === 'newline' ? 'newline' : `"${token}"`}`
  }
  if (unmatched) return `unexpected EOF while looking for matching \`${unmatched}'`
  return token === 'EOF' ? 'syntax error: unexpected end of file' : `syntax error near unexpected token \`${token}'`
}
