/** How long Fill waits after its last write for a submission the page scheduled (form.submit() navigates a task later). */
export const SETTLE_MS = 150;

export interface LeavingWatch {
  /** Resolves after `ms`, or as soon as the page starts to send the form or leave. */
  settle(ms: number): Promise<void>;
  /** Removes every listener; returns how the page left ('submit', 'navigate', 'pagehide'…) or null. */
  stop(): string | null;
}

type NavigationLike = EventTarget & object;

/**
 * Watches, without preventing anything, whether the page sends a form or leaves while Fill runs:
 * a `submit` event (a page handler calling requestSubmit or clicking a button), the Navigation
 * API's `navigate` (Chromium: fires for form.submit(), which sends no submit event), and
 * `beforeunload` / `pagehide` (any browser). Every listener is removed by stop().
 */
export function watchLeaving(win: Window): LeavingWatch {
  let left: string | null = null;
  let wake: (() => void) | null = null;
  const seen = (how: string) => () => { left ??= how; wake?.(); };
  const onSubmit = seen('submit');
  const onNavigate = (e: Event) => seen((e as Event & { formData?: unknown }).formData ? 'submit' : 'navigate')();
  const onLeave = seen('unload');
  const nav = (win as Window & { navigation?: NavigationLike }).navigation;
  win.addEventListener('submit', onSubmit, true);
  win.addEventListener('beforeunload', onLeave, true);
  win.addEventListener('pagehide', onLeave, true);
  nav?.addEventListener('navigate', onNavigate);
  return {
    settle: (ms) => new Promise<void>((resolve) => {
      if (left) return resolve();
      const timer = setTimeout(done, ms);
      function done() { clearTimeout(timer); wake = null; resolve(); }
      wake = done;
    }),
    stop() {
      win.removeEventListener('submit', onSubmit, true);
      win.removeEventListener('beforeunload', onLeave, true);
      win.removeEventListener('pagehide', onLeave, true);
      nav?.removeEventListener('navigate', onNavigate);
      return left;
    },
  };
}
