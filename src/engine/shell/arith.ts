/** `$(( … ))`: integer arithmetic with C precedence, over shell variables. */
export interface ArithVars {
  get(name: string): string | undefined
  set(name: string, value: string): void
}

export class ArithError extends Error {}

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=|>>=|\+\+|--|[<>=!]=|&&|\|\||<<|>>|[-+*/%&|^]=|[-+*/%<>&|^!~?:=(),])/y

const BINARY: Record<string, number> = {
  ',': 0, '||': 3, '&&': 4, '|': 5, '^': 6, '&': 7, '==': 8, '!=': 8, '<': 9, '>': 9, '<=': 9, '>=': 9,
  '<<': 10, '>>': 10, '+': 11, '-': 11, '*': 12, '/': 12, '%': 12, '**': 13,
}

export function evaluateArithmetic(expr: string, vars: ArithVars): number {
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  let pos = 0
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break
    TOKEN.lastIndex = pos
    const m = TOKEN.exec(expr)
    if (!m) throw new ArithError(`${expr.slice(pos).trim()}: syntax error: invalid arithmetic operator (error token is "${expr.slice(pos).trim()}")`)
    tokens.push(m[1]!)
    pos = TOKEN.lastIndex
  }
  let i = 0
  const peek = () => tokens[i]
  const take = () => tokens[i++]

  const valueOf = (name: string): number => {
    const raw = vars.get(name) ?? ''
    if (raw.trim() === '') return 0
    return /^[A-Za-z_]/.test(raw.trim()) ? valueOf(raw.trim()) : parseNumber(raw.trim())
  }

  const assignment = (): number => {
    const t = peek()
    const op = tokens[i + 1]
    if (t && /^[A-Za-z_]/.test(t) && op && /^(=|[-+*/%&|^]=|<<=|>>=|\*\*=)$/.test(op)) {
      i += 2
      const rhs = assignment()
      const value = op === '=' ? rhs : apply(op.slice(0, -1), valueOf(t), rhs)
      vars.set(t, String(value))
      return value
    }
    return ternary()
  }

  const ternary = (): number => {
    const cond = binary(1)
    if (peek() !== '?') return cond
    take()
    const a = assignment()
    if (take() !== ':') throw new ArithError('syntax error in expression')
    const b = assignment()
    return cond ? a : b
  }

  const binary = (minPrec: number): number => {
    let left = unary()
    for (;;) {
      const op = peek()
      const prec = op === undefined ? undefined : BINARY[op]
      if (prec === undefined || prec < minPrec) return left
      take()
      const right = binary(op === '**' ? prec : prec + 1)
      left = apply(op!, left, right)
    }
  }

  const unary = (): number => {
    const t = take()
    if (t === undefined) throw new ArithError('syntax error: operand expected')
    if (t === '-') return -unary()
    if (t === '+') return unary()
    if (t === '!') return unary() ? 0 : 1
    if (t === '~') return ~unary()
    if (t === '++' || t === '--') {
      const name = take()!
      const v = valueOf(name) + (t === '++' ? 1 : -1)
      vars.set(name, String(v))
      return v
    }
    if (t === '(') {
      const v = assignment()
      if (take() !== ')') throw new ArithError('syntax error: missing )')
      return v
    }
    if (/^[A-Za-z_]/.test(t)) {
      const post = peek()
      if (post === '++' || post === '--') {
        take()
        const v = valueOf(t)
        vars.set(t, String(v + (post === '++' ? 1 : -1)))
        return v
      }
      return valueOf(t)
    }
    if (/^\d/.test(t)) return parseNumber(t)
    throw new ArithError(`syntax error: operand expected (error token is "${tokens.slice(i - 1).join(' ')}")`)
  }

  if (tokens.length === 0) return 0
  const result = assignment()
  if (i < tokens.length) throw new ArithError(`syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`)
  return result
}

function parseNumber(text: string): number {
  if (/^0[xX]/.test(text)) return parseInt(text.slice(2), 16)
  if (/^0\d+$/.test(text)) return parseInt(text, 8)
  if (/^-?\d+$/.test(text)) return Number(text)
  throw new ArithError(`${text}: syntax error: invalid arithmetic operator`)
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b
    case '-': return a - b
    case '*': return a * b
    case '/':
    case '%':
      if (b === 0) throw new ArithError('division by 0 (error token is "0")')
      return op === '/' ? Math.trunc(a / b) : a % b
    case '**': return a ** b
    case '<<': return a << b
    case '>>': return a >> b
    case '<': return Number(a < b)
    case '>': return Number(a > b)
    case '<=': return Number(a <= b)
    case '>=': return Number(a >= b)
    case '==': return Number(a === b)
    case '!=': return Number(a !== b)
    case '&': return a & b
    case '|': return a | b
    case '^': return a ^ b
    case '&&': return Number(a !== 0 && b !== 0)
    case '||': return Number(a !== 0 || b !== 0)
    case ',': return b
  }
  throw new ArithError(`unknown operator ${op}`)
}
