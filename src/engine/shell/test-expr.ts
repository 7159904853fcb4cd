import { resolvePath } from '../fs/path'
import type { RootFs } from '../fs/rootfs'

/** `test` / `[`: 0 true, 1 false, 2 error (with the message after "test: "). */
export function evaluateTest(fs: RootFs, cwd: string, args: string[], uid = 0): { status: number; error?: string } {
  try {
    return { status: new TestParser(fs, cwd, args, uid).run() ? 0 : 1 }
  } catch (e) {
    if (e instanceof TestError) return { status: 2, error: e.message }
    throw e
  }
}

class TestError extends Error {}

const UNARY_FILE = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-g', '-u', '-k', '-O', '-G'])
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef'])

class TestParser {
  private i = 0
  constructor(
    private readonly fs: RootFs,
    private readonly cwd: string,
    private readonly args: string[],
    private readonly uid: number,
  ) {}

  run(): boolean {
    const a = this.args
    // POSIX fixes the meaning by argument count before any precedence parsing.
    if (a.length === 0) return false
    if (a.length === 1) return a[0] !== ''
    if (a.length === 2 && a[0] === '!') return a[1] === ''
    if (a.length === 3 && BINARY.has(a[1]!)) return this.binary(a[0]!, a[1]!, a[2]!)
    const v = this.or()
    if (this.i < a.length) throw new TestError(`${a[this.i]}: unexpected operator`)
    return v
  }

  private or(): boolean {
    let v = this.and()
    while (this.args[this.i] === '-o') {
      this.i++
      v = this.and() || v
    }
    return v
  }

  private and(): boolean {
    let v = this.not()
    while (this.args[this.i] === '-a') {
      this.i++
      v = this.not() && v
    }
    return v
  }

  private not(): boolean {
    if (this.args[this.i] === '!') {
      this.i++
      return !this.not()
    }
    return this.primary()
  }

  private primary(): boolean {
    const a = this.args
    const t = a[this.i]
    if (t === undefined) throw new TestError('argument expected')
    if (t === '(') {
      this.i++
      const v = this.or()
      if (a[this.i] !== ')') throw new TestError("')' expected")
      this.i++
      return v
    }
    if (a[this.i + 1] !== undefined && BINARY.has(a[this.i + 1]!) && a[this.i + 2] !== undefined) {
      this.i += 3
      return this.binary(t, a[this.i - 2]!, a[this.i - 1]!)
    }
    if ((UNARY_FILE.has(t) || t === '-n' || t === '-z' || t === '-t') && a[this.i + 1] !== undefined) {
      this.i += 2
      return this.unary(t, a[this.i - 1]!)
    }
    this.i++
    return t !== ''
  }

  private unary(op: string, arg: string): boolean {
    if (op === '-n') return arg !== ''
    if (op === '-z') return arg === ''
    if (op === '-t') return false
    const path = resolvePath(this.cwd, arg)
    if (arg === '') return false
    const e = op === '-L' || op === '-h' ? this.fs.lstat(path) : this.fs.stat(path)
    if (!e) return false
    switch (op) {
      case '-e':
        return true
      case '-f':
        return e.type === 'file'
      case '-d':
        return e.type === 'dir'
      case '-L':
      case '-h':
        return e.type === 'symlink'
      case '-s':
        return e.type === 'dir' || (e.type === 'file' && (e.size ?? e.data.length) > 0)
      case '-r':
      case '-w':
        return this.uid === 0 || (e.mode & (op === '-r' ? 0o444 : 0o222)) !== 0
      case '-x':
        return (e.mode & 0o111) !== 0
      case '-u':
        return (e.mode & 0o4000) !== 0
      case '-g':
        return (e.mode & 0o2000) !== 0
      case '-k':
        return (e.mode & 0o1000) !== 0
      case '-O':
        return e.uid === this.uid
      case '-G':
        return true
    }
    return false
  }

  private binary(a: string, op: string, b: string): boolean {
    switch (op) {
      case '=':
      case '==':
        return a === b
      case '!=':
        return a !== b
      case '<':
        return a < b
      case '>':
        return a > b
      case '-nt':
      case '-ot': {
        const ea = this.fs.stat(resolvePath(this.cwd, a))
        const eb = this.fs.stat(resolvePath(this.cwd, b))
        if (!ea || !eb) return op === '-nt' ? !!ea : !!eb
        return op === '-nt' ? ea.mtime > eb.mtime : ea.mtime < eb.mtime
      }
      case '-ef':
        return this.fs.exists(resolvePath(this.cwd, a)) && this.fs.resolve(resolvePath(this.cwd, a)) === this.fs.resolve(resolvePath(this.cwd, b))
    }
    const x = integer(a)
    const y = integer(b)
    switch (op) {
      case '-eq':
        return x === y
      case '-ne':
        return x !== y
      case '-lt':
        return x < y
      case '-le':
        return x <= y
      case '-gt':
        return x > y
      default:
        return x >= y
    }
  }
}

function integer(s: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`)
  return Number(s.trim())
}
