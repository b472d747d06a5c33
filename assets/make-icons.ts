/**
 * Draws the add-in's ribbon and store icons (16, 32, 64, 80 px PNG) from shapes, so they can be
 * regenerated without a drawing tool: `npx tsx assets/make-icons.ts`.
 * A blue tile, a white page with text lines, a green tick: "a plan, checked".
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Shape = (x: number, y: number) => Rgba | null;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (row-major) → PNG bytes. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, colour: Rgba): Shape {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r ? colour : null;
  };
}

function circle(cx: number, cy: number, r: number, colour: Rgba): Shape {
  return (x, y) => ((x - cx) ** 2 + (y - cy) ** 2 <= r * r ? colour : null);
}

/** A thick line segment from (ax, ay) to (bx, by). */
function stroke(ax: number, ay: number, bx: number, by: number, w: number, colour: Rgba): Shape {
  return (x, y) => {
    const vx = bx - ax, vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const px = ax + t * vx - x, py = ay + t * vy - y;
    return px * px + py * py <= (w / 2) ** 2 ? colour : null;
  };
}

const BLUE: Rgba = [24, 90, 189, 255];
const PAGE: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [120, 144, 180, 255];
const GREEN: Rgba = [16, 124, 16, 255];

/** The picture in a unit square (0..1), painted back to front. */
function scene(detail: boolean): Shape[] {
  const lines = detail ? [0.3, 0.4, 0.5, 0.6] : [0.34, 0.5];
  return [
    roundedRect(0.02, 0.02, 0.98, 0.98, 0.18, BLUE),
    roundedRect(0.2, 0.12, 0.72, 0.86, 0.04, PAGE),
    ...lines.map((y, i) => roundedRect(0.28, y - 0.025, i === lines.length - 1 ? 0.5 : 0.64, y + 0.025, 0.02, LINE)),
    circle(0.7, 0.72, 0.22, PAGE),
    circle(0.7, 0.72, 0.18, GREEN),
    stroke(0.6, 0.72, 0.67, 0.8, 0.06, PAGE),
    stroke(0.67, 0.8, 0.8, 0.64, 0.06, PAGE),
  ];
}

/** Paints with 4×4 supersampling so small sizes stay smooth. */
export function drawIcon(size: number): Buffer {
  const shapes = scene(size >= 32);
  const ss = 4;
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
          let c: Rgba = [0, 0, 0, 0];
          for (const s of shapes) c = s(u, v) ?? c;
          // Premultiplied accumulation keeps transparent edges free of dark fringes.
          acc[0] += c[0] * c[3]; acc[1] += c[1] * c[3]; acc[2] += c[2] * c[3]; acc[3] += c[3];
        }
      }
      const o = (y * size + x) * 4;
      const a = acc[3] / (ss * ss);
      px[o + 3] = Math.round(a);
      if (acc[3] > 0) for (let k = 0; k < 3; k++) px[o + k] = Math.round(acc[k] / acc[3]);
    }
  }
  return encodePng(size, size, px);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const size of [16, 32, 64, 80]) {
    const file = new URL(`./icon-${size}.png`, import.meta.url);
    writeFileSync(file, drawIcon(size));
    console.log(`assets/icon-${size}.png`);
  }
}
