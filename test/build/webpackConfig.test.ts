/** The webpack configuration: the pages the manifest points at, and no eval under the CSP. */
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILT_PAGES } from "../../src/tools/manifestCheck";

type Config = {
  devtool: string | false;
  entry: Record<string, string>;
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; template?: string } }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: unknown,
  argv: { mode: string },
) => Promise<Config>;

describe("webpack.config.js", () => {
  it.each(["production", "development"])(
    "in %s mode builds both pages without eval source maps",
    async (mode) => {
      const config = await makeConfig({}, { mode });
      expect(Object.keys(config.entry).sort()).toEqual(["commands", "dialog", "taskpane"]);
      for (const entry of Object.values(config.entry))
        expect(fs.existsSync(path.join(__dirname, "../..", entry))).toBe(true);
      const pages = config.plugins
        .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
        .map((p) => p.userOptions?.filename);
      expect(pages.sort()).toEqual([...BUILT_PAGES].sort());
      expect(String(config.devtool)).not.toMatch(/eval/);
    },
  );

  it.each(["taskpane/taskpane.html", "commands/commands.html", "commands/dialog.html"])(
    "%s allows scripts only from itself and Office's CDN",
    (page) => {
      const html = fs.readFileSync(path.join(__dirname, "../../src", page), "utf8");
      const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain("unsafe-eval");
      expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(html).not.toMatch(/<script>|<script type="text\/javascript">[^<]/);
    },
  );
});
