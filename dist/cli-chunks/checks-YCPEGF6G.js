#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  builtinChecks,
  checksCommand
} from "./chunk-H4EPZSO3.js";
import "./chunk-TILFY5S5.js";
import "./chunk-ABHP4RSO.js";
import "./chunk-OO57VYUF.js";
import "./chunk-O4544BIB.js";
import "./chunk-J4CCDTUF.js";
import "./chunk-55ENESYO.js";
import "./chunk-DZATTA6Z.js";
import "./chunk-BAE7ZAJW.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-YCUW6U5B.js";
import "./chunk-PFTE5PLC.js";
import "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";
export {
  builtinChecks,
  checksCommand
};
