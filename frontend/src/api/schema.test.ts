import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url).href);

describe('the generated API types', () => {
  // contract.ts checks the hand-written types against schema.d.ts; a stale schema.d.ts would let drift through.
  it('are what openapi-typescript makes of openapi.json (else: npm run api:types, commit src/api/schema.d.ts)', async () => {
    const document = JSON.parse(readFileSync(file('../../openapi.json'), 'utf8'));
    const generated = COMMENT_HEADER + astToString(await openapiTS(document));
    const committed = readFileSync(file('./schema.d.ts'), 'utf8');
    expect(committed).toContain('export interface components');
    expect(committed).toBe(generated);
  }, 60_000);
});
