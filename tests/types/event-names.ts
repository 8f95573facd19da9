/** Every event the elements fire: the one list in src/events.ts; tests/unit/editor-data.test.ts holds it equal to the manifest's @fires. */
export { eventNames as attuneEvents } from '../../src/events.js';
