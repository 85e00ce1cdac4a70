// Writes dist/record.schema.json from the zod schema (the single source of truth).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DirectiveRecord } from '../dist/index.js';

const schema = z.toJSONSchema(DirectiveRecord, { target: 'draft-2020-12' });
writeFileSync(new URL('../dist/record.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/record.schema.json');
