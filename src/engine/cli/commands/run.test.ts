import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

describe('docker run', () => {
  it('process env: PATH, HOSTNAME (first 12 hex of the ID), the -e vars, HOME (moby CreateDaemonEnvironment)', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    const r = await d(e, 'run --name envtest -e A=1 alpine env')
    const id = (await d(e, 'inspect -f {{.Id}} envtest')).stdout.trim()
    expect(r).toEqual({ stdout: `${PATH}\nHOSTNAME=${id.slice(0, 12)}\nA=1\nHOME=/root\n`, stderr: '', status: 0 })
    expect((await d(e, 'inspect -f {{.Config.Env}} envtest')).stdout).toBe(`[A=1 ${PATH}]\n`)
    expect((await d(e, 'run --rm -t -e A=1 alpine env')).stdout).toMatch(new RegExp(`^${PATH}\\r?\\nHOSTNAME=[0-9a-f]{12}\\r?\\nTERM=xterm\\r?\\nA=1\\r?\\nHOME=/root\\r?\\n$`))
  })
  it('--rm removes the container; --entrypoint replaces the entrypoint and the args become Cmd', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    expect(await d(e, 'run --rm --entrypoint echo alpine hi there')).toEqual({ stdout: 'hi there\n', stderr: '', status: 0 })
    expect((await d(e, 'ps -aq')).stdout).toBe('')
    await d(e, 'create --name ep --entrypoint echo alpine x')
    expect((await d(e, 'inspect -f "{{.Path}} {{.Args}} {{.Config.Entrypoint}} {{.Config.Cmd}}" ep')).stdout).toBe('echo [x] [echo] [x]\n')
  })
  it('-w creates the working directory (the daemon mkdirs it)', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    expect(await d(e, 'run --rm -w /x/y alpine pwd')).toEqual({ stdout: '/x/y\n', stderr: '', status: 0 })
  })
  it('ubuntu date prints the frozen clock; the container stays, Exited (0), COMMAND "date"', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q ubuntu')
    expect(await d(e, 'run ubuntu date')).toEqual({ stdout: 'Tue Jul 16 04:36:32 UTC 2024\n', stderr: '', status: 0 })
    expect((await d(e, 'ps -a --format "{{.Command}} {{.Status}}"')).stdout).toBe('"date" Exited (0) Less than a second ago\n')
  })
  it('hello-world prints its message and exits 0', async () => {
    const e = createTestEngine()
    const r = await d(e, 'run hello-world')
    expect(r.status).toBe(0)
    // hello.c's structure (the wording is the engine's own): 22 lines, empty first and last
    const lines = r.stdout.split('\n')
    expect(lines).toHaveLength(23)
    expect(lines[0]).toBe('')
    expect(lines[1]).toBe('Hello from Docker!')
    expect(lines.slice(-2)).toEqual(['', ''])
    expect(lines).toContain('    (amd64)')
    expect(lines).toContain(' $ docker run -it ubuntu bash')
    expect(lines).toContain(' https://hub.docker.com/')
    expect(lines).toContain(' https://docs.docker.com/get-started/')
    expect(r.stderr).toMatch(/^Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library\/hello-world\n/)
    expect(r.stderr).toMatch(/\nStatus: Downloaded newer image for hello-world:latest\n$/)
  })
  it('node, python and ubuntu without -it read an empty stdin and exit 0 at once', async () => {
    const e = createTestEngine()
    for (const img of ['node', 'python', 'ubuntu']) {
      await d(e, `pull -q ${img}`)
      expect(await d(e, `run --name ${img}1 ${img}`)).toEqual({ stdout: '', stderr: '', status: 0 })
    }
    expect((await d(e, 'ps -a --format "{{.Names}} {{.Command}} {{.Status}}"')).stdout).toBe(
      'ubuntu1 "/bin/bash" Exited (0) Less than a second ago\npython1 "python3" Exited (0) Less than a second ago\nnode1 "docker-entrypoint.s…" Exited (0) Less than a second ago\n',
    )
  })
  it('-d prints the 64-hex ID; names are adjective_surname and the same for the same seed', async () => {
    const names = async () => {
      const e = createTestEngine({ seed: 7 })
      await d(e, 'pull -q alpine')
      const id = (await d(e, 'run -d alpine sleep 300')).stdout
      expect(id).toMatch(/^[0-9a-f]{64}\n$/)
      expect((await d(e, 'inspect -f {{.Config.Hostname}} ' + id.slice(0, 12))).stdout).toBe(id.slice(0, 12) + '\n')
      await d(e, 'create alpine')
      return (await d(e, 'ps -a --format {{.Names}}')).stdout
    }
    const first = await names()
    expect(first).toMatch(/^[a-z]+_[a-z]+\n[a-z]+_[a-z]+\n$/)
    expect(await names()).toBe(first)
  })
})
