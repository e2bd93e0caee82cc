#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  warmEvidenceValidators
} from "./chunk-YCUW6U5B.js";
import "./chunk-PFTE5PLC.js";
import "./chunk-457CUI25.js";
export {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  warmEvidenceValidators
};
