import type { Realm } from './hooks'
import type { Constructor, Patcher } from './patch'
import type { TrustKind } from './trust'

/** One `hosts` rule as a worker is told it: the first rule that covers a URL's host decides. */
export interface WorkerRule {
  host: string
  /** Whether the network guard refuses the rule's service now. */
  refused: boolean
}

/** Guards the workers that page code starts from `blob:` and `data:` URLs. */
export interface WorkerGuard {
  /** Wraps `Worker` and `SharedWorker` in `realm`, and notes the Blob behind each object URL made there. */
  install: (patcher: Patcher, realm: Realm) => void
  /** Tells every guarded worker that is still alive the rules in force now. */
  update: () => void
}

/** A connection constructor of a worker: `WebSocket`, `EventSource`. */
type Connection = new (...args: unknown[]) => object

/** What the prelude needs of a worker's global scope. */
interface WorkerScope {
  location: { href: string }
  fetch: (input: unknown, init?: unknown) => Promise<unknown>
  XMLHttpRequest: { prototype: { open: (...args: unknown[]) => void } }
  WebSocket?: Connection
  EventSource?: Connection
  importScripts?: (...urls: string[]) => void
  addEventListener(type: 'message' | 'connect', listener: (event: MessageEvent) => void): void
}

/** Where the page's updates go: a worker, or a shared worker's port. */
type Receiver = { postMessage(message: unknown): void }

/**
 * The prelude: runs in the worker, before the worker's own script, and refuses what `rules`
 * refuse the way the page's network guard does (network.ts): `fetch` rejects, an XHR fails
 * at a bad port, a `WebSocket` or `EventSource` fails to connect, `importScripts` throws a
 * NetworkError. A message carrying `token` brings new rules after a decision and goes no
 * further. It is sent as its source text (`String(guardWorker)`), so it uses nothing from
 * outside itself: that is why it repeats the page's checks instead of importing them.
 */
function guardWorker(initial: WorkerRule[], token: string): void {
  const scope = self as unknown as WorkerScope
  let rules = initial
  const refused = (url: unknown): boolean => {
    let host: string
    try {
      host = new URL(String(url), scope.location.href).hostname.replace(/\.$/, '')
    } catch {
      // Not a URL: the worker could not reach it either.
      return false
    }
    const rule = rules.find(({ host: covered }) => host === covered || host.endsWith('.' + covered))
    return rule !== undefined && rule.refused
  }
  const onUpdate = (event: MessageEvent) => {
    const data: unknown = event.data
    if (typeof data !== 'object' || data === null || !(token in data)) return
    event.stopImmediatePropagation()
    rules = (data as { [key: string]: WorkerRule[] })[token]
  }
  // Registered before the worker's script runs: its own listeners come after this one.
  scope.addEventListener('message', onUpdate)
  // A shared worker hears the page on each connection's port, once its script starts it.
  scope.addEventListener('connect', event => {
    const port = event.ports[0]
    if (port) port.addEventListener('message', onUpdate)
  })
  const nativeFetch = scope.fetch
  scope.fetch = (input, init) => {
    const url = typeof input === 'object' && input !== null && 'url' in input ? input.url : input
    if (refused(url)) return Promise.reject(new TypeError('Failed to fetch'))
    return nativeFetch(input, init)
  }
  const xhr = scope.XMLHttpRequest.prototype
  const open = xhr.open
  xhr.open = function (this: unknown, ...args: unknown[]) {
    // Port 1 is a bad port (Fetch standard, section 2.9): the request fails in the browser.
    if (refused(args[1])) args[1] = 'http://0.0.0.0:1/'
    open.apply(this, args)
  }
  const refusing = (Native: Connection, refusedUrl: string): Connection =>
    class extends Native {
      constructor(...args: unknown[]) {
        if (refused(args[0])) args[0] = refusedUrl
        super(...args)
      }
    }
  if (scope.WebSocket) scope.WebSocket = refusing(scope.WebSocket, 'ws://0.0.0.0:1/')
  if (scope.EventSource) scope.EventSource = refusing(scope.EventSource, 'http://0.0.0.0:1/')
  const importScripts = scope.importScripts
  if (!importScripts) return
  scope.importScripts = (...urls) => {
    const blocked = urls.find(refused)
    if (blocked !== undefined)
      throw new DOMException(`The script at '${blocked}' failed to load.`, 'NetworkError')
    importScripts(...urls)
  }
}

