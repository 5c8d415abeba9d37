import { appendFile, mkdir, open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../util/log.ts";
import { SerialQueue, SpoolFullError, type Spool } from "./spool.ts";
import type { WriteOp } from "./write-ops.ts";

export const SPOOL_FILE = "writes.jsonl";
export const REJECTED_FILE = "rejected.jsonl";
const NEWLINE = 0x0a;
const READ_CHUNK = 1024 * 1024;
export const DEFAULT_SPOOL_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Node spool: one JSON op per line in `<dir>/writes.jsonl`, fsync'd before an append resolves. Appends
 * that arrive while a flush is under way are written together with one fsync (group commit), so a
 * burst during an outage costs one disk sync per batch, not per write.
 */
export class FileSpool implements Spool {
  private readonly serial = new SerialQueue();
  private batch: { line: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private flushScheduled = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly rejectedFile: string,
    private bytes: number,
    private readonly maxBytes: number,
    private readonly log: Logger,
  ) {}

  /** Open (or create) the spool in `dir`; a torn last line from a crash is cut off, it was never acknowledged. */
  static async open(dir: string, options: { maxBytes?: number; log: Logger }): Promise<FileSpool> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await open(join(dir, SPOOL_FILE), "a+", 0o600);
    await syncDirectory(dir); // a new file's directory entry must survive a crash too
    let size = (await handle.stat()).size;
    const complete = await endOfLastLine(handle, size);
    if (complete < size) {
      await handle.truncate(complete);
      await handle.datasync();
      options.log.warn("spool_torn_tail_dropped", { bytes: size - complete });
      size = complete;
    }
    return new FileSpool(handle, join(dir, REJECTED_FILE), size, options.maxBytes ?? DEFAULT_SPOOL_MAX_BYTES, options.log);
  }

  get size(): number {
    return this.bytes;
  }

  append(op: WriteOp): Promise<void> {
    return new Promise((resolve, reject) => {
      // Queued synchronously: a truncateIfConsumed called after this point runs after its flush.
      this.batch.push({ line: `${JSON.stringify(op)}\n`, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        void this.serial.run(() => this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.batch;
    this.batch = [];
    const accepted: typeof batch = [];
    let chunk = "";
    let added = 0;
    for (const entry of batch) {
      const length = Buffer.byteLength(entry.line);
      if (this.bytes + added + length > this.maxBytes) {
        entry.reject(new SpoolFullError(`the write spool is full (${this.maxBytes} bytes); the database has been unreachable for too long`));
        continue;
      }
      accepted.push(entry);
      chunk += entry.line;
      added += length;
    }
    if (accepted.length === 0) return;
    try {
      await this.handle.write(chunk);
      await this.handle.datasync();
    } catch (error) {
      // Cut any partial write off so the next line does not glue onto it.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      for (const entry of accepted) entry.reject(error);
      return;
    }
    this.bytes += added;
    for (const entry of accepted) entry.resolve();
  }

  async read(offset: number, max: number): Promise<{ ops: WriteOp[]; next: number }> {
    const ops: WriteOp[] = [];
    let position = offset;
    let buffer = Buffer.alloc(READ_CHUNK);
    // Only flushed bytes are read: everything below `bytes` is whole lines.
    while (ops.length < max && position < this.bytes) {
      const length = Math.min(buffer.length, this.bytes - position);
      const { bytesRead } = await this.handle.read(buffer, 0, length, position);
      let start = 0;
      while (ops.length < max) {
        const newline = buffer.indexOf(NEWLINE, start);
        if (newline === -1 || newline >= bytesRead) break;
        const line = buffer.toString("utf8", start, newline);
        position += newline - start + 1;
        start = newline + 1;
        const op = parseOp(line);
        if (op) ops.push(op);
        else await this.setAside(line, "unparseable spool line");
      }
      if (start === 0) buffer = Buffer.alloc(buffer.length * 2); // one line longer than the buffer
    }
    return { ops, next: position };
  }

  truncateIfConsumed(offset: number): Promise<boolean> {
    return this.serial.run(async () => {
      if (this.batch.length > 0 || offset < this.bytes) return false;
      await this.handle.truncate(0);
      await this.handle.datasync();
      this.bytes = 0;
      return true;
    });
  }

  reject(op: WriteOp, reason: string): Promise<void> {
    return this.setAside(JSON.stringify(op), reason);
  }

  private async setAside(line: string, reason: string): Promise<void> {
    this.log.error("spool_write_rejected", { reason, file: REJECTED_FILE });
    await appendFile(this.rejectedFile, `${JSON.stringify({ at: new Date().toISOString(), reason, line })}\n`, { mode: 0o600 });
  }

  close(): Promise<void> {
    return this.serial.run(() => this.handle.close());
  }
}

function parseOp(line: string): WriteOp | undefined {
  try {
    const value = JSON.parse(line) as WriteOp;
    return typeof value?.kind === "string" && typeof value.row === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the file itself is still synced on append.
  }
}

/** Byte offset just after the last newline (0 when none). */
async function endOfLastLine(handle: FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - buffer.length);
    const { bytesRead } = await handle.read(buffer, 0, end - start, start);
    const newline = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (newline !== -1) return start + newline + 1;
    end = start;
  }
  return 0;
}
