import type { Program } from '../../../process/types'
import { parseFlags } from '../flags'
import { complain, eachInput, lines, usageError } from '../io'

export const tac: Program = async (ctx) =>
  eachInput(ctx, ctx.argv.slice(1), (text) => ctx.stdout.write(lines(text).reverse().map((l) => l + '\n').join('')))

/** nl: numbers non-empty lines (body style t), width 6, then a tab. */
export const nl: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1), { value: 'bw', long: { 'body-numbering=': 'b' } })
  if (p.error) return usageError(ctx, p.error)
  const all = p.values.get('b') === 'a'
  const width = Number(p.values.get('w') ?? 6)
  let n = 1
  return eachInput(ctx, p.operands, (text) => {
    ctx.stdout.write(lines(text).map((l) => (l === '' && !all ? `${' '.repeat(width)} \n`.replace(/ +\n$/, '\n') : `${String(n++).padStart(width)}\t${l}\n`)).join(''))
  })
}

/** seq [FIRST [INCREMENT]] LAST, with -s and -w. */
export const seq: Program = async (ctx) => {
  const p = parseFlags(ctx.argv.slice(1).map((a) => (/^-\d/.test(a) ? `\u0000${a}` : a)), { bool: 'w', value: 's', long: { 'separator=': 's', 'equal-width': 'w' } })
  if (p.error) return usageError(ctx, p.error)
  const nums = p.operands.map((o) => o.replace('\u0000', ''))
  if (nums.length === 0) return usageError(ctx, 'missing operand')
  for (const x of nums) {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(x)) {
      complain(ctx, `invalid floating point argument: '${x}'`)
      ctx.stderr.write("Try 'seq --help' for more information.\n")
      return 1
    }
  }
  const [first, step, last] = nums.length === 1 ? [1, 1, Number(nums[0])] : nums.length === 2 ? [Number(nums[0]), 1, Number(nums[1])] : [Number(nums[0]), Number(nums[1]), Number(nums[2])]
  const decimals = Math.max(0, ...nums.slice(0, nums.length === 3 ? 2 : 1).map((x) => (x.includes('.') ? x.split('.')[1]!.length : 0)))
  const out: string[] = []
  if (step === 0) return usageError(ctx, "invalid Zero increment value: '0'")
  for (let v = first, k = 0; step > 0 ? v <= last + 1e-9 : v >= last - 1e-9; k++, v = first + k * step) out.push(v.toFixed(decimals))
  const width = Math.max(0, ...out.map((s) => s.length))
  const sep = p.values.get('s') ?? '\n'
  if (out.length) ctx.stdout.write((p.flags.has('w') ? out.map((s) => s.padStart(width, '0')) : out).join(sep) + '\n')
  return 0
}
