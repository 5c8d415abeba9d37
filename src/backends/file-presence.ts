/**
 * Whether model files are on disk, without a synchronous filesystem call on the request path. The
 * first question about a path is answered by a stat (at start-up, where backends are built); after
 * that the answer is cached and refreshed in the background by an async stat once it is older than
 * `maxAgeMs`, so a model pulled (or deleted) while the gateway runs is noticed within a few seconds.
 */
import { statSync } from "node:fs";
import { stat } from "node:fs/promises";

interface Known {
  present: boolean;
  checkedAt: number;
  refreshing: boolean;
}

export class FilePresence {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly maxAgeMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks `path` now (synchronously): call at start-up for every file a backend needs. */
  prime(path: string): void {
    this.known.set(path, { present: existsNow(path), checkedAt: this.now(), refreshing: false });
  }

  /** The cached answer; a stale one triggers a background refresh and is returned meanwhile. */
  exists(path: string): boolean {
    let entry = this.known.get(path);
    if (!entry) {
      this.prime(path); // a path nobody primed: answer truthfully once, cached from then on
      entry = this.known.get(path) as Known;
    } else if (!entry.refreshing && this.now() - entry.checkedAt > this.maxAgeMs) {
      this.refresh(path, entry);
    }
    return entry.present;
  }

  private refresh(path: string, entry: Known): void {
    entry.refreshing = true;
    stat(path)
      .then(
        () => true,
        () => false,
      )
      .then((present) => {
        entry.present = present;
        entry.checkedAt = this.now();
        entry.refreshing = false;
      });
  }
}

function existsNow(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** One cache for the process: every llama backend asks about the same few files. */
export const modelFiles = new FilePresence();
