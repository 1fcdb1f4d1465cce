/** Calls the wrapped method or setter with `args` on the object it was called on. */
export type Original = (args: unknown[]) => unknown

/**
 * Stands in for a method or setter: gets the original (to call, with the arguments or
 * others, or not at all), the object it was called on and the arguments; what it returns
 * is what the call returns.
 */
export type Around<T> = (original: Original, self: T, args: unknown[]) => unknown

/** A browser constructor: `Audio`, `WebSocket`, `EventSource`. */
export type Constructor = new (...args: unknown[]) => object

/** Wraps methods and setters of browser APIs, and puts them all back. */
export interface Patcher {
  /**
   * Wraps `key` of `target`: the setter when it is an accessor, else the method. Found on
   * `target` or up its prototype chain; the wrapper is an own property of `target`.
   */
  wrap<T extends object>(target: T, key: string, around: Around<T>): void
  /**
   * Wraps the constructor `key` of `target`: `construct` gets the original and the
   * arguments and returns the object `new` gives. `instanceof` and the static constants
   * (`WebSocket.OPEN`) stay as they were.
   */
  wrapConstructor(
    target: object,
    key: string,
    construct: (native: Constructor, args: unknown[]) => object,
  ): void
  /** Calls `seen` with each value the getter `key` of `target` (or its prototypes) returns. */
  afterGet<T extends object>(target: T, key: string, seen: (value: unknown, self: T) => void): void
  /** Listens for `type` events on `target` in the capture phase, until `undo`. */
  listen(target: EventTarget, type: string, listener: (event: Event) => void): void
  /** Puts back everything wrapped, newest first. */
  undo(): void
}

/** The descriptor of `key` on `target` or the nearest prototype that has it. */
const findDescriptor = (target: object, key: string): PropertyDescriptor | undefined => {
  for (let owner: object | null = target; owner; owner = Object.getPrototypeOf(owner) as object) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key)
    if (descriptor) return descriptor
  }
  return undefined
}

/** Puts `key` of `target` back as it was: its own descriptor again, or none. */
const restorer = (target: object, key: string, own: PropertyDescriptor | undefined) => () => {
  if (own) Object.defineProperty(target, key, own)
  else Reflect.deleteProperty(target, key)
}

/** A patcher whose `undo` restores own properties and deletes the ones it added. */
export function createPatcher(): Patcher {
  const restores: (() => void)[] = []
  return {
    wrap(target, key, around) {
      const own = Object.getOwnPropertyDescriptor(target, key)
      const found = own ?? findDescriptor(target, key)
      if (!found) return
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its object through call()
      const setter = found.set
      const method: unknown = found.value
      if (setter) {
        Object.defineProperty(target, key, {
          ...found,
          set(this: typeof target, value: unknown) {
            around(args => setter.call(this, args[0]), this, [value])
          },
        })
      } else if (typeof method === 'function') {
        Object.defineProperty(target, key, {
          ...found,
          value: function (this: typeof target, ...args: unknown[]) {
            return around(args => method.apply(this, args) as unknown, this, args)
          },
        })
      } else return
      restores.push(restorer(target, key, own))
    },
    wrapConstructor(target, key, construct) {
      const own = Object.getOwnPropertyDescriptor(target, key)
      const found: unknown = (target as { [key: string]: unknown })[key]
      if (typeof found !== 'function') return
      const native = found as Constructor
      // Called with `new`, a function that returns an object gives that object. Like the
      // browser's own, it refuses a call without `new`: reading `this` for that also keeps
      // the minifier from making it an arrow function, which `new` cannot call.
      const wrapper = function (this: unknown, ...args: unknown[]) {
        if (!(this instanceof wrapper))
          throw new TypeError(`Failed to construct '${key}': use the 'new' operator`)
        return construct(native, args)
      }
      Object.defineProperty(wrapper, 'prototype', { value: native.prototype })
      for (const name of Object.getOwnPropertyNames(native))
        if (!Object.prototype.hasOwnProperty.call(wrapper, name))
          Object.defineProperty(wrapper, name, Object.getOwnPropertyDescriptor(native, name)!)
      // A data property even where the browser (or a test DOM) defines an accessor.
      Object.defineProperty(target, key, {
        writable: true,
        configurable: true,
        enumerable: own?.enumerable ?? false,
        value: wrapper,
      })
      restores.push(restorer(target, key, own))
    },
    afterGet(target, key, seen) {
      const own = Object.getOwnPropertyDescriptor(target, key)
      const found = own ?? findDescriptor(target, key)
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its object through call()
      const getter = found?.get
      if (!getter) return
      Object.defineProperty(target, key, {
        ...found,
        get(this: typeof target) {
          const value: unknown = getter.call(this)
          seen(value, this)
          return value
        },
      })
      restores.push(restorer(target, key, own))
    },
    listen(target, type, listener) {
      target.addEventListener(type, listener, true)
      restores.push(() => target.removeEventListener(type, listener, true))
    },
    undo() {
      while (restores.length) restores.pop()!()
    },
  }
}
