# The gateway image: `docker compose up` builds it (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --include=dev
COPY tsconfig.json ./
COPY src ./src
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/main.ts"]
