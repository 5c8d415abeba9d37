/**
 * Apply the committed migrations to the Postgres at DATABASE_URL and exit. The Node gateway does this
 * itself at start-up (under an advisory lock, so replicas may start together); a Workers deployment
 * cannot read the migrations folder, so run this before `wrangler deploy`.
 *
 *   DATABASE_URL=postgres://… npm run db:migrate
 */
import { loadConfig } from "../src/config.ts";
import { connect } from "../src/store/open.ts";

const config = loadConfig();
if (!config.DATABASE_URL) {
  console.error("db:migrate: set DATABASE_URL to the postgres:// URL of the database to migrate");
  process.exit(2);
}
const connection = await connect({ dataDir: "memory://", databaseUrl: config.DATABASE_URL });
await connection.close();
console.error("db:migrate: the database is at the latest migration");
