import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { RootFs } from '../../engine/fs/rootfs'
import { languageFor } from './languages'
import { STARTERS, starterConflicts, writeStarter } from './starters'
import { buildTree, targetFolder, validName, visibleRows } from './tree'
import { decodeText } from './use-file-actions'
import { createWorkspace } from './workspace'
import { zipFolder, zipName } from './zip'

const HOME = '/home/learner'

function home(): RootFs {
  const fs = new RootFs([], {})
  fs.mkdir(HOME, { recursive: true })
  return fs
}

describe('languageFor', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['/home/learner/app/dockerfile', 'dockerfile'],
    ['Dockerfile.dev', 'dockerfile'],
    ['web.Dockerfile', 'dockerfile'],
    ['server.js', 'javascript'],
    ['lib.mjs', 'javascript'],
    ['main.ts', 'typescript'],
    ['package.json', 'json'],
    ['index.html', 'html'],
    ['style.css', 'css'],
    ['app.py', 'python'],
    ['run.sh', 'shell'],
    ['.bashrc', 'shell'],
    ['compose.yaml', 'yaml'],
    ['README', 'text'],
    ['notes.txt', 'text'],
    ['.env', 'text'],
    ['archive.tar.gz', 'text'],
  ])('%s → %s', (name, id) => expect(languageFor(name)).toBe(id))
})

describe('the file tree', () => {
  it('lists folders first, then files, by name, recursively', () => {
    const fs = home()
    fs.mkdir(`${HOME}/b-dir`)
    fs.writeFile(`${HOME}/b-dir/z.txt`, '')
    fs.writeFile(`${HOME}/A.txt`, '')
    fs.writeFile(`${HOME}/c.txt`, '')
    fs.mkdir(`${HOME}/a-dir`)
    const tree = buildTree(fs, HOME)
    expect(tree.map((n) => `${n.kind}:${n.name}`)).toEqual(['dir:a-dir', 'dir:b-dir', 'file:A.txt', 'file:c.txt'])
    expect(tree[1]!.children).toEqual([{ path: `${HOME}/b-dir/z.txt`, name: 'z.txt', kind: 'file' }])
    expect(buildTree(fs, '/nowhere')).toEqual([])
  })

  it('shows the children of expanded folders only, with ARIA level and position', () => {
    const fs = home()
    fs.mkdir(`${HOME}/app`)
    fs.writeFile(`${HOME}/app/Dockerfile`, '')
    fs.writeFile(`${HOME}/note.txt`, '')
    const root = { path: HOME, name: '~', kind: 'dir' as const, children: buildTree(fs, HOME) }
    const rows = (open: string[]) => visibleRows([root], new Set(open)).map((r) => `${r.level}.${r.pos}/${r.size} ${r.node.name}`)
    expect(rows([])).toEqual(['1.1/1 ~'])
    expect(rows([HOME])).toEqual(['1.1/1 ~', '2.1/2 app', '2.2/2 note.txt'])
    expect(rows([HOME, `${HOME}/app`])).toEqual(['1.1/1 ~', '2.1/2 app', '3.1/1 Dockerfile', '2.2/2 note.txt'])
    expect(visibleRows([root], new Set([HOME, `${HOME}/app`]))[2]!.parent).toBe(`${HOME}/app`)
  })

  it('puts new files in the selected folder, or beside the selected file', () => {
    const fs = home()
    fs.mkdir(`${HOME}/app`)
    fs.writeFile(`${HOME}/app/server.js`, '')
    expect(targetFolder(fs, HOME, null)).toBe(HOME)
    expect(targetFolder(fs, HOME, `${HOME}/app`)).toBe(`${HOME}/app`)
    expect(targetFolder(fs, HOME, `${HOME}/app/server.js`)).toBe(`${HOME}/app`)
  })

  it('accepts one path component as a name', () => {
    expect(['Dockerfile', '.dockerignore', 'a b.txt'].every(validName)).toBe(true)
    expect(['', '  ', '.', '..', 'a/b', '/x'].some(validName)).toBe(false)
  })
})

