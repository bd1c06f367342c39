/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build fixture sites side by side with the real one, each in its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
