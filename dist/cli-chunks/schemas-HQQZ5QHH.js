#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  validatorsReady,
  warmEvidenceValidators
} from "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import "./chunk-457CUI25.js";
export {
  compileSchemaFile,
  compileUserSchema,
  loadPrecompiledValidators,
  packageRoot,
  schemaIdOf,
  validatorsReady,
  warmEvidenceValidators
};
