/** Argument-count checks with docker/cli 28.5's texts (cli/required.go). Printed with exit status 1. */
import { cliError, type DockerError } from '../kernel/errors'
import type { UsageContext } from './flags'
import type { ArgsRule } from './types'

function pluralize(word: string, n: number): string {
  return n === 1 ? word : `${word}s`
}

function usageError(head: string, usage: UsageContext, hint: 'See' | 'Run' | 'SRun'): DockerError {
  const text = `docker: ${head}\n\nUsage:  ${usage.useLine}\n\n${hint} '${usage.commandPath} --help' for more information`
  return cliError('usage', text, 1)
}

/** Returns the error docker prints for `args`, or undefined when the count is acceptable. */
export function checkArgs(rule: ArgsRule, args: string[], usage: UsageContext): DockerError | undefined {
  const n = args.length
  const path = usage.commandPath
  switch (rule.kind) {
    case 'any':
      return undefined
    case 'none':
      return n === 0 ? undefined : usageError(`'${path}' accepts no arguments`, usage, 'Run')
    case 'min':
      // Only RequiresMinArgs says "See"; the others say "Run".
      return n >= rule.n
        ? undefined
        : usageError(`'${path}' requires at least ${rule.n} ${pluralize('argument', rule.n)}`, usage, 'See')
    case 'max':
      // RequiresMaxArgs in 28.5 really prints "SRun" (a typo in cli/required.go).
      return n <= rule.n
        ? undefined
        : usageError(`'${path}' requires at most ${rule.n} ${pluralize('argument', rule.n)}`, usage, 'SRun')
    case 'exact':
      return n === rule.n
        ? undefined
        : usageError(`'${path}' requires ${rule.n} ${pluralize('argument', rule.n)}`, usage, 'Run')
    case 'range':
      return n >= rule.min && n <= rule.max
        ? undefined
        : usageError(
            `'${path}' requires at least ${rule.min} and at most ${rule.max} ${pluralize('argument', rule.max)}`,
            usage,
            'Run',
          )
  }
}

/** NoArgs on a management command (cli/required.go): "docker: unknown command: docker container foo". */
export function unknownSubcommandError(word: string, usage: UsageContext): DockerError {
  const text = `docker: unknown command: ${usage.commandPath} ${word}\n\nUsage:  ${usage.useLine}\n\nRun '${usage.commandPath} --help' for more information`
  return cliError('usage', text, 1)
}
