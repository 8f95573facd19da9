/**
 * What stands in for an element whose own code did not load from beside the script (the practice
 * copied only part of dist/): a small element drawn with the client's own problem view and the
 * screener's look, which says so calmly and reports `attune-error` (code `unavailable`) once.
 */
import { en } from '../../i18n/en.js';
import { problemView } from '../views/problem-view.js';
import { screenerStyles } from '../attune-screener/attune-screener.styles.js';
import { AttuneElement } from './attune-element.js';
import { missingFile } from './missing-file.js';

/** An element class showing that `file` is missing, and what the client is left with (`consequence`). */
export function unavailableElement(file: string, consequence: string): CustomElementConstructor {
  const error = missingFile(file, consequence);
  return class UnavailableElement extends AttuneElement {
    static override styles = screenerStyles;
    private reported = false;

    override connectedCallback(): void {
      super.connectedCallback();
      // each element says it once, wherever it is moved to
      if (!this.reported) this.errors.report(error);
      this.reported = true;
    }

    override render() {
      return problemView(error, en);
    }
  };
}
