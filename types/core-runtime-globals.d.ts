// The one global the DOM-free core uses beyond ES2022: the WHATWG URL class, which Node, Deno, Bun,
// workers and every browser provide (it is not part of the DOM, but TypeScript only declares it in
// lib "DOM" and @types/node). Declared here, and only for tsconfig.core.json, so that compile proves
// nothing else from the DOM is used: only the members the core reads.
interface URL {
  readonly protocol: string;
  readonly href: string;
}
declare var URL: {
  prototype: URL;
  new (url: string, base?: string): URL;
};

// The WHATWG TextDecoder (Node, Deno, Bun, workers, every browser), for opening a sealed submission.
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string): TextDecoder;
};
