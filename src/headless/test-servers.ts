/** Helpers for tests of servers in containers with the real JavaScript sandbox. */
import { expect } from 'vitest'
import { createEngine, type Engine } from '../engine'
import { d, sh, TEST_NOW } from '../engine/testing'
import { frozenClock } from './clock'
import { nodeJsSandboxFactory } from './js-sandbox'

/** An engine whose node runs in the real sandbox, with real waits (a server answers in real time). */
export function engine(): Engine {
  return createEngine({ clock: frozenClock(TEST_NOW), seed: 1, pullBytesPerSecond: Infinity, runtimes: { js: nodeJsSandboxFactory() } })
}

/** Poll until the command's output matches (a server needs a moment to start listening). */
export async function until(e: Engine, line: string, ok: (out: string) => boolean, tries = 100): Promise<string> {
  let out = ''
  for (let i = 0; i < tries; i++) {
    out = (await sh(e, line)).stdout
    if (ok(out)) return out
    await new Promise((r) => setTimeout(r, 50))
  }
  return out
}

/** Create a container with the files given in /app (nested paths allowed), and start it. */
export async function serve(e: Engine, files: Record<string, string>, create: string): Promise<void> {
  const dir = `${e.homeDir}/app`
  for (const [name, text] of Object.entries(files)) {
    e.host.fs.mkdir(`${dir}/${name}/..`.replace(/\/[^/]+\/\.\.$/, ''), { recursive: true })
    e.host.fs.writeFile(`${dir}/${name}`, text)
  }
  expect((await d(e, create)).status).toBe(0)
  const name = /--name (\S+)/.exec(create)![1]!
  const r = await sh(e, `docker cp app ${name}:/`)
  expect(r.stderr + r.stdout).toBe('')
  expect((await d(e, `docker start ${name}`)).status).toBe(0)
}

