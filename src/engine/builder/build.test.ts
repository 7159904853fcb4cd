import { describe, expect, test } from 'vitest'
import { createTestEngine, d } from '../testing'

function setup(files: Record<string, string>) {
  const e = createTestEngine()
  for (const [name, text] of Object.entries(files)) e.host.fs.writeFile(`${e.homeDir}/${name}`, text)
  return e
}

describe('docker build', () => {
  test('plain output shape, config, history, cached rebuild keeps the image ID', async () => {
    const e = setup({ Dockerfile: 'FROM alpine\nWORKDIR /app\nCOPY . /app\nRUN echo hello\nEXPOSE 80\nCMD ["sh"]\n', 'a.txt': 'hi\n' })
    const r = await d(e, 'build --progress=plain -t x .')
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('#0 building with "default" instance using docker driver\n\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 73B done\n#1 DONE 0.0s\n')
    expect(r.stderr).toMatch(/#\d+ \[4\/4\] RUN echo hello\n#\d+ \d\.\d{3} hello\n/)
    expect(r.stderr).toContain('naming to docker.io/library/x done')
    const id = /writing image (sha256:[0-9a-f]{64})/.exec(r.stderr)![1]
    const h = await d(e, 'history --no-trunc --format {{.CreatedBy}} x')
    expect(h.stdout.split('\n').slice(0, 5)).toEqual(['CMD ["sh"]', 'EXPOSE [80/tcp]', 'RUN /bin/sh -c echo hello # buildkit', 'COPY . /app # buildkit', 'WORKDIR /app'])
    const i = await d(e, 'image inspect x --format "{{json .Config.Cmd}}/{{.Config.WorkingDir}}/{{json .Config.ExposedPorts}}"')
    expect(i.stdout).toBe('["sh"]//app/{"80/tcp":{}}\n')
    const again = await d(e, 'build --progress=plain -t x .')
    expect(again.stderr).toMatch(/\[4\/4\] RUN echo hello\n#\d+ CACHED/)
    expect(again.stderr).toContain(`writing image ${id} done`)
    const q = await d(e, 'build -q -t x .')
    expect(q.stdout).toBe(`${id}\n`)
  })

  test('a changed file invalidates its step and the later ones; --no-cache', async () => {
    const e = setup({ Dockerfile: 'FROM alpine\nCOPY a.txt /\nRUN cat /a.txt\n', 'a.txt': 'one\n' })
    const first = await d(e, 'build -q -t y .')
    e.host.fs.writeFile(`${e.homeDir}/a.txt`, 'two\n')
    const r = await d(e, 'build --progress=plain -t y .')
    expect(r.stderr).not.toMatch(/COPY a.txt \/\n#\d+ CACHED|RUN cat \/a.txt\n#\d+ CACHED/)
    expect(r.stderr).toMatch(/RUN cat \/a.txt\n#\d+ \d\.\d+ two/)
    const imgs = await d(e, 'images --format {{.Repository}}:{{.Tag}}')
    expect(imgs.stdout).toContain('<none>:<none>')
    expect(first.stdout).toMatch(/^sha256:/)
    const nc = await d(e, 'build --no-cache --progress=plain -t y .')
    expect(nc.stderr).not.toContain('CACHED [')
  })

  test('RUN failure: log box, snippet, error line, exit 1', async () => {
    const e = setup({ Dockerfile: 'FROM alpine\nRUN exit 1\n' })
    const r = await d(e, 'build --progress=plain .')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('------\n > [2/2] RUN exit 1:\n------\nDockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN exit 1\n   3 |     \n--------------------\n')
    expect(r.stderr.endsWith('ERROR: failed to build: failed to solve: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1\n')).toBe(true)
  })

  test('parse errors with suggestions; missing COPY source; missing Dockerfile', async () => {
    const e = setup({ Dockerfile: 'FROM alpine\nRUNN echo\n' })
    const r = await d(e, 'build -q .')
    expect(r.stderr).toContain('ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)\n')
    e.host.fs.writeFile(`${e.homeDir}/Dockerfile`, 'FROM alpine\nCOPY missing.txt /\n')
    const m = await d(e, 'build -q .')
    expect(m.stderr).toMatch(/failed to compute cache key: failed to calculate checksum of ref [0-9a-z]{25}::[0-9a-z]{25}: "\/missing.txt": not found\n$/)
    const f = await d(e, 'build -q -f Nope .')
    expect(f.stderr).toContain('failed to read dockerfile: open Nope: no such file or directory')
    e.host.fs.writeFile(`${e.homeDir}/Dockerfile`, '')
    expect((await d(e, 'build -q .')).stderr).toContain('failed to solve: file with no instructions')
  })

  test('multi-stage COPY --from, build args, --target, .dockerignore', async () => {
    const e = setup({
      Dockerfile: 'ARG V=1\nFROM alpine AS build\nARG V\nRUN echo "v$V" > /out.txt\nFROM alpine AS final\nCOPY --from=build /out.txt /\nCOPY . /ctx/\n',
      'keep.txt': 'k',
      'secret.txt': 's',
      '.dockerignore': 'secret.txt\n',
    })
    const r = await d(e, 'build --progress=plain --build-arg V=7 -t m .')
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('[final 2/3] COPY --from=build /out.txt /')
    const run = await d(e, 'run --rm m cat /out.txt')
    expect(run.stdout).toBe('v7\n')
    const ls = await d(e, 'run --rm m ls /ctx')
    expect(ls.stdout).not.toContain('secret.txt')
    const t = await d(e, 'build --progress=plain --target build -t b .')
    expect(t.stderr).not.toContain('[final')
  })

  test('ENV/LABEL/USER and shell-form CMD land in the config', async () => {
    const e = setup({ Dockerfile: 'FROM alpine\nENV A=1 B="two words"\nENV C ${A}x\nLABEL k=v\nCMD echo $A\n' })
    expect((await d(e, 'build -q -t c .')).status).toBe(0)
    const i = await d(e, 'image inspect c --format "{{json .Config.Env}}|{{json .Config.Cmd}}|{{json .Config.Labels}}"')
    expect(i.stdout).toContain('"A=1","B=two words","C=1x"]|["/bin/sh","-c","echo $A"]|{"k":"v"}')
  })
})
