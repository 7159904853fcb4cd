import type { Program } from '../process/types'

/**
 * hello-world's /hello. The structure follows docker-library/hello-world (blank first and last
 * line, the four numbered steps, the two links); the wording is ours.
 */
export const hello: Program = async (ctx) => {
  ctx.stdout.write(
    [
      '',
      'Hello from Docker!',
      'If you can read this, your Docker installation is working.',
      '',
      'Behind the scenes, Docker just did this:',
      ' 1. The Docker client asked the Docker daemon to run a container.',
      ' 2. The daemon pulled the "hello-world" image from Docker Hub.',
      '    (amd64)',
      ' 3. The daemon created a container from that image, which ran the',
      '    program that printed the text you are reading now.',
      ' 4. The daemon streamed that output to the Docker client, which sent it',
      '    to your terminal.',
      '',
      'For something more ambitious, start an Ubuntu container with:',
      ' $ docker run -it ubuntu bash',
      '',
      'Store and share images and automate workflows with a free Docker ID:',
      ' https://hub.docker.com/',
      '',
      'More examples and ideas:',
      ' https://docs.docker.com/get-started/',
      '',
      '',
    ].join('\n'),
  )
  return 0
}
