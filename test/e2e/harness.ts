/** The e2e harness: build the Office stub, serve dist/ on loopback, open the pane in Debian's Chromium. */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import webpack from "webpack";

const root = path.join(__dirname, "../..");
export const DIST = path.join(root, "dist");
const STUB_DIR = path.join(root, "out/e2e");
/** Where viewport screenshots go (docs/ holds the ones the README shows). */
export const SCREENS = path.join(root, "out/e2e/screens");
/** The bundled sample dataset, as a user picks it. */
export const SAMPLE = path.join(root, "samples/hunan-province-2024.json");

/** Bundles test/e2e/officeStub.ts into one browser script; returns its text. */
export function buildOfficeStub(): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: path.join(__dirname, "officeStub.ts"),
        output: { path: STUB_DIR, filename: "office-stub.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: "ts-loader",
              options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
            },
          ],
        },
      },
      (error, stats) => {
        if (error || stats?.hasErrors()) return reject(error ?? new Error(stats?.toString("errors-only")));
        resolve(fs.readFileSync(path.join(STUB_DIR, "office-stub.js"), "utf8"));
      },
    );
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** Serves a folder on 127.0.0.1 (an ephemeral port); resolves with its origin and a closer. */
export function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}

/** Debian's Chromium, headless, with the flags this machine needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens the task pane with Office.js answered by the stub; any other outside request is refused. */
export async function openPane(browser: Browser, origin: string, stub: string, query = ""): Promise<Page> {
  // Reduced motion: Fluent then skips its colour transitions, so axe measures settled colours.
  const context = await browser.newContext({
    viewport: { width: 360, height: 720 },
    locale: "zh-CN",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ contentType: "text/javascript", body: stub });
    if (url.startsWith(origin)) return route.continue();
    return route.abort();
  });
  await page.goto(`${origin}/taskpane.html${query}`);
  return page;
}

/**
 * axe on the whole page. Fluent UI's focus manager (Tabster) puts invisible focus sentinels
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`) around keyboard-navigable groups on purpose;
 * they are left out, everything else is checked. The pointer is moved away first.
 */
export async function axe(page: Page): Promise<string[]> {
  // The pointer rests off the controls, as a keyboard user's would (no hover colours measured).
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`).join(", ")})`,
  );
}

/** The element is entirely inside the viewport, as it is. */
export async function expectInView(page: Page, locator: Locator): Promise<void> {
  await locator.waitFor();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error("no box or viewport");
  expect({ top: box.y >= 0, left: box.x >= 0 }).toEqual({ top: true, left: true });
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
}

/** The page itself never scrolls: the findings scroll in their own area, the footer stays. */
export async function expectNoPageScroll(page: Page): Promise<void> {
  const { scroll, height } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    height: window.innerHeight,
  }));
  expect(scroll).toBeLessThanOrEqual(height);
}

/** The accessible name of the focused element (its aria-label, else its text). */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() : "";
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element has this name; resolves with the
 * number of presses. Fails after 30.
 */
export async function tabTo(page: Page, name: string | RegExp, back = false): Promise<number> {
  for (let presses = 1; presses <= 30; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const focused = await focusedName(page);
    if (typeof name === "string" ? focused === name : name.test(focused)) return presses;
  }
  throw new Error(`no control named ${String(name)} within 30 presses of ${back ? "Shift+Tab" : "Tab"}`);
}

/** A suite's browser, server and Office stub, set up once for its tests. */
export interface PaneSession {
  /** The server's origin (the pane's pages are under it). */
  readonly origin: string;
  /** Opens the pane (taskpane.html) with the stand-in for `query`. */
  open(query?: string): Promise<Page>;
}

/**
 * Registers a suite's setup and teardown (call at the top of a test file): dist/ checked to be
 * built, the Office stub bundled, dist/ served, Chromium launched; closed after the suite.
 */
export function paneSession(): PaneSession {
  let browser: Browser | undefined;
  let server: { origin: string; close: () => Promise<void> } | undefined;
  let stub = "";
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error("dist/ is missing: run `npm run build` first");
    fs.mkdirSync(SCREENS, { recursive: true });
    stub = await buildOfficeStub();
    server = await serve(DIST);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the pane session is used before its setup ran");
    return value;
  };
  return {
    get origin() {
      return started(server).origin;
    },
    open: (query = "") => openPane(started(browser), started(server).origin, stub, query),
  };
}
