/** Every event the elements fire (their JSDoc @fires); tests/unit/editor-data.test.ts keeps it equal to the manifest's. */
export const attuneEvents = ['attune-change', 'attune-complete', 'attune-error', 'attune-safety', 'attune-exit', 'attune-submit', 'attune-submit-error'] as const;
