import type { Browser } from 'playwright-core';

export interface Served {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** A file's contents with its content type, or undefined when there is no such file. */
export declare function file(path: string, headers?: Record<string, string>): Served | undefined;
/** Serves what `respond` returns for each request's path (404 for undefined) on 127.0.0.1. */
export declare function serveLocally(respond: (path: string) => Served | undefined): Promise<LocalServer>;
/** Every file under `root`, as the browser asks for it. */
export declare function serveFolder(root: string): Promise<LocalServer>;
/**
 * A practice's own site: its page at `/` (`page()` is asked on every visit), dist/ at `/attune/`, and
 * its own files at the paths `own` names.
 */
export declare function servePractice(page: () => string, own?: Record<string, Served | undefined>): Promise<LocalServer>;
export declare function launchChromium(): Promise<Browser>;
