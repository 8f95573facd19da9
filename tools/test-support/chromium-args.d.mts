/** Chromium flags for headless runs on machines with no outside network. */
export declare const chromiumArgs: string[];
