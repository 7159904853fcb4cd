/**
 * `npm run -s headless -- [--seed N] [--now ISO] [--cols N] [--pull-speed BYTES_PER_S]`
 * Reads keystroke lines from stdin, prints the terminal's final text, exits with the status of
 * the last host command. Course authors can check their material with it.
 */
import { runHeadless } from './runner'

function parseArgs(argv: string[]) {
  const o: { seed?: number; now?: string; cols?: number; pull?: number } = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined]
    const value = () => inline ?? argv[++i] ?? ''
    if (flag === '--seed') o.seed = Number(value())
    else if (flag === '--now') o.now = value()
    else if (flag === '--cols') o.cols = Number(value())
    else if (flag === '--pull-speed') o.pull = Number(value())
    else {
      process.stderr.write(`headless: unknown argument ${a}\n`)
      process.exit(2)
    }
  }
  return o
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  let input = ''
  for await (const chunk of process.stdin) input += chunk
  const lines = input.replace(/\r\n/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const result = await runHeadless(lines, {
    seed: args.seed,
    now: args.now,
    cols: args.cols,
    pullBytesPerSecond: args.pull,
  })
  process.stdout.write(result.lines.join('\n') + '\n')
  process.exit(result.status)
}

void main()
