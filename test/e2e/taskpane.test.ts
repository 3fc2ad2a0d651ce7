/**
 * The task pane in a real browser (Debian's Chromium through playwright-core), with Office.js
 * answered by the Excel stand-in. Needs `npm run build` first (CI builds before testing).
 */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { buildOfficeStub, DIST, launch, openPane, serve } from "./harness";

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let stub: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build` first");
  stub = await buildOfficeStub();
  server = await serve(DIST);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the task pane", () => {
  it("loads under its Content-Security-Policy, sees Excel and passes axe", async () => {
    const page = await openPane(browser, server.origin, stub);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.getByRole("heading", { name: "绩效自评助手" }).waitFor();
    await page.getByText("已连接 Excel").waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
