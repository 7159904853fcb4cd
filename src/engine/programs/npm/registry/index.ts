/**
 * The offline npm registry: packages Wharf writes itself (no network). A package with `files`
 * has working code; the packages it pulls in (`deps`, as in the real dependency tree) are
 * installed too, as working code when the catalog has it and otherwise as a package.json alone,
 * so that `ls node_modules` and the "added N packages" count look like a real install.
 */
import { bodyParserFiles } from './sources/body-parser'
import { corsFiles } from './sources/cors'
import { dotenvFiles } from './sources/dotenv'
import { etagFiles } from './sources/etag'
import { expressFiles } from './sources/express'
import { finalhandlerFiles } from './sources/finalhandler'
import { mimeTypesFiles } from './sources/mime-types'
import { serveStaticFiles } from './sources/serve-static'

export interface CatalogPackage {
  name: string
  version: string
  description: string
  main?: string
  license: string
  /** Path (relative to the package) → text. */
  files?: Record<string, string>
  /** bin name → program name (an executable the engine runs, e.g. nodemon). */
  programs?: Record<string, string>
  /** name@version of every other package the real install brings. */
  deps?: string[]
  /** How many packages of its tree ask for funding (npm fund). */
  funding?: number
}

const EXPRESS_TREE = [
  'accepts@2.0.0', 'body-parser@2.2.0', 'bytes@3.1.2', 'call-bind-apply-helpers@1.0.2', 'call-bound@1.0.4',
  'content-disposition@1.0.0', 'content-type@1.0.5', 'cookie@0.7.2', 'cookie-signature@1.2.2', 'debug@4.4.3',
  'depd@2.0.0', 'dunder-proto@1.0.1', 'ee-first@1.1.1', 'encodeurl@2.0.0', 'es-define-property@1.0.1',
  'es-errors@1.3.0', 'es-object-atoms@1.1.1', 'escape-html@1.0.3', 'etag@1.8.1', 'finalhandler@2.1.0',
  'forwarded@0.2.0', 'fresh@2.0.0', 'function-bind@1.1.2', 'get-intrinsic@1.3.0', 'get-proto@1.0.1',
  'gopd@1.2.0', 'has-symbols@1.1.0', 'hasown@2.0.2', 'http-errors@2.0.0', 'iconv-lite@0.6.3',
  'inherits@2.0.4', 'ipaddr.js@1.9.1', 'is-promise@4.0.0', 'math-intrinsics@1.1.0', 'media-typer@1.1.0',
  'merge-descriptors@2.0.0', 'mime-db@1.54.0', 'mime-types@3.0.1', 'ms@2.1.3', 'negotiator@1.0.0',
  'object-inspect@1.13.4', 'on-finished@2.4.1', 'once@1.4.0', 'parseurl@1.3.3', 'path-to-regexp@8.3.0',
  'proxy-addr@2.0.7', 'qs@6.14.0', 'range-parser@1.2.1', 'raw-body@3.0.1', 'router@2.2.0',
  'safe-buffer@5.2.1', 'safer-buffer@2.1.2', 'send@1.2.0', 'serve-static@2.2.0', 'setprototypeof@1.2.0',
  'side-channel@1.1.0', 'side-channel-list@1.0.0', 'side-channel-map@1.0.1', 'side-channel-weakmap@1.0.2', 'statuses@2.0.2',
  'toidentifier@1.0.1', 'type-is@2.0.1', 'unpipe@1.0.0', 'vary@1.1.2', 'wrappy@1.0.2',
]

