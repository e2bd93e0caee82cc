import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-PXASHFIE.js";
import "./chunk-MZOB7RLC.js";
import "./chunk-KQPNXURP.js";
export {
  context,
  getOctokit
};
