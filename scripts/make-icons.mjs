// Writes the add-in's PNG icons, drawn pixel by pixel and encoded with node's zlib: the add-in
// (assets/icon-*.png: a rounded green square with a white bar chart and a check mark), the ribbon's
// 检查 (assets/check-*.png: a magnifier over a check mark) and 导出 Word (assets/word-*.png: a blue
// page with text lines and an arrow). Run once (`node scripts/make-icons.mjs`); the PNGs are committed.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** Distance from (u, v) to the segment (x1, y1)–(x2, y2). */
const seg = (u, v, x1, y1, x2, y2) => {
  const t = Math.max(
    0,
    Math.min(1, ((u - x1) * (x2 - x1) + (v - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)),
  );
  return Math.hypot(u - (x1 + t * (x2 - x1)), v - (y1 + t * (y2 - y1)));
};

/** The add-in: a white bar chart and a check mark on a rounded green square. */
const addinIcon = (u, v) => {
  let color = [33, 115, 70]; // Excel-like green
  const bars = [
    [0.2, 0.62],
    [0.38, 0.45],
    [0.56, 0.3],
  ];
  for (const [left, top] of bars)
    if (u >= left && u <= left + 0.12 && v >= top && v <= 0.8) color = [255, 255, 255];
  // Check mark from (0.6,0.62) to (0.7,0.72) to (0.86,0.46).

  if (Math.min(seg(u, v, 0.62, 0.64, 0.71, 0.73), seg(u, v, 0.71, 0.73, 0.88, 0.5)) < 0.045)
    color = [255, 209, 102];
  return color;
};

/** 检查: a magnifier (white ring and handle) over a check mark, on the green square. */
const checkIcon = (u, v) => {
  let color = [33, 115, 70];
  const ring = Math.hypot(u - 0.44, v - 0.42);
  if (ring > 0.19 && ring < 0.26) color = [255, 255, 255];
  if (seg(u, v, 0.62, 0.6, 0.82, 0.8) < 0.06) color = [255, 255, 255];
  if (Math.min(seg(u, v, 0.34, 0.43, 0.41, 0.5), seg(u, v, 0.41, 0.5, 0.55, 0.34)) < 0.035)
    color = [255, 209, 102];
  return color;
};

/** 导出 Word: a white page with blue text lines and an arrow out, on a Word-blue square. */
const wordIcon = (u, v) => {
  let color = [43, 87, 154];
  if (u >= 0.24 && u <= 0.64 && v >= 0.18 && v <= 0.82) {
    color = [255, 255, 255];
    for (const line of [0.32, 0.44, 0.56, 0.68])
      if (v >= line && v <= line + 0.05 && u >= 0.3 && u <= 0.58) color = [43, 87, 154];
  }
  if (
    Math.min(
      seg(u, v, 0.56, 0.5, 0.86, 0.5),
      seg(u, v, 0.86, 0.5, 0.76, 0.4),
      seg(u, v, 0.86, 0.5, 0.76, 0.6),
    ) < 0.04
  )
    color = [255, 209, 102];
  return color;
};

function png(size, draw = addinIcon) {
  const px = (x, y) => {
    // Coordinates in a 0..1 square; 4x supersampling for smooth edges.
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < 4; sy++)
      for (let sx = 0; sx < 4; sx++) {
        const u = (x + (sx + 0.5) / 4) / size;
        const v = (y + (sy + 0.5) / 4) / size;
        const radius = 0.18;
        const dx = Math.max(radius - u, 0, u - (1 - radius));
        const dy = Math.max(radius - v, 0, v - (1 - radius));
        if (dx * dx + dy * dy > radius * radius) continue;
        const color = draw(u, v);
        r += color[0];
        g += color[1];
        b += color[2];
        a += 255;
      }
    return [r / 16, g / 16, b / 16, a / 16].map((n) => Math.round(n));
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = px(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL("../assets/", import.meta.url), { recursive: true });
for (const size of [16, 32, 64, 80, 128])
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
for (const size of [16, 32, 80]) {
  writeFileSync(new URL(`../assets/check-${size}.png`, import.meta.url), png(size, checkIcon));
  writeFileSync(new URL(`../assets/word-${size}.png`, import.meta.url), png(size, wordIcon));
}
