import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations next to this file; both drivers apply them at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/store/schema.ts",
  out: "./src/store/migrations",
});
