// Types for the tests that import the generator (tsconfig.test.json typechecks tests/).
export declare const root: string;
export declare function darkDefault(description?: string): string | undefined;
export declare function detailType(event: { type?: { text: string }; description?: string }): string | undefined;
export declare function elementApi(manifest: unknown, tagName: string): string;
export declare function tokenTable(manifest: unknown): string;
export declare function partsList(manifest: unknown): string;
/** `text` with every `<!-- api:NAME:start -->…<!-- api:NAME:end -->` block regenerated. */
export declare function render(manifest: unknown, text: string): string;
/** Every markdown file under docs/, relative to the repository root. */
export declare function docsPages(dir?: string): string[];
