import type { CliContext } from './types'

/** docker/cli command.PromptForConfirmation: "[y/N]", anything but y/yes declines. */
export async function confirm(cli: CliContext, message: string): Promise<boolean> {
  cli.stdout.write(`${message}\nAre you sure you want to continue? [y/N] `)
  const line = await cli.stdin.read(cli.cancel)
  if (line === null) {
    cli.stdout.write('\n')
    return false
  }
  const answer = line.trim().toLowerCase()
  return answer === 'y' || answer === 'yes'
}
