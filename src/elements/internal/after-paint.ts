/**
 * Runs `work` in a task after the next frame has been painted: for code a screen will need later,
 * whose loading and evaluation must not hold up the paint of the screen the client is looking at.
 * A tab that paints no frames (hidden) runs it after a short wait instead.
 */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  // the frame's callbacks run before its paint; a task queued from one runs after it
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, HIDDEN_TAB_WAIT_MS);
}

/** How long a hidden tab, which runs no animation frames, waits before doing the work anyway. */
const HIDDEN_TAB_WAIT_MS = 250;
