/** buildkit util/suggest: the closest option under Levenshtein distance 3, in the input's case. */
export function levenshtein(a: string, b: string): number {
  const A = Array.from(a)
  const B = Array.from(b)
  let prev = B.map((_, j) => j + 1)
  prev.unshift(0)
  for (let i = 1; i <= A.length; i++) {
    const cur = [i]
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[B.length]!
}

export function suggest(value: string, options: readonly string[]): string | null {
  const val = value.toLowerCase()
  let match = ''
  let min = 3
  for (const o of options) {
    const opt = o.toLowerCase()
    if (val === opt) return null
    const d = levenshtein(val, opt)
    if (d < min) {
      match = value === value.toLowerCase() ? opt : value === value.toUpperCase() ? opt.toUpperCase() : opt
      min = d
    }
  }
  return match || null
}
