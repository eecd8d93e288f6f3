/**
 * One Content-Security-Policy for every place the renderer is served from:
 * the built index.html (meta tag), the app:// protocol and `npm run web` (headers).
 * frame-ancestors is only honoured in a header, so the meta variant leaves it out.
 */
const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY_META = directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`;
