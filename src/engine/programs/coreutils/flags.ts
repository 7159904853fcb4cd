/**
 * The one flag parser every command uses: clustered short flags (`-la`), short flags with a
 * value (`-n 5`, `-n5`), long flags (`--all`, `--lines=5`), `--` and operands anywhere (GNU
 * permutes). Unknown flags give GNU's `invalid option -- 'z'` text.
 */
export interface FlagSpec {
  /** Short flags without a value, e.g. "laAdhR1". */
  bool?: string
  /** Short flags taking a value, e.g. "nk". */
  value?: string
  /** Long names mapped to a short letter (or a name of their own); `=` suffix takes a value. */
  long?: Record<string, string>
  /** Stop at the first operand (env, xargs, find-style commands). */
  stopAtOperand?: boolean
  /** A leading `-N` is a number flag (head -5, tail -5). */
  numericShorthand?: string
}

export interface ParsedFlags {
  flags: Set<string>
  values: Map<string, string>
  operands: string[]
  error?: string
}

export function parseFlags(argv: readonly string[], spec: FlagSpec): ParsedFlags {
  const flags = new Set<string>()
  const values = new Map<string, string>()
  const operands: string[] = []
  const bool = spec.bool ?? ''
  const valued = spec.value ?? ''
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') {
      operands.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('--') && spec.long) {
      const eq = a.indexOf('=')
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq)
      const key = spec.long[name] ?? spec.long[name + '=']
      if (key === undefined) return { flags, values, operands, error: `unrecognized option '${a}'` }
      if (spec.long[name + '='] !== undefined) {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i]
        if (v === undefined) return { flags, values, operands, error: `option '--${name}' requires an argument` }
        values.set(key, v)
      } else flags.add(key)
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      if (spec.numericShorthand && /^-\d+$/.test(a)) {
        values.set(spec.numericShorthand, a.slice(1))
        continue
      }
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!
        if (valued.includes(f)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i]
          if (v === undefined) return { flags, values, operands, error: `option requires an argument -- '${f}'` }
          values.set(f, v)
          break
        }
        if (!bool.includes(f)) return { flags, values, operands, error: `invalid option -- '${f}'` }
        flags.add(f)
      }
      continue
    }
    operands.push(a)
    if (spec.stopAtOperand) {
      operands.push(...argv.slice(i + 1))
      break
    }
  }
  return { flags, values, operands }
}
