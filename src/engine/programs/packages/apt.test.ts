import { describe, expect, it } from 'vitest'
import { createTestEngine, d, sh } from '../../testing'

async function ubuntu(name = 'web', ports = '') {
  const e = createTestEngine()
  await d(e, `docker run -d --name ${name} ${ports} ubuntu sleep 1000`)
  return e
}

describe('apt-get on ubuntu', () => {
  it('install before update fails like a fresh image (no lists): exit 100', async () => {
    const e = await ubuntu()
    const r = await d(e, 'docker exec web apt-get install -y nginx')
    // not a terminal: apt sets quiet=1, so the progress lines carry no "Done"
    expect(r.stdout).toBe('Reading package lists...\nBuilding dependency tree...\nReading state information...\n')
    expect(r.stderr).toBe('E: Unable to locate package nginx\n')
    expect(r.status).toBe(100)
  })
  it('update prints the noble suites and writes the lists; a second update hits', async () => {
    const e = await ubuntu()
    const r = await d(e, 'docker exec web apt-get update')
    expect(r.stdout).toContain('Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]\n')
    expect(r.stdout).toContain('http://security.ubuntu.com/ubuntu noble-security InRelease [126 kB]')
    expect(r.stdout).toContain('noble-backports InRelease')
    expect(r.stdout).toMatch(/Fetched [\d.,]+ MB in \d+s \([\d.,]+ [kM]B\/s\)\nReading package lists...\n$/)
    const again = await d(e, 'docker exec web apt-get update')
    expect(again.stdout).toContain('Hit:1 http://archive.ubuntu.com/ubuntu noble InRelease\n')
    expect(again.stdout).not.toContain('Fetched')
    const ls = await d(e, 'docker exec web ls /var/lib/apt/lists')
    expect(ls.stdout).toContain('archive.ubuntu.com_ubuntu_dists_noble_InRelease')
  })
  it('installs nginx; `nginx` forks to the background and serves the Debian page through -p', async () => {
    const e = await ubuntu('web', '-p 8080:80')
    await d(e, 'docker exec web apt-get update')
    const r = await d(e, 'docker exec web apt-get install -y nginx')
    expect(r.stdout).toContain('The following additional packages will be installed:\n')
    expect(r.stdout).toContain('The following NEW packages will be installed:\n')
    expect(r.stdout).toMatch(/0 upgraded, \d+ newly installed, 0 to remove and 0 not upgraded\.\n/)
    expect(r.stdout).toContain('Get:10 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 nginx amd64 1.24.0-2ubuntu7.5 [521 kB]\n')
    expect(r.stdout).toContain('Selecting previously unselected package nginx-common.\n(Reading database ... 4381 files and directories currently installed.)\n')
    expect(r.stdout).toContain('Setting up nginx (1.24.0-2ubuntu7.5) ...\n')
    expect(r.stderr).toBe('debconf: delaying package configuration, since apt-utils is not installed\n')
    const start = await d(e, 'docker exec web nginx')
    expect(start.status).toBe(0)
    const page = await sh(e, 'curl -s localhost:8080')
    expect(page.stdout).toContain('<title>Welcome to nginx!</title>')
    expect(page.stdout).toContain('index.nginx-debian.html')
    const head = await sh(e, 'curl -sI localhost:8080')
    expect(head.stdout).toContain('Server: nginx/1.24.0 (Ubuntu)')
  })
  it('curl installed in one container runs there, and a second container of the image lacks it', async () => {
    const e = await ubuntu()
    await d(e, 'docker exec web sh -c "apt-get update && apt-get install -y curl"')
    const v = await d(e, 'docker exec web curl --version')
    expect(v.status).toBe(0)
    expect(v.stdout).toMatch(/^curl /)
    await d(e, 'docker run -d --name other ubuntu sleep 1000')
    const other = await d(e, 'docker exec other curl --version')
    expect(other.status).toBe(127)
    const diff = await d(e, 'docker diff web')
    expect(diff.stdout).toContain('A /usr/bin/curl\n')
    expect(diff.stdout).toContain('A /var/lib/dpkg/status\n')
    const dpkg = await d(e, 'docker exec web dpkg -l curl')
    expect(dpkg.stdout).toMatch(/\nii {2}curl +8\.5\.0-2ubuntu10\.6 +amd64 +command line tool/)
  })
  it('without -y it asks, and end of input aborts with status 1', async () => {
    const e = await ubuntu()
    await d(e, 'docker exec web apt-get update')
    const r = await d(e, 'docker exec web apt-get install wget')
    expect(r.stdout).toContain('Do you want to continue? [Y/n] \nAbort.\n')
    expect(r.status).toBe(1)
  })
  it('unknown packages are named one by one', async () => {
    const e = await ubuntu()
    await d(e, 'docker exec web apt-get update')
    const r = await d(e, 'docker exec web apt-get install -y foo bar')
    expect(r.stderr).toBe('E: Unable to locate package foo\nE: Unable to locate package bar\n')
    expect(r.status).toBe(100)
  })
})

describe('apt on debian trixie (apt 3.0)', () => {
  it('prints the new Installing:/Summary: layout and the debian suites', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name deb debian sleep 1000')
    const up = await d(e, 'docker exec deb apt-get update')
    expect(up.stdout).toContain('Get:1 http://deb.debian.org/debian trixie InRelease [140 kB]\n')
    expect(up.stdout).toContain('http://deb.debian.org/debian-security trixie-security InRelease')
    const r = await d(e, 'docker exec deb apt-get install -y --no-install-recommends wget')
    expect(r.stdout).toContain('Installing:\n  wget\n\n')
    expect(r.stdout).toContain('Summary:\n  Upgrading: 0, Installing: 2, Removing: 0, Not Upgrading: 0\n')
    expect(r.stdout).toContain('Setting up wget (1.25.0-2) ...\n')
  })
})
