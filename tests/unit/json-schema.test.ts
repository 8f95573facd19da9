// The JSON Schemas published for authors' editors (dist/instrument.schema.json, dist/text-pack.schema.json),
// checked with a real JSON Schema validator (Ajv, draft 2020-12): every built-in definition and a
// practice's own pass, and what the editor should flag is flagged with the path the author would see.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { InstrumentSchema, instruments, TextPackSchema } from '../../src/core.js';
import { jsonSchemas } from '../../tools/build/json-schemas.mjs';
import { customInstrument, practiceTextPack } from './fixtures.js';

const schemas = jsonSchemas({ InstrumentSchema, TextPackSchema }, 'test');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const definition = ajv.compile(schemas['instrument.schema.json']!);
const textPack = ajv.compile(schemas['text-pack.schema.json']!);
const errors = (validate: typeof definition) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('instrument.schema.json', () => {
  it.each(Object.keys(instruments))('accepts the built-in %s', (id) => {
    expect(definition(JSON.parse(JSON.stringify(instruments[id]))), errors(definition).join('\n')).toBe(true);
  });

  it("accepts a practice's own definition that names the schema for its editor", () => {
    expect(definition({ $schema: './node_modules/attune-screeners/dist/instrument.schema.json', ...customInstrument() }), errors(definition).join('\n')).toBe(true);
  });

  it('flags what an author gets wrong, where they got it wrong', () => {
    const def = customInstrument() as unknown as Record<string, unknown> & { items: Record<string, unknown>[] };
    def.items[1]!.options = [{ value: 0, label: 'Never' }];
    expect(definition(def)).toBe(false);
    expect(errors(definition)).toContain('/items/1/options must NOT have fewer than 2 items');

    const typo = { ...customInstrument(), scales: [{ id: 'total', label: 'Total', method: 'median', items: ['sleep'] }] };
    expect(definition(typo)).toBe(false);
    expect(errors(definition)).toContain('/scales/0/method must be equal to one of the allowed values');

    const extra = { ...customInstrument(), colour: 'blue' };
    expect(definition(extra)).toBe(false);
    expect(errors(definition)).toContain(' must NOT have additional properties');
  });

  it('describes the nested rule conditions, so all/any/not trees are checked too', () => {
    const def = customInstrument();
    def.rules = [{ id: 'r', label: 'R', when: { type: 'all', of: [{ type: 'not', of: { type: 'scale', scale: 'total', atLeast: 'high' as unknown as number } }] } }];
    expect(definition(def)).toBe(false);
  });
});

describe('text-pack.schema.json', () => {
  it("accepts a practice's text pack and flags one with no permission", () => {
    expect(textPack(practiceTextPack()), errors(textPack).join('\n')).toBe(true);
    const { permission: _p, ...unsigned } = practiceTextPack();
    expect(textPack(unsigned)).toBe(false);
    expect(errors(textPack)).toContain(" must have required property 'permission'");
  });
});
