import { resolvePath } from '../../../fs/path'
import type { Program } from '../../../process/types'

/**
 * A minimal git: --version, init, status in a new repository, and clone, which needs the
 * network this playground does not have (the error is git's for an unresolvable host).
 */
export const git: Program = async (ctx) => {
  const [cmd, ...rest] = ctx.argv.slice(1)
  switch (cmd) {
    case '--version':
    case 'version':
      ctx.stdout.write('git version 2.43.0\n')
      return 0
    case 'init': {
      const dir = resolvePath(ctx.cwd, rest.find((a) => !a.startsWith('-')) ?? '.')
      const existed = ctx.fs.exists(`${dir}/.git`)
      for (const d of ['branches', 'hooks', 'info', 'objects/info', 'objects/pack', 'refs/heads', 'refs/tags']) ctx.fs.mkdir(`${dir}/.git/${d}`, { recursive: true })
      ctx.fs.writeFile(`${dir}/.git/HEAD`, 'ref: refs/heads/master\n')
      ctx.fs.writeFile(`${dir}/.git/config`, '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n')
      ctx.fs.writeFile(`${dir}/.git/description`, "Unnamed repository; edit this file 'description' to name the repository.\n")
      if (!existed) {
        ctx.stderr.write(
          'hint: Using \'master\' as the name for the initial branch. This default branch name\nhint: is subject to change. To configure the initial branch name to use in all\nhint: of your new repositories, which will suppress this warning, call:\nhint:\nhint: \tgit config --global init.defaultBranch <name>\nhint:\nhint: Names commonly chosen instead of \'master\' are \'main\', \'trunk\' and\nhint: \'development\'. The just-created branch can be renamed via this command:\nhint:\nhint: \tgit branch -m <name>\n',
        )
      }
      ctx.stdout.write(`${existed ? 'Reinitialized existing' : 'Initialized empty'} Git repository in ${dir === '/' ? '' : dir}/.git/\n`)
      return 0
    }
    case 'clone': {
      const url = rest.find((a) => !a.startsWith('-'))
      if (!url) {
        ctx.stderr.write('fatal: You must specify a repository to clone.\n')
        return 129
      }
      const name = (url.split('/').pop() ?? 'repo').replace(/\.git$/, '')
      const host = /^[a-z]+:\/\/(?:[^@/]+@)?([^/:]+)/.exec(url)?.[1] ?? /^[^@]+@([^:]+):/.exec(url)?.[1] ?? url
      ctx.stderr.write(`Cloning into '${rest.filter((a) => !a.startsWith('-'))[1] ?? name}'...\n`)
      ctx.stderr.write(url.includes('://') ? `fatal: unable to access '${url}${url.endsWith('/') ? '' : '/'}': Could not resolve host: ${host}\n` : `ssh: Could not resolve hostname ${host}: Temporary failure in name resolution\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n`)
      return 128
    }
    case 'status':
      if (!ctx.fs.exists(resolvePath(ctx.cwd, '.git'))) {
        ctx.stderr.write('fatal: not a git repository (or any of the parent directories): .git\n')
        return 128
      }
      ctx.stdout.write('On branch master\n\nNo commits yet\n\nnothing to commit (create/copy files and use "git add" to track)\n')
      return 0
    case undefined:
      ctx.stdout.write('usage: git [-v | --version] [-h | --help] [-C <path>] [-c <name>=<value>]\n           <command> [<args>]\n')
      return 1
    default:
      ctx.stderr.write(`git: '${cmd}' is not available in this playground's minimal git (try init, status, clone, --version)\n`)
      return 1
  }
}
