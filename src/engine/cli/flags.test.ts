import { describe, expect, test } from 'vitest'
import { parseFlags, type UsageContext } from './flags'
import type { FlagSpec } from './types'

const RUN_USAGE: UsageContext = {
  useLine: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  commandPath: 'docker run',
}

const runLike: FlagSpec[] = [
  { name: 'detach', short: 'd', type: 'bool', usage: '' },
  { name: 'interactive', short: 'i', type: 'bool', usage: '' },
  { name: 'tty', short: 't', type: 'bool', usage: '' },
  { name: 'rm', type: 'bool', usage: '' },
  { name: 'sig-proxy', type: 'bool', usage: '', default: true },
  { name: 'name', type: 'string', usage: '' },
  { name: 'publish', short: 'p', type: 'list', usage: '' },
  { name: 'env', short: 'e', type: 'list', usage: '' },
  { name: 'hostname', short: 'h', type: 'string', usage: '' },
  { name: 'help', type: 'bool', usage: 'Print usage' },
  { name: 'stop-timeout', type: 'int', usage: '' },
  { name: 'health-interval', type: 'duration', usage: '' },
]

const psLike: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: '' },
  { name: 'last', short: 'n', type: 'int', usage: '', default: -1 },
  { name: 'filter', short: 'f', type: 'filter', usage: '' },
  { name: 'time', type: 'int', usage: '', deprecated: 'use --timeout instead' },
]

