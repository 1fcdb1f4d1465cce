/** A throwaway PostgreSQL cluster on a unix socket. */
export interface TestPostgres {
  /** The socket directory: `new pg.Pool({ host, user, database })`. */
  host: string
  user: string
  database: string
  /** Stops the server (the database is "down"); `start` brings it back with its data. */
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops the server and deletes the cluster. */
  remove(): Promise<void>
}
export function findPostgres(): string
export function startPostgres(options?: {
  durable?: boolean
  maxConnections?: number
}): Promise<TestPostgres>
