/** A table as the report writes it to CSV and shows it in HTML: named columns, rows of plain values. */
export interface Table {
  /** File stem and anchor, e.g. "profile-ratings". */
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, CsvValue>[];
}

/** A table whose column names are checked against its row type. */
export interface TypedTable<Row extends Record<string, CsvValue>> extends Table {
  readonly columns: readonly (keyof Row & string)[];
  readonly rows: readonly Row[];
}

export type CsvValue = string | number | boolean | null;

/** RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted. */
export function toCsv(table: Table): string {
  const lines = [table.columns.map(csvField).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((column) => csvField(row[column] ?? null)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = typeof value === "number" ? formatNumber(value) : String(value);
  // A leading = + - @ would be run as a formula by spreadsheet programs; home names are user input.
  const guarded = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Full precision without float noise (0.30000000000000004 → 0.3). */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

/** Parse what toCsv wrote (tests and round trips); quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
