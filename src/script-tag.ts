/**
 * The script tag, `dist/attune.iife.js`: one classic script (this entry, made classic by
 * tools/build/script-tag-entry.mjs). It first hints the files the page's elements will load, then
 * registers the elements; the code it holds is shared with the client's later files (the battery, the
 * review and results, paged mode), which load beside it only on the pages that use them.
 */
import './elements/internal/page-hints.js';
import './define-client.js';
