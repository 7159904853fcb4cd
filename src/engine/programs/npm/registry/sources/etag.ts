/** The offline catalog's `etag`: its files, written for Wharf (see ../index.ts). */
import { js } from '../text'

export const etagFiles: Record<string, string> = {
  "index.js": js(
    "'use strict'",
    "// A weak entity tag as the etag package makes it: W/\"<length in hex>-<27 characters of a hash>\".",
    "// The real package hashes with SHA-1; this one uses a 160-bit FNV-style mix of the same length.",
    "",
    "function hash(text) {",
    "  var h = [0x811c9dc5, 0x01000193, 0x6b43a9b5, 0x9e3779b9, 0x7f4a7c15]",
    "  for (var i = 0; i < text.length; i++) {",
    "    var c = text.charCodeAt(i)",
    "    for (var k = 0; k < 5; k++) h[k] = Math.imul(h[k] ^ (c + k), 16777619 + k * 2) >>> 0",
    "  }",
    "  var bytes = []",
    "  h.forEach(function (x) { bytes.push(x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255) })",
    "  return Buffer.from(bytes).toString('base64').slice(0, 27)",
    "}",
    "",
    "module.exports = function etag(entity, options) {",
    "  var weak = !options || options.weak !== false",
    "  var text = Buffer.isBuffer(entity) ? entity.toString() : typeof entity === 'string' ? entity : ''",
    "  var len = Buffer.byteLength(text)",
    "  if (entity && typeof entity === 'object' && !Buffer.isBuffer(entity) && entity.mtime) {",
    "    var stat = entity",
    "    return (weak ? 'W/' : '') + '\"' + stat.size.toString(16) + '-' + new Date(stat.mtime).getTime().toString(16) + '\"'",
    "  }",
    "  return (weak ? 'W/' : '') + '\"' + len.toString(16) + '-' + hash(text) + '\"'",
    "}",
  ),
}
