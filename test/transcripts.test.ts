import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { spawnSync } from 'node:child_process'
import { matchTranscript, readTranscript } from './transcript-format'

const DIR = join(import.meta.dirname, 'transcripts')

/**
 * Transcripts whose programs belong to issues still open. They run too, as expected failures:
 * the day one starts passing, this list must shrink (vitest reports an unexpected pass).
 */
const PENDING: Record<string, string> = {
}

const ROOT = join(import.meta.dirname, '..')

/**
 * Each transcript runs through the headless runner's command line in its own process, exactly
 * as `npm run -s headless` runs it for course authors (and for ../shared/conformance/check.mjs).
 */
function runTranscript(args: string[], inputs: string[]): string[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/headless/main.ts'), ...args], {
    input: inputs.length ? inputs.join('\n') + '\n' : '',
    encoding: 'utf8',
    timeout: 90_000,
  })
  return r.stdout.replace(/\r\n/g, '\n').split('\n')
}

describe('conformance transcripts (real Docker 28 sessions) through the headless runner', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const t = readTranscript(readFileSync(join(DIR, file), 'utf8'))
    const check = async () => {
      const lines = runTranscript(t.args, t.inputs)
      const miss = matchTranscript(t.body, lines)
      expect(miss, `${file}\n--- actual ---\n${lines.join('\n')}`).toBeNull()
    }
    if (PENDING[file]) test.fails(`${file} (pending ${PENDING[file]})`, check, 95_000)
    else test(`${file}: ${t.title}`, check, 95_000)
  }
})

describe('the transcript matcher', () => {
  test('placeholders, column runs and {LINES}', () => {
    expect(matchTranscript(['{ID12}   node   {ANY}', '{LINES}', 'end'], ['0123456789ab     node  x', 'a', 'b', 'end'])).toBeNull()
    expect(matchTranscript(['a b'], ['a  b'])).not.toBeNull()
    expect(matchTranscript(['x'], ['x', 'y'])).toEqual({ expectedLine: 2, actualLine: 2, expected: '<end>', actual: 'y' })
  })
})
