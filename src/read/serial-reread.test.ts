// The number line of a scan's header read again when page OCR left no digit in its cell.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { Positioned } from './layout.js';
import type { OcrEngine } from './ocr.js';
import { rereadSerial } from './pdf.js';

// A page of 2481 × 3508 pixels (A4 at 300 dpi); the engine is a stand-in that answers the crop with
// a fixed line and records the crops it was given.
const page = createCanvas(2481, 3508);
const engine = (answer: string) => {
  const crops: number[] = [];
  const e: OcrEngine = {
    name: 'tesseract',
    words: async (png) => {
      crops.push(png.length);
      return [{ str: answer, x: 0, w: 100, cy: 10, h: 10 }];
    },
  };
  return { e, crops };
};
const line = (str: string, cy = 400): Positioned => ({ str, x: 626, w: 1600, cy, h: 55 });
const heading: Positioned = { str: 'BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM', x: 333, w: 1900, cy: 270, h: 50 };

describe('rereadSerial', () => {
  it('puts the re-read serial and symbol in place of the specks, and keeps the rest of the line', async () => {
    const { e, crops } = engine('Số 336-QĐ/TW');
    const out = await rereadSerial(e, page, [heading, line('Số .-\tHà Nội, ngày 27 tháng 6 năm 2025')]);
    expect(crops).toHaveLength(1);
    expect(out?.map((i) => i.str)).toEqual([heading.str, 'Số 336-QĐ/TW\tHà Nội, ngày 27 tháng 6 năm 2025']);
  });
  it('leaves a line whose cell has digits, a re-read without a serial, and a "Số" below the header band', async () => {
    const read = engine('Số 336-QĐ/TW');
    expect(await rereadSerial(read.e, page, [line('Số: 12/KH-UBND\tHà Nội, ngày 1 tháng 2 năm 2025')])).toBeNull();
    expect(read.crops).toHaveLength(0);
    // (a blank left for the serial stays blank: the re-read holds no digits either)
    expect(await rereadSerial(engine('Số: /QĐ-UBND').e, page, [line('Số: /QĐ-UBND\tHà Nội, ngày')])).toBeNull();
    expect(await rereadSerial(read.e, page, [line('Số .-', 2000)])).toBeNull();
    expect(read.crops).toHaveLength(0);
  });
});