const NODEMON_TREE = [
  'anymatch@3.1.3', 'balanced-match@1.0.2', 'binary-extensions@2.3.0', 'brace-expansion@1.1.12', 'braces@3.0.3',
  'chokidar@3.6.0', 'concat-map@0.0.1', 'debug@4.4.3', 'fill-range@7.1.1', 'fsevents@2.3.3',
  'glob-parent@5.1.2', 'has-flag@3.0.0', 'ignore-by-default@1.0.1', 'is-binary-path@2.1.0', 'is-extglob@2.1.1',
  'is-glob@4.0.3', 'is-number@7.0.0', 'minimatch@3.1.2', 'ms@2.1.3', 'normalize-path@3.0.0',
  'picomatch@2.3.1', 'pstree.remy@1.1.8', 'readdirp@3.6.0', 'semver@7.7.3', 'simple-update-notifier@2.0.0',
  'supports-color@5.5.0', 'to-regex-range@5.0.1', 'touch@3.1.1', 'undefsafe@2.0.5',
]

export const CATALOG: Record<string, CatalogPackage> = {
  express: {
    name: 'express', version: '5.1.0', description: 'Fast, unopinionated, minimalist web framework', license: 'MIT',
    files: expressFiles, deps: EXPRESS_TREE, funding: 14,
  },
  'body-parser': { name: 'body-parser', version: '2.2.0', description: 'Node.js body parsing middleware', license: 'MIT', files: bodyParserFiles, deps: ['bytes@3.1.2', 'content-type@1.0.5', 'debug@4.4.3', 'http-errors@2.0.0', 'iconv-lite@0.6.3', 'on-finished@2.4.1', 'qs@6.14.0', 'raw-body@3.0.1', 'type-is@2.0.1', 'mime-types@3.0.1', 'mime-db@1.54.0', 'media-typer@1.1.0', 'ms@2.1.3', 'depd@2.0.0', 'inherits@2.0.4', 'setprototypeof@1.2.0', 'statuses@2.0.2', 'toidentifier@1.0.1', 'safer-buffer@2.1.2', 'ee-first@1.1.1', 'unpipe@1.0.0', 'side-channel@1.1.0', 'object-inspect@1.13.4', 'es-errors@1.3.0'], funding: 11 },
  'serve-static': { name: 'serve-static', version: '2.2.0', description: 'Serve static files', license: 'MIT', files: serveStaticFiles, deps: ['send@1.2.0', 'encodeurl@2.0.0', 'escape-html@1.0.3', 'parseurl@1.3.3', 'etag@1.8.1', 'mime-types@3.0.1', 'mime-db@1.54.0'] },
  finalhandler: { name: 'finalhandler', version: '2.1.0', description: 'Node.js final http responder', license: 'MIT', files: finalhandlerFiles, deps: ['debug@4.4.3', 'ms@2.1.3', 'encodeurl@2.0.0', 'escape-html@1.0.3', 'on-finished@2.4.1', 'ee-first@1.1.1', 'parseurl@1.3.3', 'statuses@2.0.2'] },
  'mime-types': { name: 'mime-types', version: '3.0.1', description: 'The ultimate javascript content-type utility.', license: 'MIT', files: mimeTypesFiles, deps: ['mime-db@1.54.0'] },
  etag: { name: 'etag', version: '1.8.1', description: 'Create simple HTTP ETags', license: 'MIT', files: etagFiles },
  cors: { name: 'cors', version: '2.8.5', description: 'Node.js CORS middleware', license: 'MIT', files: corsFiles, deps: ['object-assign@4.1.1', 'vary@1.1.2'] },
  dotenv: { name: 'dotenv', version: '16.4.7', description: 'Loads environment variables from .env file', license: 'BSD-2-Clause', main: 'lib/main.js', files: dotenvFiles, funding: 1 },
  nodemon: {
    name: 'nodemon', version: '3.1.10', description: 'Simple monitor script for use during development of a Node.js app.', license: 'MIT',
    main: './lib/nodemon', programs: { nodemon: 'nodemon' }, deps: NODEMON_TREE, funding: 1,
  },
}

/** A package of the catalog by name (the exact spelling npm would look up). */
export function lookupPackage(name: string): CatalogPackage | undefined {
  return Object.prototype.hasOwnProperty.call(CATALOG, name) ? CATALOG[name] : undefined
}
