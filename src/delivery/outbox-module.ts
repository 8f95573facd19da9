/**
 * The submission outbox and its stores, as one module loaded only by a page that submits (`submit-url`):
 * `attune-outbox.js` beside the script-tag bundle, a chunk in the ES build. Classes and factories only,
 * no state of its own, so the page's outboxes live with the elements that use them.
 */
export { Outbox } from './outbox.js';
export { keyValueOutboxStore, memoryOutboxStore } from './outbox-store.js';
