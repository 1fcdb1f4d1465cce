// The peer benchmark's server on 127.0.0.1 (port 0): answers every host from a table held
// in memory (read once at the start, so a rebuild during the run cannot mix two builds),
// and counts the requests each host received.
import { createServer } from 'node:http'

export async function startServer() {
  const routes = new Map()
  const requests = []
  const server = createServer((request, response) => {
    const host = (request.headers.host || '').replace(/:\d+$/, '')
    const path = new URL(request.url || '/', 'http://local').pathname
    requests.push({ host, path })
    const route = routes.get(path)
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not found')
      return
    }
    // Every load has a fresh context and so an empty cache; no-store keeps it so regardless.
    response.writeHead(200, { 'cache-control': 'no-store', 'content-type': route.type })
    response.end(route.body)
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address()
  return {
    /** `http://<host>:<port>`; any `*.test` host reaches this server. */
    origin: (host = 'www.site.test') => `http://${host}:${port}`,
    route(path, body, type = 'text/html; charset=utf-8') {
      routes.set(path, { body, type })
    },
    /** How many requests `host` has received so far. */
    hits: host => requests.filter(request => request.host === host).length,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
