// The framework's floor: a one-page Next.js app showing static text, built
// with this repo's Next.js in the same run, so "our JS minus the floor" is
// what our own code ships. It sits under bench/tmp/ inside the repo, so it
// resolves this repo's node_modules by walking up (no install, same versions).
import fs from "node:fs";
import path from "node:path";

const LAYOUT = `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return <p>Hello from the framework floor.</p>;
}
`;

/** Writes the app into dir (replacing it) and returns dir. */
export function writeFloorApp(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "app/layout.jsx"), LAYOUT);
  fs.writeFileSync(path.join(dir, "app/page.jsx"), PAGE);
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "next-floor", private: true }, null, 2),
  );
  return dir;
}
