import type { HeadersLike } from './helpers';
/**
 * The visitor's region from the location headers a CDN adds: Cloudflare, Vercel, Amazon
 * CloudFront, Netlify, Akamai, and Fastly through the VCL in the docs. Returns an ISO
 * 3166 code, the country (`DE`) or with its subdivision where the CDN gives one
 * (`US-CA`), or `''` when no header names a country. Pass it to `readDecision`, and to
 * the page as `<html data-consent-region>` or the config's `region`.
 *
 * Trust these headers only from your CDN: a request that reaches the origin directly
 * can send any of them. The first CDN in the order above whose header names a country wins.
 * @example regionFromHeaders(request.headers) // 'US-CA'
 */
export declare function regionFromHeaders(headers: HeadersLike | null | undefined): string;
