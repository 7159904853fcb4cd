import { describe, expect, it } from 'vitest'
import { run } from './test-kit'

const out = async (src: string) => (await run(src)).stdout

describe('control flow', () => {
  it('runs if/elif/else by status', async () => {
    expect(await out('for n in 1 2 3; do if [ $n -eq 1 ]; then echo one; elif [ $n = 2 ]; then echo two; else echo many; fi; done')).toBe('one\ntwo\nmany\n')
  })
  it('loops with while and until, break and continue', async () => {
    expect(await out('i=0; while true; do i=$((i+1)); [ $i -eq 2 ] && continue; [ $i -gt 4 ] && break; echo $i; done; until [ $i -eq 0 ]; do i=$((i-1)); done; echo end $i')).toBe('1\n3\n4\nend 0\n')
  })
  it('breaks out of nested loops with break 2', async () => {
    expect(await out('for a in 1 2; do for b in x y; do echo $a$b; break 2; done; done')).toBe('1x\n')
  })
  it('matches case patterns with alternatives and globs', async () => {
    expect(await out('for w in apple kiwi 42 zzz; do case $w in a*|k*) echo fruit;; [0-9]*) echo number;; *) echo other;; esac; done')).toBe('fruit\nfruit\nnumber\nother\n')
  })
  it('defines functions with arguments, local and return', async () => {
    expect(await out('x=global; f() { local x=inner; echo "$1-$2-$# $x"; return 3; }; f a b; echo $? $x')).toBe('a-b-2 inner\n3 global\n')
  })
  it('keeps subshell changes inside ( ) and group changes in { }', async () => {
    expect(await out('a=1; (a=2; cd /tmp); echo $a $PWD; { a=3; cd /tmp; }; echo $a $PWD')).toBe('1 /\n3 /tmp\n')
  })
  it('exits on failure with set -e, but not in conditions', async () => {
    const r = await run('set -e; if false; then :; fi; false || echo ok; false; echo never')
    expect(r.stdout).toBe('ok\n')
    expect(r.status).toBe(1)
  })
  it('traces with set -x', async () => {
    const r = await run("set -x; echo 'a b' c")
    expect(r.stderr).toBe("+ echo 'a b' c\n")
  })
  it('exits with the given status', async () => {
    const r = await run('echo a; exit 7; echo b')
    expect([r.stdout, r.status]).toEqual(['a\n', 7])
  })
  it('evaluates with eval and sources files', async () => {
    const r = await run('echo "V=sourced" > /tmp/lib.sh; . /tmp/lib.sh; cmd="echo \\$V"; eval "$cmd"')
    expect(r.stdout).toBe('sourced\n')
  })
  it('reads several names, the rest into the last', async () => {
    expect(await out('echo "a b c d" | { read x y rest; echo "$x|$y|$rest"; }')).toBe('a|b|c d\n')
  })
  it('shifts positional parameters', async () => {
    expect(await out('set -- 1 2 3; shift; echo "$@"; shift 2; echo $#')).toBe('2 3\n0\n')
  })
  it('cd - goes back and prints the directory; OLDPWD follows', async () => {
    expect(await out('cd /tmp; cd /etc; cd -; echo $OLDPWD; pwd')).toBe('/tmp\n/etc\n/tmp\n')
  })
  it('test and [ compare strings, numbers and files', async () => {
    expect(await out('[ -d /tmp ] && [ -f /etc/passwd ] && [ ! -e /nope ] && [ abc != abd ] && [ 10 -gt 9 ] && test -z "" && echo yes')).toBe('yes\n')
  })
  it('type and command -v describe commands', async () => {
    expect(await out('f() { :; }; type cd f ls if; command -v ls echo')).toBe('cd is a shell builtin\nf is a function\nls is /bin/ls\nif is a shell keyword\n/bin/ls\necho\n')
  })
  it('expands simple aliases', async () => {
    expect(await out("alias ll='echo long'\nll x")).toBe('long x\n')
  })
})
