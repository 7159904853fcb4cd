/** buildkit frontend/dockerfile/instructions/bflag.go: `--name=value` and boolean `--name`. */
export class BFlags {
  private readonly values = new Map<string, string>()
  private readonly known = new Map<string, 'string' | 'bool' | 'strings'>()
  readonly used = new Set<string>()

  constructor(private readonly args: string[]) {}

  addString(name: string): this {
    this.known.set(name, 'string')
    return this
  }
  addBool(name: string): this {
    this.known.set(name, 'bool')
    return this
  }
  addStrings(name: string): this {
    this.known.set(name, 'strings')
    return this
  }

  get(name: string): string {
    return this.values.get(name) ?? ''
  }

  /** The error text BuildKit gives, or null. */
  parse(): string | null {
    for (const raw of this.args) {
      if (!raw.startsWith('--')) return `Arg ${JSON.stringify(raw)} must start with '--'`
      const arg = raw.slice(2)
      const eq = arg.indexOf('=')
      const name = eq < 0 ? arg : arg.slice(0, eq)
      const type = this.known.get(name)
      if (!type) return `unknown flag: ${name}`
      if (this.used.has(name) && type !== 'strings') return `Duplicate flag specified: ${name}`
      this.used.add(name)
      if (eq < 0) {
        if (type !== 'bool') return `Missing a value on flag: ${name}`
        this.values.set(name, 'true')
        continue
      }
      const v = arg.slice(eq + 1)
      if (type === 'bool') {
        const l = v.toLowerCase()
        if (l !== 'true' && l !== 'false' && l !== '') return `expecting boolean value for flag ${name}, not: ${v}`
        this.values.set(name, l === 'false' ? 'false' : 'true')
      } else this.values.set(name, v)
    }
    return null
  }
}
