/** The strict Content-Security-Policy (with Trusted Types) the demo and the CSP test are served under. */
export declare const STRICT_CSP: string;
