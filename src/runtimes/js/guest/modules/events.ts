type Listener = (...args: unknown[]) => void

/** Node's EventEmitter, the parts programs use. */
export class EventEmitter {
  static defaultMaxListeners = 10
  private _events = new Map<string | symbol, Listener[]>()

  on(name: string | symbol, fn: Listener): this {
    this.emit('newListener', name, fn)
    this._events.set(name, [...(this._events.get(name) ?? []), fn])
    return this
  }
  addListener(name: string | symbol, fn: Listener): this {
    return this.on(name, fn)
  }
  prependListener(name: string | symbol, fn: Listener): this {
    this._events.set(name, [fn, ...(this._events.get(name) ?? [])])
    return this
  }
  once(name: string | symbol, fn: Listener): this {
    const wrapper: Listener = (...args) => {
      this.off(name, wrapper)
      fn.apply(this, args)
    }
    ;(wrapper as { listener?: Listener }).listener = fn
    return this.on(name, wrapper)
  }
  off(name: string | symbol, fn: Listener): this {
    const list = this._events.get(name)
    if (!list) return this
    const i = list.findIndex((l) => l === fn || (l as { listener?: Listener }).listener === fn)
    if (i >= 0) list.splice(i, 1)
    if (!list.length) this._events.delete(name)
    return this
  }
  removeListener(name: string | symbol, fn: Listener): this {
    return this.off(name, fn)
  }
  removeAllListeners(name?: string | symbol): this {
    if (name === undefined) this._events.clear()
    else this._events.delete(name)
    return this
  }
  emit(name: string | symbol, ...args: unknown[]): boolean {
    const list = this._events.get(name)
    if (!list?.length) {
      if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${String(args[0])})`)
      return false
    }
    for (const l of [...list]) l.apply(this, args)
    return true
  }
  listeners(name: string | symbol): Listener[] {
    return (this._events.get(name) ?? []).map((l) => (l as { listener?: Listener }).listener ?? l)
  }
  listenerCount(name: string | symbol): number {
    return this._events.get(name)?.length ?? 0
  }
  eventNames(): (string | symbol)[] {
    return [...this._events.keys()]
  }
  setMaxListeners(): this {
    return this
  }
  getMaxListeners(): number {
    return EventEmitter.defaultMaxListeners
  }
}

export function eventsModule() {
  const once = (emitter: EventEmitter, name: string) => new Promise((resolve) => emitter.once(name, (...args) => resolve(args)))
  return Object.assign(EventEmitter, { EventEmitter, once, default: EventEmitter })
}
