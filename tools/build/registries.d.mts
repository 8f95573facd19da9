export const INSTRUMENT_REGISTRY: string;
export const LOCALE_REGISTRY: string;
export function lazyKeys(registry: string): string[];
export function instrumentIds(): string[];
export function lazyLocales(): string[];
export const TRANSLATION_REGISTRY: string;
export function translationKeys(): string[];
