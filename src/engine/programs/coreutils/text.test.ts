import { describe, expect, it } from 'vitest'
import { run } from '../../shell/test-kit'

const out = async (src: string, files: Record<string, string> = {}) => (await run(src, { files })).stdout

describe('text tools', () => {
  it('cat -n numbers lines; a missing file fails', async () => {
    const r = await run('printf "a\\nb\\n" | cat -n; cat nope')
    expect(r.stdout).toBe('     1\ta\n     2\tb\n')
    expect(r.stderr).toBe('cat: nope: No such file or directory\n')
  })
  it('wc aligns like GNU: stdin alone, a single count, and files with a total', async () => {
    const files = { '/f1': 'one two\nthree\n', '/f2': 'x\n' }
    expect(await out('printf "a b\\nc\\n" | wc; printf "abc" | wc -c; wc -l /f1 /f2', files)).toBe('      2       3       6\n3\n 2 /f1\n 1 /f2\n 3 total\n')
  })
  it('head and tail, including +N', async () => {
    expect(await out('seq 10 | head -n 3; seq 10 | tail -n 2; seq 5 | tail -n +4; seq 5 | head -2')).toBe('1\n2\n3\n9\n10\n4\n5\n1\n2\n')
  })
  it('sort -n -r -u and uniq -c', async () => {
    expect(await out('printf "10\\n9\\n10\\n1\\n" | sort -n; printf "b\\na\\nb\\n" | sort -ru; printf "a\\na\\nb\\n" | uniq -c')).toBe('1\n9\n10\n10\nb\na\n      2 a\n      1 b\n')
  })
  it('tr translates ranges, deletes and squeezes', async () => {
    expect(await out('echo hello | tr a-z A-Z; echo hello | tr -d l; echo "a   b" | tr -s " "; echo abc | tr "[:lower:]" "[:upper:]"')).toBe('HELLO\nheo\na b\nABC\n')
  })
  it('cut fields and characters', async () => {
    expect(await out('echo "root:x:0:0" | cut -d: -f1,3; echo abcdef | cut -c2-4')).toBe('root:0\nbcd\n')
  })
  it('sed substitutes with & and groups, prints and deletes by address', async () => {
    expect(await out("echo 'hello world' | sed 's/o/0/g'; echo ab | sed 's/\\(a\\)\\(b\\)/\\2\\1 [&]/'; seq 4 | sed -n '2p;4p'; seq 3 | sed '2d'; seq 3 | sed -E '/^[13]$/s/.*/x&/'")).toBe('hell0 w0rld\nba [ab]\n2\n4\n1\n3\nx1\n2\nx3\n')
  })
  it('sed -i edits in place', async () => {
    expect(await out("echo 'a=1' > /tmp/c; sed -i 's/1/2/' /tmp/c; cat /tmp/c")).toBe('a=2\n')
  })
  it('tee copies stdin to files', async () => {
    expect(await out('echo hi | tee /tmp/t; echo again | tee -a /tmp/t > /dev/null; cat /tmp/t')).toBe('hi\nhi\nagain\n')
  })
  it('xargs, tac, nl, seq -s', async () => {
    expect(await out('printf "a b\\nc\\n" | xargs echo x; printf "1\\n2\\n" | tac; printf "a\\n\\nb\\n" | nl; seq -s, 3')).toBe('x a b c\n2\n1\n     1\ta\n\n     2\tb\n1,2,3\n')
  })
  it('printf program reuses the format', async () => {
    expect(await out("/bin/printf '%s=%d\\n' a 1 b 2; printf '%5.1f|%-4s|%03d|%x\\n' 3.14159 ab 7 255")).toBe('a=1\nb=2\n  3.1|ab  |007|ff\n')
  })
})
