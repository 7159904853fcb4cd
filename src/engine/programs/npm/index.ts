import type { Program } from '../../process/types'
import { install, uninstall } from './install'
import { npmVersion } from './messages'
import { init, ls } from './project'
import { listScripts, runScript } from './scripts'

export { nodemonProgram } from './nodemon'

const USAGE = (v: string) => `npm <command>

Usage:

npm install        install all the dependencies in your project
npm install <foo>  add the <foo> dependency to your project
npm test           run this project's tests
npm run <foo>      run the script named <foo>
npm <command> -h   quick help on <command>
npm -l             display usage info for all commands
npm help <term>    search for help on <term>
npm help npm       more involved overview

All commands:

    access, adduser, audit, bugs, cache, ci, completion,
    config, dedupe, deprecate, diff, dist-tag, docs, doctor,
    edit, exec, explain, explore, find-dupes, fund, get, help,
    help-search, init, install, install-ci-test, install-test,
    link, ll, login, logout, ls, org, outdated, owner, pack,
    ping, pkg, prefix, profile, prune, publish, query, rebuild,
    repo, restart, root, run, sbom, search, set, shrinkwrap,
    star, stars, start, stop, team, test, token, undeprecate,
    uninstall, unpublish, unstar, update, version, view, whoami

Specify configs in the ini-formatted file:
    /root/.npmrc
or on the command line via: npm <command> --key=value

More configuration info: npm help config
Configuration fields: npm help 7 config

npm@${v} /usr/local/lib/node_modules/npm
`

/**
 * npm (/usr/local/bin/npm in node images): install from Wharf's offline catalog
 * (registry/index.ts), run package.json scripts, init, ls. Output follows the image's npm
 * version: npm 6 (Node 14) or npm 10/11.
 */
export const npmProgram: Program = async (ctx) => {
  const version = npmVersion(ctx)
  const args = ctx.argv.slice(1).filter((a) => a !== '--silent' && a !== '-s' && a !== '--loglevel=silent')
  const [cmd, ...rest] = args
  switch (cmd) {
    case undefined:
      ctx.stdout.write(USAGE(version))
      return 1
    case '-v':
    case '--version':
      ctx.stdout.write(`${version}\n`)
      return 0
    case 'install':
    case 'i':
    case 'in':
    case 'add':
    case 'isntall':
    case 'ci':
      return install(ctx, version, rest)
    case 'uninstall':
    case 'un':
    case 'rm':
    case 'remove':
    case 'r':
      return uninstall(ctx, version, rest)
    case 'start':
    case 'stop':
    case 'restart':
    case 'test':
    case 't':
    case 'tst':
      return runScript(ctx, version, cmd === 't' || cmd === 'tst' ? 'test' : cmd, rest.filter((a) => a !== '--'))
    case 'run':
    case 'run-script':
    case 'rum':
    case 'urn': {
      const [name, ...extra] = rest
      if (!name) return listScripts(ctx)
      return runScript(ctx, version, name, extra[0] === '--' ? extra.slice(1) : extra)
    }
    case 'init':
    case 'create':
      return init(ctx, version)
    case 'ls':
    case 'list':
    case 'll':
      return ls(ctx)
    case 'help':
    case '-h':
    case '--help':
      ctx.stdout.write(USAGE(version))
      return 0
    default:
      if (Number(version.split('.')[0]) < 7) ctx.stdout.write(USAGE(version))
      else ctx.stderr.write(`Unknown command: "${cmd}"\n\nTo see a list of supported npm commands, run:\n  npm help\n`)
      return 1
  }
}
