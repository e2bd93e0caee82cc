#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  builtinChecks,
  checksCommand
} from "./chunk-XECMZOE5.js";
import "./chunk-RRIC6IMQ.js";
import "./chunk-TILFY5S5.js";
import "./chunk-XGG6ZREH.js";
import "./chunk-SFJFTYR2.js";
import "./chunk-J4CCDTUF.js";
import "./chunk-55ENESYO.js";
import "./chunk-DZATTA6Z.js";
import "./chunk-BAE7ZAJW.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";
export {
  builtinChecks,
  checksCommand
};
