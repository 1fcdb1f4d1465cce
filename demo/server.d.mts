import type { Server } from 'node:http'

/** One request the demo server saw. `standIn` names the stand-in it reached, or ''. */
export interface DemoRequest {
  host: string
  method: string
  /** Path and query as requested. */
  path: string
  standIn: string
  /** The file inside the stand-in (`timeline.html`, `collect`), without the query; '' for other requests. */
  file: string
}

export interface Demo {
  server: Server
  port: number
  /** `http://127.0.0.1:<port>/` */
  url: string
  requests: DemoRequest[]
  hits(standIn: string): DemoRequest[]
  close(): Promise<void>
}

export const STAND_INS: { [name: string]: { firstParty?: boolean } }
export function startDemo(options?: { port?: number; host?: string }): Promise<Demo>
