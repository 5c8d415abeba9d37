import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root: relative paths in config and catalog (models/, culture-profiles/) resolve from here. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