describe('zipFolder', () => {
  it('zips every file below a folder under its name, keeping empty folders', () => {
    const fs = home()
    writeStarter(fs, HOME, STARTERS[0]!)
    fs.mkdir(`${HOME}/node-app/public`)
    fs.mkdir(`${HOME}/node-app/public/img`)
    fs.writeFile(`${HOME}/node-app/public/한글.txt`, '안녕\n')
    const files = unzipSync(zipFolder(fs, `${HOME}/node-app`))
    expect(Object.keys(files).sort()).toEqual([
      'node-app/',
      'node-app/Dockerfile',
      'node-app/package.json',
      'node-app/public/',
      'node-app/public/img/',
      'node-app/public/한글.txt',
      'node-app/server.js',
    ])
    expect(strFromU8(files['node-app/Dockerfile']!)).toBe(STARTERS[0]!.files.Dockerfile)
    expect(strFromU8(files['node-app/public/한글.txt']!)).toBe('안녕\n')
    expect(zipName(`${HOME}/node-app`)).toBe('node-app.zip')
  })
})

describe('starter projects', () => {
  const byId = (id: string) => STARTERS.find((s) => s.id === id)!

  it('the Node.js app has the seed’s Dockerfile and an express server started by npm start', () => {
    const node = byId('node-app')
    expect(node.files.Dockerfile).toBe('FROM node\nWORKDIR /app\nCOPY . /app\nRUN npm install\nEXPOSE 80\nCMD ["node", "server.js"]\n')
    const pkg = JSON.parse(node.files['package.json']!) as { scripts: Record<string, string>; dependencies: Record<string, string>; main: string }
    expect(pkg.scripts.start).toBe('node server.js')
    expect(pkg.dependencies).toHaveProperty('express')
    expect(pkg.main).toBe('server.js')
    expect(node.files['server.js']).toContain('require("express")')
    expect(node.files['server.js']).toContain('listen(PORT')
  })

  it('nginx on ubuntu matches seed 003; the static site copies into nginx’s html folder', () => {
    expect(byId('my-nginx').files).toEqual({
      Dockerfile: 'FROM ubuntu\nRUN apt-get update\nRUN apt-get install -y nginx\nEXPOSE 80\nCMD ["nginx", "-g", "daemon off;"]\n',
    })
    const site = byId('static-site')
    expect(site.files.Dockerfile).toBe('FROM nginx\nCOPY . /usr/share/nginx/html\n')
    expect(site.files['index.html']).toContain('href="style.css"')
    expect(Object.keys(site.files)).toEqual(['Dockerfile', 'index.html', 'style.css'])
  })

  it('each goes to its own folder; existing files are reported before overwriting, others are kept', () => {
    const fs = home()
    expect(new Set(STARTERS.map((s) => s.folder)).size).toBe(STARTERS.length)
    for (const s of STARTERS) expect(Object.keys(s.files)).toContain(s.open)
    const node = byId('node-app')
    expect(starterConflicts(fs, HOME, node)).toEqual([])
    fs.mkdir(`${HOME}/node-app`)
    fs.writeFile(`${HOME}/node-app/server.js`, 'mine')
    fs.writeFile(`${HOME}/node-app/extra.txt`, 'keep')
    expect(starterConflicts(fs, HOME, node)).toEqual(['server.js'])
    expect(writeStarter(fs, HOME, node)).toBe(`${HOME}/node-app`)
    expect(fs.readFile(`${HOME}/node-app/server.js`)).toBe(node.files['server.js'])
    expect(fs.readdir(`${HOME}/node-app`)).toEqual(['Dockerfile', 'extra.txt', 'package.json', 'server.js'])
  })
})

describe('the workspace', () => {
  it('tells listeners once per burst of host writes, whoever writes', async () => {
    const fs = home()
    let saves = 0
    const ws = createWorkspace(fs, HOME, () => saves++)
    let heard = 0
    const off = ws.watch(() => heard++)
    const before = ws.version()
    fs.mkdir(`${HOME}/a`)
    fs.writeFile(`${HOME}/a/x`, '1')
    fs.rename(`${HOME}/a/x`, `${HOME}/a/y`)
    fs.remove(`${HOME}/a`, { recursive: true })
    expect(ws.version()).toBeGreaterThan(before)
    expect(saves).toBeGreaterThan(0)
    await Promise.resolve()
    expect(heard).toBe(1)
    off()
    fs.writeFile(`${HOME}/b`, '')
    await Promise.resolve()
    expect(heard).toBe(1)
  })

  it('uploads take UTF-8 text and refuse binary', () => {
    expect(decodeText(new TextEncoder().encode('FROM nginx\n'))).toBe('FROM nginx\n')
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toBeNull()
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull()
  })
})
