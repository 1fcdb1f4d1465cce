/** @type {import('next').NextConfig} */
export default {
  // Build output under dist/, where the repository's formatter and linter look away.
  distDir: 'dist',
  // This folder is the app's root, whatever lockfiles the folders above it hold.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
}
