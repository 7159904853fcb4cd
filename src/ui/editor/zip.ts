/** A workspace folder as a .zip (pure: fflate, no DOM). */
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { TreeFs } from './tree'

export interface ZipFs extends TreeFs {
  readFile(path: string): string
  walk(dir: string): string[]
}

/**
 * Every file below `dir`, named relative to it inside a top folder named like `dir` (as a
 * desktop's "compress folder" does); empty folders are kept.
 */
export function zipFolder(fs: ZipFs, dir: string, mtime = new Date(1980, 0, 1)): Uint8Array {
  const top = dir === '/' ? 'root' : dir.slice(dir.lastIndexOf('/') + 1)
  const files: Zippable = {}
  const prefix = dir === '/' ? '/' : `${dir}/`
  files[`${top}/`] = [new Uint8Array(0), { mtime }]
  for (const path of fs.walk(dir)) {
    const rel = `${top}/${path.slice(prefix.length)}`
    const kind = fs.stat(path)?.type
    if (kind === 'dir') files[`${rel}/`] = [new Uint8Array(0), { mtime }]
    else if (kind === 'file') files[rel] = [strToU8(fs.readFile(path)), { mtime }]
  }
  return zipSync(files, { level: 6 })
}

export function zipName(dir: string): string {
  return `${dir === '/' ? 'root' : dir.slice(dir.lastIndexOf('/') + 1)}.zip`
}
