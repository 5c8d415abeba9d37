import type { z } from "zod";

/** "messages[0].role" from a zod issue path. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

/** The first issue, worded as "<field>: <what to fix>", for error messages that name the field. */
export function describeFirstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: "", message: "invalid input" };
  const field = issuePath(issue.path);
  return { field, message: field ? `${field}: ${issue.message}` : issue.message };
}

/** Every issue, one per line, for start-up errors in data files. */
export function describeAllIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issuePath(issue.path) || "(root)"}: ${issue.message}`).join("\n");
}
