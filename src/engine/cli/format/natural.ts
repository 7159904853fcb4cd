/** Go's sortorder.NaturalLess on names: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): number {
  const re = /(\d+|\D+)/g
  const x = a.match(re) ?? []
  const y = b.match(re) ?? []
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!
    const q = y[i]!
    if (p === q) continue
    if (/^\d/.test(p) && /^\d/.test(q)) return Number(p) - Number(q) || p.length - q.length
    return p < q ? -1 : 1
  }
  return x.length - y.length
}
