#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  configDigest
} from "./chunk-EXTOI5CW.js";
import "./chunk-457CUI25.js";
export {
  configDigest
};
