import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of lib/, lowest first: each may import the ones before it and
// the shared files at the top of lib/ (site facts, dates, text folding), never
// one after it. lib/server stands apart. See docs/architecture.md.
const LIB_LAYERS = ["lib/content", "lib/reading", "lib/seo"];
const ABOVE_LIB = ["./app", "./components", "./scripts", "./tests"];

function layerZones() {
  return LIB_LAYERS.map((layer, index) => ({
    target: `./${layer}`,
    from: [
      ...LIB_LAYERS.slice(index + 1).map((l) => `./${l}`),
      "./lib/server",
      ...ABOVE_LIB,
    ],
    message: `${layer} sits below this module: data flows content → reading → seo → app.`,
  }));
}

export const layeringRules = {
  "import/no-cycle": ["error", { ignoreExternal: true }],
  "import/no-restricted-paths": [
    "error",
    {
      zones: [
        ...layerZones(),
        {
          target: "./lib/server",
          from: [...LIB_LAYERS.map((l) => `./${l}`), ...ABOVE_LIB],
          message:
            "lib/server (HTTP policy) depends on no content or page code.",
        },
        {
          target: "./lib/*.ts",
          from: [
            ...LIB_LAYERS.map((l) => `./${l}`),
            "./lib/server",
            ...ABOVE_LIB,
          ],
          message: "the shared files at the top of lib/ depend on no layer.",
        },
        {
          target: "./scripts",
          from: "./tests",
          message:
            "scripts (the bench included) never import tests/: shared helpers live in scripts/support.",
        },
        {
          target: [
            "./tests/support",
            "./tests/e2e",
            "./tests/browser",
            "./tests/lib",
          ],
          from: "./scripts/bench",
          message:
            "tests reach the bench's helpers through scripts/support; only tests/scripts/bench tests the bench itself.",
        },
        {
          target: "./components",
          from: ["./app", "./scripts", "./tests"],
          message: "components are composed by app/, never the reverse.",
        },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    settings: {
      "import/resolver": {
        typescript: { project: "./tsconfig.json" },
        node: { extensions: [".js", ".jsx", ".ts", ".tsx", ".mjs", ".mts"] },
      },
    },
    rules: layeringRules,
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "test-results/**",
      "bench/tmp/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
