import { html, nothing } from 'lit';
import type { FirstMessages } from '../../i18n/messages.js';
import type { StorageNotice } from '../internal/save-resume.js';

/** A calm sentence about saving: saved answers that could not be used, or a browser that cannot save. */
export function noticeView(notice: StorageNotice, messages: FirstMessages) {
  if (!notice) return nothing;
  return html`<p class="notice" part="notice">${notice === 'restore-failed' ? messages.restoreFailed : messages.storageUnavailable}</p>`;
}
