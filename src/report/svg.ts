import { View, parse } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/**
 * Vega-Lite spec → static SVG markup, server-side: Vega's headless view ("none" renderer) writes SVG
 * as a string, with no DOM and no browser. Data must be inline (`data.values`); nothing is fetched.
 * Vega-Lite's warnings (layout problems in a spec) are collected into `warnings` when given, and
 * otherwise dropped rather than printed between a tool's own output lines; errors throw.
 */
export async function renderSvg(spec: TopLevelSpec, warnings?: string[]): Promise<string> {
  const { spec: vegaSpec } = compile(spec, { logger: collectingLogger(warnings ?? []) });
  const view = new View(parse(vegaSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

type Logger = NonNullable<Parameters<typeof compile>[1]>["logger"] & object;

function collectingLogger(warnings: string[]): Logger {
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(`vega-lite: ${args.map(String).join(" ")}`);
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as Logger;
}
