/* eslint-disable @typescript-eslint/no-explicit-any -- the manifest and the editor data are JSON of other tools' formats, untyped here */
export function customElements(manifest: unknown): Array<Record<string, any> & { module: string; name: string; tagName: string }>;
export function attributeValues(attribute: { name: string; type?: { text?: string } }, instrumentIds?: readonly string[]): string[];
export function stringValues(typeText?: string): string[];
export function htmlCustomData(manifest: unknown, instrumentIds?: readonly string[]): any;
export function cssCustomData(manifest: unknown): any;
export function webTypes(manifest: unknown, pkg: { name: string; version: string }, instrumentIds?: readonly string[]): any;
