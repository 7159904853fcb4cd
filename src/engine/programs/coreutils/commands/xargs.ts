import type { Program } from '../../../process/types'
import { readAll } from '../../../shell/streams'
import { complain } from '../io'

/** xargs [-n N] [-I R] [-0] [cmd…]: runs cmd (default echo) with words read from stdin. */
export const xargs: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  let per = Infinity
  let replace: string | undefined
  let nul = false
  while (args.length && args[0]!.startsWith('-')) {
    const a = args.shift()!
    if (a === '-n') per = Number(args.shift())
    else if (a.startsWith('-n')) per = Number(a.slice(2))
    else if (a === '-I') replace = args.shift()
    else if (a === '-0') nul = true
    else if (a === '-r' || a === '--no-run-if-empty') continue
    else if (a === '--') break
  }
  const command = args.length ? args : ['echo']
  const text = await readAll(ctx.stdin, ctx.signals.terminated)
  const items = replace !== undefined ? text.split('\n').filter(Boolean) : nul ? text.split('\0').filter(Boolean) : (text.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ''))
  const batches: string[][] = []
  if (replace !== undefined) for (const it of items) batches.push(command.map((c) => c.split(replace!).join(it)))
  else if (items.length === 0) batches.push(command)
  else for (let k = 0; k < items.length; k += per === Infinity ? items.length : per) batches.push([...command, ...items.slice(k, per === Infinity ? undefined : k + per)])
  let status = 0
  for (const argv of batches) {
    const s = await ctx.host.spawn({ argv, env: ctx.env, cwd: ctx.cwd, stdin: { isTTY: false, read: async () => null }, stdout: ctx.stdout, stderr: ctx.stderr })
    if (s === 127) {
      complain(ctx, `${argv[0]}: No such file or directory`)
      return 127
    }
    if (s !== 0) status = 123
  }
  return status
}
