import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('docker images / pull / tag / rmi', () => {
  it('empty list, columns, REPO argument, -q, --digests, the "ls" hint', async () => {
    const e = createTestEngine()
    expect((await d(e, 'images')).stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n')
    await d(e, 'pull -q alpine')
    await d(e, 'pull -q busybox')
    expect((await d(e, 'images alpine')).stdout).toBe('REPOSITORY   TAG       IMAGE ID       CREATED                  SIZE\nalpine       latest    10dc55dd17ff   Less than a second ago   8.44MB\n')
    expect((await d(e, 'images -q')).stdout).toBe('10dc55dd17ff\nc150606e4370\n')
    expect((await d(e, 'images --digests alpine')).stdout).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED                  SIZE\n' +
        'alpine       latest    sha256:ffe57c5781f624e3437a35f596c8db39f3e3981ef47ccbfa0da4325d73ef66c0   10dc55dd17ff   Less than a second ago   8.44MB\n',
    )
    expect(await d(e, 'images ls')).toEqual({
      stdout: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n',
      stderr: '\nNo images found matching "ls": did you mean "docker image ls"?\n',
      status: 0,
    })
  })
  it('pull: non-TTY lines, the canonical last line; a second pull is up to date; -q', async () => {
    const e = createTestEngine()
    expect(await d(e, 'pull alpine')).toEqual({
      stdout:
        'Using default tag: latest\nlatest: Pulling from library/alpine\nfa69a99ec717: Pulling fs layer\nfa69a99ec717: Verifying Checksum\nfa69a99ec717: Download complete\nfa69a99ec717: Pull complete\n' +
        'Digest: sha256:ffe57c5781f624e3437a35f596c8db39f3e3981ef47ccbfa0da4325d73ef66c0\nStatus: Downloaded newer image for alpine:latest\ndocker.io/library/alpine:latest\n',
      stderr: '',
      status: 0,
    })
    expect(await d(e, 'pull alpine')).toEqual({
      stdout: 'Using default tag: latest\nlatest: Pulling from library/alpine\nDigest: sha256:ffe57c5781f624e3437a35f596c8db39f3e3981ef47ccbfa0da4325d73ef66c0\nStatus: Image is up to date for alpine:latest\ndocker.io/library/alpine:latest\n',
      stderr: '',
      status: 0,
    })
    expect(await d(e, 'pull -q busybox')).toEqual({ stdout: 'docker.io/library/busybox:latest\n', stderr: '', status: 0 })
  })
  it('pull: node:24 after node:22 reuses the four shared Debian layers (Already exists)', async () => {
    const e = createTestEngine()
    await d(e, 'pull node:22')
    const r = await d(e, 'pull node:24')
    const exists = r.stdout.split('\n').filter((l) => l.endsWith(': Already exists'))
    expect(exists).toEqual(['1ab9da6c69d6: Already exists', 'ecd8e9fa13d4: Already exists', '98ce43df7918: Already exists', '5e002602cd11: Already exists'])
    expect(r.stdout.match(/: Pull complete\n/g)).toHaveLength(4)
    expect(r.stdout).toMatch(/^24: Pulling from library\/node\n/)
    expect(r.stdout).toMatch(/\nStatus: Downloaded newer image for node:24\ndocker.io\/library\/node:24\n$/)
  })
  it('pull errors exit 1', async () => {
    const e = createTestEngine()
    expect(await d(e, 'pull Nginx')).toEqual({ stdout: '', stderr: 'invalid reference format: repository name (library/Nginx) must be lowercase\n', status: 1 })
    expect(await d(e, 'pull alpine:nosuchtag')).toEqual({ stdout: '', stderr: 'Error response from daemon: manifest for alpine:nosuchtag not found: manifest unknown: manifest unknown\n', status: 1 })
    const foo = await d(e, 'pull foo')
    expect(foo.stderr).toBe("Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n")
    expect(foo.status).toBe(1)
  })
  it('tag prints nothing; bad target and unknown source', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    expect(await d(e, 'tag alpine myalp:1')).toEqual({ stdout: '', stderr: '', status: 0 })
    expect((await d(e, 'images myalp --format {{.Repository}}:{{.Tag}}:{{.ID}}')).stdout).toBe('myalp:1:10dc55dd17ff\n')
    expect(await d(e, 'tag alpine MyAlpine')).toEqual({
      stdout: '',
      stderr: 'Error parsing reference: "MyAlpine" is not a valid repository/tag: invalid reference format: repository name (library/MyAlpine) must be lowercase\n',
      status: 1,
    })
    expect(await d(e, 'tag nosuch x')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch:latest\n', status: 1 })
  })
  it('rmi: untag one of two tags; full delete; conflicts by name and by ID; unknown', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'pull -q busybox')
    await d(e, 'tag alpine myalp:1')
    expect(await d(e, 'rmi myalp:1')).toEqual({ stdout: 'Untagged: myalp:1\n', stderr: '', status: 0 })
    await d(e, 'tag alpine myalp:1')
    expect(await d(e, 'rmi 10dc55dd17ff')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: conflict: unable to delete 10dc55dd17ff (must be forced) - image is referenced in multiple repositories\n',
      status: 1,
    })
    expect(await d(e, 'rmi busybox')).toEqual({
      stdout:
        'Untagged: busybox:latest\nUntagged: busybox@sha256:3e55698f3710a14c1a98e4003354d25da1bcfb915910b3466093b082ad4d630a\n' +
        'Deleted: sha256:c150606e4370d5097e2fc5338502ba98021f843b8e63f79166594d4f42318c1a\nDeleted: sha256:6b1d2e8bfc46e4e4438937c940bd2aa2967cc8e85ff94cf83acb419983e8dd43\n',
      stderr: '',
      status: 0,
    })
    await d(e, 'rmi myalp:1')
    const c = (await d(e, 'create --name user alpine')).stdout.slice(0, 12)
    expect(await d(e, 'rmi alpine')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to remove repository reference "alpine" (must force) - container ${c} is using its referenced image 10dc55dd17ff\n`,
      status: 1,
    })
    expect((await d(e, 'rmi 10dc55dd17ff')).stderr).toBe(`Error response from daemon: conflict: unable to delete 10dc55dd17ff (must be forced) - image is being used by stopped container ${c}\n`)
    expect(await d(e, 'rmi nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch:latest\n', status: 1 })
  })
  it('an image left without tags is dangling: TAG <none>, REPOSITORY from its remaining digest (cli formatter/image.go)', async () => {
    const e = createTestEngine()
    await d(e, 'pull -q alpine')
    await d(e, 'pull -q busybox')
    await d(e, 'tag alpine mine')
    expect((await d(e, 'rmi alpine')).stdout).toBe('Untagged: alpine:latest\n')
    await d(e, 'tag busybox mine')
    expect((await d(e, 'images -f dangling=true -q')).stdout).toBe('10dc55dd17ff\n')
    expect((await d(e, 'images --format "{{.Repository}} {{.Tag}} {{.ID}}"')).stdout).toBe('alpine <none> 10dc55dd17ff\nbusybox latest c150606e4370\nmine latest c150606e4370\n')
  })
})
