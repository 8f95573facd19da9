/**
 * One page-wide live region (`role="status"`) for every Attune element on the page, as model-viewer
 * does: a screen reader hears one polite voice, not one per widget, and a battery whose screener moves
 * on in the same tick as the battery itself is heard once. Messages given in one task are joined into
 * one announcement, each said once.
 *
 * The region sits in a shadow root at the end of `<body>` so that the page's CSS cannot reveal or
 * restyle it, and its styles are a constructed stylesheet (no inline `style`, so a strict CSP holds).
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

const hidden = css`
  :host {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

let host: HTMLElement | undefined;
let region: HTMLElement | undefined;
let pending: string[] | undefined;
let users = 0;

function liveRegion(): HTMLElement {
  if (region && host?.isConnected) return region;
  host = document.createElement('div');
  host.dataset.attuneAnnouncer = '';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [hidden.styleSheet!];
  region = document.createElement('div');
  // role="status" is a polite live region: announced when the client pauses, never interrupting
  region.setAttribute('role', 'status');
  root.append(region);
  document.body.append(host);
  return region;
}

/** Says `text` through the page's live region, after everything else said in this task. */
export function announce(text: string): void {
  if (!text) return;
  if (!pending) {
    // each task's batch is its own: a clear and a new message in the same task must not lose the message
    const batch: string[] = (pending = []);
    queueMicrotask(() => {
      if (pending === batch) pending = undefined;
      if (batch.length) liveRegion().textContent = [...new Set(batch)].join(' ');
    });
  }
  pending.push(text);
}

/** Empties the live region at once (the quick exit: nothing that was said stays readable). */
export function clearAnnouncements(): void {
  // what was queued before the clear is dropped; what is said after it is still said
  pending?.splice(0);
  pending = undefined;
  if (region) region.textContent = '';
}

/**
 * An element's share of the announcer: the region exists while at least one Attune element is
 * connected, and is removed with the last one (a single-page app leaves nothing behind).
 */
export class AnnouncerController implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    users++;
  }
  hostDisconnected(): void {
    users--;
    if (users > 0) return;
    host?.remove();
    host = region = undefined;
  }
  /** Says `text` through the page's live region, after everything else said in this task. */
  readonly announce = announce;
  /** Empties the live region at once. */
  readonly clear = clearAnnouncements;
}
