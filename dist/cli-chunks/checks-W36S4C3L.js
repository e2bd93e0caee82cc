#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  builtinChecks,
  checksCommand
} from "./chunk-YJMV6ERM.js";
import "./chunk-MDM2DK3H.js";
import "./chunk-TILFY5S5.js";
import "./chunk-FLUS2MBL.js";
import "./chunk-AORVYT3H.js";
import "./chunk-J4CCDTUF.js";
import "./chunk-55ENESYO.js";
import "./chunk-DZATTA6Z.js";
import "./chunk-BAE7ZAJW.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-X3HUIGHW.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import "./chunk-7Q6O7KFX.js";
import "./chunk-457CUI25.js";
export {
  builtinChecks,
  checksCommand
};