function parsed(specs: FlagSpec[], argv: string[], stopAtFirstArg = false) {
  const result = parseFlags(specs, argv, { stopAtFirstArg, usage: RUN_USAGE })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function errorOf(specs: FlagSpec[], argv: string[]) {
  const result = parseFlags(specs, argv, { usage: RUN_USAGE })
  if (result.ok) throw new Error('expected a flag error')
  return result.error
}

const footer = '\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information'

describe('values', () => {
  test('long flags take the next word or an = value', () => {
    const { flags } = parsed(runLike, ['--name', 'web', '--publish=8080:80'])
    expect(flags.values.name).toBe('web')
    expect(flags.values.publish).toEqual(['8080:80'])
    expect([...flags.changed].sort()).toEqual(['name', 'publish'])
  })

  test('bools are true when named and accept =false', () => {
    const { flags } = parsed(runLike, ['--rm', '--sig-proxy=false'])
    expect(flags.values.rm).toBe(true)
    expect(flags.values['sig-proxy']).toBe(false)
    expect(flags.values.detach).toBe(false)
  })

  test('absent flags take their defaults', () => {
    const { flags } = parsed(psLike, [])
    expect(flags.values).toEqual({ all: false, last: -1, filter: [], time: 0 })
    expect(flags.changed.size).toBe(0)
  })

  test('combined shorthands and attached values', () => {
    const { flags, args } = parsed(runLike, ['-dit', '-p8080:80', '-p', '9090:90', '-e=A=1', '-e', 'B=2', 'nginx'])
    expect(flags.values.detach).toBe(true)
    expect(flags.values.interactive).toBe(true)
    expect(flags.values.tty).toBe(true)
    expect(flags.values.publish).toEqual(['8080:80', '9090:90'])
    expect(flags.values.env).toEqual(['A=1', 'B=2'])
    expect(args).toEqual(['nginx'])
  })

  test('a value-taking shorthand ends a cluster: -dp8080:80', () => {
    const { flags } = parsed(runLike, ['-dp8080:80'])
    expect(flags.values.detach).toBe(true)
    expect(flags.values.publish).toEqual(['8080:80'])
  })

  test('ints use Go integer syntax', () => {
    expect(parsed(psLike, ['-n', '0x10']).flags.values.last).toBe(16)
    expect(parsed(psLike, ['--last=-3']).flags.values.last).toBe(-3)
  })

  test('durations are checked and kept as typed', () => {
    expect(parsed(runLike, ['--health-interval', '1m30s']).flags.values['health-interval']).toBe('1m30s')
  })
})

describe('interspersed', () => {
  test('by default flags may follow arguments', () => {
    const { flags, args } = parsed(psLike, ['x', '-a', 'y'])
    expect(flags.values.all).toBe(true)
    expect(args).toEqual(['x', 'y'])
  })

  test('stopAtFirstArg leaves everything after the image to the command', () => {
    const { flags, args } = parsed(runLike, ['-d', 'alpine', 'ls', '-la', '--rm'], true)
    expect(flags.values.detach).toBe(true)
    expect(flags.values.rm).toBe(false)
    expect(args).toEqual(['alpine', 'ls', '-la', '--rm'])
  })

  test('-- ends the flags; a lone - is an argument', () => {
    const { flags, args } = parsed(psLike, ['-', '--', '-a'])
    expect(flags.values.all).toBe(false)
    expect(args).toEqual(['-', '-a'])
  })
})

describe('help', () => {
  test('--help is known to every command', () => {
    expect(parsed(psLike, ['--help']).help).toBe(true)
  })

  test('-h is the deprecated help shorthand where the command has no -h', () => {
    const result = parsed(psLike, ['-h'])
    expect(result.help).toBe(true)
    expect(result.notices).toEqual(['Flag shorthand -h has been deprecated, use --help'])
  })

  test('-h is --hostname for docker run', () => {
    const result = parsed(runLike, ['-h', 'box', 'alpine'], true)
    expect(result.help).toBe(false)
    expect(result.flags.values.hostname).toBe('box')
  })

  test('a deprecated flag still works and says so', () => {
    const result = parsed(psLike, ['--time', '3'])
    expect(result.flags.values.time).toBe(3)
    expect(result.notices).toEqual(['Flag --time has been deprecated, use --timeout instead'])
  })
})

describe('errors (docker 28 texts, exit 125)', () => {
  test('unknown long flag', () => {
    const error = errorOf(runLike, ['--foo'])
    expect(error.message).toBe('unknown flag: --foo' + footer)
    expect(error.exitCode).toBe(125)
  })

  test('unknown long flag with a value', () => {
    expect(errorOf(runLike, ['--foo=bar']).message).toBe('unknown flag: --foo' + footer)
  })

  test('unknown shorthand, naming the rest of the cluster', () => {
    expect(errorOf(runLike, ['-z']).message).toBe("unknown shorthand flag: 'z' in -z" + footer)
    expect(errorOf(runLike, ['-dz']).message).toBe("unknown shorthand flag: 'z' in -z" + footer)
    expect(errorOf(runLike, ['-zd']).message).toBe("unknown shorthand flag: 'z' in -zd" + footer)
  })

  test('missing values', () => {
    expect(errorOf(runLike, ['--name']).message).toBe('flag needs an argument: --name' + footer)
    expect(errorOf(runLike, ['-p']).message).toBe("flag needs an argument: 'p' in -p" + footer)
    expect(errorOf(runLike, ['-dp']).message).toBe("flag needs an argument: 'p' in -p" + footer)
  })

  test('bad int, as strconv words it', () => {
    expect(errorOf(psLike, ['-n', 'x']).message).toBe(
      'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax' + footer,
    )
    expect(errorOf(runLike, ['--stop-timeout=1.5']).message).toBe(
      'invalid argument "1.5" for "--stop-timeout" flag: strconv.ParseInt: parsing "1.5": invalid syntax' + footer,
    )
  })

  test('bad bool and bad duration', () => {
    expect(errorOf(runLike, ['--rm=yes']).message).toBe(
      'invalid argument "yes" for "--rm" flag: strconv.ParseBool: parsing "yes": invalid syntax' + footer,
    )
    expect(errorOf(runLike, ['--health-interval', '5']).message).toBe(
      'invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"' + footer,
    )
  })

  test('bad flag syntax', () => {
    expect(errorOf(runLike, ['---x']).message).toBe('bad flag syntax: ---x' + footer)
  })

  test('without a usage context the bare pflag text is returned', () => {
    const result = parseFlags(psLike, ['--nope'])
    expect(result.ok ? '' : result.error.message).toBe('unknown flag: --nope')
  })
})