/** The prelude with the rules in force and the token of this page's messages. */
const preludeOf = (rules: WorkerRule[], token: string) =>
  `(${String(guardWorker)})(${JSON.stringify(rules)}, ${JSON.stringify(token)});\n`

/** Loads a worker's own script by its URL: a classic worker imports it, a module worker import()s it. */
const loaderOf = (url: string, module: boolean) => {
  if (module) return `await import(${JSON.stringify(url)})`
  return `importScripts(${JSON.stringify(url)})`
}

/**
 * A guard for workers whose scripts page code made (`blob:`, `data:`): each starts with
 * the prelude, then its own script. A blob whose object URL was made while the guard was
 * installed is copied behind the prelude at once, so revoking its URL right after
 * `new Worker(url)` (as many libraries do) still works; any other is loaded by its URL
 * (`importScripts`, or `import()` for a module worker). A `data:` worker's script stays a
 * `data:` URL, so that the worker keeps its opaque origin. A `SharedWorker` gets one
 * guarded script per script URL, so that two constructed from one URL still share one
 * worker, and hears updates on its ports. A worker from a script URL is left alone:
 * behind a prelude its `location`, and every relative URL in it, would change.
 */
export function createWorkerGuard(
  rules: () => WorkerRule[],
  trust: (kind: TrustKind, text: string) => unknown,
): WorkerGuard {
  // Random per page: the worker's own messages never carry it by chance.
  const token = 'consentry:' + Math.random().toString(36).slice(2)
  const blobs = new Map<string, Blob>()
  const receivers = new Set<WeakRef<Receiver>>()
  // One guarded URL per shared worker script: `new SharedWorker(url)` twice is one worker.
  const sharedUrls = new Map<string, string>()

  /** The script URL a guarded worker starts from, for its `original` URL. */
  const guardedUrl = (realm: Realm, original: URL, module: boolean): string => {
    const prelude = preludeOf(rules(), token)
    if (original.protocol === 'data:')
      return 'data:text/javascript,' + encodeURIComponent(prelude + loaderOf(original.href, module))
    const blob = blobs.get(original.href)
    const rest = blob ?? loaderOf(original.href, module)
    return realm.URL.createObjectURL(new Blob([prelude, rest], { type: 'text/javascript' }))
  }

  /** Starts a worker (`shared`: a SharedWorker) behind the prelude, if page code made its script. */
  const start = (realm: Realm, Native: Constructor, args: unknown[], shared: boolean): object => {
    let original: URL
    try {
      original = new URL(String(args[0]), realm.document.baseURI)
    } catch {
      // Not a URL: the browser's own constructor throws its own error.
      return new Native(...args)
    }
    if (original.protocol !== 'blob:' && original.protocol !== 'data:') return new Native(...args)
    // A SharedWorker's second argument may be its name instead.
    const options = args[1] as WorkerOptions | string | undefined
    const module = typeof options === 'object' && options.type === 'module'
    if (!shared) {
      const url = guardedUrl(realm, original, module)
      const worker = new Native(trust('createScriptURL', url), options) as Worker
      // The worker holds its script from here (HTML: the URL is parsed, and its blob
      // found, in the constructor).
      if (url.startsWith('blob:')) realm.URL.revokeObjectURL(url)
      receivers.add(new WeakRef(worker))
      return worker
    }
    const key = original.href + (module ? ' module' : ' classic')
    const url = sharedUrls.get(key) ?? guardedUrl(realm, original, module)
    sharedUrls.set(key, url)
    const worker = new Native(trust('createScriptURL', url), options) as SharedWorker
    // The worker may have started long ago, with the rules of then.
    worker.port.postMessage({ [token]: rules() })
    receivers.add(new WeakRef(worker.port))
    return worker
  }

  return {
    install(patcher, realm) {
      patcher.wrap(realm.URL, 'createObjectURL', (original, _url, args) => {
        const url = original(args)
        if (args[0] instanceof realm.Blob) blobs.set(String(url), args[0])
        return url
      })
      patcher.wrap(realm.URL, 'revokeObjectURL', (original, _url, args) => {
        blobs.delete(String(args[0]))
        return original(args)
      })
      patcher.wrapConstructor(realm, 'Worker', (Native, args) => start(realm, Native, args, false))
      patcher.wrapConstructor(realm, 'SharedWorker', (Native, args) =>
        start(realm, Native, args, true),
      )
    },
    update() {
      if (!receivers.size) return
      const message = { [token]: rules() }
      for (const ref of receivers) {
        const receiver = ref.deref()
        if (receiver) receiver.postMessage(message)
        else receivers.delete(ref)
      }
    },
  }
}
