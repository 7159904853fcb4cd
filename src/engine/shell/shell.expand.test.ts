import { describe, expect, it } from 'vitest'
import { run } from './test-kit'

const out = async (src: string, opts = {}) => (await run(src, opts)).stdout

describe('quoting and variables', () => {
  it('keeps single quotes literal and expands inside double quotes', async () => {
    expect(await out(`X=world; echo 'hi $X' "hi $X" hi\\ \\$X`)).toBe('hi $X hi world hi $X\n')
  })
  it('splits unquoted expansions on whitespace, not quoted ones', async () => {
    expect(await out(`A="a   b"; printf '[%s]' $A "$A"; echo`)).toBe('[a][b][a   b]\n')
  })
  it('drops empty unquoted expansions but keeps ""', async () => {
    expect(await out(`E=; printf '[%s]' $E "" "$E"; echo`)).toBe('[][]\n')
  })
  it('supports braces, defaults and assignment defaults', async () => {
    expect(await out('unset U; echo ${U:-d} ${U-x} ${U:=set} $U ${#U} ${HOME}x')).toBe('d x set set 3 /rootx\n')
  })
  it('supports alternate values and the length of "$@"', async () => {
    expect(await out('set -- a "b c"; echo ${1:+yes} $# ${#} "$*"; for a in "$@"; do echo "<$a>"; done')).toBe('yes 2 2 a b c\n<a>\n<b c>\n')
  })
  it('removes prefixes and suffixes by pattern', async () => {
    expect(await out('F=/usr/lib/file.tar.gz; echo ${F##*/} ${F#*/} ${F%.*} ${F%%.*}')).toBe('file.tar.gz usr/lib/file.tar.gz /usr/lib/file.tar /usr/lib/file\n')
  })
  it('knows $? $$ $0 and positional parameters', async () => {
    expect(await out('false; echo $?; true; echo $? $$ $0')).toBe('1\n0 1 bash\n')
  })
  it('substitutes commands with $( ) and backticks, trimming trailing newlines', async () => {
    expect(await out('echo "[$(printf "a\\n\\n")]" `echo b` $(echo $(echo nested))')).toBe('[a] b nested\n')
  })
  it('evaluates arithmetic', async () => {
    expect(await out('i=3; echo $((i * 2 + 1)) $((10 / 3)) $((10 % 3)) $((2 ** 10)) $(( (1 + 2) << 2 )) $((i > 2 ? 7 : 9))')).toBe('7 3 1 1024 12 7\n')
  })
  it('assigns inside arithmetic', async () => {
    expect(await out('i=0; : $((i += 5)); echo $i $((i++)) $i')).toBe('5 5 6\n')
  })
  it('expands globs against the filesystem, sorted, and leaves non-matches alone', async () => {
    const files = { '/w/b.txt': '', '/w/a.txt': '', '/w/c.log': '', '/w/.hidden.txt': '' }
    expect(await out('cd /w; echo *.txt; echo ?.log; echo [ab].txt; echo *.none; echo "*.txt"', { files })).toBe('a.txt b.txt\nc.log\na.txt b.txt\n*.none\n*.txt\n')
  })
  it('expands the tilde to HOME', async () => {
    expect(await out('echo ~ ~/x "~"')).toBe('/root /root/x ~\n')
  })
  it('passes per-command assignments to the environment only', async () => {
    expect(await out('A=1 printenv A; echo "[$A]"')).toBe('1\n[]\n')
  })
  it('exports variables to children', async () => {
    expect(await out('B=2; printenv B; export B; printenv B')).toBe('2\n')
  })
})
