/**
 * Wraps methods or setters of `target` (`keys`, space-separated): `f` gets the arguments
 * (which it may change), the object and the key; it returns `[value]` to answer in place of
 * the original, or nothing to call the original with the arguments.
 */
export type Hook = (
  target: any,
  keys: string,
  f: (args: any[], self: any, key: string) => unknown[] | false | void | 0,
) => void

/**
 * A `hook` that records every change in `undo`. An inherited property becomes an own
 * one, and is deleted again on undo.
 */
export const hooker =
  (undo: (() => void)[]): Hook =>
  (target, keys, f) => {
    for (const key of keys.split(' ')) {
      const own = Object.getOwnPropertyDescriptor(target, key)
      const old = own || { value: target[key], writable: true, configurable: true }
      const call = old.set || old.value
      Object.defineProperty(target, key, {
        ...old,
        [old.set ? 'set' : 'value'](this: unknown, ...args: unknown[]) {
          return (f(args, this, key) || [call.apply(this, args)])[0]
        },
      })
      undo.push(() => (own ? Object.defineProperty(target, key, own) : delete target[key]))
    }
  }
