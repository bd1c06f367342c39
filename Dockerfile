# Busan Ledger as a container: a multi-stage build on Debian's slim Node image.
# The build stage checks content, runs `next build` and drops dev dependencies;
# the runtime stage holds the build, the production node_modules and the custom
# server (server.mjs, lib/server), and runs as the unprivileged `node` user.
# Build:  docker build -t busan-ledger --build-arg SITE_URL=https://busanledger.example .
# Run:    docker run -p 3000:3000 busan-ledger

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=${SITE_URL}
RUN npm run build && rm -rf .next/cache && mkdir -p public \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/package.json /app/next.config.mjs /app/server.mjs ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/lib/server ./lib/server
# Read at run time: /search and first-request social cards parse content/ and
# draw with the fonts in lib/seo/fonts/.
COPY --from=build --chown=node:node /app/content ./content
COPY --from=build --chown=node:node /app/lib/seo/fonts ./lib/seo/fonts
USER node
EXPOSE 3000
# No curl in the slim image; Node itself asks for the index page.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/',{method:'HEAD'}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.mjs"]
