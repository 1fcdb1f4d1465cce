// A server on 127.0.0.1 for the benchmark that answers from memory: pages, and the
// drop-in as read once at the start, so a rebuild during the run cannot mix two builds.
import { createServer } from 'node:http'

export async function serve() {
  const routes = new Map()
  const server = createServer((req, res) => {
    const route = routes.get(new URL(req.url || '/', 'http://x').pathname)
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      return res.end('not found')
    }
    // Fresh contexts have empty caches anyway; no-store keeps it so if one is ever reused.
    res.writeHead(200, { 'cache-control': 'no-store', 'content-type': route.type })
    res.end(route.body)
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    origin: (host = 'www.site.test') => `http://${host}:${port}`,
    route: (path, body, type = 'text/html; charset=utf-8') => void routes.set(path, { body, type }),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
