/**
 * The `color-scheme` attribute, as a mixin shared by every element: `auto` (or absent) follows the
 * client's system (`prefers-color-scheme`); `light` or `dark` forces one, for a practice whose site has
 * only one. The palette itself is CSS (src/styles/palette.styles.ts), keyed on the reflected attribute.
 * Any other value is reported with `attune-error` and treated as `auto`.
 */
import type { PropertyDeclarations } from 'lit';
import type { AttuneElement, Constructor } from './attune-element.js';

export type ColorScheme = 'auto' | 'light' | 'dark';
const SCHEMES: readonly string[] = ['auto', 'light', 'dark'];

export declare class ColorSchemeElement {
  /** `auto` (default) follows the client's system; `light` or `dark` forces one. */
  colorScheme?: ColorScheme;
}

export const WithColorScheme = <T extends Constructor<AttuneElement>>(Base: T) => {
  class ColorSchemeMixin extends Base {
    // Lit wraps the accessor below, as `@property` would (declared statically: no decorator code in the script tag)
    static properties: PropertyDeclarations = { colorScheme: { attribute: 'color-scheme', reflect: true } };

    private scheme?: ColorScheme;

    /** `auto` (default) follows the client's system (`prefers-color-scheme`); `light` or `dark` forces one. */
    get colorScheme(): ColorScheme | undefined {
      return this.scheme;
    }
    set colorScheme(value: ColorScheme | undefined) {
      const old = this.scheme;
      this.scheme = value;
      this.requestUpdate('colorScheme', old);
      if (value != null && value !== old && !SCHEMES.includes(value)) {
        this.errors.invalidAttribute(`color-scheme="${value}" is not one of ${SCHEMES.join(', ')}; following the system's colour scheme.`);
      }
    }
  }
  return ColorSchemeMixin as unknown as Constructor<ColorSchemeElement> & T;
};
