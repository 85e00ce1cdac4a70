import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
const img = await loadImage(readFileSync(process.argv[2]));
const c = createCanvas(img.width, img.height); const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
const d = ctx.getImageData(0, 0, c.width, c.height); const a = d.data; let n = 0;
const th = Number(process.argv[4] ?? 40);
for (let i = 0; i < a.length; i += 4) { const r = a[i], g = a[i+1], b = a[i+2]; if (r - Math.max(g, b) > th) { a[i] = a[i+1] = a[i+2] = 255; n++; } }
ctx.putImageData(d, 0, 0); writeFileSync(process.argv[3], c.encodeSync('png')); console.log('cleared', n, 'of', a.length/4);
