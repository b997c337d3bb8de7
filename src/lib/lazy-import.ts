// Code that loads on demand (route chunks, lazy components, the corrections store, the search
// code) goes through this one helper, so a network blip does not break a page until a full reload:
// each import is retried a few times, a success is remembered, and a failure is forgotten, so the
// next use (the error page's "Try again", or navigating away and back) fetches the chunk again.
// React Router and React.lazy both cache a rejected import for the life of the page; this avoids
// handing them one (docs/decisions/035-lazy-chunks-recover.md).
import { createElement, lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useRouteError, type LoaderFunctionArgs, type RouteObject, type ShouldRevalidateFunctionArgs } from 'react-router-dom';

/** How an import is retried: waits (ms) before the 2nd, 3rd, … attempt. */
export const IMPORT_RETRY_DELAYS_MS: readonly number[] = [250, 1000];

/** Retry options (tests pass no delays). */
export interface RetryOptions {
  delaysMs?: readonly number[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `load` until it resolves, once more after each delay; rejects with the last error. */
export async function importWithRetry<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? IMPORT_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= delays.length) throw error;
      await sleep(delays[attempt]!);
    }
  }
}

// Failures seen before the latest retryFailedImports() are stale: the next read() tries again.
let failureEpoch = 0;

/**
 * Lets every chunk that failed to load be tried again the next time it renders. The error page
 * calls it when it shows: from then on "Try again" or navigating back re-renders and re-fetches.
 */
export function retryFailedImports(): void {
  failureEpoch += 1;
}

/** A chunk loaded on demand: one shared attempt at a time, the value kept once loaded. */
export interface LazyChunk<T> {
  /** The loaded value, or undefined before the first success. */
  readonly current: T | undefined;
  /** For loaders and event handlers: the same promise while loading and after success; a new attempt after a failure. */
  load(): Promise<T>;
  /**
   * For rendering with `use()`: like load(), but a failed attempt is returned again (so React sees
   * the rejection and shows the error boundary) until retryFailedImports() makes it stale.
   */
  read(): Promise<T>;
}

/** Wraps an import so it is retried, shared while in flight, and attempted again after a failure. */
export function lazyChunk<T>(load: () => Promise<T>, options: RetryOptions = {}): LazyChunk<T> {
  let attempt: Promise<T> | null = null;
  let failedAt: number | null = null;
  let value: { v: T } | null = null;
  const start = () => {
    const next = importWithRetry(load, options);
    attempt = next;
    failedAt = null;
    next.then(
      (v) => {
        value = { v };
      },
      () => {
        if (attempt === next) failedAt = failureEpoch;
      },
    );
    return next;
  };
  return {
    get current() {
      return value?.v;
    },
    load() {
      return attempt && failedAt === null ? attempt : start();
    },
    read() {
      return attempt && (failedAt === null || failedAt === failureEpoch) ? attempt : start();
    },
  };
}

/** What a lazily loaded route module provides (the route properties this app uses). */
export type RouteModule = Pick<RouteObject, 'Component' | 'loader' | 'ErrorBoundary' | 'shouldRevalidate'>;

/** Options of lazyRoute: which properties the route already defines statically. */
export interface LazyRouteOptions extends RetryOptions {
  /**
   * The route has its own loader and shouldRevalidate; the module provides only the rest. That
   * loader should also await `chunk.read()`, so a chunk that cannot be loaded fails the navigation
   * (the error page, where Try again works) rather than the render.
   */
  staticLoader?: boolean;
}

/**
 * A react-router `lazy` function that never rejects: when the chunk cannot be loaded even after
 * retries, the route gets stand-ins that load the chunk again on the next navigation to it (the
 * loader) or render (the component), so the router's cache of the route never holds the failure.
 */
export function lazyRoute(source: (() => Promise<RouteModule>) | LazyChunk<RouteModule>, options: LazyRouteOptions = {}): () => Promise<RouteModule> {
  const chunk = typeof source === 'function' ? lazyChunk(source, options) : source;
  return () => chunk.load().catch(() => recoveringRoute(chunk, options.staticLoader === true));
}

function recoveringRoute(chunk: LazyChunk<RouteModule>, staticLoader: boolean): RouteModule {
  const Page = lazyComponent(() => chunk.read().then((route) => route.Component ?? Empty));
  const Component = function RecoveringRoute() {
    return createElement(Suspense, { fallback: createElement('p', { className: 'app-loading', role: 'status' }, 'Loading…') }, createElement(Page));
  };
  const ErrorBoundary = function RecoveringRouteError() {
    const error = useRouteError();
    const Own = chunk.current?.ErrorBoundary;
    // Without the module's own boundary, the error goes on to the parent route's.
    if (!Own) throw error;
    return createElement(Own);
  };
  if (staticLoader) return { Component, ErrorBoundary };
  return {
    Component,
    ErrorBoundary,
    // Right after the failure this rethrows it (the error page); once that has shown, a navigation
    // to the route (or Try again) loads the chunk again.
    loader: async (args: LoaderFunctionArgs) => {
      const route = await chunk.read();
      return typeof route.loader === 'function' ? route.loader(args) : null;
    },
    shouldRevalidate: (args: ShouldRevalidateFunctionArgs) => chunk.current?.shouldRevalidate?.(args) ?? args.defaultShouldRevalidate,
  };
}

function Empty() {
  return null;
}

/**
 * React.lazy with retries that recovers: while loading it suspends (put it in a Suspense); a failure
 * goes to the nearest error boundary, and once the error page has shown (retryFailedImports) the
 * next render of the component tries the chunk again (React.lazy itself keeps a failure forever,
 * so a fresh one is made).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, options: RetryOptions = {}): ComponentType<P> {
  const chunk = lazyChunk(load, options);
  let failedAt: number | null = null;
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      chunk.read().then(
        (Loaded) => ({ default: Loaded }),
        (error: unknown) => {
          failedAt = failureEpoch;
          throw error;
        },
      ),
    );
  let Lazy = make();
  return function LazyComponent(props: P) {
    const Loaded = chunk.current;
    if (Loaded) return createElement(Loaded, props);
    if (failedAt !== null && failedAt !== failureEpoch) {
      failedAt = null;
      Lazy = make();
    }
    return createElement(Lazy, props);
  };
}
