/**
 * Go's strconv float formatting ('e', 'f', 'g' with a precision, or shortest with -1),
 * which fmt's %e %f %g %v and go-units' "%.*g" rely on.
 * Fixed precisions round the exact binary value, ties to even (strconv's decimal rounding).
 */

/** A decimal number: digits without leading/trailing zeros; value = 0.digits × 10^dp. */
interface Decimal {
  digits: string
  dp: number
}

const pow5Cache: bigint[] = [1n]
function pow5(k: number): bigint {
  for (let i = pow5Cache.length; i <= k; i++) pow5Cache.push(pow5Cache[i - 1]! * 5n)
  return pow5Cache[k]!
}

function trimZeros(d: Decimal): Decimal {
  let digits = d.digits
  let dp = d.dp
  let lead = 0
  while (lead < digits.length && digits[lead] === '0') lead++
  digits = digits.slice(lead)
  dp -= lead
  let end = digits.length
  while (end > 0 && digits[end - 1] === '0') end--
  digits = digits.slice(0, end)
  return digits === '' ? { digits: '', dp: 0 } : { digits, dp }
}

/** The exact decimal expansion of a finite non-negative double. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 }
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const hi = view.getUint32(0)
  const lo = view.getUint32(4)
  const biased = (hi >>> 20) & 0x7ff
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  let exp: number
  if (biased === 0) {
    exp = -1074
  } else {
    mantissa |= 1n << 52n
    exp = biased - 1075
  }
  if (exp >= 0) {
    const s = (mantissa << BigInt(exp)).toString()
    return trimZeros({ digits: s, dp: s.length })
  }
  const s = (mantissa * pow5(-exp)).toString()
  return trimZeros({ digits: s, dp: s.length + exp })
}

/** Shortest digits that read back as x (what JS and Go's shortest mode both produce). */
function shortestDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 }
  const [mant = '', e = '0'] = x.toExponential().split('e')
  const digits = mant.replace('.', '')
  return trimZeros({ digits, dp: Number(e) + 1 })
}

/** Round to nd significant digits the way strconv's decimal.Round does. */
function roundDecimal(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.digits.length) return d
  const next = d.digits.charCodeAt(nd) - 48
  let up: boolean
  if (next === 5 && nd + 1 === d.digits.length) {
    up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1
  } else {
    up = next >= 5
  }
  if (!up) return trimZeros({ digits: d.digits.slice(0, nd), dp: d.dp })
  const kept = d.digits.slice(0, nd).split('').map(Number)
  let i = kept.length - 1
  while (i >= 0 && kept[i] === 9) {
    kept[i] = 0
    i--
  }
  if (i < 0) return { digits: '1', dp: d.dp + 1 }
  kept[i] = kept[i]! + 1
  return trimZeros({ digits: kept.join(''), dp: d.dp })
}

function digitAt(d: Decimal, i: number): string {
  return d.digits[i] ?? '0'
}

function formatE(d: Decimal, prec: number, expChar: string): string {
  let out = d.digits.length === 0 ? '0' : d.digits[0]
  if (prec > 0) {
    out += '.'
    for (let i = 1; i <= prec; i++) out += digitAt(d, i)
  }
  const exp = d.digits.length === 0 ? 0 : d.dp - 1
  const abs = Math.abs(exp)
  return `${out}${expChar}${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`
}

function formatF(d: Decimal, prec: number): string {
  let out = ''
  if (d.dp > 0) {
    for (let i = 0; i < d.dp; i++) out += digitAt(d, i)
  } else {
    out = '0'
  }
  if (prec > 0) {
    out += '.'
    for (let i = 0; i < prec; i++) out += digitAt(d, d.dp + i)
  }
  return out
}

/** strconv.FormatFloat(x, fmt, prec, 64) for fmt in e E f g G; prec -1 means shortest. */
export function formatGoFloat(x: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (x === Infinity) return '+Inf'
  if (x === -Infinity) return '-Inf'
  const neg = x < 0 || Object.is(x, -0)
  const abs = Math.abs(x)
  const shortest = prec < 0
  let d: Decimal
  if (shortest) {
    d = shortestDecimal(abs)
    if (fmt === 'e' || fmt === 'E') prec = Math.max(d.digits.length - 1, 0)
    else if (fmt === 'f') prec = Math.max(d.digits.length - d.dp, 0)
    else prec = d.digits.length
  } else {
    const exact = exactDecimal(abs)
    if (fmt === 'e' || fmt === 'E') d = roundDecimal(exact, prec + 1)
    else if (fmt === 'f') d = roundDecimal(exact, exact.dp + prec)
    else {
      if (prec === 0) prec = 1
      d = roundDecimal(exact, prec)
    }
  }
  const sign = neg ? '-' : ''
  if (fmt === 'e' || fmt === 'E') return sign + formatE(d, prec, fmt)
  if (fmt === 'f') return sign + formatF(d, prec)
  let eprec = prec
  if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length
  if (shortest) eprec = 6
  const exp = d.dp - 1
  if (exp < -4 || exp >= eprec) {
    if (prec > d.digits.length) prec = d.digits.length
    return sign + formatE(d, prec - 1, fmt === 'g' ? 'e' : 'E')
  }
  if (prec > d.dp) prec = d.digits.length
  return sign + formatF(d, Math.max(prec - d.dp, 0))
}
