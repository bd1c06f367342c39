// Types for lib/server/http-headers.mjs, which server.mjs runs as plain JavaScript.
export declare const SECURITY_HEADERS: readonly {
  readonly key: string;
  readonly value: string;
}[];
export declare const CDN_CACHE_SECONDS: number;
export declare function pageCacheControl(cdnSeconds?: number): string;
export declare const PAGE_CACHE_CONTROL: string;
export declare function cdnCacheSeconds(setting: string | undefined): number;
