import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

const FOOTER = "\n\nRun 'docker run --help' for more information\n"

describe('docker run errors (28.x texts)', () => {
  it('name conflict: the name with its leading "/", the holder\'s full ID, exit 125', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    const id = (await d(e, 'create --name web alpine')).stdout.trim()
    expect(await d(e, 'run --name web alpine')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.${FOOTER}`,
      status: 125,
    })
  })
  it('names need two characters at least (moby validContainerNamePattern)', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    expect(await d(e, 'run --name a alpine')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed${FOOTER}`,
      status: 125,
    })
  })
  it('unknown image: "Unable to find image" then pull access denied, exit 125', async () => {
    const e = createTestEngine()
    expect(await d(e, 'run foo')).toEqual({
      stdout: '',
      stderr:
        "Unable to find image 'foo:latest' locally\n" +
        `docker: Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied${FOOTER}`,
      status: 125,
    })
  })
  it('unknown tag: manifest unknown', async () => {
    const e = createTestEngine()
    expect(await d(e, 'run alpine:nosuchtag')).toEqual({
      stdout: '',
      stderr: `Unable to find image 'alpine:nosuchtag' locally\ndocker: Error response from daemon: manifest for alpine:nosuchtag not found: manifest unknown: manifest unknown${FOOTER}`,
      status: 125,
    })
  })
  it('bad reference: lowercase error, exit 125', async () => {
    const e = createTestEngine()
    expect(await d(e, 'run Nginx')).toEqual({
      stdout: '',
      stderr: `docker: invalid reference format: repository name (library/Nginx) must be lowercase${FOOTER}`,
      status: 125,
    })
  })
  it('executable not found: the runc 1.2 text, exit 127, the container left Created', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    expect(await d(e, 'run --name nofoo alpine foo')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "foo": executable file not found in $PATH: unknown${FOOTER}`,
      status: 127,
    })
    expect((await d(e, 'ps -a --format "{{.Names}} {{.Status}} {{.Command}}"')).stdout).toBe('nofoo Created "foo"\n')
  })
  it('port already allocated: -d prints the ID first, the container stays Created with no ports', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'run -d --name web -p 8080:80 alpine sleep 300')
    const r = await d(e, 'run -d --name web2 -p 8080:80 alpine sleep 300')
    expect(r.status).toBe(125)
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/)
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    )
    expect((await d(e, 'ps -a --filter name=web2 --format "{{.Status}}|{{.Ports}}"')).stdout).toBe('Created|\n')
  })
  it('flag and argument errors', async () => {
    const e = createTestEngine()
    expect(await d(e, 'run --foo alpine')).toEqual({
      stdout: '',
      stderr: "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      status: 125,
    })
    expect(await d(e, 'run')).toEqual({
      stdout: '',
      stderr: "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
      status: 1,
    })
    expect((await d(e, 'run --rm --restart always alpine')).stderr).toBe(`docker: conflicting options: cannot specify both --restart and --rm${FOOTER}`)
  })
})
