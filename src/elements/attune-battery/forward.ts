/**
 * The one path by which a battery's options reach the screener it runs: a directive that sets each
 * value of one object as a property of the element it sits on. The battery builds that object once
 * from its checked options ({@link ClientOptionsController.forwarded}), so a new client option is
 * forwarded by adding it there, not by another attribute binding here and there.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class ForwardDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('forwardTo() belongs on an element');
  }
  render(_values: Record<string, unknown>) {
    return nothing;
  }
  override update(part: ElementPart, [values]: [Record<string, unknown>]) {
    const element = part.element as unknown as Record<string, unknown>;
    // undefined is set too: an option the practice removed from the battery is removed from the screener
    for (const [key, value] of Object.entries(values)) if (element[key] !== value) element[key] = value;
    return nothing;
  }
}

/** Sets every value of `values` as a property of the element. */
export const forwardTo = directive(ForwardDirective);
