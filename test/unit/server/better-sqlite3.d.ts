// The part of better-sqlite3 the tests and the demo use (the package ships no types;
// library users bring their own driver through `SqliteDatabase`).
declare module 'better-sqlite3' {
  interface Statement {
    run(...params: unknown[]): { changes: number | bigint }
    all(...params: unknown[]): unknown[]
  }
  interface Database {
    exec(sql: string): unknown
    prepare(sql: string): Statement
    pragma(source: string): unknown
    close(): void
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Database
  export default Database
}
