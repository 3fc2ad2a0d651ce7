/**
 * Preloaded (`node --require`) into a command the benchmark runs: at exit, writes the process's
 * peak resident memory in bytes to the file named by JIXIAO_RSS_FILE.
 */
import * as fs from "node:fs";

const file = process.env.JIXIAO_RSS_FILE;
if (file) process.on("exit", () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
