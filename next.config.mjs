/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build fixture sites side by side with the real one, each in its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // A listing's first page lives at its own address; /page/1 is never a second copy.
  async redirects() {
    return [
      { source: "/page/1", destination: "/", permanent: true },
      {
        source: "/tags/:tag/page/1",
        destination: "/tags/:tag",
        permanent: true,
      },
    ];
  },
};

export default nextConfig;
