/** See strict-csp.mjs. */
export declare const STRICT_CSP: string;
