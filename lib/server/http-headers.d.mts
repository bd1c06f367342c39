// Types for lib/server/http-headers.mjs, which server.mjs runs as plain JavaScript.
export declare const SECURITY_HEADERS: readonly {
  readonly key: string;
  readonly value: string;
}[];
export declare const PAGE_CACHE_CONTROL: string;
