// "A new version is available — Reload": with the service worker's registration faked, the notice
// appears quietly (a polite live region, no alert, no focus taken) when a new version has
// installed; nothing is activated or reloaded until the reader presses Reload; Reload tells the
// waiting worker to take over and reloads once it has. The first install offers nothing.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A ServiceWorker stand-in: a state, statechange events and the messages it was sent. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** The page's container and the registration, as the browser would drive them. */
function fakeBrowser({ controlled }: { controlled: boolean }) {
  const container = Object.assign(new EventTarget(), { controller: controlled ? new FakeWorker() : null });
  const registration = Object.assign(new EventTarget(), { installing: null as FakeWorker | null, waiting: null as FakeWorker | null });
  return {
    container,
    registration,
    /** The server has a new sw.js: it installs and then waits (registerType 'prompt'). */
    deployNewVersion() {
      const worker = new FakeWorker();
      registration.installing = worker;
      registration.dispatchEvent(new Event('updatefound'));
      worker.moveTo('installed');
      registration.installing = null;
      registration.waiting = worker;
      return worker;
    },
    /** The waiting worker took over (after SKIP_WAITING here or in another tab). */
    activate(worker: FakeWorker) {
      registration.waiting = null;
      worker.moveTo('activated');
      container.controller = worker;
      container.dispatchEvent(new Event('controllerchange'));
    },
  };
}

// The module keeps the offered update for the page's lifetime: a fresh copy per test.
async function load() {
  vi.resetModules();
  const { offerUpdate } = await import('../../src/lib/service-worker.ts');
  const { watchRegistration } = await import('../../src/lib/service-worker-updates.ts');
  const { AppNotices } = await import('../../src/components/app-notices.tsx');
  // The page's own wiring: the registration's news goes to the notice's store.
  const watch = (browser: ReturnType<typeof fakeBrowser>, reload: () => void) =>
    watchRegistration(browser.registration as unknown as ServiceWorkerRegistration, browser.container as unknown as ServiceWorkerContainer, offerUpdate, reload);
  return { watch, AppNotices };
}

const notice = () => screen.queryByText(/A new version is available/);
// The notices' words are a chunk of their own, loaded when one shows.
const shownNotice = () => screen.findByText(/A new version is available/);

beforeEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, value: true });
});

describe('the new-version notice', () => {
  it('appears quietly when a new version has installed; nothing swaps until Reload, which applies it', async () => {
    const { watch, AppNotices } = await load();
    const browser = fakeBrowser({ controlled: true });
    const reload = vi.fn();
    watch(browser, reload);
    render(<AppNotices />);
    const before = document.activeElement;
    expect(notice()).toBeNull();

    let worker!: FakeWorker;
    act(() => {
      worker = browser.deployNewVersion();
    });
    const shown = await shownNotice();
    expect(shown).toHaveTextContent('A new version is available — Reload');
    // Quiet: announced politely, never an alert, and the reader's focus stays where it was.
    expect(shown!.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(before);
    // No silent swap: the new worker was not told to take over, the page did not reload.
    expect(worker.messages).toEqual([]);
    expect(worker.state).toBe('installed');
    expect(reload).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    // The page reloads once the new version controls it, not before.
    expect(reload).not.toHaveBeenCalled();
    act(() => browser.activate(worker));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a version already waiting when the page opens is offered at once', async () => {
    const { watch, AppNotices } = await load();
    const browser = fakeBrowser({ controlled: true });
    browser.registration.waiting = Object.assign(new FakeWorker(), { state: 'installed' as const });
    watch(browser, vi.fn());
    render(<AppNotices />);
    expect(await shownNotice()).toHaveTextContent('Reload');
  });

  it('the first install (nothing controlled the page yet) offers nothing and reloads nothing', async () => {
    const { watch, AppNotices } = await load();
    const browser = fakeBrowser({ controlled: false });
    const reload = vi.fn();
    watch(browser, reload);
    render(<AppNotices />);
    act(() => {
      const worker = browser.deployNewVersion();
      // clients.claim(): the first worker takes control of the open page.
      browser.activate(worker);
    });
    expect(notice()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('Reload chosen in another tab does not reload this one; its own Reload then just reloads', async () => {
    const { watch, AppNotices } = await load();
    const browser = fakeBrowser({ controlled: true });
    const reload = vi.fn();
    watch(browser, reload);
    render(<AppNotices />);
    let worker!: FakeWorker;
    act(() => {
      worker = browser.deployNewVersion();
    });
    // The other tab's SKIP_WAITING: the worker activates and claims this page too.
    act(() => browser.activate(worker));
    expect(reload).not.toHaveBeenCalled();
    expect(await shownNotice()).toHaveTextContent('Reload');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(worker.messages).toEqual([]);
  });
});
