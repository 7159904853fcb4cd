import { describe, expect, it } from 'vitest'
import { run } from '../../shell/test-kit'

const files = { '/d/a.txt': 'apple\nBanana\ncherry pie\n', '/d/sub/b.txt': 'apple tart\nkiwi\n' }
const sh = (src: string) => run(`cd /d; ${src}`, { files })

describe('grep', () => {
  it('prints matching lines, status 0; none gives 1', async () => {
    expect((await sh('grep an a.txt')).stdout).toBe('Banana\n')
    expect((await sh('grep zzz a.txt; echo $?')).stdout).toBe('1\n')
  })
  it('supports -i -v -n -c', async () => {
    expect((await sh('grep -in BAN a.txt; grep -vc apple a.txt')).stdout).toBe('2:Banana\n2\n')
  })
  it('supports -o with ERE and BRE anchors', async () => {
    expect((await sh("grep -oE '[a-z]+ie' a.txt; grep '^c.*e$' a.txt; grep 'p\\{2\\}' a.txt")).stdout).toBe('pie\ncherry pie\napple\n')
  })
  it('-F is literal, -q is silent', async () => {
    expect((await sh("echo 'a.c' | grep -F .; echo abc | grep -q b && echo found")).stdout).toBe('a.c\nfound\n')
  })
  it('-r names files relative to the operand; -l lists names', async () => {
    expect((await sh('grep -r apple .; grep -rl kiwi')).stdout).toBe('./a.txt:apple\n./sub/b.txt:apple tart\nsub/b.txt\n')
  })
  it('names files when given several and reports missing ones with status 2', async () => {
    const r = await sh('grep apple a.txt nope sub/b.txt')
    expect(r.stdout).toBe('a.txt:apple\nsub/b.txt:apple tart\n')
    expect(r.stderr).toBe('grep: nope: No such file or directory\n')
    expect(r.status).toBe(2)
  })
})
