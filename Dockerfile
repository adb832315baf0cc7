# The gateway image. `docker compose up --build` builds and runs it (see docker-compose.yml);
# alone: docker build -t video-gateway . && docker run -p 4000:4000 --env-file .env video-gateway
ARG NODE_IMAGE=node:22-bookworm-slim

# 1. Build: every dependency (installing generates the Prisma client into src/db/generated/ with
#    the Prisma CLI), then `npm run build` compiles src/ (the client included) to plain JavaScript
#    in dist/ and bundles the dashboard.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma.mjs ./scripts/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# 2. Runtime dependencies only: no dev dependencies (the Prisma CLI, TypeScript, tsx, esbuild,
#    vitest, playwright…), no optional ones (the CLI comes back as @prisma/client's optional peer
#    otherwise), and no install scripts (the client is already compiled into dist/).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime: node dist/main.js as the unprivileged `node` user, under tini so signals reach Node
#    (SIGTERM drains and exits 0). Migrations (prisma/migrations) apply at start through the
#    WASM schema engine; the embedded database, when DATABASE_URL is unset, lives in /data.
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PORT=4000 DATA_DIR=/data
COPY package.json ./
COPY prisma ./prisma
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
