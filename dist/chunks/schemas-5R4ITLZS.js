import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  warmEvidenceValidators
} from "./chunk-M3KEQDXQ.js";
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
