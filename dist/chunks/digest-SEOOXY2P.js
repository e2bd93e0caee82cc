import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  configDigest
} from "./chunk-M2WUNNTS.js";
import "./chunk-KQPNXURP.js";
export {
  configDigest
};
