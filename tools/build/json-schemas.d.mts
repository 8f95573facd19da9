export function jsonSchemas(schemas: { InstrumentSchema: unknown; TextPackSchema: unknown }, version: string): Record<string, Record<string, unknown>>;
