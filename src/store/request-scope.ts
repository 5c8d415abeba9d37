import { AsyncLocalStorage } from "node:async_hooks";
import type { Store } from "./store.ts";

/**
 * Workers may not share a socket between requests, so each request that touches the database opens
 * its own Postgres client (cheap behind Hyperdrive, which pools the real connections) and closes it
 * once the response has been sent and every write it started has settled. `store` is one Store for
 * the app, delegating each call to the current request's client.
 */
export interface RequestScope {
  /** Keep the request open until this settles (a write started while answering). */
  track(work: Promise<unknown>): void;
  /** The request's store, opened on first use. */
  store(): Store;
  /** After the response body ended: wait for tracked work, then close the client. */
  close(): Promise<void>;
}

const scopes = new AsyncLocalStorage<RequestScope>();

export function newRequestScope(open: () => Store): RequestScope {
  let opened: Store | undefined;
  const tracked = new Set<Promise<unknown>>();
  return {
    track(work) {
      tracked.add(work);
      void work.finally(() => tracked.delete(work));
    },
    store: () => (opened ??= open()),
    async close() {
      // A tracked write may start another (a replayed dependant); wait until none is left.
      while (tracked.size > 0) await Promise.allSettled([...tracked]);
      await opened?.close();
    },
  };
}

export function runInScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

export function currentScope(): RequestScope | undefined {
  return scopes.getStore();
}

function scopeOrThrow(): RequestScope {
  const scope = scopes.getStore();
  if (!scope) throw new Error("database used outside a request (Workers allow I/O only while serving one)");
  return scope;
}

/** A Store whose every method runs on the current request's client. */
export function requestScopedStore(driver: Store["driver"]): Store {
  return new Proxy({ driver } as Store, {
    get(target, property) {
      if (property === "driver") return target.driver;
      if (property === "close") return async () => {};
      const store = scopeOrThrow().store();
      const value = Reflect.get(store, property) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(store) : value;
    },
  });
}
