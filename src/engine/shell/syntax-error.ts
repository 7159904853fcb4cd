/** A parse failure. `incomplete` means more input could complete it (the REPL then prints PS2). */
export class ShellSyntaxError extends Error {
  constructor(
    /** The offending token as bash quotes it, "newline" or "EOF" at the end. */
    readonly token: string,
    readonly line: number,
    readonly incomplete = false,
    /** For an unterminated quote: the quote character bash names in its message. */
    readonly unmatched?: string,
  ) {
    super(`syntax error near unexpected token \`${token}'`)
  }
}
