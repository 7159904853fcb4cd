import { inspect } from 'node-inspect-extracted'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Enough of Node's Buffer for text: from/alloc/concat, toString, and its `<Buffer 68 69>` look. */
// @ts-expect-error -- Node's Buffer.from(string, encoding) differs from Uint8Array.from on purpose
export class Buffer extends Uint8Array {
  static override from(value: unknown, encoding?: string): Buffer {
    if (typeof value === 'string') {
      if (encoding === 'hex') return new Buffer((value.match(/../g) ?? []).map((h) => parseInt(h, 16)))
      if (encoding === 'base64') return new Buffer([...atob(value)].map((c) => c.charCodeAt(0)))
      return new Buffer(encoder.encode(value))
    }
    return new Buffer(value as ArrayLike<number>)
  }
  static alloc(size: number, fill = 0): Buffer {
    return new Buffer(size).fill(fill) as Buffer
  }
  static isBuffer(x: unknown): x is Buffer {
    return x instanceof Buffer
  }
  static byteLength(s: string): number {
    return encoder.encode(s).length
  }
  static concat(list: Uint8Array[]): Buffer {
    const out = new Buffer(list.reduce((n, b) => n + b.length, 0))
    let at = 0
    for (const b of list) {
      out.set(b, at)
      at += b.length
    }
    return out
  }
  override toString(encoding = 'utf8', start = 0, end = this.length): string {
    const bytes = this.subarray(start, end)
    if (encoding === 'hex') return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
    if (encoding === 'base64') return btoa(String.fromCharCode(...bytes))
    return decoder.decode(bytes)
  }
  toJSON() {
    return { type: 'Buffer', data: [...this] }
  }
  equals(other: Uint8Array): boolean {
    return this.length === other.length && this.every((b, i) => b === other[i])
  }
  [inspect.custom](): string {
    const hex = [...this.subarray(0, 50)].map((b) => b.toString(16).padStart(2, '0')).join(' ')
    const more = this.length > 50 ? ` ... ${this.length - 50} more bytes` : ''
    return `<Buffer${hex ? ' ' + hex : ''}${more}>`
  }
}
