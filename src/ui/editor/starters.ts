/**
 * Starter projects: one click writes a small build context into its own folder, shaped like the
 * course's seeds (001: a Node.js web app; 003: nginx on ubuntu) plus a static site on nginx.
 */
import { joinPath } from './tree'

export type StarterId = 'node-app' | 'my-nginx' | 'static-site'

export interface Starter {
  id: StarterId
  /** The folder under the home directory. */
  folder: string
  /** Relative path → content; insertion order is the order files are shown and written. */
  files: Record<string, string>
  /** The file to open first. */
  open: string
}

const NODE_PACKAGE = `{
  "name": "node-app",
  "version": "1.0.0",
  "description": "A small web server to build into an image",
  "main": "server.js",
  "scripts": {
    "start": "node server.js"
  },
  "dependencies": {
    "express": "^4.21.2"
  }
}
`

const NODE_SERVER = `const express = require("express");

const app = express();
const PORT = 80;

app.get("/", (req, res) => {
  res.send(\`<!doctype html>
<html>
  <head><title>Hello from Node.js</title></head>
  <body>
    <h1>Hello from Node.js \${process.version}</h1>
    <p>This page was served by server.js inside a container.</p>
  </body>
</html>
\`);
});

app.listen(PORT, () => {
  console.log(\`Listening on port \${PORT}\`);
});
`

const NODE_DOCKERFILE = `FROM node
WORKDIR /app
COPY . /app
RUN npm install
EXPOSE 80
CMD ["node", "server.js"]
`

const NGINX_DOCKERFILE = `FROM ubuntu
RUN apt-get update
RUN apt-get install -y nginx
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
`

const STATIC_DOCKERFILE = `FROM nginx
COPY . /usr/share/nginx/html
`

const STATIC_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>My static site</title>
    <link rel="stylesheet" href="style.css">
  </head>
  <body>
    <main>
      <h1>Hello from nginx!</h1>
      <p>Edit index.html and style.css, then build and run the image again.</p>
    </main>
  </body>
</html>
`

const STATIC_STYLE = `body {
  margin: 0;
  font-family: system-ui, sans-serif;
  background: #0e1626;
  color: #e6edf7;
}

main {
  max-width: 40rem;
  margin: 4rem auto;
  padding: 0 1rem;
}

h1 {
  color: #6cb4ff;
}
`

export const STARTERS: readonly Starter[] = [
  {
    id: 'node-app',
    folder: 'node-app',
    files: { Dockerfile: NODE_DOCKERFILE, 'package.json': NODE_PACKAGE, 'server.js': NODE_SERVER },
    open: 'server.js',
  },
  { id: 'my-nginx', folder: 'my-nginx', files: { Dockerfile: NGINX_DOCKERFILE }, open: 'Dockerfile' },
  {
    id: 'static-site',
    folder: 'static-site',
    files: { Dockerfile: STATIC_DOCKERFILE, 'index.html': STATIC_INDEX, 'style.css': STATIC_STYLE },
    open: 'index.html',
  },
]

export interface StarterFs {
  exists(path: string): boolean
  mkdir(path: string, o?: { recursive?: boolean }): void
  writeFile(path: string, data: string): void
}

/** The starter's files that already exist (asking before overwriting them). */
export function starterConflicts(fs: StarterFs, home: string, starter: Starter): string[] {
  const dir = joinPath(home, starter.folder)
  return Object.keys(starter.files).filter((name) => fs.exists(joinPath(dir, name)))
}

/** Writes the starter's folder and files; other files in the folder are left alone. Returns the folder. */
export function writeStarter(fs: StarterFs, home: string, starter: Starter): string {
  const dir = joinPath(home, starter.folder)
  fs.mkdir(dir, { recursive: true })
  for (const [name, data] of Object.entries(starter.files)) fs.writeFile(joinPath(dir, name), data)
  return dir
}
