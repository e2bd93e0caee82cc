import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  validatorsReady,
  warmEvidenceValidators
} from "./chunk-UZTHHL34.js";
import "./chunk-UDCKKWPC.js";
import "./chunk-NMLYNOIP.js";
import "./chunk-KQPNXURP.js";
export {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  validatorsReady,
  warmEvidenceValidators
};
