import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  warmEvidenceValidators
} from "./chunk-V5I3O2GU.js";
import "./chunk-7MFV37W2.js";
import "./chunk-KQPNXURP.js";
export {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  warmEvidenceValidators
};
