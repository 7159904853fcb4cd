import type { CliContext, CommandSpec } from '../types'

/** The run body of a command whose behaviour is not modelled yet. */
export function notImplemented(cli: CliContext, spec: CommandSpec): Promise<number> {
  cli.stderr.write(`docker: 'docker ${spec.path.join(' ')}' is not available in this playground yet\n`)
  return Promise.resolve(1)
}
