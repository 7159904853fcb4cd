/**
 * A command line parser with spf13/pflag's semantics (v1.0.6, as vendored by docker/cli 28.5):
 * `--name value`, `--name=value`, bool flags with an optional `=value`, shorthand clusters
 * (`-dit`, `-p8080:80`, `-e=A=1`), `--` ending the flags, and SetInterspersed(false).
 */
import { cliError, fail, ok, type Result } from '../kernel/errors'
import { convertFlagValue, defaultFlagValue, goQuote, type FlagValue } from './flag-values'
import type { FlagSpec, ParsedFlags } from './types'

export interface FlagParseOptions {
  /** pflag SetInterspersed(false): everything from the first positional argument on is an argument. */
  stopAtFirstArg?: boolean
  /** When given, errors carry docker's footer (cli/cobra.go FlagErrorFunc). */
  usage?: UsageContext
}

export interface UsageContext {
  /** cobra UseLine(), e.g. "docker run [OPTIONS] IMAGE [COMMAND] [ARG...]". */
  useLine: string
  /** cobra CommandPath(), e.g. "docker run". */
  commandPath: string
}

export interface ParsedCommandLine {
  flags: ParsedFlags
  args: string[]
  /** --help (or the deprecated -h) was given. */
  help: boolean
  /** Lines pflag writes while parsing, e.g. "Flag shorthand -h has been deprecated, use --help". */
  notices: string[]
}

interface FlagDefinition extends FlagSpec {
  shorthandDeprecated?: string
}

/**
 * docker/cli's root command declares a persistent hidden `--help` with a deprecated `-h`
 * (cli/cobra.go); cobra merges it into every command that has no `help` flag of its own, and
 * pflag skips the shorthand when the command already uses `-h` (docker run's --hostname).
 */
function withHelpFlag(specs: FlagSpec[]): FlagDefinition[] {
  if (specs.some((s) => s.name === 'help')) return specs
  const shortTaken = specs.some((s) => s.short === 'h')
  const help: FlagDefinition = { name: 'help', type: 'bool', usage: 'Print usage', hidden: true }
  if (!shortTaken) Object.assign(help, { short: 'h', shorthandDeprecated: 'use --help' })
  return [...specs, help]
}

/** The flag's name as pflag shows it in "invalid argument" errors. */
function displayName(flag: FlagDefinition): string {
  return flag.short && !flag.shorthandDeprecated ? `-${flag.short}, --${flag.name}` : `--${flag.name}`
}

export function flagErrorText(message: string, usage: UsageContext | undefined): string {
  if (!usage) return message
  return `${message}\n\nUsage:  ${usage.useLine}\n\nRun '${usage.commandPath} --help' for more information`
}

class FlagParser {
  private readonly byName = new Map<string, FlagDefinition>()
  private readonly byShort = new Map<string, FlagDefinition>()
  readonly values: Record<string, FlagValue> = {}
  readonly changed = new Set<string>()
  readonly args: string[] = []
  readonly notices: string[] = []

  constructor(specs: FlagDefinition[]) {
    for (const spec of specs) {
      this.byName.set(spec.name, spec)
      if (spec.short) this.byShort.set(spec.short, spec)
      this.values[spec.name] = defaultFlagValue(spec)
    }
  }

  /** Returns an error text, or undefined when the whole argv parsed. */
  parse(argv: string[], interspersed: boolean): string | undefined {
    let rest = argv
    for (let word = rest[0]; word !== undefined; word = rest[0]) {
      rest = rest.slice(1)
      if (word.length < 2 || !word.startsWith('-')) {
        this.args.push(word)
        if (!interspersed) {
          this.args.push(...rest)
          return undefined
        }
        continue
      }
      if (word === '--') {
        this.args.push(...rest)
        return undefined
      }
      const step = word.startsWith('--') ? this.parseLong(word, rest) : this.parseShortCluster(word, rest)
      if (typeof step === 'string') return step
      rest = step
    }
    return undefined
  }

  private parseLong(word: string, rest: string[]): string[] | string {
    const body = word.slice(2)
    if (body.startsWith('-') || body.startsWith('=')) return `bad flag syntax: ${word}`
    const eq = body.indexOf('=')
    const name = eq < 0 ? body : body.slice(0, eq)
    const flag = this.byName.get(name)
    if (!flag) return `unknown flag: --${name}`
    if (eq >= 0) return this.set(flag, body.slice(eq + 1)) ?? rest
    if (flag.type === 'bool') return this.set(flag, 'true') ?? rest
    const [value] = rest
    if (value === undefined) return `flag needs an argument: ${word}`
    return this.set(flag, value) ?? rest.slice(1)
  }

  private parseShortCluster(word: string, rest: string[]): string[] | string {
    let letters = word.slice(1)
    let remaining = rest
    for (let letter = letters[0]; letter !== undefined; letter = letters[0]) {
      const flag = this.byShort.get(letter)
      if (!flag) return `unknown shorthand flag: '${letter}' in -${letters}`
      let value: string
      let next = letters.slice(1)
      if (letters.length > 2 && letters[1] === '=') {
        value = letters.slice(2)
        next = ''
      } else if (flag.type === 'bool') {
        value = 'true'
      } else if (letters.length > 1) {
        value = letters.slice(1)
        next = ''
      } else if (remaining[0] !== undefined) {
        value = remaining[0]
        remaining = remaining.slice(1)
      } else {
        return `flag needs an argument: '${letter}' in -${letters}`
      }
      if (flag.shorthandDeprecated) {
        this.notices.push(`Flag shorthand -${letter} has been deprecated, ${flag.shorthandDeprecated}`)
      }
      const error = this.set(flag, value)
      if (error) return error
      letters = next
    }
    return remaining
  }

  private set(flag: FlagDefinition, text: string): string | undefined {
    const converted = convertFlagValue(flag, text, this.changed.has(flag.name) ? this.values[flag.name] : undefined)
    if (!converted.ok) {
      return `invalid argument ${goQuote(text)} for ${goQuote(displayName(flag))} flag: ${converted.reason}`
    }
    this.values[flag.name] = converted.value
    this.changed.add(flag.name)
    if (flag.deprecated) this.notices.push(`Flag --${flag.name} has been deprecated, ${flag.deprecated}`)
    return undefined
  }
}

export function parseFlags(specs: FlagSpec[], argv: string[], options: FlagParseOptions = {}): Result<ParsedCommandLine> {
  const parser = new FlagParser(withHelpFlag(specs))
  const error = parser.parse(argv, !options.stopAtFirstArg)
  if (error !== undefined) return fail(cliError('usage', flagErrorText(error, options.usage), 125))
  const help = parser.values.help === true
  const values = { ...parser.values }
  if (!specs.some((s) => s.name === 'help')) delete values.help
  return ok({ flags: { values, changed: parser.changed }, args: parser.args, help, notices: parser.notices })
}
