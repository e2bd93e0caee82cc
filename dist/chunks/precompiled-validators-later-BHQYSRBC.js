import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  require_formats,
  require_ucs2length
} from "./chunk-NMLYNOIP.js";
import "./chunk-KQPNXURP.js";

// src/adapters/evidence/precompiled-validators-later.ts
var validator0 = validate10;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  validate10.errors = null;
  return true;
}
var validator1 = validate11;
var schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/health-window-v1.schema.json", "title": "Phase 4: health window, format 1 (samples as an array of objects); read by verify and the report, no longer written", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "startedAt", "finishedAt", "windowMs", "intervalMs", "failureLimit", "onBreach", "verdict", "breach", "probes", "samples", "rollback"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "health-window.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "windowMs": { "type": "number", "minimum": 0 }, "intervalMs": { "type": "number", "minimum": 0 }, "failureLimit": { "type": "integer", "minimum": 1 }, "onBreach": { "enum": ["rollback", "alert"] }, "verdict": { "enum": ["healthy", "breached", "inconclusive", "skipped"] }, "breach": { "$ref": "common.schema.json#/definitions/breach" }, "probes": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/probeSummary" } }, "samples": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/sample" } }, "rollback": { "oneOf": [{ "type": "null" }, { "$ref": "common.schema.json#/definitions/rollbackRecord" }] } } };
var schema13 = { "const": 1 };
var schema14 = { "type": "string", "minLength": 1, "maxLength": 128 };
var schema15 = { "type": "string", "format": "date-time" };
var schema20 = { "type": "object", "additionalProperties": false, "required": ["id", "kind", "target", "samples", "failures", "errors", "inconclusive", "threshold"], "properties": { "id": { "type": "string" }, "kind": { "enum": ["http", "command", "prometheus", "alertmanager"] }, "target": { "type": "string" }, "samples": { "type": "integer", "minimum": 0 }, "failures": { "type": "integer", "minimum": 0 }, "errors": { "type": "integer", "minimum": 0 }, "inconclusive": { "type": "integer", "minimum": 0 }, "threshold": { "type": "string" } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var formats0 = require_formats().fullFormats["date-time"];
var schema18 = { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["probe", "kind", "count", "limit", "at", "reason"], "properties": { "probe": { "type": "string" }, "kind": { "enum": ["failed", "error", "inconclusive"] }, "count": { "type": "integer", "minimum": 0 }, "limit": { "type": "integer", "minimum": 0 }, "at": { "$ref": "#/definitions/time" }, "reason": { "type": "string" } } }] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema18.oneOf[0].type, parentSchema: schema18.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs2 = errors;
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.probe === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "probe" }, message: "must have required property 'probe'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.limit === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err6 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs5 = errors;
    for (const key0 in data) {
      if (!(key0 === "probe" || key0 === "kind" || key0 === "count" || key0 === "limit" || key0 === "at" || key0 === "reason")) {
        const err7 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.probe !== void 0) {
      let data0 = data.probe;
      const _errs6 = errors;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/probe", schemaPath: "#/oneOf/1/properties/probe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.oneOf[1].properties.probe.type, parentSchema: schema18.oneOf[1].properties.probe, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs7 = errors;
      var valid1 = _errs6 === errors;
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      const _errs8 = errors;
      const vSchema0 = schema18.oneOf[1].properties.kind.enum;
      if (!(data1 === "failed" || data1 === "error" || data1 === "inconclusive")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/enum", keyword: "enum", params: { allowedValues: schema18.oneOf[1].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema18.oneOf[1].properties.kind.enum, parentSchema: schema18.oneOf[1].properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
    }
    if (data.count !== void 0) {
      let data2 = data.count;
      const _errs9 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/1/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.count.type, parentSchema: schema18.oneOf[1].properties.count, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs10 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/1/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.count, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      var valid1 = _errs9 === errors;
    }
    if (data.limit !== void 0) {
      let data3 = data.limit;
      const _errs11 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/limit", schemaPath: "#/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.limit.type, parentSchema: schema18.oneOf[1].properties.limit, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs12 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/limit", schemaPath: "#/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.limit, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      var valid1 = _errs11 === errors;
    }
    if (data.at !== void 0) {
      let data4 = data.at;
      const _errs13 = errors;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err14 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid2 = _errs14 === errors;
      var valid1 = _errs13 === errors;
    }
    if (data.reason !== void 0) {
      let data5 = data.reason;
      const _errs16 = errors;
      if (typeof data5 !== "string") {
        const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.oneOf[1].properties.reason.type, parentSchema: schema18.oneOf[1].properties.reason, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid1 = _errs16 === errors;
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.oneOf[1].type, parentSchema: schema18.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err18 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema18.oneOf, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "object", "additionalProperties": false, "required": ["probe", "round", "passed", "status", "value", "startedAt", "finishedAt", "message"], "properties": { "probe": { "type": "string" }, "round": { "type": "integer", "minimum": 1 }, "passed": { "type": "boolean" }, "status": { "enum": ["passed", "failed", "inconclusive", "error"] }, "value": { "type": ["number", "null"] }, "startedAt": { "$ref": "#/definitions/time" }, "finishedAt": { "$ref": "#/definitions/time" }, "message": { "type": "string" }, "alerts": { "type": "array", "maxItems": 20, "description": "Alertmanager probes: the matching alerts firing at this sample (the first 20), as Alertmanager reported them. Untrusted text.", "items": { "$ref": "#/definitions/firingAlert" } } } };
var schema24 = { "type": "object", "additionalProperties": false, "required": ["alertname", "labels", "startsAt", "fingerprint"], "description": "One firing alert as Alertmanager's API v2 reported it.", "properties": { "alertname": { "type": "string", "description": "The alert's `alertname` label; empty when it has none." }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "startsAt": { "type": "string", "description": "When the alert started firing, as Alertmanager wrote it." }, "fingerprint": { "type": "string" } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.probe === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probe" }, message: "must have required property 'probe'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.round === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "round" }, message: "must have required property 'round'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.probe !== void 0) {
      let data0 = data.probe;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/probe", schemaPath: "#/properties/probe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.probe.type, parentSchema: schema21.properties.probe, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.round !== void 0) {
      let data1 = data.round;
      const _errs4 = errors;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err10 = { instancePath: instancePath + "/round", schemaPath: "#/properties/round/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.round.type, parentSchema: schema21.properties.round, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs5 = errors;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err11 = { instancePath: instancePath + "/round", schemaPath: "#/properties/round/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.round, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      var valid0 = _errs4 === errors;
    }
    if (data.passed !== void 0) {
      let data2 = data.passed;
      const _errs6 = errors;
      if (typeof data2 !== "boolean") {
        const err12 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.passed.type, parentSchema: schema21.properties.passed, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs7 = errors;
      var valid0 = _errs6 === errors;
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      const _errs8 = errors;
      const vSchema0 = schema21.properties.status.enum;
      if (!(data3 === "passed" || data3 === "failed" || data3 === "inconclusive" || data3 === "error")) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema21.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.status.enum, parentSchema: schema21.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.value !== void 0) {
      let data4 = data.value;
      const _errs9 = errors;
      if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
        const err14 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema21.properties.value.type }, message: "must be number,null", schema: schema21.properties.value.type, parentSchema: schema21.properties.value, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs10 = errors;
      var valid0 = _errs9 === errors;
    }
    if (data.startedAt !== void 0) {
      let data5 = data.startedAt;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err15 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid1 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data6 = data.finishedAt;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err17 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid2 = _errs15 === errors;
      var valid0 = _errs14 === errors;
    }
    if (data.message !== void 0) {
      let data7 = data.message;
      const _errs17 = errors;
      if (typeof data7 !== "string") {
        const err19 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.message.type, parentSchema: schema21.properties.message, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.alerts !== void 0) {
      let data8 = data.alerts;
      const _errs19 = errors;
      const _errs20 = errors;
      if (Array.isArray(data8)) {
        if (data8.length > 20) {
          const err20 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema21.properties.alerts, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        let valid4 = true;
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          const _errs21 = errors;
          const _errs22 = errors;
          const _errs23 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.alertname === void 0) {
              const err21 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "alertname" }, message: "must have required property 'alertname'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data9.labels === void 0) {
              const err22 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9.startsAt === void 0) {
              const err23 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "startsAt" }, message: "must have required property 'startsAt'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.fingerprint === void 0) {
              const err24 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            const _errs24 = errors;
            for (const key1 in data9) {
              if (!(key1 === "alertname" || key1 === "labels" || key1 === "startsAt" || key1 === "fingerprint")) {
                const err25 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.alertname !== void 0) {
              let data10 = data9.alertname;
              const _errs25 = errors;
              if (typeof data10 !== "string") {
                const err26 = { instancePath: instancePath + "/alerts/" + i0 + "/alertname", schemaPath: "#/definitions/firingAlert/properties/alertname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.alertname.type, parentSchema: schema24.properties.alertname, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              const _errs26 = errors;
              var valid6 = _errs25 === errors;
            }
            if (data9.labels !== void 0) {
              let data11 = data9.labels;
              const _errs27 = errors;
              const _errs28 = errors;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                const _errs29 = errors;
                for (const key2 in data11) {
                  let data12 = data11[key2];
                  const _errs30 = errors;
                  if (typeof data12 !== "string") {
                    const err27 = { instancePath: instancePath + "/alerts/" + i0 + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/firingAlert/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.labels.additionalProperties.type, parentSchema: schema24.properties.labels.additionalProperties, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  const _errs31 = errors;
                  var valid7 = _errs30 === errors;
                }
              } else {
                const err28 = { instancePath: instancePath + "/alerts/" + i0 + "/labels", schemaPath: "#/definitions/firingAlert/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.labels.type, parentSchema: schema24.properties.labels, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              var valid6 = _errs27 === errors;
            }
            if (data9.startsAt !== void 0) {
              let data13 = data9.startsAt;
              const _errs32 = errors;
              if (typeof data13 !== "string") {
                const err29 = { instancePath: instancePath + "/alerts/" + i0 + "/startsAt", schemaPath: "#/definitions/firingAlert/properties/startsAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.startsAt.type, parentSchema: schema24.properties.startsAt, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              const _errs33 = errors;
              var valid6 = _errs32 === errors;
            }
            if (data9.fingerprint !== void 0) {
              let data14 = data9.fingerprint;
              const _errs34 = errors;
              if (typeof data14 !== "string") {
                const err30 = { instancePath: instancePath + "/alerts/" + i0 + "/fingerprint", schemaPath: "#/definitions/firingAlert/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.fingerprint.type, parentSchema: schema24.properties.fingerprint, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              const _errs35 = errors;
              var valid6 = _errs34 === errors;
            }
          } else {
            const err31 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var valid5 = _errs22 === errors;
          var valid3 = _errs21 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.alerts.type, parentSchema: schema21.properties.alerts, data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var valid0 = _errs19 === errors;
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "object", "additionalProperties": false, "required": ["trigger", "reason", "target", "startedAt", "finishedAt", "status", "steps"], "properties": { "trigger": { "enum": ["deploy-failure", "rollout-analysis", "rollout-stopped", "post-deployment-checks", "health-breach", "manual", "rehearsal"] }, "reason": { "type": "string" }, "target": { "type": ["string", "null"] }, "startedAt": { "$ref": "#/definitions/time" }, "finishedAt": { "$ref": "#/definitions/time" }, "status": { "enum": ["success", "failure", "not-possible"] }, "traffic": { "type": "array", "items": { "$ref": "#/definitions/trafficChange" }, "description": "Traffic returned by each service's router before its rollback command ran." }, "steps": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "exec"], "properties": { "service": { "type": "string" }, "exec": { "$ref": "#/definitions/execRecord" } } } }, "switchBack": { "description": "Blue/green: traffic switched back to the old colour (one switch command per service) before the rollback commands ran.", "type": "array", "items": { "$ref": "#/definitions/colorCommand" } } } };
var schema28 = { "type": "object", "additionalProperties": false, "required": ["service", "environment", "step", "router", "action", "before", "after", "verified", "at", "message"], "properties": { "service": { "type": "string" }, "environment": { "type": "string" }, "step": { "type": ["integer", "null"], "minimum": 1, "description": "The rollout step that made the change; null for a rollback." }, "router": { "enum": ["haproxy", "command"] }, "action": { "enum": ["set-weight", "switch", "return"], "description": "set-weight: a canary weight; switch: blue/green to the new colour; return: a rollback sends traffic back." }, "before": { "type": "array", "items": { "$ref": "#/definitions/routedServer" } }, "after": { "type": "array", "items": { "$ref": "#/definitions/routedServer" } }, "verified": { "type": "boolean", "description": "True when the router read the change back and it matched (haproxy); false when it was not read back (command) or did not match." }, "at": { "$ref": "#/definitions/time" }, "message": { "type": "string" } } };
var schema29 = { "type": "object", "additionalProperties": false, "required": ["role", "server", "weight", "state"], "properties": { "role": { "enum": ["stable", "canary", "blue", "green"] }, "server": { "type": "string", "description": "The server's name at the router (haproxy: backend/server); the role for the command router." }, "weight": { "type": ["integer", "null"], "minimum": 0, "maximum": 256, "description": "The weight read back (haproxy) or asked of the commands (command); null when not known." }, "state": { "enum": ["ready", "drain", "maint", "unknown"] } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.service === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.step === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.router === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "router" }, message: "must have required property 'router'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.before === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.after === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.verified === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema28.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data0 = data.service;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err11 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.service.type, parentSchema: schema28.properties.service, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.environment !== void 0) {
      let data1 = data.environment;
      const _errs4 = errors;
      if (typeof data1 !== "string") {
        const err12 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.environment.type, parentSchema: schema28.properties.environment, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs5 = errors;
      var valid0 = _errs4 === errors;
    }
    if (data.step !== void 0) {
      let data2 = data.step;
      const _errs6 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err13 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: schema28.properties.step.type }, message: "must be integer,null", schema: schema28.properties.step.type, parentSchema: schema28.properties.step, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      const _errs7 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.step, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      var valid0 = _errs6 === errors;
    }
    if (data.router !== void 0) {
      let data3 = data.router;
      const _errs8 = errors;
      const vSchema0 = schema28.properties.router.enum;
      if (!(data3 === "haproxy" || data3 === "command")) {
        const err15 = { instancePath: instancePath + "/router", schemaPath: "#/properties/router/enum", keyword: "enum", params: { allowedValues: schema28.properties.router.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.router.enum, parentSchema: schema28.properties.router, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.action !== void 0) {
      let data4 = data.action;
      const _errs9 = errors;
      const vSchema1 = schema28.properties.action.enum;
      if (!(data4 === "set-weight" || data4 === "switch" || data4 === "return")) {
        const err16 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema28.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.action.enum, parentSchema: schema28.properties.action, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs9 === errors;
    }
    if (data.before !== void 0) {
      let data5 = data.before;
      const _errs10 = errors;
      const _errs11 = errors;
      if (Array.isArray(data5)) {
        let valid2 = true;
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          const _errs12 = errors;
          const _errs13 = errors;
          const _errs14 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.role === void 0) {
              const err17 = { instancePath: instancePath + "/before/" + i0, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema29.required, parentSchema: schema29, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.server === void 0) {
              const err18 = { instancePath: instancePath + "/before/" + i0, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'", schema: schema29.required, parentSchema: schema29, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data6.weight === void 0) {
              const err19 = { instancePath: instancePath + "/before/" + i0, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema29.required, parentSchema: schema29, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data6.state === void 0) {
              const err20 = { instancePath: instancePath + "/before/" + i0, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema29.required, parentSchema: schema29, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            const _errs15 = errors;
            for (const key1 in data6) {
              if (!(key1 === "role" || key1 === "server" || key1 === "weight" || key1 === "state")) {
                const err21 = { instancePath: instancePath + "/before/" + i0, schemaPath: "#/definitions/routedServer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data: data6 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.role !== void 0) {
              let data7 = data6.role;
              const _errs16 = errors;
              const vSchema2 = schema29.properties.role.enum;
              if (!(data7 === "stable" || data7 === "canary" || data7 === "blue" || data7 === "green")) {
                const err22 = { instancePath: instancePath + "/before/" + i0 + "/role", schemaPath: "#/definitions/routedServer/properties/role/enum", keyword: "enum", params: { allowedValues: schema29.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.role.enum, parentSchema: schema29.properties.role, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              var valid4 = _errs16 === errors;
            }
            if (data6.server !== void 0) {
              let data8 = data6.server;
              const _errs17 = errors;
              if (typeof data8 !== "string") {
                const err23 = { instancePath: instancePath + "/before/" + i0 + "/server", schemaPath: "#/definitions/routedServer/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.server.type, parentSchema: schema29.properties.server, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              const _errs18 = errors;
              var valid4 = _errs17 === errors;
            }
            if (data6.weight !== void 0) {
              let data9 = data6.weight;
              const _errs19 = errors;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9)) && data9 !== null) {
                const err24 = { instancePath: instancePath + "/before/" + i0 + "/weight", schemaPath: "#/definitions/routedServer/properties/weight/type", keyword: "type", params: { type: schema29.properties.weight.type }, message: "must be integer,null", schema: schema29.properties.weight.type, parentSchema: schema29.properties.weight, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              const _errs20 = errors;
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 256 || isNaN(data9)) {
                  const err25 = { instancePath: instancePath + "/before/" + i0 + "/weight", schemaPath: "#/definitions/routedServer/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema29.properties.weight, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data9 < 0 || isNaN(data9)) {
                  const err26 = { instancePath: instancePath + "/before/" + i0 + "/weight", schemaPath: "#/definitions/routedServer/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema29.properties.weight, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              var valid4 = _errs19 === errors;
            }
            if (data6.state !== void 0) {
              let data10 = data6.state;
              const _errs21 = errors;
              const vSchema3 = schema29.properties.state.enum;
              if (!(data10 === "ready" || data10 === "drain" || data10 === "maint" || data10 === "unknown")) {
                const err27 = { instancePath: instancePath + "/before/" + i0 + "/state", schemaPath: "#/definitions/routedServer/properties/state/enum", keyword: "enum", params: { allowedValues: schema29.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.state.enum, parentSchema: schema29.properties.state, data: data10 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              var valid4 = _errs21 === errors;
            }
          } else {
            const err28 = { instancePath: instancePath + "/before/" + i0, schemaPath: "#/definitions/routedServer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data: data6 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var valid3 = _errs13 === errors;
          var valid1 = _errs12 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/before", schemaPath: "#/properties/before/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.before.type, parentSchema: schema28.properties.before, data: data5 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var valid0 = _errs10 === errors;
    }
    if (data.after !== void 0) {
      let data11 = data.after;
      const _errs22 = errors;
      const _errs23 = errors;
      if (Array.isArray(data11)) {
        let valid6 = true;
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          const _errs24 = errors;
          const _errs25 = errors;
          const _errs26 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.role === void 0) {
              const err30 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema29.required, parentSchema: schema29, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data12.server === void 0) {
              const err31 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'", schema: schema29.required, parentSchema: schema29, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data12.weight === void 0) {
              const err32 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema29.required, parentSchema: schema29, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data12.state === void 0) {
              const err33 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/definitions/routedServer/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema29.required, parentSchema: schema29, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            const _errs27 = errors;
            for (const key2 in data12) {
              if (!(key2 === "role" || key2 === "server" || key2 === "weight" || key2 === "state")) {
                const err34 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/definitions/routedServer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data: data12 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data12.role !== void 0) {
              let data13 = data12.role;
              const _errs28 = errors;
              const vSchema4 = schema29.properties.role.enum;
              if (!(data13 === "stable" || data13 === "canary" || data13 === "blue" || data13 === "green")) {
                const err35 = { instancePath: instancePath + "/after/" + i1 + "/role", schemaPath: "#/definitions/routedServer/properties/role/enum", keyword: "enum", params: { allowedValues: schema29.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.role.enum, parentSchema: schema29.properties.role, data: data13 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              var valid8 = _errs28 === errors;
            }
            if (data12.server !== void 0) {
              let data14 = data12.server;
              const _errs29 = errors;
              if (typeof data14 !== "string") {
                const err36 = { instancePath: instancePath + "/after/" + i1 + "/server", schemaPath: "#/definitions/routedServer/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.server.type, parentSchema: schema29.properties.server, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              const _errs30 = errors;
              var valid8 = _errs29 === errors;
            }
            if (data12.weight !== void 0) {
              let data15 = data12.weight;
              const _errs31 = errors;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15)) && data15 !== null) {
                const err37 = { instancePath: instancePath + "/after/" + i1 + "/weight", schemaPath: "#/definitions/routedServer/properties/weight/type", keyword: "type", params: { type: schema29.properties.weight.type }, message: "must be integer,null", schema: schema29.properties.weight.type, parentSchema: schema29.properties.weight, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              const _errs32 = errors;
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 > 256 || isNaN(data15)) {
                  const err38 = { instancePath: instancePath + "/after/" + i1 + "/weight", schemaPath: "#/definitions/routedServer/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema29.properties.weight, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err39 = { instancePath: instancePath + "/after/" + i1 + "/weight", schemaPath: "#/definitions/routedServer/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema29.properties.weight, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
              var valid8 = _errs31 === errors;
            }
            if (data12.state !== void 0) {
              let data16 = data12.state;
              const _errs33 = errors;
              const vSchema5 = schema29.properties.state.enum;
              if (!(data16 === "ready" || data16 === "drain" || data16 === "maint" || data16 === "unknown")) {
                const err40 = { instancePath: instancePath + "/after/" + i1 + "/state", schemaPath: "#/definitions/routedServer/properties/state/enum", keyword: "enum", params: { allowedValues: schema29.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.state.enum, parentSchema: schema29.properties.state, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var valid8 = _errs33 === errors;
            }
          } else {
            const err41 = { instancePath: instancePath + "/after/" + i1, schemaPath: "#/definitions/routedServer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var valid7 = _errs25 === errors;
          var valid5 = _errs24 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/after", schemaPath: "#/properties/after/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.after.type, parentSchema: schema28.properties.after, data: data11 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.verified !== void 0) {
      let data17 = data.verified;
      const _errs34 = errors;
      if (typeof data17 !== "boolean") {
        const err43 = { instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema28.properties.verified.type, parentSchema: schema28.properties.verified, data: data17 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      const _errs35 = errors;
      var valid0 = _errs34 === errors;
    }
    if (data.at !== void 0) {
      let data18 = data.at;
      const _errs36 = errors;
      const _errs37 = errors;
      const _errs38 = errors;
      if (typeof data18 == "number" && isFinite(data18)) {
      }
      if (typeof data18 === "string") {
        if (!formats0.validate(data18)) {
          const err44 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data18 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data18 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      var valid9 = _errs37 === errors;
      var valid0 = _errs36 === errors;
    }
    if (data.message !== void 0) {
      let data19 = data.message;
      const _errs39 = errors;
      if (typeof data19 !== "string") {
        const err46 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.message.type, parentSchema: schema28.properties.message, data: data19 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      const _errs40 = errors;
      var valid0 = _errs39 === errors;
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema32 = { "type": "object", "additionalProperties": false, "required": ["name", "argv", "startedAt", "finishedAt", "durationMs", "exitCode", "signal", "timedOut", "status", "error", "stdoutTail", "stderrTail", "outputBytes", "outputTruncated"], "properties": { "name": { "type": "string" }, "argv": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "startedAt": { "$ref": "#/definitions/time" }, "finishedAt": { "$ref": "#/definitions/time" }, "durationMs": { "type": "number", "minimum": 0 }, "exitCode": { "type": ["integer", "null"] }, "signal": { "type": ["string", "null"] }, "timedOut": { "type": "boolean" }, "status": { "enum": ["success", "failure", "timeout", "error"] }, "error": { "type": ["string", "null"] }, "stdoutTail": { "type": "string" }, "stderrTail": { "type": "string" }, "outputBytes": { "type": "integer", "minimum": 0 }, "outputTruncated": { "type": "boolean" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.argv === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.exitCode === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timedOut === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timedOut" }, message: "must have required property 'timedOut'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.stdoutTail === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stdoutTail" }, message: "must have required property 'stdoutTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.stderrTail === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stderrTail" }, message: "must have required property 'stderrTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.outputBytes === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputBytes" }, message: "must have required property 'outputBytes'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.outputTruncated === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTruncated" }, message: "must have required property 'outputTruncated'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema32.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.argv !== void 0) {
      let data1 = data.argv;
      const _errs4 = errors;
      const _errs5 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err16 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.argv, data: data1 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs6 = errors;
          if (typeof data2 !== "string") {
            const err17 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.argv.items.type, parentSchema: schema32.properties.argv.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const _errs7 = errors;
          var valid1 = _errs6 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.argv.type, parentSchema: schema32.properties.argv, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err19 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err21 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid4 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.durationMs !== void 0) {
      let data5 = data.durationMs;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.durationMs, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.durationMs.type, parentSchema: schema32.properties.durationMs, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.exitCode !== void 0) {
      let data6 = data.exitCode;
      const _errs16 = errors;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err25 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema32.properties.exitCode.type }, message: "must be integer,null", schema: schema32.properties.exitCode.type, parentSchema: schema32.properties.exitCode, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid0 = _errs16 === errors;
    }
    if (data.signal !== void 0) {
      let data7 = data.signal;
      const _errs18 = errors;
      if (typeof data7 !== "string" && data7 !== null) {
        const err26 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: schema32.properties.signal.type }, message: "must be string,null", schema: schema32.properties.signal.type, parentSchema: schema32.properties.signal, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs19 = errors;
      var valid0 = _errs18 === errors;
    }
    if (data.timedOut !== void 0) {
      let data8 = data.timedOut;
      const _errs20 = errors;
      if (typeof data8 !== "boolean") {
        const err27 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.timedOut.type, parentSchema: schema32.properties.timedOut, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      const _errs21 = errors;
      var valid0 = _errs20 === errors;
    }
    if (data.status !== void 0) {
      let data9 = data.status;
      const _errs22 = errors;
      const vSchema0 = schema32.properties.status.enum;
      if (!(data9 === "success" || data9 === "failure" || data9 === "timeout" || data9 === "error")) {
        const err28 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.status.enum, parentSchema: schema32.properties.status, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.error !== void 0) {
      let data10 = data.error;
      const _errs23 = errors;
      if (typeof data10 !== "string" && data10 !== null) {
        const err29 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema32.properties.error.type }, message: "must be string,null", schema: schema32.properties.error.type, parentSchema: schema32.properties.error, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs24 = errors;
      var valid0 = _errs23 === errors;
    }
    if (data.stdoutTail !== void 0) {
      let data11 = data.stdoutTail;
      const _errs25 = errors;
      if (typeof data11 !== "string") {
        const err30 = { instancePath: instancePath + "/stdoutTail", schemaPath: "#/properties/stdoutTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stdoutTail.type, parentSchema: schema32.properties.stdoutTail, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid0 = _errs25 === errors;
    }
    if (data.stderrTail !== void 0) {
      let data12 = data.stderrTail;
      const _errs27 = errors;
      if (typeof data12 !== "string") {
        const err31 = { instancePath: instancePath + "/stderrTail", schemaPath: "#/properties/stderrTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stderrTail.type, parentSchema: schema32.properties.stderrTail, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      const _errs28 = errors;
      var valid0 = _errs27 === errors;
    }
    if (data.outputBytes !== void 0) {
      let data13 = data.outputBytes;
      const _errs29 = errors;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err32 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.outputBytes.type, parentSchema: schema32.properties.outputBytes, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs30 = errors;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err33 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.outputBytes, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      var valid0 = _errs29 === errors;
    }
    if (data.outputTruncated !== void 0) {
      let data14 = data.outputTruncated;
      const _errs31 = errors;
      if (typeof data14 !== "boolean") {
        const err34 = { instancePath: instancePath + "/outputTruncated", schemaPath: "#/properties/outputTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.outputTruncated.type, parentSchema: schema32.properties.outputTruncated, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      const _errs32 = errors;
      var valid0 = _errs31 === errors;
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema35 = { "description": "A blue/green colour command run outside the rollout: a switch back to the old colour, or its retirement after the health window.", "type": "object", "additionalProperties": false, "required": ["service", "color", "exec"], "properties": { "service": { "type": "string" }, "color": { "enum": ["blue", "green"] }, "exec": { "$ref": "#/definitions/execRecord" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.service === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.color === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.exec === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "color" || key0 === "exec")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data0 = data.service;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.service.type, parentSchema: schema35.properties.service, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.color !== void 0) {
      let data1 = data.color;
      const _errs4 = errors;
      const vSchema0 = schema35.properties.color.enum;
      if (!(data1 === "blue" || data1 === "green")) {
        const err5 = { instancePath: instancePath + "/color", schemaPath: "#/properties/color/enum", keyword: "enum", params: { allowedValues: schema35.properties.color.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.color.enum, parentSchema: schema35.properties.color, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.exec !== void 0) {
      let data2 = data.exec;
      const _errs5 = errors;
      if (!validate19(data2, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs5 === errors;
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trigger === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema25.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.trigger !== void 0) {
      let data0 = data.trigger;
      const _errs2 = errors;
      const vSchema0 = schema25.properties.trigger.enum;
      if (!(data0 === "deploy-failure" || data0 === "rollout-analysis" || data0 === "rollout-stopped" || data0 === "post-deployment-checks" || data0 === "health-breach" || data0 === "manual" || data0 === "rehearsal")) {
        const err8 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/enum", keyword: "enum", params: { allowedValues: schema25.properties.trigger.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.trigger.enum, parentSchema: schema25.properties.trigger, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      const _errs3 = errors;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.reason.type, parentSchema: schema25.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs4 = errors;
      var valid0 = _errs3 === errors;
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      const _errs5 = errors;
      if (typeof data2 !== "string" && data2 !== null) {
        const err10 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema25.properties.target.type }, message: "must be string,null", schema: schema25.properties.target.type, parentSchema: schema25.properties.target, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid0 = _errs10 === errors;
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      const _errs13 = errors;
      const vSchema1 = schema25.properties.status.enum;
      if (!(data5 === "success" || data5 === "failure" || data5 === "not-possible")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema25.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.status.enum, parentSchema: schema25.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.traffic !== void 0) {
      let data6 = data.traffic;
      const _errs14 = errors;
      const _errs15 = errors;
      if (Array.isArray(data6)) {
        let valid4 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs16 = errors;
          if (!validate17(data7, { instancePath: instancePath + "/traffic/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          } else {
          }
          var valid3 = _errs16 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/traffic", schemaPath: "#/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.traffic.type, parentSchema: schema25.properties.traffic, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.steps !== void 0) {
      let data8 = data.steps;
      const _errs17 = errors;
      const _errs18 = errors;
      if (Array.isArray(data8)) {
        let valid6 = true;
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          const _errs19 = errors;
          const _errs20 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.service === void 0) {
              const err17 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.exec === void 0) {
              const err18 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs21 = errors;
            for (const key1 in data9) {
              if (!(key1 === "service" || key1 === "exec")) {
                const err19 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.steps.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.service !== void 0) {
              let data10 = data9.service;
              const _errs22 = errors;
              if (typeof data10 !== "string") {
                const err20 = { instancePath: instancePath + "/steps/" + i1 + "/service", schemaPath: "#/properties/steps/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.steps.items.properties.service.type, parentSchema: schema25.properties.steps.items.properties.service, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const _errs23 = errors;
              var valid7 = _errs22 === errors;
            }
            if (data9.exec !== void 0) {
              let data11 = data9.exec;
              const _errs24 = errors;
              if (!validate19(data11, { instancePath: instancePath + "/steps/" + i1 + "/exec", parentData: data9, parentDataProperty: "exec", rootData })) {
                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                errors = vErrors.length;
              } else {
              }
              var valid7 = _errs24 === errors;
            }
          } else {
            const err21 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.steps.items.type, parentSchema: schema25.properties.steps.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid5 = _errs19 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.steps.type, parentSchema: schema25.properties.steps, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs17 === errors;
    }
    if (data.switchBack !== void 0) {
      let data12 = data.switchBack;
      const _errs25 = errors;
      const _errs26 = errors;
      if (Array.isArray(data12)) {
        let valid9 = true;
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          const _errs27 = errors;
          if (!validate21(data13, { instancePath: instancePath + "/switchBack/" + i2, parentData: data12, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          } else {
          }
          var valid8 = _errs27 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/switchBack", schemaPath: "#/properties/switchBack/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.switchBack.type, parentSchema: schema25.properties.switchBack, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.windowMs === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "windowMs" }, message: "must have required property 'windowMs'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.intervalMs === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intervalMs" }, message: "must have required property 'intervalMs'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.failureLimit === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failureLimit" }, message: "must have required property 'failureLimit'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.onBreach === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "onBreach" }, message: "must have required property 'onBreach'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.breach === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "breach" }, message: "must have required property 'breach'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.probes === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.samples === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.rollback === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollback" }, message: "must have required property 'rollback'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err17 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("health-window.json" !== data1) {
        const err18 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "health-window.json" }, message: "must be equal to constant", schema: "health-window.json", parentSchema: schema12.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err19 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err20 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err22 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if (typeof data4 !== "string") {
        const err24 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.environment.type, parentSchema: schema12.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.startedAt !== void 0) {
      let data5 = data.startedAt;
      const _errs13 = errors;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err25 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var valid4 = _errs14 === errors;
      var valid0 = _errs13 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data6 = data.finishedAt;
      const _errs16 = errors;
      const _errs17 = errors;
      const _errs18 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err27 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid5 = _errs17 === errors;
      var valid0 = _errs16 === errors;
    }
    if (data.windowMs !== void 0) {
      let data7 = data.windowMs;
      const _errs19 = errors;
      const _errs20 = errors;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err29 = { instancePath: instancePath + "/windowMs", schemaPath: "#/properties/windowMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.windowMs, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/windowMs", schemaPath: "#/properties/windowMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.windowMs.type, parentSchema: schema12.properties.windowMs, data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var valid0 = _errs19 === errors;
    }
    if (data.intervalMs !== void 0) {
      let data8 = data.intervalMs;
      const _errs21 = errors;
      const _errs22 = errors;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err31 = { instancePath: instancePath + "/intervalMs", schemaPath: "#/properties/intervalMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.intervalMs, data: data8 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/intervalMs", schemaPath: "#/properties/intervalMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.intervalMs.type, parentSchema: schema12.properties.intervalMs, data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var valid0 = _errs21 === errors;
    }
    if (data.failureLimit !== void 0) {
      let data9 = data.failureLimit;
      const _errs23 = errors;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err33 = { instancePath: instancePath + "/failureLimit", schemaPath: "#/properties/failureLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.failureLimit.type, parentSchema: schema12.properties.failureLimit, data: data9 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      const _errs24 = errors;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err34 = { instancePath: instancePath + "/failureLimit", schemaPath: "#/properties/failureLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.failureLimit, data: data9 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      var valid0 = _errs23 === errors;
    }
    if (data.onBreach !== void 0) {
      let data10 = data.onBreach;
      const _errs25 = errors;
      const vSchema0 = schema12.properties.onBreach.enum;
      if (!(data10 === "rollback" || data10 === "alert")) {
        const err35 = { instancePath: instancePath + "/onBreach", schemaPath: "#/properties/onBreach/enum", keyword: "enum", params: { allowedValues: schema12.properties.onBreach.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.onBreach.enum, parentSchema: schema12.properties.onBreach, data: data10 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
    if (data.verdict !== void 0) {
      let data11 = data.verdict;
      const _errs26 = errors;
      const vSchema1 = schema12.properties.verdict.enum;
      if (!(data11 === "healthy" || data11 === "breached" || data11 === "inconclusive" || data11 === "skipped")) {
        const err36 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema12.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.verdict.enum, parentSchema: schema12.properties.verdict, data: data11 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var valid0 = _errs26 === errors;
    }
    if (data.breach !== void 0) {
      let data12 = data.breach;
      const _errs27 = errors;
      if (!validate12(data12, { instancePath: instancePath + "/breach", parentData: data, parentDataProperty: "breach", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs27 === errors;
    }
    if (data.probes !== void 0) {
      let data13 = data.probes;
      const _errs28 = errors;
      const _errs29 = errors;
      if (Array.isArray(data13)) {
        let valid7 = true;
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          const _errs30 = errors;
          const _errs31 = errors;
          const _errs32 = errors;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.id === void 0) {
              const err37 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data14.kind === void 0) {
              const err38 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data14.target === void 0) {
              const err39 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data14.samples === void 0) {
              const err40 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data14.failures === void 0) {
              const err41 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data14.errors === void 0) {
              const err42 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data14.inconclusive === void 0) {
              const err43 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "inconclusive" }, message: "must have required property 'inconclusive'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data14.threshold === void 0) {
              const err44 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            const _errs33 = errors;
            for (const key1 in data14) {
              if (!(key1 === "id" || key1 === "kind" || key1 === "target" || key1 === "samples" || key1 === "failures" || key1 === "errors" || key1 === "inconclusive" || key1 === "threshold")) {
                const err45 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data14 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data14.id !== void 0) {
              let data15 = data14.id;
              const _errs34 = errors;
              if (typeof data15 !== "string") {
                const err46 = { instancePath: instancePath + "/probes/" + i0 + "/id", schemaPath: "common.schema.json#/definitions/probeSummary/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.id.type, parentSchema: schema20.properties.id, data: data15 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              const _errs35 = errors;
              var valid9 = _errs34 === errors;
            }
            if (data14.kind !== void 0) {
              let data16 = data14.kind;
              const _errs36 = errors;
              const vSchema2 = schema20.properties.kind.enum;
              if (!(data16 === "http" || data16 === "command" || data16 === "prometheus" || data16 === "alertmanager")) {
                const err47 = { instancePath: instancePath + "/probes/" + i0 + "/kind", schemaPath: "common.schema.json#/definitions/probeSummary/properties/kind/enum", keyword: "enum", params: { allowedValues: schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.kind.enum, parentSchema: schema20.properties.kind, data: data16 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var valid9 = _errs36 === errors;
            }
            if (data14.target !== void 0) {
              let data17 = data14.target;
              const _errs37 = errors;
              if (typeof data17 !== "string") {
                const err48 = { instancePath: instancePath + "/probes/" + i0 + "/target", schemaPath: "common.schema.json#/definitions/probeSummary/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.target.type, parentSchema: schema20.properties.target, data: data17 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              const _errs38 = errors;
              var valid9 = _errs37 === errors;
            }
            if (data14.samples !== void 0) {
              let data18 = data14.samples;
              const _errs39 = errors;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err49 = { instancePath: instancePath + "/probes/" + i0 + "/samples", schemaPath: "common.schema.json#/definitions/probeSummary/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.samples.type, parentSchema: schema20.properties.samples, data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              const _errs40 = errors;
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err50 = { instancePath: instancePath + "/probes/" + i0 + "/samples", schemaPath: "common.schema.json#/definitions/probeSummary/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.samples, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              var valid9 = _errs39 === errors;
            }
            if (data14.failures !== void 0) {
              let data19 = data14.failures;
              const _errs41 = errors;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err51 = { instancePath: instancePath + "/probes/" + i0 + "/failures", schemaPath: "common.schema.json#/definitions/probeSummary/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.failures.type, parentSchema: schema20.properties.failures, data: data19 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              const _errs42 = errors;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err52 = { instancePath: instancePath + "/probes/" + i0 + "/failures", schemaPath: "common.schema.json#/definitions/probeSummary/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.failures, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              var valid9 = _errs41 === errors;
            }
            if (data14.errors !== void 0) {
              let data20 = data14.errors;
              const _errs43 = errors;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err53 = { instancePath: instancePath + "/probes/" + i0 + "/errors", schemaPath: "common.schema.json#/definitions/probeSummary/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.errors.type, parentSchema: schema20.properties.errors, data: data20 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              const _errs44 = errors;
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err54 = { instancePath: instancePath + "/probes/" + i0 + "/errors", schemaPath: "common.schema.json#/definitions/probeSummary/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.errors, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              var valid9 = _errs43 === errors;
            }
            if (data14.inconclusive !== void 0) {
              let data21 = data14.inconclusive;
              const _errs45 = errors;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err55 = { instancePath: instancePath + "/probes/" + i0 + "/inconclusive", schemaPath: "common.schema.json#/definitions/probeSummary/properties/inconclusive/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.inconclusive.type, parentSchema: schema20.properties.inconclusive, data: data21 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              const _errs46 = errors;
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err56 = { instancePath: instancePath + "/probes/" + i0 + "/inconclusive", schemaPath: "common.schema.json#/definitions/probeSummary/properties/inconclusive/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.inconclusive, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              var valid9 = _errs45 === errors;
            }
            if (data14.threshold !== void 0) {
              let data22 = data14.threshold;
              const _errs47 = errors;
              if (typeof data22 !== "string") {
                const err57 = { instancePath: instancePath + "/probes/" + i0 + "/threshold", schemaPath: "common.schema.json#/definitions/probeSummary/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.threshold.type, parentSchema: schema20.properties.threshold, data: data22 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              const _errs48 = errors;
              var valid9 = _errs47 === errors;
            }
          } else {
            const err58 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data14 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          var valid8 = _errs31 === errors;
          var valid6 = _errs30 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.probes.type, parentSchema: schema12.properties.probes, data: data13 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      var valid0 = _errs28 === errors;
    }
    if (data.samples !== void 0) {
      let data23 = data.samples;
      const _errs49 = errors;
      const _errs50 = errors;
      if (Array.isArray(data23)) {
        let valid11 = true;
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data24 = data23[i1];
          const _errs51 = errors;
          if (!validate14(data24, { instancePath: instancePath + "/samples/" + i1, parentData: data23, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          } else {
          }
          var valid10 = _errs51 === errors;
          if (!valid10) {
            valid11 = false;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.samples.type, parentSchema: schema12.properties.samples, data: data23 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var valid0 = _errs49 === errors;
    }
    if (data.rollback !== void 0) {
      let data25 = data.rollback;
      const _errs52 = errors;
      const _errs53 = errors;
      let valid12 = false;
      let passing0 = null;
      const _errs54 = errors;
      if (data25 !== null) {
        const err61 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema12.properties.rollback.oneOf[0].type, parentSchema: schema12.properties.rollback.oneOf[0], data: data25 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      const _errs55 = errors;
      var _valid0 = _errs54 === errors;
      if (_valid0) {
        valid12 = true;
        passing0 = 0;
      }
      const _errs56 = errors;
      if (!validate16(data25, { instancePath: instancePath + "/rollback", parentData: data, parentDataProperty: "rollback", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid0 = _errs56 === errors;
      if (_valid0 && valid12) {
        valid12 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid12 = true;
          passing0 = 1;
        }
      }
      if (!valid12) {
        const err62 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema12.properties.rollback.oneOf, parentSchema: schema12.properties.rollback, data: data25 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      } else {
        errors = _errs53;
        if (vErrors !== null) {
          if (_errs53) {
            vErrors.length = _errs53;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs52 === errors;
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var validator2 = validate25;
var schema36 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/health-window.schema.json", "title": "Phase 4: health window samples and verdict (JSON twin of deployment-health-log.md); format 2: samples column-wise", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "startedAt", "finishedAt", "windowMs", "intervalMs", "failureLimit", "onBreach", "verdict", "breach", "probes", "sampleColumns", "rollback"], "properties": { "schemaVersion": { "const": 2, "description": "Format 2: the samples are stored column-wise (sampleColumns). Format 1 (health-window-v1.schema.json) held an array of sample objects." }, "artifact": { "const": "health-window.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "windowMs": { "type": "number", "minimum": 0 }, "intervalMs": { "type": "number", "minimum": 0 }, "failureLimit": { "type": "integer", "minimum": 1 }, "onBreach": { "enum": ["rollback", "alert"] }, "verdict": { "enum": ["healthy", "breached", "inconclusive", "skipped"] }, "breach": { "$ref": "common.schema.json#/definitions/breach" }, "probes": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/probeSummary" } }, "sampleColumns": { "type": "object", "additionalProperties": false, "description": "The samples column-wise: sample i is the i-th element of every per-sample array. Exact: reading them back gives the samples as written (times are whole milliseconds, written by toISOString).", "required": ["count", "probeIds", "probe", "round", "status", "value", "startOffsetMs", "durationMs", "messages", "message", "alerts"], "properties": { "count": { "type": "integer", "minimum": 0, "description": "How many samples (the length of every per-sample array)." }, "probeIds": { "type": "array", "items": { "type": "string" }, "description": "The probe ids the `probe` column indexes." }, "probe": { "type": "array", "items": { "type": "integer", "minimum": 0 }, "description": "Per sample: its probe, as an index into probeIds." }, "round": { "type": "array", "items": { "type": "integer", "minimum": 1 }, "description": "Per sample: its round (1-based)." }, "status": { "type": "array", "items": { "enum": [0, 1, 2, 3] }, "description": "Per sample: 0 passed, 1 failed, 2 inconclusive, 3 error (a sample passed exactly when its status is passed)." }, "value": { "type": "array", "items": { "type": ["number", "null"] }, "description": "Per sample: the measured value, or null." }, "startOffsetMs": { "type": "array", "items": { "type": "integer" }, "description": "Per sample: milliseconds from the previous sample's start to its start (the first sample's: from startedAt); may be negative." }, "durationMs": { "type": "array", "items": { "type": "integer" }, "description": "Per sample: milliseconds from its start to its finish." }, "messages": { "type": "array", "items": { "type": "string" }, "description": "The distinct messages the `message` column indexes. Untrusted text." }, "message": { "type": "array", "items": { "type": "integer", "minimum": 0 }, "description": "Per sample: its message, as an index into messages." }, "alerts": { "type": "array", "description": "The samples that carry firing alerts (Alertmanager probes), sparse: the sample's index and its alerts.", "items": { "type": "object", "additionalProperties": false, "required": ["sample", "alerts"], "properties": { "sample": { "type": "integer", "minimum": 0 }, "alerts": { "type": "array", "maxItems": 20, "items": { "$ref": "common.schema.json#/definitions/firingAlert" } } } } } } }, "rollback": { "oneOf": [{ "type": "null" }, { "$ref": "common.schema.json#/definitions/rollbackRecord" }] }, "retired": { "description": "Blue/green: the old colours retired once the window passed and keep-old had elapsed since the switch.", "type": "array", "items": { "$ref": "common.schema.json#/definitions/colorCommand" } } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema18.oneOf[0].type, parentSchema: schema18.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs2 = errors;
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.probe === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "probe" }, message: "must have required property 'probe'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.limit === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err6 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs5 = errors;
    for (const key0 in data) {
      if (!(key0 === "probe" || key0 === "kind" || key0 === "count" || key0 === "limit" || key0 === "at" || key0 === "reason")) {
        const err7 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.probe !== void 0) {
      let data0 = data.probe;
      const _errs6 = errors;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/probe", schemaPath: "#/oneOf/1/properties/probe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.oneOf[1].properties.probe.type, parentSchema: schema18.oneOf[1].properties.probe, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs7 = errors;
      var valid1 = _errs6 === errors;
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      const _errs8 = errors;
      const vSchema0 = schema18.oneOf[1].properties.kind.enum;
      if (!(data1 === "failed" || data1 === "error" || data1 === "inconclusive")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/enum", keyword: "enum", params: { allowedValues: schema18.oneOf[1].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema18.oneOf[1].properties.kind.enum, parentSchema: schema18.oneOf[1].properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
    }
    if (data.count !== void 0) {
      let data2 = data.count;
      const _errs9 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/1/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.count.type, parentSchema: schema18.oneOf[1].properties.count, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs10 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/1/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.count, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      var valid1 = _errs9 === errors;
    }
    if (data.limit !== void 0) {
      let data3 = data.limit;
      const _errs11 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/limit", schemaPath: "#/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.limit.type, parentSchema: schema18.oneOf[1].properties.limit, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs12 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/limit", schemaPath: "#/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.limit, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      var valid1 = _errs11 === errors;
    }
    if (data.at !== void 0) {
      let data4 = data.at;
      const _errs13 = errors;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err14 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid2 = _errs14 === errors;
      var valid1 = _errs13 === errors;
    }
    if (data.reason !== void 0) {
      let data5 = data.reason;
      const _errs16 = errors;
      if (typeof data5 !== "string") {
        const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.oneOf[1].properties.reason.type, parentSchema: schema18.oneOf[1].properties.reason, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid1 = _errs16 === errors;
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.oneOf[1].type, parentSchema: schema18.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err18 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema18.oneOf, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trigger === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema25.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.trigger !== void 0) {
      let data0 = data.trigger;
      const _errs2 = errors;
      const vSchema0 = schema25.properties.trigger.enum;
      if (!(data0 === "deploy-failure" || data0 === "rollout-analysis" || data0 === "rollout-stopped" || data0 === "post-deployment-checks" || data0 === "health-breach" || data0 === "manual" || data0 === "rehearsal")) {
        const err8 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/enum", keyword: "enum", params: { allowedValues: schema25.properties.trigger.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.trigger.enum, parentSchema: schema25.properties.trigger, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      const _errs3 = errors;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.reason.type, parentSchema: schema25.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs4 = errors;
      var valid0 = _errs3 === errors;
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      const _errs5 = errors;
      if (typeof data2 !== "string" && data2 !== null) {
        const err10 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema25.properties.target.type }, message: "must be string,null", schema: schema25.properties.target.type, parentSchema: schema25.properties.target, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid0 = _errs10 === errors;
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      const _errs13 = errors;
      const vSchema1 = schema25.properties.status.enum;
      if (!(data5 === "success" || data5 === "failure" || data5 === "not-possible")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema25.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.status.enum, parentSchema: schema25.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.traffic !== void 0) {
      let data6 = data.traffic;
      const _errs14 = errors;
      const _errs15 = errors;
      if (Array.isArray(data6)) {
        let valid4 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs16 = errors;
          if (!validate17(data7, { instancePath: instancePath + "/traffic/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          } else {
          }
          var valid3 = _errs16 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/traffic", schemaPath: "#/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.traffic.type, parentSchema: schema25.properties.traffic, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.steps !== void 0) {
      let data8 = data.steps;
      const _errs17 = errors;
      const _errs18 = errors;
      if (Array.isArray(data8)) {
        let valid6 = true;
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          const _errs19 = errors;
          const _errs20 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.service === void 0) {
              const err17 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.exec === void 0) {
              const err18 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs21 = errors;
            for (const key1 in data9) {
              if (!(key1 === "service" || key1 === "exec")) {
                const err19 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.steps.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.service !== void 0) {
              let data10 = data9.service;
              const _errs22 = errors;
              if (typeof data10 !== "string") {
                const err20 = { instancePath: instancePath + "/steps/" + i1 + "/service", schemaPath: "#/properties/steps/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.steps.items.properties.service.type, parentSchema: schema25.properties.steps.items.properties.service, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const _errs23 = errors;
              var valid7 = _errs22 === errors;
            }
            if (data9.exec !== void 0) {
              let data11 = data9.exec;
              const _errs24 = errors;
              if (!validate19(data11, { instancePath: instancePath + "/steps/" + i1 + "/exec", parentData: data9, parentDataProperty: "exec", rootData })) {
                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                errors = vErrors.length;
              } else {
              }
              var valid7 = _errs24 === errors;
            }
          } else {
            const err21 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.steps.items.type, parentSchema: schema25.properties.steps.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid5 = _errs19 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.steps.type, parentSchema: schema25.properties.steps, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs17 === errors;
    }
    if (data.switchBack !== void 0) {
      let data12 = data.switchBack;
      const _errs25 = errors;
      const _errs26 = errors;
      if (Array.isArray(data12)) {
        let valid9 = true;
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          const _errs27 = errors;
          if (!validate21(data13, { instancePath: instancePath + "/switchBack/" + i2, parentData: data12, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          } else {
          }
          var valid8 = _errs27 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/switchBack", schemaPath: "#/properties/switchBack/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.switchBack.type, parentSchema: schema25.properties.switchBack, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.service === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.color === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.exec === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "color" || key0 === "exec")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data0 = data.service;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.service.type, parentSchema: schema35.properties.service, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.color !== void 0) {
      let data1 = data.color;
      const _errs4 = errors;
      const vSchema0 = schema35.properties.color.enum;
      if (!(data1 === "blue" || data1 === "green")) {
        const err5 = { instancePath: instancePath + "/color", schemaPath: "#/properties/color/enum", keyword: "enum", params: { allowedValues: schema35.properties.color.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.color.enum, parentSchema: schema35.properties.color, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.exec !== void 0) {
      let data2 = data.exec;
      const _errs5 = errors;
      if (!validate19(data2, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs5 === errors;
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.windowMs === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "windowMs" }, message: "must have required property 'windowMs'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.intervalMs === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intervalMs" }, message: "must have required property 'intervalMs'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.failureLimit === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failureLimit" }, message: "must have required property 'failureLimit'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.onBreach === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "onBreach" }, message: "must have required property 'onBreach'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.breach === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "breach" }, message: "must have required property 'breach'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.probes === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.sampleColumns === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sampleColumns" }, message: "must have required property 'sampleColumns'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.rollback === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollback" }, message: "must have required property 'rollback'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema36.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      if (2 !== data0) {
        const err17 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant", schema: 2, parentSchema: schema36.properties.schemaVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs3 = errors;
      if ("health-window.json" !== data1) {
        const err18 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "health-window.json" }, message: "must be equal to constant", schema: "health-window.json", parentSchema: schema36.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs4 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err19 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err20 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
      var valid0 = _errs4 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err22 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid2 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs10 = errors;
      if (typeof data4 !== "string") {
        const err24 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.environment.type, parentSchema: schema36.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      const _errs11 = errors;
      var valid0 = _errs10 === errors;
    }
    if (data.startedAt !== void 0) {
      let data5 = data.startedAt;
      const _errs12 = errors;
      const _errs13 = errors;
      const _errs14 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err25 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var valid3 = _errs13 === errors;
      var valid0 = _errs12 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data6 = data.finishedAt;
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err27 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid4 = _errs16 === errors;
      var valid0 = _errs15 === errors;
    }
    if (data.windowMs !== void 0) {
      let data7 = data.windowMs;
      const _errs18 = errors;
      const _errs19 = errors;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err29 = { instancePath: instancePath + "/windowMs", schemaPath: "#/properties/windowMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.windowMs, data: data7 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/windowMs", schemaPath: "#/properties/windowMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties.windowMs.type, parentSchema: schema36.properties.windowMs, data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var valid0 = _errs18 === errors;
    }
    if (data.intervalMs !== void 0) {
      let data8 = data.intervalMs;
      const _errs20 = errors;
      const _errs21 = errors;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err31 = { instancePath: instancePath + "/intervalMs", schemaPath: "#/properties/intervalMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.intervalMs, data: data8 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/intervalMs", schemaPath: "#/properties/intervalMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties.intervalMs.type, parentSchema: schema36.properties.intervalMs, data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var valid0 = _errs20 === errors;
    }
    if (data.failureLimit !== void 0) {
      let data9 = data.failureLimit;
      const _errs22 = errors;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err33 = { instancePath: instancePath + "/failureLimit", schemaPath: "#/properties/failureLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.failureLimit.type, parentSchema: schema36.properties.failureLimit, data: data9 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      const _errs23 = errors;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err34 = { instancePath: instancePath + "/failureLimit", schemaPath: "#/properties/failureLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.failureLimit, data: data9 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      var valid0 = _errs22 === errors;
    }
    if (data.onBreach !== void 0) {
      let data10 = data.onBreach;
      const _errs24 = errors;
      const vSchema0 = schema36.properties.onBreach.enum;
      if (!(data10 === "rollback" || data10 === "alert")) {
        const err35 = { instancePath: instancePath + "/onBreach", schemaPath: "#/properties/onBreach/enum", keyword: "enum", params: { allowedValues: schema36.properties.onBreach.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.onBreach.enum, parentSchema: schema36.properties.onBreach, data: data10 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var valid0 = _errs24 === errors;
    }
    if (data.verdict !== void 0) {
      let data11 = data.verdict;
      const _errs25 = errors;
      const vSchema1 = schema36.properties.verdict.enum;
      if (!(data11 === "healthy" || data11 === "breached" || data11 === "inconclusive" || data11 === "skipped")) {
        const err36 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema36.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.verdict.enum, parentSchema: schema36.properties.verdict, data: data11 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
    if (data.breach !== void 0) {
      let data12 = data.breach;
      const _errs26 = errors;
      if (!validate26(data12, { instancePath: instancePath + "/breach", parentData: data, parentDataProperty: "breach", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs26 === errors;
    }
    if (data.probes !== void 0) {
      let data13 = data.probes;
      const _errs27 = errors;
      const _errs28 = errors;
      if (Array.isArray(data13)) {
        let valid6 = true;
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          const _errs29 = errors;
          const _errs30 = errors;
          const _errs31 = errors;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.id === void 0) {
              const err37 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data14.kind === void 0) {
              const err38 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data14.target === void 0) {
              const err39 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data14.samples === void 0) {
              const err40 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data14.failures === void 0) {
              const err41 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data14.errors === void 0) {
              const err42 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data14.inconclusive === void 0) {
              const err43 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "inconclusive" }, message: "must have required property 'inconclusive'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data14.threshold === void 0) {
              const err44 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'", schema: schema20.required, parentSchema: schema20, data: data14 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            const _errs32 = errors;
            for (const key1 in data14) {
              if (!(key1 === "id" || key1 === "kind" || key1 === "target" || key1 === "samples" || key1 === "failures" || key1 === "errors" || key1 === "inconclusive" || key1 === "threshold")) {
                const err45 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data14 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data14.id !== void 0) {
              let data15 = data14.id;
              const _errs33 = errors;
              if (typeof data15 !== "string") {
                const err46 = { instancePath: instancePath + "/probes/" + i0 + "/id", schemaPath: "common.schema.json#/definitions/probeSummary/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.id.type, parentSchema: schema20.properties.id, data: data15 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              const _errs34 = errors;
              var valid8 = _errs33 === errors;
            }
            if (data14.kind !== void 0) {
              let data16 = data14.kind;
              const _errs35 = errors;
              const vSchema2 = schema20.properties.kind.enum;
              if (!(data16 === "http" || data16 === "command" || data16 === "prometheus" || data16 === "alertmanager")) {
                const err47 = { instancePath: instancePath + "/probes/" + i0 + "/kind", schemaPath: "common.schema.json#/definitions/probeSummary/properties/kind/enum", keyword: "enum", params: { allowedValues: schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.kind.enum, parentSchema: schema20.properties.kind, data: data16 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var valid8 = _errs35 === errors;
            }
            if (data14.target !== void 0) {
              let data17 = data14.target;
              const _errs36 = errors;
              if (typeof data17 !== "string") {
                const err48 = { instancePath: instancePath + "/probes/" + i0 + "/target", schemaPath: "common.schema.json#/definitions/probeSummary/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.target.type, parentSchema: schema20.properties.target, data: data17 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              const _errs37 = errors;
              var valid8 = _errs36 === errors;
            }
            if (data14.samples !== void 0) {
              let data18 = data14.samples;
              const _errs38 = errors;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err49 = { instancePath: instancePath + "/probes/" + i0 + "/samples", schemaPath: "common.schema.json#/definitions/probeSummary/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.samples.type, parentSchema: schema20.properties.samples, data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              const _errs39 = errors;
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err50 = { instancePath: instancePath + "/probes/" + i0 + "/samples", schemaPath: "common.schema.json#/definitions/probeSummary/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.samples, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              var valid8 = _errs38 === errors;
            }
            if (data14.failures !== void 0) {
              let data19 = data14.failures;
              const _errs40 = errors;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err51 = { instancePath: instancePath + "/probes/" + i0 + "/failures", schemaPath: "common.schema.json#/definitions/probeSummary/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.failures.type, parentSchema: schema20.properties.failures, data: data19 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              const _errs41 = errors;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err52 = { instancePath: instancePath + "/probes/" + i0 + "/failures", schemaPath: "common.schema.json#/definitions/probeSummary/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.failures, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              var valid8 = _errs40 === errors;
            }
            if (data14.errors !== void 0) {
              let data20 = data14.errors;
              const _errs42 = errors;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err53 = { instancePath: instancePath + "/probes/" + i0 + "/errors", schemaPath: "common.schema.json#/definitions/probeSummary/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.errors.type, parentSchema: schema20.properties.errors, data: data20 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              const _errs43 = errors;
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err54 = { instancePath: instancePath + "/probes/" + i0 + "/errors", schemaPath: "common.schema.json#/definitions/probeSummary/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.errors, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              var valid8 = _errs42 === errors;
            }
            if (data14.inconclusive !== void 0) {
              let data21 = data14.inconclusive;
              const _errs44 = errors;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err55 = { instancePath: instancePath + "/probes/" + i0 + "/inconclusive", schemaPath: "common.schema.json#/definitions/probeSummary/properties/inconclusive/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.inconclusive.type, parentSchema: schema20.properties.inconclusive, data: data21 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              const _errs45 = errors;
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err56 = { instancePath: instancePath + "/probes/" + i0 + "/inconclusive", schemaPath: "common.schema.json#/definitions/probeSummary/properties/inconclusive/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.inconclusive, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              var valid8 = _errs44 === errors;
            }
            if (data14.threshold !== void 0) {
              let data22 = data14.threshold;
              const _errs46 = errors;
              if (typeof data22 !== "string") {
                const err57 = { instancePath: instancePath + "/probes/" + i0 + "/threshold", schemaPath: "common.schema.json#/definitions/probeSummary/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.threshold.type, parentSchema: schema20.properties.threshold, data: data22 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              const _errs47 = errors;
              var valid8 = _errs46 === errors;
            }
          } else {
            const err58 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "common.schema.json#/definitions/probeSummary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data14 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          var valid7 = _errs30 === errors;
          var valid5 = _errs29 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.probes.type, parentSchema: schema36.properties.probes, data: data13 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      var valid0 = _errs27 === errors;
    }
    if (data.sampleColumns !== void 0) {
      let data23 = data.sampleColumns;
      const _errs48 = errors;
      const _errs49 = errors;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.count === void 0) {
          const err60 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (data23.probeIds === void 0) {
          const err61 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "probeIds" }, message: "must have required property 'probeIds'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data23.probe === void 0) {
          const err62 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "probe" }, message: "must have required property 'probe'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (data23.round === void 0) {
          const err63 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "round" }, message: "must have required property 'round'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data23.status === void 0) {
          const err64 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data23.value === void 0) {
          const err65 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data23.startOffsetMs === void 0) {
          const err66 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "startOffsetMs" }, message: "must have required property 'startOffsetMs'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data23.durationMs === void 0) {
          const err67 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data23.messages === void 0) {
          const err68 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "messages" }, message: "must have required property 'messages'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        if (data23.message === void 0) {
          const err69 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data23.alerts === void 0) {
          const err70 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/required", keyword: "required", params: { missingProperty: "alerts" }, message: "must have required property 'alerts'", schema: schema36.properties.sampleColumns.required, parentSchema: schema36.properties.sampleColumns, data: data23 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        const _errs50 = errors;
        for (const key2 in data23) {
          if (!func2.call(schema36.properties.sampleColumns.properties, key2)) {
            const err71 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.sampleColumns, data: data23 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data23.count !== void 0) {
          let data24 = data23.count;
          const _errs51 = errors;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err72 = { instancePath: instancePath + "/sampleColumns/count", schemaPath: "#/properties/sampleColumns/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.count.type, parentSchema: schema36.properties.sampleColumns.properties.count, data: data24 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          const _errs52 = errors;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err73 = { instancePath: instancePath + "/sampleColumns/count", schemaPath: "#/properties/sampleColumns/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.sampleColumns.properties.count, data: data24 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          var valid9 = _errs51 === errors;
        }
        if (data23.probeIds !== void 0) {
          let data25 = data23.probeIds;
          const _errs53 = errors;
          const _errs54 = errors;
          if (Array.isArray(data25)) {
            let valid11 = true;
            const len1 = data25.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data26 = data25[i1];
              const _errs55 = errors;
              if (typeof data26 !== "string") {
                const err74 = { instancePath: instancePath + "/sampleColumns/probeIds/" + i1, schemaPath: "#/properties/sampleColumns/properties/probeIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.sampleColumns.properties.probeIds.items.type, parentSchema: schema36.properties.sampleColumns.properties.probeIds.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              const _errs56 = errors;
              var valid10 = _errs55 === errors;
              if (!valid10) {
                valid11 = false;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/sampleColumns/probeIds", schemaPath: "#/properties/sampleColumns/properties/probeIds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.probeIds.type, parentSchema: schema36.properties.sampleColumns.properties.probeIds, data: data25 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          var valid9 = _errs53 === errors;
        }
        if (data23.probe !== void 0) {
          let data27 = data23.probe;
          const _errs57 = errors;
          const _errs58 = errors;
          if (Array.isArray(data27)) {
            let valid13 = true;
            const len2 = data27.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data28 = data27[i2];
              const _errs59 = errors;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err76 = { instancePath: instancePath + "/sampleColumns/probe/" + i2, schemaPath: "#/properties/sampleColumns/properties/probe/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.probe.items.type, parentSchema: schema36.properties.sampleColumns.properties.probe.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              const _errs60 = errors;
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err77 = { instancePath: instancePath + "/sampleColumns/probe/" + i2, schemaPath: "#/properties/sampleColumns/properties/probe/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.sampleColumns.properties.probe.items, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              var valid12 = _errs59 === errors;
              if (!valid12) {
                valid13 = false;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/sampleColumns/probe", schemaPath: "#/properties/sampleColumns/properties/probe/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.probe.type, parentSchema: schema36.properties.sampleColumns.properties.probe, data: data27 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          var valid9 = _errs57 === errors;
        }
        if (data23.round !== void 0) {
          let data29 = data23.round;
          const _errs61 = errors;
          const _errs62 = errors;
          if (Array.isArray(data29)) {
            let valid15 = true;
            const len3 = data29.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data30 = data29[i3];
              const _errs63 = errors;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err79 = { instancePath: instancePath + "/sampleColumns/round/" + i3, schemaPath: "#/properties/sampleColumns/properties/round/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.round.items.type, parentSchema: schema36.properties.sampleColumns.properties.round.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              const _errs64 = errors;
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 < 1 || isNaN(data30)) {
                  const err80 = { instancePath: instancePath + "/sampleColumns/round/" + i3, schemaPath: "#/properties/sampleColumns/properties/round/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.sampleColumns.properties.round.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              var valid14 = _errs63 === errors;
              if (!valid14) {
                valid15 = false;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/sampleColumns/round", schemaPath: "#/properties/sampleColumns/properties/round/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.round.type, parentSchema: schema36.properties.sampleColumns.properties.round, data: data29 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          var valid9 = _errs61 === errors;
        }
        if (data23.status !== void 0) {
          let data31 = data23.status;
          const _errs65 = errors;
          const _errs66 = errors;
          if (Array.isArray(data31)) {
            let valid17 = true;
            const len4 = data31.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data32 = data31[i4];
              const _errs67 = errors;
              const vSchema3 = schema36.properties.sampleColumns.properties.status.items.enum;
              if (!(data32 === 0 || data32 === 1 || data32 === 2 || data32 === 3)) {
                const err82 = { instancePath: instancePath + "/sampleColumns/status/" + i4, schemaPath: "#/properties/sampleColumns/properties/status/items/enum", keyword: "enum", params: { allowedValues: schema36.properties.sampleColumns.properties.status.items.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.sampleColumns.properties.status.items.enum, parentSchema: schema36.properties.sampleColumns.properties.status.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              var valid16 = _errs67 === errors;
              if (!valid16) {
                valid17 = false;
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/sampleColumns/status", schemaPath: "#/properties/sampleColumns/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.status.type, parentSchema: schema36.properties.sampleColumns.properties.status, data: data31 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          var valid9 = _errs65 === errors;
        }
        if (data23.value !== void 0) {
          let data33 = data23.value;
          const _errs68 = errors;
          const _errs69 = errors;
          if (Array.isArray(data33)) {
            let valid19 = true;
            const len5 = data33.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data34 = data33[i5];
              const _errs70 = errors;
              if (!(typeof data34 == "number" && isFinite(data34)) && data34 !== null) {
                const err84 = { instancePath: instancePath + "/sampleColumns/value/" + i5, schemaPath: "#/properties/sampleColumns/properties/value/items/type", keyword: "type", params: { type: schema36.properties.sampleColumns.properties.value.items.type }, message: "must be number,null", schema: schema36.properties.sampleColumns.properties.value.items.type, parentSchema: schema36.properties.sampleColumns.properties.value.items, data: data34 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              const _errs71 = errors;
              var valid18 = _errs70 === errors;
              if (!valid18) {
                valid19 = false;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/sampleColumns/value", schemaPath: "#/properties/sampleColumns/properties/value/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.value.type, parentSchema: schema36.properties.sampleColumns.properties.value, data: data33 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          var valid9 = _errs68 === errors;
        }
        if (data23.startOffsetMs !== void 0) {
          let data35 = data23.startOffsetMs;
          const _errs72 = errors;
          const _errs73 = errors;
          if (Array.isArray(data35)) {
            let valid21 = true;
            const len6 = data35.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data36 = data35[i6];
              const _errs74 = errors;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err86 = { instancePath: instancePath + "/sampleColumns/startOffsetMs/" + i6, schemaPath: "#/properties/sampleColumns/properties/startOffsetMs/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.startOffsetMs.items.type, parentSchema: schema36.properties.sampleColumns.properties.startOffsetMs.items, data: data36 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              const _errs75 = errors;
              var valid20 = _errs74 === errors;
              if (!valid20) {
                valid21 = false;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/sampleColumns/startOffsetMs", schemaPath: "#/properties/sampleColumns/properties/startOffsetMs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.startOffsetMs.type, parentSchema: schema36.properties.sampleColumns.properties.startOffsetMs, data: data35 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          var valid9 = _errs72 === errors;
        }
        if (data23.durationMs !== void 0) {
          let data37 = data23.durationMs;
          const _errs76 = errors;
          const _errs77 = errors;
          if (Array.isArray(data37)) {
            let valid23 = true;
            const len7 = data37.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data38 = data37[i7];
              const _errs78 = errors;
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                const err88 = { instancePath: instancePath + "/sampleColumns/durationMs/" + i7, schemaPath: "#/properties/sampleColumns/properties/durationMs/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.durationMs.items.type, parentSchema: schema36.properties.sampleColumns.properties.durationMs.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              const _errs79 = errors;
              var valid22 = _errs78 === errors;
              if (!valid22) {
                valid23 = false;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/sampleColumns/durationMs", schemaPath: "#/properties/sampleColumns/properties/durationMs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.durationMs.type, parentSchema: schema36.properties.sampleColumns.properties.durationMs, data: data37 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          var valid9 = _errs76 === errors;
        }
        if (data23.messages !== void 0) {
          let data39 = data23.messages;
          const _errs80 = errors;
          const _errs81 = errors;
          if (Array.isArray(data39)) {
            let valid25 = true;
            const len8 = data39.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data40 = data39[i8];
              const _errs82 = errors;
              if (typeof data40 !== "string") {
                const err90 = { instancePath: instancePath + "/sampleColumns/messages/" + i8, schemaPath: "#/properties/sampleColumns/properties/messages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.sampleColumns.properties.messages.items.type, parentSchema: schema36.properties.sampleColumns.properties.messages.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              const _errs83 = errors;
              var valid24 = _errs82 === errors;
              if (!valid24) {
                valid25 = false;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/sampleColumns/messages", schemaPath: "#/properties/sampleColumns/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.messages.type, parentSchema: schema36.properties.sampleColumns.properties.messages, data: data39 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          var valid9 = _errs80 === errors;
        }
        if (data23.message !== void 0) {
          let data41 = data23.message;
          const _errs84 = errors;
          const _errs85 = errors;
          if (Array.isArray(data41)) {
            let valid27 = true;
            const len9 = data41.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data42 = data41[i9];
              const _errs86 = errors;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err92 = { instancePath: instancePath + "/sampleColumns/message/" + i9, schemaPath: "#/properties/sampleColumns/properties/message/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.message.items.type, parentSchema: schema36.properties.sampleColumns.properties.message.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              const _errs87 = errors;
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 < 0 || isNaN(data42)) {
                  const err93 = { instancePath: instancePath + "/sampleColumns/message/" + i9, schemaPath: "#/properties/sampleColumns/properties/message/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.sampleColumns.properties.message.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              var valid26 = _errs86 === errors;
              if (!valid26) {
                valid27 = false;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/sampleColumns/message", schemaPath: "#/properties/sampleColumns/properties/message/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.message.type, parentSchema: schema36.properties.sampleColumns.properties.message, data: data41 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          var valid9 = _errs84 === errors;
        }
        if (data23.alerts !== void 0) {
          let data43 = data23.alerts;
          const _errs88 = errors;
          const _errs89 = errors;
          if (Array.isArray(data43)) {
            let valid29 = true;
            const len10 = data43.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data44 = data43[i10];
              const _errs90 = errors;
              const _errs91 = errors;
              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                if (data44.sample === void 0) {
                  const err95 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10, schemaPath: "#/properties/sampleColumns/properties/alerts/items/required", keyword: "required", params: { missingProperty: "sample" }, message: "must have required property 'sample'", schema: schema36.properties.sampleColumns.properties.alerts.items.required, parentSchema: schema36.properties.sampleColumns.properties.alerts.items, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data44.alerts === void 0) {
                  const err96 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10, schemaPath: "#/properties/sampleColumns/properties/alerts/items/required", keyword: "required", params: { missingProperty: "alerts" }, message: "must have required property 'alerts'", schema: schema36.properties.sampleColumns.properties.alerts.items.required, parentSchema: schema36.properties.sampleColumns.properties.alerts.items, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                const _errs92 = errors;
                for (const key3 in data44) {
                  if (!(key3 === "sample" || key3 === "alerts")) {
                    const err97 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10, schemaPath: "#/properties/sampleColumns/properties/alerts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.sampleColumns.properties.alerts.items, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data44.sample !== void 0) {
                  let data45 = data44.sample;
                  const _errs93 = errors;
                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                    const err98 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/sample", schemaPath: "#/properties/sampleColumns/properties/alerts/items/properties/sample/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sampleColumns.properties.alerts.items.properties.sample.type, parentSchema: schema36.properties.sampleColumns.properties.alerts.items.properties.sample, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                  const _errs94 = errors;
                  if (typeof data45 == "number" && isFinite(data45)) {
                    if (data45 < 0 || isNaN(data45)) {
                      const err99 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/sample", schemaPath: "#/properties/sampleColumns/properties/alerts/items/properties/sample/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.sampleColumns.properties.alerts.items.properties.sample, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                  var valid30 = _errs93 === errors;
                }
                if (data44.alerts !== void 0) {
                  let data46 = data44.alerts;
                  const _errs95 = errors;
                  const _errs96 = errors;
                  if (Array.isArray(data46)) {
                    if (data46.length > 20) {
                      const err100 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts", schemaPath: "#/properties/sampleColumns/properties/alerts/items/properties/alerts/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema36.properties.sampleColumns.properties.alerts.items.properties.alerts, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                    let valid32 = true;
                    const len11 = data46.length;
                    for (let i11 = 0; i11 < len11; i11++) {
                      let data47 = data46[i11];
                      const _errs97 = errors;
                      const _errs98 = errors;
                      const _errs99 = errors;
                      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                        if (data47.alertname === void 0) {
                          const err101 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11, schemaPath: "common.schema.json#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "alertname" }, message: "must have required property 'alertname'", schema: schema24.required, parentSchema: schema24, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        if (data47.labels === void 0) {
                          const err102 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11, schemaPath: "common.schema.json#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema24.required, parentSchema: schema24, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                        if (data47.startsAt === void 0) {
                          const err103 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11, schemaPath: "common.schema.json#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "startsAt" }, message: "must have required property 'startsAt'", schema: schema24.required, parentSchema: schema24, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                        }
                        if (data47.fingerprint === void 0) {
                          const err104 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11, schemaPath: "common.schema.json#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'", schema: schema24.required, parentSchema: schema24, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                        const _errs100 = errors;
                        for (const key4 in data47) {
                          if (!(key4 === "alertname" || key4 === "labels" || key4 === "startsAt" || key4 === "fingerprint")) {
                            const err105 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11, schemaPath: "common.schema.json#/definitions/firingAlert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data47 };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data47.alertname !== void 0) {
                          let data48 = data47.alertname;
                          const _errs101 = errors;
                          if (typeof data48 !== "string") {
                            const err106 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11 + "/alertname", schemaPath: "common.schema.json#/definitions/firingAlert/properties/alertname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.alertname.type, parentSchema: schema24.properties.alertname, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err106];
                            } else {
                              vErrors.push(err106);
                            }
                            errors++;
                          }
                          const _errs102 = errors;
                          var valid34 = _errs101 === errors;
                        }
                        if (data47.labels !== void 0) {
                          let data49 = data47.labels;
                          const _errs103 = errors;
                          const _errs104 = errors;
                          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                            const _errs105 = errors;
                            for (const key5 in data49) {
                              let data50 = data49[key5];
                              const _errs106 = errors;
                              if (typeof data50 !== "string") {
                                const err107 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11 + "/labels/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/firingAlert/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.labels.additionalProperties.type, parentSchema: schema24.properties.labels.additionalProperties, data: data50 };
                                if (vErrors === null) {
                                  vErrors = [err107];
                                } else {
                                  vErrors.push(err107);
                                }
                                errors++;
                              }
                              const _errs107 = errors;
                              var valid35 = _errs106 === errors;
                            }
                          } else {
                            const err108 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11 + "/labels", schemaPath: "common.schema.json#/definitions/firingAlert/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.labels.type, parentSchema: schema24.properties.labels, data: data49 };
                            if (vErrors === null) {
                              vErrors = [err108];
                            } else {
                              vErrors.push(err108);
                            }
                            errors++;
                          }
                          var valid34 = _errs103 === errors;
                        }
                        if (data47.startsAt !== void 0) {
                          let data51 = data47.startsAt;
                          const _errs108 = errors;
                          if (typeof data51 !== "string") {
                            const err109 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11 + "/startsAt", schemaPath: "common.schema.json#/definitions/firingAlert/properties/startsAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.startsAt.type, parentSchema: schema24.properties.startsAt, data: data51 };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                          const _errs109 = errors;
                          var valid34 = _errs108 === errors;
                        }
                        if (data47.fingerprint !== void 0) {
                          let data52 = data47.fingerprint;
                          const _errs110 = errors;
                          if (typeof data52 !== "string") {
                            const err110 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11 + "/fingerprint", schemaPath: "common.schema.json#/definitions/firingAlert/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.fingerprint.type, parentSchema: schema24.properties.fingerprint, data: data52 };
                            if (vErrors === null) {
                              vErrors = [err110];
                            } else {
                              vErrors.push(err110);
                            }
                            errors++;
                          }
                          const _errs111 = errors;
                          var valid34 = _errs110 === errors;
                        }
                      } else {
                        const err111 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts/" + i11, schemaPath: "common.schema.json#/definitions/firingAlert/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                      var valid33 = _errs98 === errors;
                      var valid31 = _errs97 === errors;
                      if (!valid31) {
                        valid32 = false;
                      }
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10 + "/alerts", schemaPath: "#/properties/sampleColumns/properties/alerts/items/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.alerts.items.properties.alerts.type, parentSchema: schema36.properties.sampleColumns.properties.alerts.items.properties.alerts, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  var valid30 = _errs95 === errors;
                }
              } else {
                const err113 = { instancePath: instancePath + "/sampleColumns/alerts/" + i10, schemaPath: "#/properties/sampleColumns/properties/alerts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.sampleColumns.properties.alerts.items.type, parentSchema: schema36.properties.sampleColumns.properties.alerts.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              var valid28 = _errs90 === errors;
              if (!valid28) {
                valid29 = false;
              }
            }
          } else {
            const err114 = { instancePath: instancePath + "/sampleColumns/alerts", schemaPath: "#/properties/sampleColumns/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sampleColumns.properties.alerts.type, parentSchema: schema36.properties.sampleColumns.properties.alerts, data: data43 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          var valid9 = _errs88 === errors;
        }
      } else {
        const err115 = { instancePath: instancePath + "/sampleColumns", schemaPath: "#/properties/sampleColumns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.sampleColumns.type, parentSchema: schema36.properties.sampleColumns, data: data23 };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
      var valid0 = _errs48 === errors;
    }
    if (data.rollback !== void 0) {
      let data53 = data.rollback;
      const _errs112 = errors;
      const _errs113 = errors;
      let valid36 = false;
      let passing0 = null;
      const _errs114 = errors;
      if (data53 !== null) {
        const err116 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema36.properties.rollback.oneOf[0].type, parentSchema: schema36.properties.rollback.oneOf[0], data: data53 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
      const _errs115 = errors;
      var _valid0 = _errs114 === errors;
      if (_valid0) {
        valid36 = true;
        passing0 = 0;
      }
      const _errs116 = errors;
      if (!validate28(data53, { instancePath: instancePath + "/rollback", parentData: data, parentDataProperty: "rollback", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid0 = _errs116 === errors;
      if (_valid0 && valid36) {
        valid36 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid36 = true;
          passing0 = 1;
        }
      }
      if (!valid36) {
        const err117 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema36.properties.rollback.oneOf, parentSchema: schema36.properties.rollback, data: data53 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      } else {
        errors = _errs113;
        if (vErrors !== null) {
          if (_errs113) {
            vErrors.length = _errs113;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs112 === errors;
    }
    if (data.retired !== void 0) {
      let data54 = data.retired;
      const _errs117 = errors;
      const _errs118 = errors;
      if (Array.isArray(data54)) {
        let valid38 = true;
        const len12 = data54.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data55 = data54[i12];
          const _errs119 = errors;
          if (!validate33(data55, { instancePath: instancePath + "/retired/" + i12, parentData: data54, parentDataProperty: i12, rootData })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          } else {
          }
          var valid37 = _errs119 === errors;
          if (!valid37) {
            valid38 = false;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/retired", schemaPath: "#/properties/retired/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.retired.type, parentSchema: schema36.properties.retired, data: data54 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
      var valid0 = _errs117 === errors;
    }
  } else {
    const err119 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err119];
    } else {
      vErrors.push(err119);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var validator3 = validate36;
var schema49 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/production-approval.schema.json", "title": "Phase 3: production approval (Gate 3)", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "requestedAt", "decidedAt", "decision", "approver", "comment", "source", "selfAsserted", "reason"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "production-approval.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "requestedAt": { "$ref": "common.schema.json#/definitions/time" }, "decidedAt": { "$ref": "common.schema.json#/definitions/time" }, "decision": { "enum": ["approved", "rejected"] }, "approver": { "type": ["string", "null"] }, "comment": { "type": ["string", "null"] }, "source": { "enum": ["cli-flag", "interactive", "no-answer", "github-environment"] }, "selfAsserted": { "type": "boolean", "description": "True when the approval is only the word of whoever ran the CLI (--approve or the terminal prompt): nothing checked who approved. False for an approval GitHub recorded." }, "reason": { "type": "string" }, "github": { "$ref": "common.schema.json#/definitions/githubApproval" } }, "if": { "properties": { "decision": { "const": "approved" } } }, "then": { "properties": { "approver": { "type": "string", "minLength": 1 } } } };
var schema55 = { "type": "object", "description": "In GitHub Actions: what GitHub recorded about the environment and the run's reviews, the decision's grounds.", "additionalProperties": false, "required": ["repository", "runId", "runAttempt", "runUrl", "environment", "state", "approverId", "triggeringActor", "selfApproval", "reviewersRequired", "requiredReviewers", "preventSelfReview", "reviewersOptOut", "runActors", "reviews"], "properties": { "repository": { "type": "string", "pattern": "^[^/]+/[^/]+$" }, "runId": { "type": "integer", "minimum": 1 }, "runAttempt": { "type": "integer", "minimum": 1 }, "runUrl": { "type": "string", "format": "uri" }, "environment": { "type": "string" }, "state": { "enum": ["approved", "rejected", "pending", null] }, "approverId": { "type": ["integer", "null"] }, "triggeringActor": { "type": "string" }, "runActors": { "type": "array", "items": { "type": "string" }, "description": "Everyone the runner names as having started or re-run the run (GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR): an approval by any of them is a self-approval." }, "selfApproval": { "type": "boolean", "description": "An approval of this environment in this run is by an actor of the run." }, "reviewersRequired": { "type": "boolean" }, "requiredReviewers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["type", "name"], "properties": { "type": { "type": "string" }, "name": { "type": "string" } } } }, "preventSelfReview": { "type": "boolean" }, "reviewersOptOut": { "type": "boolean" }, "reviews": { "type": "array", "description": "Every review of the run GitHub lists (any environment, any attempt), sorted by login, state and environment: the decision does not depend on the API's order.", "items": { "type": "object", "additionalProperties": false, "required": ["login", "id", "state", "environments", "comment"], "properties": { "login": { "type": "string" }, "id": { "type": "integer" }, "state": { "enum": ["approved", "rejected", "pending"] }, "environments": { "type": "array", "items": { "type": "string" } }, "comment": { "type": "string" } } } } } };
var formats40 = require_formats().fullFormats.uri;
var pattern0 = new RegExp("^[^/]+/[^/]+$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.decision !== void 0) {
      let data0 = data.decision;
      const _errs3 = errors;
      if ("approved" !== data0) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
      }
      if (errors === _errs3) {
      }
      var valid1 = _errs3 === errors;
    } else {
      var valid1 = true;
    }
    if (valid1) {
    }
  }
  if (errors === _errs2) {
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.approver !== void 0) {
        let data1 = data.approver;
        const _errs5 = errors;
        const _errs6 = errors;
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err1 = { instancePath: instancePath + "/approver", schemaPath: "#/then/properties/approver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.then.properties.approver, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        } else {
          const err2 = { instancePath: instancePath + "/approver", schemaPath: "#/then/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.then.properties.approver.type, parentSchema: schema49.then.properties.approver, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        var valid2 = _errs5 === errors;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema49.if, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.requestedAt === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestedAt" }, message: "must have required property 'requestedAt'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.decidedAt === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decidedAt" }, message: "must have required property 'decidedAt'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.decision === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.approver === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.comment === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.selfAsserted === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selfAsserted" }, message: "must have required property 'selfAsserted'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    const _errs7 = errors;
    for (const key0 in data) {
      if (!func2.call(schema49.properties, key0)) {
        const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data2 = data.schemaVersion;
      const _errs8 = errors;
      const _errs9 = errors;
      if (1 !== data2) {
        const err18 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid4 = _errs9 === errors;
      var valid3 = _errs8 === errors;
    }
    if (data.artifact !== void 0) {
      let data3 = data.artifact;
      const _errs10 = errors;
      if ("production-approval.json" !== data3) {
        const err19 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "production-approval.json" }, message: "must be equal to constant", schema: "production-approval.json", parentSchema: schema49.properties.artifact, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid3 = _errs10 === errors;
    }
    if (data.tag !== void 0) {
      let data4 = data.tag;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data4 === "string") {
        if (func3(data4) > 128) {
          const err20 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func3(data4) < 1) {
          const err21 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid5 = _errs12 === errors;
      var valid3 = _errs11 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data5 = data.generatedAt;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err23 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid6 = _errs15 === errors;
      var valid3 = _errs14 === errors;
    }
    if (data.environment !== void 0) {
      let data6 = data.environment;
      const _errs17 = errors;
      if (typeof data6 !== "string") {
        const err25 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.environment.type, parentSchema: schema49.properties.environment, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid3 = _errs17 === errors;
    }
    if (data.requestedAt !== void 0) {
      let data7 = data.requestedAt;
      const _errs19 = errors;
      const _errs20 = errors;
      const _errs21 = errors;
      if (typeof data7 == "number" && isFinite(data7)) {
      }
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err26 = { instancePath: instancePath + "/requestedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/requestedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data7 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var valid7 = _errs20 === errors;
      var valid3 = _errs19 === errors;
    }
    if (data.decidedAt !== void 0) {
      let data8 = data.decidedAt;
      const _errs22 = errors;
      const _errs23 = errors;
      const _errs24 = errors;
      if (typeof data8 == "number" && isFinite(data8)) {
      }
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err28 = { instancePath: instancePath + "/decidedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data8 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/decidedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var valid8 = _errs23 === errors;
      var valid3 = _errs22 === errors;
    }
    if (data.decision !== void 0) {
      let data9 = data.decision;
      const _errs25 = errors;
      const vSchema0 = schema49.properties.decision.enum;
      if (!(data9 === "approved" || data9 === "rejected")) {
        const err30 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema49.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.decision.enum, parentSchema: schema49.properties.decision, data: data9 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var valid3 = _errs25 === errors;
    }
    if (data.approver !== void 0) {
      let data10 = data.approver;
      const _errs26 = errors;
      if (typeof data10 !== "string" && data10 !== null) {
        const err31 = { instancePath: instancePath + "/approver", schemaPath: "#/properties/approver/type", keyword: "type", params: { type: schema49.properties.approver.type }, message: "must be string,null", schema: schema49.properties.approver.type, parentSchema: schema49.properties.approver, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      const _errs27 = errors;
      var valid3 = _errs26 === errors;
    }
    if (data.comment !== void 0) {
      let data11 = data.comment;
      const _errs28 = errors;
      if (typeof data11 !== "string" && data11 !== null) {
        const err32 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: schema49.properties.comment.type }, message: "must be string,null", schema: schema49.properties.comment.type, parentSchema: schema49.properties.comment, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs29 = errors;
      var valid3 = _errs28 === errors;
    }
    if (data.source !== void 0) {
      let data12 = data.source;
      const _errs30 = errors;
      const vSchema1 = schema49.properties.source.enum;
      if (!(data12 === "cli-flag" || data12 === "interactive" || data12 === "no-answer" || data12 === "github-environment")) {
        const err33 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema49.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.source.enum, parentSchema: schema49.properties.source, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var valid3 = _errs30 === errors;
    }
    if (data.selfAsserted !== void 0) {
      let data13 = data.selfAsserted;
      const _errs31 = errors;
      if (typeof data13 !== "boolean") {
        const err34 = { instancePath: instancePath + "/selfAsserted", schemaPath: "#/properties/selfAsserted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.selfAsserted.type, parentSchema: schema49.properties.selfAsserted, data: data13 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      const _errs32 = errors;
      var valid3 = _errs31 === errors;
    }
    if (data.reason !== void 0) {
      let data14 = data.reason;
      const _errs33 = errors;
      if (typeof data14 !== "string") {
        const err35 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.reason.type, parentSchema: schema49.properties.reason, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      const _errs34 = errors;
      var valid3 = _errs33 === errors;
    }
    if (data.github !== void 0) {
      let data15 = data.github;
      const _errs35 = errors;
      const _errs36 = errors;
      const _errs37 = errors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.repository === void 0) {
          const err36 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data15.runId === void 0) {
          const err37 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data15.runAttempt === void 0) {
          const err38 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data15.runUrl === void 0) {
          const err39 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runUrl" }, message: "must have required property 'runUrl'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data15.environment === void 0) {
          const err40 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data15.state === void 0) {
          const err41 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data15.approverId === void 0) {
          const err42 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "approverId" }, message: "must have required property 'approverId'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data15.triggeringActor === void 0) {
          const err43 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "triggeringActor" }, message: "must have required property 'triggeringActor'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data15.selfApproval === void 0) {
          const err44 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "selfApproval" }, message: "must have required property 'selfApproval'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data15.reviewersRequired === void 0) {
          const err45 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "reviewersRequired" }, message: "must have required property 'reviewersRequired'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data15.requiredReviewers === void 0) {
          const err46 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "requiredReviewers" }, message: "must have required property 'requiredReviewers'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data15.preventSelfReview === void 0) {
          const err47 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "preventSelfReview" }, message: "must have required property 'preventSelfReview'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data15.reviewersOptOut === void 0) {
          const err48 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "reviewersOptOut" }, message: "must have required property 'reviewersOptOut'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data15.runActors === void 0) {
          const err49 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runActors" }, message: "must have required property 'runActors'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data15.reviews === void 0) {
          const err50 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "reviews" }, message: "must have required property 'reviews'", schema: schema55.required, parentSchema: schema55, data: data15 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        const _errs38 = errors;
        for (const key1 in data15) {
          if (!func2.call(schema55.properties, key1)) {
            const err51 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data15 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data15.repository !== void 0) {
          let data16 = data15.repository;
          const _errs39 = errors;
          const _errs40 = errors;
          if (typeof data16 === "string") {
            if (!pattern0.test(data16)) {
              const err52 = { instancePath: instancePath + "/github/repository", schemaPath: "common.schema.json#/definitions/githubApproval/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/]+/[^/]+$" }, message: 'must match pattern "^[^/]+/[^/]+$"', schema: "^[^/]+/[^/]+$", parentSchema: schema55.properties.repository, data: data16 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/github/repository", schemaPath: "common.schema.json#/definitions/githubApproval/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.repository.type, parentSchema: schema55.properties.repository, data: data16 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var valid10 = _errs39 === errors;
        }
        if (data15.runId !== void 0) {
          let data17 = data15.runId;
          const _errs41 = errors;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err54 = { instancePath: instancePath + "/github/runId", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.runId.type, parentSchema: schema55.properties.runId, data: data17 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          const _errs42 = errors;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 1 || isNaN(data17)) {
              const err55 = { instancePath: instancePath + "/github/runId", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema55.properties.runId, data: data17 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          var valid10 = _errs41 === errors;
        }
        if (data15.runAttempt !== void 0) {
          let data18 = data15.runAttempt;
          const _errs43 = errors;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err56 = { instancePath: instancePath + "/github/runAttempt", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.runAttempt.type, parentSchema: schema55.properties.runAttempt, data: data18 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          const _errs44 = errors;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 1 || isNaN(data18)) {
              const err57 = { instancePath: instancePath + "/github/runAttempt", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema55.properties.runAttempt, data: data18 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          var valid10 = _errs43 === errors;
        }
        if (data15.runUrl !== void 0) {
          let data19 = data15.runUrl;
          const _errs45 = errors;
          const _errs46 = errors;
          if (typeof data19 == "number" && isFinite(data19)) {
          }
          if (typeof data19 === "string") {
            if (!formats40(data19)) {
              const err58 = { instancePath: instancePath + "/github/runUrl", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema55.properties.runUrl, data: data19 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/github/runUrl", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.runUrl.type, parentSchema: schema55.properties.runUrl, data: data19 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var valid10 = _errs45 === errors;
        }
        if (data15.environment !== void 0) {
          let data20 = data15.environment;
          const _errs47 = errors;
          if (typeof data20 !== "string") {
            const err60 = { instancePath: instancePath + "/github/environment", schemaPath: "common.schema.json#/definitions/githubApproval/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.environment.type, parentSchema: schema55.properties.environment, data: data20 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          const _errs48 = errors;
          var valid10 = _errs47 === errors;
        }
        if (data15.state !== void 0) {
          let data21 = data15.state;
          const _errs49 = errors;
          const vSchema2 = schema55.properties.state.enum;
          if (!(data21 === "approved" || data21 === "rejected" || data21 === "pending" || data21 === null)) {
            const err61 = { instancePath: instancePath + "/github/state", schemaPath: "common.schema.json#/definitions/githubApproval/properties/state/enum", keyword: "enum", params: { allowedValues: schema55.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.state.enum, parentSchema: schema55.properties.state, data: data21 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var valid10 = _errs49 === errors;
        }
        if (data15.approverId !== void 0) {
          let data22 = data15.approverId;
          const _errs50 = errors;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22)) && data22 !== null) {
            const err62 = { instancePath: instancePath + "/github/approverId", schemaPath: "common.schema.json#/definitions/githubApproval/properties/approverId/type", keyword: "type", params: { type: schema55.properties.approverId.type }, message: "must be integer,null", schema: schema55.properties.approverId.type, parentSchema: schema55.properties.approverId, data: data22 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          const _errs51 = errors;
          var valid10 = _errs50 === errors;
        }
        if (data15.triggeringActor !== void 0) {
          let data23 = data15.triggeringActor;
          const _errs52 = errors;
          if (typeof data23 !== "string") {
            const err63 = { instancePath: instancePath + "/github/triggeringActor", schemaPath: "common.schema.json#/definitions/githubApproval/properties/triggeringActor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.triggeringActor.type, parentSchema: schema55.properties.triggeringActor, data: data23 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          const _errs53 = errors;
          var valid10 = _errs52 === errors;
        }
        if (data15.runActors !== void 0) {
          let data24 = data15.runActors;
          const _errs54 = errors;
          const _errs55 = errors;
          if (Array.isArray(data24)) {
            let valid12 = true;
            const len0 = data24.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data25 = data24[i0];
              const _errs56 = errors;
              if (typeof data25 !== "string") {
                const err64 = { instancePath: instancePath + "/github/runActors/" + i0, schemaPath: "common.schema.json#/definitions/githubApproval/properties/runActors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.runActors.items.type, parentSchema: schema55.properties.runActors.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              const _errs57 = errors;
              var valid11 = _errs56 === errors;
              if (!valid11) {
                valid12 = false;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/github/runActors", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runActors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.runActors.type, parentSchema: schema55.properties.runActors, data: data24 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          var valid10 = _errs54 === errors;
        }
        if (data15.selfApproval !== void 0) {
          let data26 = data15.selfApproval;
          const _errs58 = errors;
          if (typeof data26 !== "boolean") {
            const err66 = { instancePath: instancePath + "/github/selfApproval", schemaPath: "common.schema.json#/definitions/githubApproval/properties/selfApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.selfApproval.type, parentSchema: schema55.properties.selfApproval, data: data26 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          const _errs59 = errors;
          var valid10 = _errs58 === errors;
        }
        if (data15.reviewersRequired !== void 0) {
          let data27 = data15.reviewersRequired;
          const _errs60 = errors;
          if (typeof data27 !== "boolean") {
            const err67 = { instancePath: instancePath + "/github/reviewersRequired", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviewersRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.reviewersRequired.type, parentSchema: schema55.properties.reviewersRequired, data: data27 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          const _errs61 = errors;
          var valid10 = _errs60 === errors;
        }
        if (data15.requiredReviewers !== void 0) {
          let data28 = data15.requiredReviewers;
          const _errs62 = errors;
          const _errs63 = errors;
          if (Array.isArray(data28)) {
            let valid14 = true;
            const len1 = data28.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data29 = data28[i1];
              const _errs64 = errors;
              const _errs65 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.type === void 0) {
                  const err68 = { instancePath: instancePath + "/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema55.properties.requiredReviewers.items.required, parentSchema: schema55.properties.requiredReviewers.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data29.name === void 0) {
                  const err69 = { instancePath: instancePath + "/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema55.properties.requiredReviewers.items.required, parentSchema: schema55.properties.requiredReviewers.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                const _errs66 = errors;
                for (const key2 in data29) {
                  if (!(key2 === "type" || key2 === "name")) {
                    const err70 = { instancePath: instancePath + "/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.requiredReviewers.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data29.type !== void 0) {
                  let data30 = data29.type;
                  const _errs67 = errors;
                  if (typeof data30 !== "string") {
                    const err71 = { instancePath: instancePath + "/github/requiredReviewers/" + i1 + "/type", schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.requiredReviewers.items.properties.type.type, parentSchema: schema55.properties.requiredReviewers.items.properties.type, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  const _errs68 = errors;
                  var valid15 = _errs67 === errors;
                }
                if (data29.name !== void 0) {
                  let data31 = data29.name;
                  const _errs69 = errors;
                  if (typeof data31 !== "string") {
                    const err72 = { instancePath: instancePath + "/github/requiredReviewers/" + i1 + "/name", schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.requiredReviewers.items.properties.name.type, parentSchema: schema55.properties.requiredReviewers.items.properties.name, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  const _errs70 = errors;
                  var valid15 = _errs69 === errors;
                }
              } else {
                const err73 = { instancePath: instancePath + "/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.requiredReviewers.items.type, parentSchema: schema55.properties.requiredReviewers.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              var valid13 = _errs64 === errors;
              if (!valid13) {
                valid14 = false;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/github/requiredReviewers", schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.requiredReviewers.type, parentSchema: schema55.properties.requiredReviewers, data: data28 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          var valid10 = _errs62 === errors;
        }
        if (data15.preventSelfReview !== void 0) {
          let data32 = data15.preventSelfReview;
          const _errs71 = errors;
          if (typeof data32 !== "boolean") {
            const err75 = { instancePath: instancePath + "/github/preventSelfReview", schemaPath: "common.schema.json#/definitions/githubApproval/properties/preventSelfReview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.preventSelfReview.type, parentSchema: schema55.properties.preventSelfReview, data: data32 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          const _errs72 = errors;
          var valid10 = _errs71 === errors;
        }
        if (data15.reviewersOptOut !== void 0) {
          let data33 = data15.reviewersOptOut;
          const _errs73 = errors;
          if (typeof data33 !== "boolean") {
            const err76 = { instancePath: instancePath + "/github/reviewersOptOut", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviewersOptOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.reviewersOptOut.type, parentSchema: schema55.properties.reviewersOptOut, data: data33 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          const _errs74 = errors;
          var valid10 = _errs73 === errors;
        }
        if (data15.reviews !== void 0) {
          let data34 = data15.reviews;
          const _errs75 = errors;
          const _errs76 = errors;
          if (Array.isArray(data34)) {
            let valid17 = true;
            const len2 = data34.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data35 = data34[i2];
              const _errs77 = errors;
              const _errs78 = errors;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.login === void 0) {
                  const err77 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data35.id === void 0) {
                  const err78 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data35.state === void 0) {
                  const err79 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data35.environments === void 0) {
                  const err80 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data35.comment === void 0) {
                  const err81 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                const _errs79 = errors;
                for (const key3 in data35) {
                  if (!(key3 === "login" || key3 === "id" || key3 === "state" || key3 === "environments" || key3 === "comment")) {
                    const err82 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.reviews.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data35.login !== void 0) {
                  let data36 = data35.login;
                  const _errs80 = errors;
                  if (typeof data36 !== "string") {
                    const err83 = { instancePath: instancePath + "/github/reviews/" + i2 + "/login", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.reviews.items.properties.login.type, parentSchema: schema55.properties.reviews.items.properties.login, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                  const _errs81 = errors;
                  var valid18 = _errs80 === errors;
                }
                if (data35.id !== void 0) {
                  let data37 = data35.id;
                  const _errs82 = errors;
                  if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                    const err84 = { instancePath: instancePath + "/github/reviews/" + i2 + "/id", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.reviews.items.properties.id.type, parentSchema: schema55.properties.reviews.items.properties.id, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                  const _errs83 = errors;
                  var valid18 = _errs82 === errors;
                }
                if (data35.state !== void 0) {
                  let data38 = data35.state;
                  const _errs84 = errors;
                  const vSchema3 = schema55.properties.reviews.items.properties.state.enum;
                  if (!(data38 === "approved" || data38 === "rejected" || data38 === "pending")) {
                    const err85 = { instancePath: instancePath + "/github/reviews/" + i2 + "/state", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema55.properties.reviews.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.reviews.items.properties.state.enum, parentSchema: schema55.properties.reviews.items.properties.state, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                  var valid18 = _errs84 === errors;
                }
                if (data35.environments !== void 0) {
                  let data39 = data35.environments;
                  const _errs85 = errors;
                  const _errs86 = errors;
                  if (Array.isArray(data39)) {
                    let valid20 = true;
                    const len3 = data39.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data40 = data39[i3];
                      const _errs87 = errors;
                      if (typeof data40 !== "string") {
                        const err86 = { instancePath: instancePath + "/github/reviews/" + i2 + "/environments/" + i3, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.reviews.items.properties.environments.items.type, parentSchema: schema55.properties.reviews.items.properties.environments.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                      const _errs88 = errors;
                      var valid19 = _errs87 === errors;
                      if (!valid19) {
                        valid20 = false;
                      }
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/github/reviews/" + i2 + "/environments", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.reviews.items.properties.environments.type, parentSchema: schema55.properties.reviews.items.properties.environments, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  var valid18 = _errs85 === errors;
                }
                if (data35.comment !== void 0) {
                  let data41 = data35.comment;
                  const _errs89 = errors;
                  if (typeof data41 !== "string") {
                    const err88 = { instancePath: instancePath + "/github/reviews/" + i2 + "/comment", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.reviews.items.properties.comment.type, parentSchema: schema55.properties.reviews.items.properties.comment, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                  const _errs90 = errors;
                  var valid18 = _errs89 === errors;
                }
              } else {
                const err89 = { instancePath: instancePath + "/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.reviews.items.type, parentSchema: schema55.properties.reviews.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              var valid16 = _errs77 === errors;
              if (!valid16) {
                valid17 = false;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/github/reviews", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.reviews.type, parentSchema: schema55.properties.reviews, data: data34 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          var valid10 = _errs75 === errors;
        }
      } else {
        const err91 = { instancePath: instancePath + "/github", schemaPath: "common.schema.json#/definitions/githubApproval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data15 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
      var valid9 = _errs36 === errors;
      var valid3 = _errs35 === errors;
    }
  } else {
    const err92 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err92];
    } else {
      vErrors.push(err92);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var validator4 = validate37;
var schema56 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/production-deployment-report.schema.json", "title": "Phase 3: production deployment report", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "previousRelease", "startedAt", "finishedAt", "status", "services", "failure", "rollback"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "production-deployment-report.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "previousRelease": { "type": ["string", "null"] }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "status": { "enum": ["deployed", "failed", "rolled-back"] }, "services": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/serviceDeployment" } }, "failure": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["service", "reason"], "properties": { "service": { "type": ["string", "null"] }, "reason": { "type": "string" } } }] }, "rollback": { "oneOf": [{ "type": "null" }, { "$ref": "common.schema.json#/definitions/rollbackRecord" }] } } };
var schema62 = { "type": "object", "additionalProperties": false, "required": ["service", "status", "deploy", "verify"], "properties": { "service": { "type": "string" }, "status": { "enum": ["deployed", "failed", "not-started"] }, "deploy": { "oneOf": [{ "$ref": "#/definitions/execRecord" }, { "type": "null" }] }, "verify": { "oneOf": [{ "$ref": "#/definitions/execRecord" }, { "type": "null" }] }, "rollout": { "$ref": "#/definitions/rolloutRecord" } } };
var schema63 = { "type": "object", "additionalProperties": false, "required": ["strategy", "status", "steps", "abort"], "properties": { "strategy": { "enum": ["all-at-once", "canary", "rolling", "blue-green"] }, "status": { "enum": ["promoted", "aborted"] }, "steps": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["step", "kind", "description", "weight", "startedAt", "finishedAt", "status", "exec", "analysis", "message", "color"], "properties": { "step": { "type": "integer", "minimum": 1 }, "kind": { "enum": ["set-weight", "pause", "pause-for-approval", "analysis", "deploy-color", "switch", "retire"] }, "description": { "type": "string" }, "weight": { "type": ["integer", "null"], "minimum": 0, "maximum": 100 }, "startedAt": { "$ref": "#/definitions/time" }, "finishedAt": { "$ref": "#/definitions/time" }, "status": { "enum": ["completed", "failed", "deferred"], "description": "deferred: blue/green's retire, run after the health window passed (the old colour stays up until then)." }, "exec": { "oneOf": [{ "$ref": "#/definitions/execRecord" }, { "type": "null" }] }, "analysis": { "oneOf": [{ "$ref": "#/definitions/analysisRecord" }, { "type": "null" }] }, "message": { "type": "string" }, "traffic": { "type": "array", "items": { "$ref": "#/definitions/trafficChange" }, "description": "The traffic changes this step made through the service's router." }, "color": { "type": ["string", "null"] } } } }, "abort": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["step", "description", "reason", "at"], "properties": { "step": { "type": "integer", "minimum": 1 }, "description": { "type": "string" }, "reason": { "type": "string" }, "at": { "$ref": "#/definitions/time" } } }] }, "skipped": { "description": "Steps of the strategy that did not run, and why (a first canary release deploys fully: no stable version serves to compare with).", "type": "object", "additionalProperties": false, "required": ["reason", "steps"], "properties": { "reason": { "type": "string" }, "steps": { "type": "array", "items": { "type": "string" } } } } } };
var schema66 = { "type": "object", "additionalProperties": false, "required": ["startedAt", "finishedAt", "intervalMs", "count", "verdict", "breach", "probes", "samples", "comparison"], "properties": { "startedAt": { "$ref": "#/definitions/time" }, "finishedAt": { "$ref": "#/definitions/time" }, "intervalMs": { "type": "number", "minimum": 0 }, "count": { "type": "integer", "minimum": 1 }, "verdict": { "enum": ["passed", "failed", "inconclusive"] }, "breach": { "$ref": "#/definitions/breach" }, "probes": { "type": "array", "items": { "$ref": "#/definitions/probeSummary" } }, "samples": { "type": "array", "items": { "$ref": "#/definitions/sample" } }, "comparison": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["score", "verdict", "thresholds", "alpha", "metrics"], "properties": { "score": { "type": ["number", "null"] }, "verdict": { "enum": ["pass", "marginal", "fail", "inconclusive"] }, "thresholds": { "type": "object" }, "alpha": { "type": "number" }, "metrics": { "type": "array", "items": { "type": "object", "required": ["id", "classification", "pass", "reason"] } } } }] } } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema18.oneOf[0].type, parentSchema: schema18.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs2 = errors;
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.probe === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "probe" }, message: "must have required property 'probe'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.limit === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err6 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs5 = errors;
    for (const key0 in data) {
      if (!(key0 === "probe" || key0 === "kind" || key0 === "count" || key0 === "limit" || key0 === "at" || key0 === "reason")) {
        const err7 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.probe !== void 0) {
      let data0 = data.probe;
      const _errs6 = errors;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/probe", schemaPath: "#/oneOf/1/properties/probe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.oneOf[1].properties.probe.type, parentSchema: schema18.oneOf[1].properties.probe, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs7 = errors;
      var valid1 = _errs6 === errors;
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      const _errs8 = errors;
      const vSchema0 = schema18.oneOf[1].properties.kind.enum;
      if (!(data1 === "failed" || data1 === "error" || data1 === "inconclusive")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/enum", keyword: "enum", params: { allowedValues: schema18.oneOf[1].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema18.oneOf[1].properties.kind.enum, parentSchema: schema18.oneOf[1].properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
    }
    if (data.count !== void 0) {
      let data2 = data.count;
      const _errs9 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/1/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.count.type, parentSchema: schema18.oneOf[1].properties.count, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs10 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/1/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.count, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      var valid1 = _errs9 === errors;
    }
    if (data.limit !== void 0) {
      let data3 = data.limit;
      const _errs11 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/limit", schemaPath: "#/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.limit.type, parentSchema: schema18.oneOf[1].properties.limit, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs12 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/limit", schemaPath: "#/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.limit, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      var valid1 = _errs11 === errors;
    }
    if (data.at !== void 0) {
      let data4 = data.at;
      const _errs13 = errors;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err14 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/at", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid2 = _errs14 === errors;
      var valid1 = _errs13 === errors;
    }
    if (data.reason !== void 0) {
      let data5 = data.reason;
      const _errs16 = errors;
      if (typeof data5 !== "string") {
        const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.oneOf[1].properties.reason.type, parentSchema: schema18.oneOf[1].properties.reason, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid1 = _errs16 === errors;
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.oneOf[1].type, parentSchema: schema18.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err18 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema18.oneOf, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.probe === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probe" }, message: "must have required property 'probe'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.round === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "round" }, message: "must have required property 'round'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.probe !== void 0) {
      let data0 = data.probe;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err9 = { instancePath: instancePath + "/probe", schemaPath: "#/properties/probe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.probe.type, parentSchema: schema21.properties.probe, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.round !== void 0) {
      let data1 = data.round;
      const _errs4 = errors;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err10 = { instancePath: instancePath + "/round", schemaPath: "#/properties/round/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.round.type, parentSchema: schema21.properties.round, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs5 = errors;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err11 = { instancePath: instancePath + "/round", schemaPath: "#/properties/round/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.round, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      var valid0 = _errs4 === errors;
    }
    if (data.passed !== void 0) {
      let data2 = data.passed;
      const _errs6 = errors;
      if (typeof data2 !== "boolean") {
        const err12 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.passed.type, parentSchema: schema21.properties.passed, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs7 = errors;
      var valid0 = _errs6 === errors;
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      const _errs8 = errors;
      const vSchema0 = schema21.properties.status.enum;
      if (!(data3 === "passed" || data3 === "failed" || data3 === "inconclusive" || data3 === "error")) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema21.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.status.enum, parentSchema: schema21.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.value !== void 0) {
      let data4 = data.value;
      const _errs9 = errors;
      if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
        const err14 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema21.properties.value.type }, message: "must be number,null", schema: schema21.properties.value.type, parentSchema: schema21.properties.value, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs10 = errors;
      var valid0 = _errs9 === errors;
    }
    if (data.startedAt !== void 0) {
      let data5 = data.startedAt;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err15 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid1 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data6 = data.finishedAt;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err17 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid2 = _errs15 === errors;
      var valid0 = _errs14 === errors;
    }
    if (data.message !== void 0) {
      let data7 = data.message;
      const _errs17 = errors;
      if (typeof data7 !== "string") {
        const err19 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.message.type, parentSchema: schema21.properties.message, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.alerts !== void 0) {
      let data8 = data.alerts;
      const _errs19 = errors;
      const _errs20 = errors;
      if (Array.isArray(data8)) {
        if (data8.length > 20) {
          const err20 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema21.properties.alerts, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        let valid4 = true;
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          const _errs21 = errors;
          const _errs22 = errors;
          const _errs23 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.alertname === void 0) {
              const err21 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "alertname" }, message: "must have required property 'alertname'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data9.labels === void 0) {
              const err22 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9.startsAt === void 0) {
              const err23 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "startsAt" }, message: "must have required property 'startsAt'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.fingerprint === void 0) {
              const err24 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'", schema: schema24.required, parentSchema: schema24, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            const _errs24 = errors;
            for (const key1 in data9) {
              if (!(key1 === "alertname" || key1 === "labels" || key1 === "startsAt" || key1 === "fingerprint")) {
                const err25 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.alertname !== void 0) {
              let data10 = data9.alertname;
              const _errs25 = errors;
              if (typeof data10 !== "string") {
                const err26 = { instancePath: instancePath + "/alerts/" + i0 + "/alertname", schemaPath: "#/definitions/firingAlert/properties/alertname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.alertname.type, parentSchema: schema24.properties.alertname, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              const _errs26 = errors;
              var valid6 = _errs25 === errors;
            }
            if (data9.labels !== void 0) {
              let data11 = data9.labels;
              const _errs27 = errors;
              const _errs28 = errors;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                const _errs29 = errors;
                for (const key2 in data11) {
                  let data12 = data11[key2];
                  const _errs30 = errors;
                  if (typeof data12 !== "string") {
                    const err27 = { instancePath: instancePath + "/alerts/" + i0 + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/firingAlert/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.labels.additionalProperties.type, parentSchema: schema24.properties.labels.additionalProperties, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  const _errs31 = errors;
                  var valid7 = _errs30 === errors;
                }
              } else {
                const err28 = { instancePath: instancePath + "/alerts/" + i0 + "/labels", schemaPath: "#/definitions/firingAlert/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.labels.type, parentSchema: schema24.properties.labels, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              var valid6 = _errs27 === errors;
            }
            if (data9.startsAt !== void 0) {
              let data13 = data9.startsAt;
              const _errs32 = errors;
              if (typeof data13 !== "string") {
                const err29 = { instancePath: instancePath + "/alerts/" + i0 + "/startsAt", schemaPath: "#/definitions/firingAlert/properties/startsAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.startsAt.type, parentSchema: schema24.properties.startsAt, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              const _errs33 = errors;
              var valid6 = _errs32 === errors;
            }
            if (data9.fingerprint !== void 0) {
              let data14 = data9.fingerprint;
              const _errs34 = errors;
              if (typeof data14 !== "string") {
                const err30 = { instancePath: instancePath + "/alerts/" + i0 + "/fingerprint", schemaPath: "#/definitions/firingAlert/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.fingerprint.type, parentSchema: schema24.properties.fingerprint, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              const _errs35 = errors;
              var valid6 = _errs34 === errors;
            }
          } else {
            const err31 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/definitions/firingAlert/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var valid5 = _errs22 === errors;
          var valid3 = _errs21 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.alerts.type, parentSchema: schema21.properties.alerts, data: data8 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var valid0 = _errs19 === errors;
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.startedAt === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.intervalMs === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intervalMs" }, message: "must have required property 'intervalMs'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.breach === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "breach" }, message: "must have required property 'breach'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.probes === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.samples === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.comparison === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "comparison" }, message: "must have required property 'comparison'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema66.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.startedAt !== void 0) {
      let data0 = data.startedAt;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data0 == "number" && isFinite(data0)) {
      }
      if (typeof data0 === "string") {
        if (!formats0.validate(data0)) {
          const err10 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data1 = data.finishedAt;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data1 == "number" && isFinite(data1)) {
      }
      if (typeof data1 === "string") {
        if (!formats0.validate(data1)) {
          const err12 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.intervalMs !== void 0) {
      let data2 = data.intervalMs;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/intervalMs", schemaPath: "#/properties/intervalMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.intervalMs, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/intervalMs", schemaPath: "#/properties/intervalMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.intervalMs.type, parentSchema: schema66.properties.intervalMs, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.count !== void 0) {
      let data3 = data.count;
      const _errs10 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err16 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.count.type, parentSchema: schema66.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs11 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err17 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.count, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      var valid0 = _errs10 === errors;
    }
    if (data.verdict !== void 0) {
      let data4 = data.verdict;
      const _errs12 = errors;
      const vSchema0 = schema66.properties.verdict.enum;
      if (!(data4 === "passed" || data4 === "failed" || data4 === "inconclusive")) {
        const err18 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema66.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema66.properties.verdict.enum, parentSchema: schema66.properties.verdict, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs12 === errors;
    }
    if (data.breach !== void 0) {
      let data5 = data.breach;
      const _errs13 = errors;
      if (!validate44(data5, { instancePath: instancePath + "/breach", parentData: data, parentDataProperty: "breach", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs13 === errors;
    }
    if (data.probes !== void 0) {
      let data6 = data.probes;
      const _errs14 = errors;
      const _errs15 = errors;
      if (Array.isArray(data6)) {
        let valid4 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs16 = errors;
          const _errs17 = errors;
          const _errs18 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.id === void 0) {
              const err19 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data7.kind === void 0) {
              const err20 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data7.target === void 0) {
              const err21 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7.samples === void 0) {
              const err22 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data7.failures === void 0) {
              const err23 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data7.errors === void 0) {
              const err24 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data7.inconclusive === void 0) {
              const err25 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "inconclusive" }, message: "must have required property 'inconclusive'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data7.threshold === void 0) {
              const err26 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'", schema: schema20.required, parentSchema: schema20, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            const _errs19 = errors;
            for (const key1 in data7) {
              if (!(key1 === "id" || key1 === "kind" || key1 === "target" || key1 === "samples" || key1 === "failures" || key1 === "errors" || key1 === "inconclusive" || key1 === "threshold")) {
                const err27 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              const _errs20 = errors;
              if (typeof data8 !== "string") {
                const err28 = { instancePath: instancePath + "/probes/" + i0 + "/id", schemaPath: "#/definitions/probeSummary/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.id.type, parentSchema: schema20.properties.id, data: data8 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              const _errs21 = errors;
              var valid6 = _errs20 === errors;
            }
            if (data7.kind !== void 0) {
              let data9 = data7.kind;
              const _errs22 = errors;
              const vSchema1 = schema20.properties.kind.enum;
              if (!(data9 === "http" || data9 === "command" || data9 === "prometheus" || data9 === "alertmanager")) {
                const err29 = { instancePath: instancePath + "/probes/" + i0 + "/kind", schemaPath: "#/definitions/probeSummary/properties/kind/enum", keyword: "enum", params: { allowedValues: schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.kind.enum, parentSchema: schema20.properties.kind, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid6 = _errs22 === errors;
            }
            if (data7.target !== void 0) {
              let data10 = data7.target;
              const _errs23 = errors;
              if (typeof data10 !== "string") {
                const err30 = { instancePath: instancePath + "/probes/" + i0 + "/target", schemaPath: "#/definitions/probeSummary/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.target.type, parentSchema: schema20.properties.target, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              const _errs24 = errors;
              var valid6 = _errs23 === errors;
            }
            if (data7.samples !== void 0) {
              let data11 = data7.samples;
              const _errs25 = errors;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err31 = { instancePath: instancePath + "/probes/" + i0 + "/samples", schemaPath: "#/definitions/probeSummary/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.samples.type, parentSchema: schema20.properties.samples, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              const _errs26 = errors;
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err32 = { instancePath: instancePath + "/probes/" + i0 + "/samples", schemaPath: "#/definitions/probeSummary/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.samples, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              var valid6 = _errs25 === errors;
            }
            if (data7.failures !== void 0) {
              let data12 = data7.failures;
              const _errs27 = errors;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err33 = { instancePath: instancePath + "/probes/" + i0 + "/failures", schemaPath: "#/definitions/probeSummary/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.failures.type, parentSchema: schema20.properties.failures, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              const _errs28 = errors;
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 0 || isNaN(data12)) {
                  const err34 = { instancePath: instancePath + "/probes/" + i0 + "/failures", schemaPath: "#/definitions/probeSummary/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.failures, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              var valid6 = _errs27 === errors;
            }
            if (data7.errors !== void 0) {
              let data13 = data7.errors;
              const _errs29 = errors;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err35 = { instancePath: instancePath + "/probes/" + i0 + "/errors", schemaPath: "#/definitions/probeSummary/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.errors.type, parentSchema: schema20.properties.errors, data: data13 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              const _errs30 = errors;
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err36 = { instancePath: instancePath + "/probes/" + i0 + "/errors", schemaPath: "#/definitions/probeSummary/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.errors, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              var valid6 = _errs29 === errors;
            }
            if (data7.inconclusive !== void 0) {
              let data14 = data7.inconclusive;
              const _errs31 = errors;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err37 = { instancePath: instancePath + "/probes/" + i0 + "/inconclusive", schemaPath: "#/definitions/probeSummary/properties/inconclusive/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.inconclusive.type, parentSchema: schema20.properties.inconclusive, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              const _errs32 = errors;
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 0 || isNaN(data14)) {
                  const err38 = { instancePath: instancePath + "/probes/" + i0 + "/inconclusive", schemaPath: "#/definitions/probeSummary/properties/inconclusive/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.inconclusive, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              var valid6 = _errs31 === errors;
            }
            if (data7.threshold !== void 0) {
              let data15 = data7.threshold;
              const _errs33 = errors;
              if (typeof data15 !== "string") {
                const err39 = { instancePath: instancePath + "/probes/" + i0 + "/threshold", schemaPath: "#/definitions/probeSummary/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.threshold.type, parentSchema: schema20.properties.threshold, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              const _errs34 = errors;
              var valid6 = _errs33 === errors;
            }
          } else {
            const err40 = { instancePath: instancePath + "/probes/" + i0, schemaPath: "#/definitions/probeSummary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data7 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var valid5 = _errs17 === errors;
          var valid3 = _errs16 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.probes.type, parentSchema: schema66.properties.probes, data: data6 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.samples !== void 0) {
      let data16 = data.samples;
      const _errs35 = errors;
      const _errs36 = errors;
      if (Array.isArray(data16)) {
        let valid8 = true;
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data17 = data16[i1];
          const _errs37 = errors;
          if (!validate46(data17, { instancePath: instancePath + "/samples/" + i1, parentData: data16, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          } else {
          }
          var valid7 = _errs37 === errors;
          if (!valid7) {
            valid8 = false;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.samples.type, parentSchema: schema66.properties.samples, data: data16 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var valid0 = _errs35 === errors;
    }
    if (data.comparison !== void 0) {
      let data18 = data.comparison;
      const _errs38 = errors;
      const _errs39 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs40 = errors;
      if (data18 !== null) {
        const err43 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema66.properties.comparison.oneOf[0].type, parentSchema: schema66.properties.comparison.oneOf[0], data: data18 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      const _errs41 = errors;
      var _valid0 = _errs40 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs42 = errors;
      const _errs43 = errors;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.score === void 0) {
          const err44 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/1/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema66.properties.comparison.oneOf[1].required, parentSchema: schema66.properties.comparison.oneOf[1], data: data18 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data18.verdict === void 0) {
          const err45 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/1/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema66.properties.comparison.oneOf[1].required, parentSchema: schema66.properties.comparison.oneOf[1], data: data18 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data18.thresholds === void 0) {
          const err46 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/1/required", keyword: "required", params: { missingProperty: "thresholds" }, message: "must have required property 'thresholds'", schema: schema66.properties.comparison.oneOf[1].required, parentSchema: schema66.properties.comparison.oneOf[1], data: data18 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data18.alpha === void 0) {
          const err47 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/1/required", keyword: "required", params: { missingProperty: "alpha" }, message: "must have required property 'alpha'", schema: schema66.properties.comparison.oneOf[1].required, parentSchema: schema66.properties.comparison.oneOf[1], data: data18 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data18.metrics === void 0) {
          const err48 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/1/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema66.properties.comparison.oneOf[1].required, parentSchema: schema66.properties.comparison.oneOf[1], data: data18 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data18.score !== void 0) {
          let data19 = data18.score;
          const _errs44 = errors;
          if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
            const err49 = { instancePath: instancePath + "/comparison/score", schemaPath: "#/properties/comparison/oneOf/1/properties/score/type", keyword: "type", params: { type: schema66.properties.comparison.oneOf[1].properties.score.type }, message: "must be number,null", schema: schema66.properties.comparison.oneOf[1].properties.score.type, parentSchema: schema66.properties.comparison.oneOf[1].properties.score, data: data19 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          const _errs45 = errors;
          var valid10 = _errs44 === errors;
        }
        if (data18.verdict !== void 0) {
          let data20 = data18.verdict;
          const _errs46 = errors;
          const vSchema2 = schema66.properties.comparison.oneOf[1].properties.verdict.enum;
          if (!(data20 === "pass" || data20 === "marginal" || data20 === "fail" || data20 === "inconclusive")) {
            const err50 = { instancePath: instancePath + "/comparison/verdict", schemaPath: "#/properties/comparison/oneOf/1/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema66.properties.comparison.oneOf[1].properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema66.properties.comparison.oneOf[1].properties.verdict.enum, parentSchema: schema66.properties.comparison.oneOf[1].properties.verdict, data: data20 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid10 = _errs46 === errors;
        }
        if (data18.thresholds !== void 0) {
          let data21 = data18.thresholds;
          const _errs47 = errors;
          if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
            const err51 = { instancePath: instancePath + "/comparison/thresholds", schemaPath: "#/properties/comparison/oneOf/1/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.comparison.oneOf[1].properties.thresholds.type, parentSchema: schema66.properties.comparison.oneOf[1].properties.thresholds, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          const _errs48 = errors;
          var valid10 = _errs47 === errors;
        }
        if (data18.alpha !== void 0) {
          let data22 = data18.alpha;
          const _errs49 = errors;
          if (!(typeof data22 == "number" && isFinite(data22))) {
            const err52 = { instancePath: instancePath + "/comparison/alpha", schemaPath: "#/properties/comparison/oneOf/1/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.comparison.oneOf[1].properties.alpha.type, parentSchema: schema66.properties.comparison.oneOf[1].properties.alpha, data: data22 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          const _errs50 = errors;
          var valid10 = _errs49 === errors;
        }
        if (data18.metrics !== void 0) {
          let data23 = data18.metrics;
          const _errs51 = errors;
          const _errs52 = errors;
          if (Array.isArray(data23)) {
            let valid12 = true;
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data24 = data23[i2];
              const _errs53 = errors;
              const _errs54 = errors;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.id === void 0) {
                  const err53 = { instancePath: instancePath + "/comparison/metrics/" + i2, schemaPath: "#/properties/comparison/oneOf/1/properties/metrics/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema66.properties.comparison.oneOf[1].properties.metrics.items.required, parentSchema: schema66.properties.comparison.oneOf[1].properties.metrics.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data24.classification === void 0) {
                  const err54 = { instancePath: instancePath + "/comparison/metrics/" + i2, schemaPath: "#/properties/comparison/oneOf/1/properties/metrics/items/required", keyword: "required", params: { missingProperty: "classification" }, message: "must have required property 'classification'", schema: schema66.properties.comparison.oneOf[1].properties.metrics.items.required, parentSchema: schema66.properties.comparison.oneOf[1].properties.metrics.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data24.pass === void 0) {
                  const err55 = { instancePath: instancePath + "/comparison/metrics/" + i2, schemaPath: "#/properties/comparison/oneOf/1/properties/metrics/items/required", keyword: "required", params: { missingProperty: "pass" }, message: "must have required property 'pass'", schema: schema66.properties.comparison.oneOf[1].properties.metrics.items.required, parentSchema: schema66.properties.comparison.oneOf[1].properties.metrics.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data24.reason === void 0) {
                  const err56 = { instancePath: instancePath + "/comparison/metrics/" + i2, schemaPath: "#/properties/comparison/oneOf/1/properties/metrics/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema66.properties.comparison.oneOf[1].properties.metrics.items.required, parentSchema: schema66.properties.comparison.oneOf[1].properties.metrics.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/comparison/metrics/" + i2, schemaPath: "#/properties/comparison/oneOf/1/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.comparison.oneOf[1].properties.metrics.items.type, parentSchema: schema66.properties.comparison.oneOf[1].properties.metrics.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              var valid11 = _errs53 === errors;
              if (!valid11) {
                valid12 = false;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/comparison/metrics", schemaPath: "#/properties/comparison/oneOf/1/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.comparison.oneOf[1].properties.metrics.type, parentSchema: schema66.properties.comparison.oneOf[1].properties.metrics, data: data23 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          var valid10 = _errs51 === errors;
        }
      } else {
        const err59 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.comparison.oneOf[1].type, parentSchema: schema66.properties.comparison.oneOf[1], data: data18 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      var _valid0 = _errs42 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err60 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.comparison.oneOf, parentSchema: schema66.properties.comparison, data: data18 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      } else {
        errors = _errs39;
        if (vErrors !== null) {
          if (_errs39) {
            vErrors.length = _errs39;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs38 === errors;
    }
  } else {
    const err61 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.strategy === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.abort === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "abort" }, message: "must have required property 'abort'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "strategy" || key0 === "status" || key0 === "steps" || key0 === "abort" || key0 === "skipped")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      let data0 = data.strategy;
      const _errs2 = errors;
      const vSchema0 = schema63.properties.strategy.enum;
      if (!(data0 === "all-at-once" || data0 === "canary" || data0 === "rolling" || data0 === "blue-green")) {
        const err5 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema63.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.strategy.enum, parentSchema: schema63.properties.strategy, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      const _errs3 = errors;
      const vSchema1 = schema63.properties.status.enum;
      if (!(data1 === "promoted" || data1 === "aborted")) {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema63.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.status.enum, parentSchema: schema63.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
    if (data.steps !== void 0) {
      let data2 = data.steps;
      const _errs4 = errors;
      const _errs5 = errors;
      if (Array.isArray(data2)) {
        let valid2 = true;
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs6 = errors;
          const _errs7 = errors;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.step === void 0) {
              const err7 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.kind === void 0) {
              const err8 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.description === void 0) {
              const err9 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.weight === void 0) {
              const err10 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.startedAt === void 0) {
              const err11 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3.finishedAt === void 0) {
              const err12 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data3.status === void 0) {
              const err13 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data3.exec === void 0) {
              const err14 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data3.analysis === void 0) {
              const err15 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "analysis" }, message: "must have required property 'analysis'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data3.message === void 0) {
              const err16 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data3.color === void 0) {
              const err17 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "color" }, message: "must have required property 'color'", schema: schema63.properties.steps.items.required, parentSchema: schema63.properties.steps.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            const _errs8 = errors;
            for (const key1 in data3) {
              if (!func2.call(schema63.properties.steps.items.properties, key1)) {
                const err18 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.properties.steps.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.step !== void 0) {
              let data4 = data3.step;
              const _errs9 = errors;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                const err19 = { instancePath: instancePath + "/steps/" + i0 + "/step", schemaPath: "#/properties/steps/items/properties/step/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema63.properties.steps.items.properties.step.type, parentSchema: schema63.properties.steps.items.properties.step, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              const _errs10 = errors;
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 < 1 || isNaN(data4)) {
                  const err20 = { instancePath: instancePath + "/steps/" + i0 + "/step", schemaPath: "#/properties/steps/items/properties/step/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema63.properties.steps.items.properties.step, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              var valid3 = _errs9 === errors;
            }
            if (data3.kind !== void 0) {
              let data5 = data3.kind;
              const _errs11 = errors;
              const vSchema2 = schema63.properties.steps.items.properties.kind.enum;
              if (!(data5 === "set-weight" || data5 === "pause" || data5 === "pause-for-approval" || data5 === "analysis" || data5 === "deploy-color" || data5 === "switch" || data5 === "retire")) {
                const err21 = { instancePath: instancePath + "/steps/" + i0 + "/kind", schemaPath: "#/properties/steps/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema63.properties.steps.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.steps.items.properties.kind.enum, parentSchema: schema63.properties.steps.items.properties.kind, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var valid3 = _errs11 === errors;
            }
            if (data3.description !== void 0) {
              let data6 = data3.description;
              const _errs12 = errors;
              if (typeof data6 !== "string") {
                const err22 = { instancePath: instancePath + "/steps/" + i0 + "/description", schemaPath: "#/properties/steps/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.steps.items.properties.description.type, parentSchema: schema63.properties.steps.items.properties.description, data: data6 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              const _errs13 = errors;
              var valid3 = _errs12 === errors;
            }
            if (data3.weight !== void 0) {
              let data7 = data3.weight;
              const _errs14 = errors;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
                const err23 = { instancePath: instancePath + "/steps/" + i0 + "/weight", schemaPath: "#/properties/steps/items/properties/weight/type", keyword: "type", params: { type: schema63.properties.steps.items.properties.weight.type }, message: "must be integer,null", schema: schema63.properties.steps.items.properties.weight.type, parentSchema: schema63.properties.steps.items.properties.weight, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              const _errs15 = errors;
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 > 100 || isNaN(data7)) {
                  const err24 = { instancePath: instancePath + "/steps/" + i0 + "/weight", schemaPath: "#/properties/steps/items/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema63.properties.steps.items.properties.weight, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err25 = { instancePath: instancePath + "/steps/" + i0 + "/weight", schemaPath: "#/properties/steps/items/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema63.properties.steps.items.properties.weight, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              var valid3 = _errs14 === errors;
            }
            if (data3.startedAt !== void 0) {
              let data8 = data3.startedAt;
              const _errs16 = errors;
              const _errs17 = errors;
              const _errs18 = errors;
              if (typeof data8 == "number" && isFinite(data8)) {
              }
              if (typeof data8 === "string") {
                if (!formats0.validate(data8)) {
                  const err26 = { instancePath: instancePath + "/steps/" + i0 + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/steps/" + i0 + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              var valid4 = _errs17 === errors;
              var valid3 = _errs16 === errors;
            }
            if (data3.finishedAt !== void 0) {
              let data9 = data3.finishedAt;
              const _errs19 = errors;
              const _errs20 = errors;
              const _errs21 = errors;
              if (typeof data9 == "number" && isFinite(data9)) {
              }
              if (typeof data9 === "string") {
                if (!formats0.validate(data9)) {
                  const err28 = { instancePath: instancePath + "/steps/" + i0 + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/steps/" + i0 + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid5 = _errs20 === errors;
              var valid3 = _errs19 === errors;
            }
            if (data3.status !== void 0) {
              let data10 = data3.status;
              const _errs22 = errors;
              const vSchema3 = schema63.properties.steps.items.properties.status.enum;
              if (!(data10 === "completed" || data10 === "failed" || data10 === "deferred")) {
                const err30 = { instancePath: instancePath + "/steps/" + i0 + "/status", schemaPath: "#/properties/steps/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema63.properties.steps.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.steps.items.properties.status.enum, parentSchema: schema63.properties.steps.items.properties.status, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              var valid3 = _errs22 === errors;
            }
            if (data3.exec !== void 0) {
              let data11 = data3.exec;
              const _errs23 = errors;
              const _errs24 = errors;
              let valid6 = false;
              let passing0 = null;
              const _errs25 = errors;
              if (!validate19(data11, { instancePath: instancePath + "/steps/" + i0 + "/exec", parentData: data3, parentDataProperty: "exec", rootData })) {
                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                errors = vErrors.length;
              } else {
              }
              var _valid0 = _errs25 === errors;
              if (_valid0) {
                valid6 = true;
                passing0 = 0;
              }
              const _errs26 = errors;
              if (data11 !== null) {
                const err31 = { instancePath: instancePath + "/steps/" + i0 + "/exec", schemaPath: "#/properties/steps/items/properties/exec/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.properties.steps.items.properties.exec.oneOf[1].type, parentSchema: schema63.properties.steps.items.properties.exec.oneOf[1], data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              const _errs27 = errors;
              var _valid0 = _errs26 === errors;
              if (_valid0 && valid6) {
                valid6 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid6 = true;
                  passing0 = 1;
                }
              }
              if (!valid6) {
                const err32 = { instancePath: instancePath + "/steps/" + i0 + "/exec", schemaPath: "#/properties/steps/items/properties/exec/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema63.properties.steps.items.properties.exec.oneOf, parentSchema: schema63.properties.steps.items.properties.exec, data: data11 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              } else {
                errors = _errs24;
                if (vErrors !== null) {
                  if (_errs24) {
                    vErrors.length = _errs24;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid3 = _errs23 === errors;
            }
            if (data3.analysis !== void 0) {
              let data12 = data3.analysis;
              const _errs28 = errors;
              const _errs29 = errors;
              let valid7 = false;
              let passing1 = null;
              const _errs30 = errors;
              if (!validate43(data12, { instancePath: instancePath + "/steps/" + i0 + "/analysis", parentData: data3, parentDataProperty: "analysis", rootData })) {
                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                errors = vErrors.length;
              } else {
              }
              var _valid1 = _errs30 === errors;
              if (_valid1) {
                valid7 = true;
                passing1 = 0;
              }
              const _errs31 = errors;
              if (data12 !== null) {
                const err33 = { instancePath: instancePath + "/steps/" + i0 + "/analysis", schemaPath: "#/properties/steps/items/properties/analysis/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.properties.steps.items.properties.analysis.oneOf[1].type, parentSchema: schema63.properties.steps.items.properties.analysis.oneOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              const _errs32 = errors;
              var _valid1 = _errs31 === errors;
              if (_valid1 && valid7) {
                valid7 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid7 = true;
                  passing1 = 1;
                }
              }
              if (!valid7) {
                const err34 = { instancePath: instancePath + "/steps/" + i0 + "/analysis", schemaPath: "#/properties/steps/items/properties/analysis/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema63.properties.steps.items.properties.analysis.oneOf, parentSchema: schema63.properties.steps.items.properties.analysis, data: data12 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              } else {
                errors = _errs29;
                if (vErrors !== null) {
                  if (_errs29) {
                    vErrors.length = _errs29;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid3 = _errs28 === errors;
            }
            if (data3.message !== void 0) {
              let data13 = data3.message;
              const _errs33 = errors;
              if (typeof data13 !== "string") {
                const err35 = { instancePath: instancePath + "/steps/" + i0 + "/message", schemaPath: "#/properties/steps/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.steps.items.properties.message.type, parentSchema: schema63.properties.steps.items.properties.message, data: data13 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              const _errs34 = errors;
              var valid3 = _errs33 === errors;
            }
            if (data3.traffic !== void 0) {
              let data14 = data3.traffic;
              const _errs35 = errors;
              const _errs36 = errors;
              if (Array.isArray(data14)) {
                let valid9 = true;
                const len1 = data14.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data15 = data14[i1];
                  const _errs37 = errors;
                  if (!validate17(data15, { instancePath: instancePath + "/steps/" + i0 + "/traffic/" + i1, parentData: data14, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid8 = _errs37 === errors;
                  if (!valid8) {
                    valid9 = false;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/steps/" + i0 + "/traffic", schemaPath: "#/properties/steps/items/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema63.properties.steps.items.properties.traffic.type, parentSchema: schema63.properties.steps.items.properties.traffic, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              var valid3 = _errs35 === errors;
            }
            if (data3.color !== void 0) {
              let data16 = data3.color;
              const _errs38 = errors;
              if (typeof data16 !== "string" && data16 !== null) {
                const err37 = { instancePath: instancePath + "/steps/" + i0 + "/color", schemaPath: "#/properties/steps/items/properties/color/type", keyword: "type", params: { type: schema63.properties.steps.items.properties.color.type }, message: "must be string,null", schema: schema63.properties.steps.items.properties.color.type, parentSchema: schema63.properties.steps.items.properties.color, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              const _errs39 = errors;
              var valid3 = _errs38 === errors;
            }
          } else {
            const err38 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.properties.steps.items.type, parentSchema: schema63.properties.steps.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema63.properties.steps.type, parentSchema: schema63.properties.steps, data: data2 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.abort !== void 0) {
      let data17 = data.abort;
      const _errs40 = errors;
      const _errs41 = errors;
      let valid10 = false;
      let passing2 = null;
      const _errs42 = errors;
      if (data17 !== null) {
        const err40 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema63.properties.abort.oneOf[0].type, parentSchema: schema63.properties.abort.oneOf[0], data: data17 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      const _errs43 = errors;
      var _valid2 = _errs42 === errors;
      if (_valid2) {
        valid10 = true;
        passing2 = 0;
      }
      const _errs44 = errors;
      const _errs45 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.step === void 0) {
          const err41 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/1/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'", schema: schema63.properties.abort.oneOf[1].required, parentSchema: schema63.properties.abort.oneOf[1], data: data17 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data17.description === void 0) {
          const err42 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/1/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema63.properties.abort.oneOf[1].required, parentSchema: schema63.properties.abort.oneOf[1], data: data17 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data17.reason === void 0) {
          const err43 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema63.properties.abort.oneOf[1].required, parentSchema: schema63.properties.abort.oneOf[1], data: data17 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data17.at === void 0) {
          const err44 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/1/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema63.properties.abort.oneOf[1].required, parentSchema: schema63.properties.abort.oneOf[1], data: data17 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        const _errs46 = errors;
        for (const key2 in data17) {
          if (!(key2 === "step" || key2 === "description" || key2 === "reason" || key2 === "at")) {
            const err45 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.properties.abort.oneOf[1], data: data17 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data17.step !== void 0) {
          let data18 = data17.step;
          const _errs47 = errors;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err46 = { instancePath: instancePath + "/abort/step", schemaPath: "#/properties/abort/oneOf/1/properties/step/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema63.properties.abort.oneOf[1].properties.step.type, parentSchema: schema63.properties.abort.oneOf[1].properties.step, data: data18 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          const _errs48 = errors;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 1 || isNaN(data18)) {
              const err47 = { instancePath: instancePath + "/abort/step", schemaPath: "#/properties/abort/oneOf/1/properties/step/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema63.properties.abort.oneOf[1].properties.step, data: data18 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          var valid11 = _errs47 === errors;
        }
        if (data17.description !== void 0) {
          let data19 = data17.description;
          const _errs49 = errors;
          if (typeof data19 !== "string") {
            const err48 = { instancePath: instancePath + "/abort/description", schemaPath: "#/properties/abort/oneOf/1/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.abort.oneOf[1].properties.description.type, parentSchema: schema63.properties.abort.oneOf[1].properties.description, data: data19 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          const _errs50 = errors;
          var valid11 = _errs49 === errors;
        }
        if (data17.reason !== void 0) {
          let data20 = data17.reason;
          const _errs51 = errors;
          if (typeof data20 !== "string") {
            const err49 = { instancePath: instancePath + "/abort/reason", schemaPath: "#/properties/abort/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.abort.oneOf[1].properties.reason.type, parentSchema: schema63.properties.abort.oneOf[1].properties.reason, data: data20 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          const _errs52 = errors;
          var valid11 = _errs51 === errors;
        }
        if (data17.at !== void 0) {
          let data21 = data17.at;
          const _errs53 = errors;
          const _errs54 = errors;
          const _errs55 = errors;
          if (typeof data21 == "number" && isFinite(data21)) {
          }
          if (typeof data21 === "string") {
            if (!formats0.validate(data21)) {
              const err50 = { instancePath: instancePath + "/abort/at", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data21 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/abort/at", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          var valid12 = _errs54 === errors;
          var valid11 = _errs53 === errors;
        }
      } else {
        const err52 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.properties.abort.oneOf[1].type, parentSchema: schema63.properties.abort.oneOf[1], data: data17 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid2 = _errs44 === errors;
      if (_valid2 && valid10) {
        valid10 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid10 = true;
          passing2 = 1;
        }
      }
      if (!valid10) {
        const err53 = { instancePath: instancePath + "/abort", schemaPath: "#/properties/abort/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema63.properties.abort.oneOf, parentSchema: schema63.properties.abort, data: data17 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      } else {
        errors = _errs41;
        if (vErrors !== null) {
          if (_errs41) {
            vErrors.length = _errs41;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs40 === errors;
    }
    if (data.skipped !== void 0) {
      let data22 = data.skipped;
      const _errs56 = errors;
      const _errs57 = errors;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.reason === void 0) {
          const err54 = { instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema63.properties.skipped.required, parentSchema: schema63.properties.skipped, data: data22 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data22.steps === void 0) {
          const err55 = { instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema63.properties.skipped.required, parentSchema: schema63.properties.skipped, data: data22 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        const _errs58 = errors;
        for (const key3 in data22) {
          if (!(key3 === "reason" || key3 === "steps")) {
            const err56 = { instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63.properties.skipped, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data22.reason !== void 0) {
          let data23 = data22.reason;
          const _errs59 = errors;
          if (typeof data23 !== "string") {
            const err57 = { instancePath: instancePath + "/skipped/reason", schemaPath: "#/properties/skipped/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.skipped.properties.reason.type, parentSchema: schema63.properties.skipped.properties.reason, data: data23 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          const _errs60 = errors;
          var valid13 = _errs59 === errors;
        }
        if (data22.steps !== void 0) {
          let data24 = data22.steps;
          const _errs61 = errors;
          const _errs62 = errors;
          if (Array.isArray(data24)) {
            let valid15 = true;
            const len2 = data24.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data25 = data24[i2];
              const _errs63 = errors;
              if (typeof data25 !== "string") {
                const err58 = { instancePath: instancePath + "/skipped/steps/" + i2, schemaPath: "#/properties/skipped/properties/steps/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.skipped.properties.steps.items.type, parentSchema: schema63.properties.skipped.properties.steps.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              const _errs64 = errors;
              var valid14 = _errs63 === errors;
              if (!valid14) {
                valid15 = false;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/skipped/steps", schemaPath: "#/properties/skipped/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema63.properties.skipped.properties.steps.type, parentSchema: schema63.properties.skipped.properties.steps, data: data24 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var valid13 = _errs61 === errors;
        }
      } else {
        const err60 = { instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.properties.skipped.type, parentSchema: schema63.properties.skipped, data: data22 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var valid0 = _errs56 === errors;
    }
  } else {
    const err61 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.service === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deploy === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deploy" }, message: "must have required property 'deploy'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verify === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verify" }, message: "must have required property 'verify'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "status" || key0 === "deploy" || key0 === "verify" || key0 === "rollout")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data0 = data.service;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.service.type, parentSchema: schema62.properties.service, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      const _errs4 = errors;
      const vSchema0 = schema62.properties.status.enum;
      if (!(data1 === "deployed" || data1 === "failed" || data1 === "not-started")) {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema62.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.status.enum, parentSchema: schema62.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.deploy !== void 0) {
      let data2 = data.deploy;
      const _errs5 = errors;
      const _errs6 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (!validate19(data2, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (data2 !== null) {
        const err7 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema62.properties.deploy.oneOf[1].type, parentSchema: schema62.properties.deploy.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _errs9 = errors;
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema62.properties.deploy.oneOf, parentSchema: schema62.properties.deploy, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs5 === errors;
    }
    if (data.verify !== void 0) {
      let data3 = data.verify;
      const _errs10 = errors;
      const _errs11 = errors;
      let valid2 = false;
      let passing1 = null;
      const _errs12 = errors;
      if (!validate19(data3, { instancePath: instancePath + "/verify", parentData: data, parentDataProperty: "verify", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid1 = _errs12 === errors;
      if (_valid1) {
        valid2 = true;
        passing1 = 0;
      }
      const _errs13 = errors;
      if (data3 !== null) {
        const err9 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema62.properties.verify.oneOf[1].type, parentSchema: schema62.properties.verify.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs14 = errors;
      var _valid1 = _errs13 === errors;
      if (_valid1 && valid2) {
        valid2 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid2 = true;
          passing1 = 1;
        }
      }
      if (!valid2) {
        const err10 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema62.properties.verify.oneOf, parentSchema: schema62.properties.verify, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs10 === errors;
    }
    if (data.rollout !== void 0) {
      let data4 = data.rollout;
      const _errs15 = errors;
      if (!validate41(data4, { instancePath: instancePath + "/rollout", parentData: data, parentDataProperty: "rollout", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs15 === errors;
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trigger === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema25.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.trigger !== void 0) {
      let data0 = data.trigger;
      const _errs2 = errors;
      const vSchema0 = schema25.properties.trigger.enum;
      if (!(data0 === "deploy-failure" || data0 === "rollout-analysis" || data0 === "rollout-stopped" || data0 === "post-deployment-checks" || data0 === "health-breach" || data0 === "manual" || data0 === "rehearsal")) {
        const err8 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/enum", keyword: "enum", params: { allowedValues: schema25.properties.trigger.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.trigger.enum, parentSchema: schema25.properties.trigger, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      const _errs3 = errors;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.reason.type, parentSchema: schema25.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs4 = errors;
      var valid0 = _errs3 === errors;
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      const _errs5 = errors;
      if (typeof data2 !== "string" && data2 !== null) {
        const err10 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema25.properties.target.type }, message: "must be string,null", schema: schema25.properties.target.type, parentSchema: schema25.properties.target, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid0 = _errs10 === errors;
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      const _errs13 = errors;
      const vSchema1 = schema25.properties.status.enum;
      if (!(data5 === "success" || data5 === "failure" || data5 === "not-possible")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema25.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.status.enum, parentSchema: schema25.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.traffic !== void 0) {
      let data6 = data.traffic;
      const _errs14 = errors;
      const _errs15 = errors;
      if (Array.isArray(data6)) {
        let valid4 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs16 = errors;
          if (!validate17(data7, { instancePath: instancePath + "/traffic/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          } else {
          }
          var valid3 = _errs16 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/traffic", schemaPath: "#/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.traffic.type, parentSchema: schema25.properties.traffic, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.steps !== void 0) {
      let data8 = data.steps;
      const _errs17 = errors;
      const _errs18 = errors;
      if (Array.isArray(data8)) {
        let valid6 = true;
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          const _errs19 = errors;
          const _errs20 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.service === void 0) {
              const err17 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.exec === void 0) {
              const err18 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs21 = errors;
            for (const key1 in data9) {
              if (!(key1 === "service" || key1 === "exec")) {
                const err19 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.steps.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.service !== void 0) {
              let data10 = data9.service;
              const _errs22 = errors;
              if (typeof data10 !== "string") {
                const err20 = { instancePath: instancePath + "/steps/" + i1 + "/service", schemaPath: "#/properties/steps/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.steps.items.properties.service.type, parentSchema: schema25.properties.steps.items.properties.service, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const _errs23 = errors;
              var valid7 = _errs22 === errors;
            }
            if (data9.exec !== void 0) {
              let data11 = data9.exec;
              const _errs24 = errors;
              if (!validate19(data11, { instancePath: instancePath + "/steps/" + i1 + "/exec", parentData: data9, parentDataProperty: "exec", rootData })) {
                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                errors = vErrors.length;
              } else {
              }
              var valid7 = _errs24 === errors;
            }
          } else {
            const err21 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.steps.items.type, parentSchema: schema25.properties.steps.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid5 = _errs19 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.steps.type, parentSchema: schema25.properties.steps, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs17 === errors;
    }
    if (data.switchBack !== void 0) {
      let data12 = data.switchBack;
      const _errs25 = errors;
      const _errs26 = errors;
      if (Array.isArray(data12)) {
        let valid9 = true;
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          const _errs27 = errors;
          if (!validate21(data13, { instancePath: instancePath + "/switchBack/" + i2, parentData: data12, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          } else {
          }
          var valid8 = _errs27 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/switchBack", schemaPath: "#/properties/switchBack/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.switchBack.type, parentSchema: schema25.properties.switchBack, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.previousRelease === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previousRelease" }, message: "must have required property 'previousRelease'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.failure === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failure" }, message: "must have required property 'failure'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.rollback === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollback" }, message: "must have required property 'rollback'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema56.properties, key0)) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err13 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("production-deployment-report.json" !== data1) {
        const err14 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "production-deployment-report.json" }, message: "must be equal to constant", schema: "production-deployment-report.json", parentSchema: schema56.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err15 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err16 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err18 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if (typeof data4 !== "string") {
        const err20 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.environment.type, parentSchema: schema56.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.previousRelease !== void 0) {
      let data5 = data.previousRelease;
      const _errs13 = errors;
      if (typeof data5 !== "string" && data5 !== null) {
        const err21 = { instancePath: instancePath + "/previousRelease", schemaPath: "#/properties/previousRelease/type", keyword: "type", params: { type: schema56.properties.previousRelease.type }, message: "must be string,null", schema: schema56.properties.previousRelease.type, parentSchema: schema56.properties.previousRelease, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      const _errs14 = errors;
      var valid0 = _errs13 === errors;
    }
    if (data.startedAt !== void 0) {
      let data6 = data.startedAt;
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err22 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid4 = _errs16 === errors;
      var valid0 = _errs15 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data7 = data.finishedAt;
      const _errs18 = errors;
      const _errs19 = errors;
      const _errs20 = errors;
      if (typeof data7 == "number" && isFinite(data7)) {
      }
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err24 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid5 = _errs19 === errors;
      var valid0 = _errs18 === errors;
    }
    if (data.status !== void 0) {
      let data8 = data.status;
      const _errs21 = errors;
      const vSchema0 = schema56.properties.status.enum;
      if (!(data8 === "deployed" || data8 === "failed" || data8 === "rolled-back")) {
        const err26 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema56.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.status.enum, parentSchema: schema56.properties.status, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var valid0 = _errs21 === errors;
    }
    if (data.services !== void 0) {
      let data9 = data.services;
      const _errs22 = errors;
      const _errs23 = errors;
      if (Array.isArray(data9)) {
        let valid7 = true;
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          const _errs24 = errors;
          if (!validate38(data10, { instancePath: instancePath + "/services/" + i0, parentData: data9, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          } else {
          }
          var valid6 = _errs24 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.services.type, parentSchema: schema56.properties.services, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.failure !== void 0) {
      let data11 = data.failure;
      const _errs25 = errors;
      const _errs26 = errors;
      let valid8 = false;
      let passing0 = null;
      const _errs27 = errors;
      if (data11 !== null) {
        const err28 = { instancePath: instancePath + "/failure", schemaPath: "#/properties/failure/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema56.properties.failure.oneOf[0].type, parentSchema: schema56.properties.failure.oneOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      const _errs28 = errors;
      var _valid0 = _errs27 === errors;
      if (_valid0) {
        valid8 = true;
        passing0 = 0;
      }
      const _errs29 = errors;
      const _errs30 = errors;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.service === void 0) {
          const err29 = { instancePath: instancePath + "/failure", schemaPath: "#/properties/failure/oneOf/1/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema56.properties.failure.oneOf[1].required, parentSchema: schema56.properties.failure.oneOf[1], data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data11.reason === void 0) {
          const err30 = { instancePath: instancePath + "/failure", schemaPath: "#/properties/failure/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema56.properties.failure.oneOf[1].required, parentSchema: schema56.properties.failure.oneOf[1], data: data11 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const _errs31 = errors;
        for (const key1 in data11) {
          if (!(key1 === "service" || key1 === "reason")) {
            const err31 = { instancePath: instancePath + "/failure", schemaPath: "#/properties/failure/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.failure.oneOf[1], data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data11.service !== void 0) {
          let data12 = data11.service;
          const _errs32 = errors;
          if (typeof data12 !== "string" && data12 !== null) {
            const err32 = { instancePath: instancePath + "/failure/service", schemaPath: "#/properties/failure/oneOf/1/properties/service/type", keyword: "type", params: { type: schema56.properties.failure.oneOf[1].properties.service.type }, message: "must be string,null", schema: schema56.properties.failure.oneOf[1].properties.service.type, parentSchema: schema56.properties.failure.oneOf[1].properties.service, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          const _errs33 = errors;
          var valid9 = _errs32 === errors;
        }
        if (data11.reason !== void 0) {
          let data13 = data11.reason;
          const _errs34 = errors;
          if (typeof data13 !== "string") {
            const err33 = { instancePath: instancePath + "/failure/reason", schemaPath: "#/properties/failure/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.failure.oneOf[1].properties.reason.type, parentSchema: schema56.properties.failure.oneOf[1].properties.reason, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          const _errs35 = errors;
          var valid9 = _errs34 === errors;
        }
      } else {
        const err34 = { instancePath: instancePath + "/failure", schemaPath: "#/properties/failure/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.failure.oneOf[1].type, parentSchema: schema56.properties.failure.oneOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid0 = _errs29 === errors;
      if (_valid0 && valid8) {
        valid8 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid8 = true;
          passing0 = 1;
        }
      }
      if (!valid8) {
        const err35 = { instancePath: instancePath + "/failure", schemaPath: "#/properties/failure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema56.properties.failure.oneOf, parentSchema: schema56.properties.failure, data: data11 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs26;
        if (vErrors !== null) {
          if (_errs26) {
            vErrors.length = _errs26;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs25 === errors;
    }
    if (data.rollback !== void 0) {
      let data14 = data.rollback;
      const _errs36 = errors;
      const _errs37 = errors;
      let valid10 = false;
      let passing1 = null;
      const _errs38 = errors;
      if (data14 !== null) {
        const err36 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema56.properties.rollback.oneOf[0].type, parentSchema: schema56.properties.rollback.oneOf[0], data: data14 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      const _errs39 = errors;
      var _valid1 = _errs38 === errors;
      if (_valid1) {
        valid10 = true;
        passing1 = 0;
      }
      const _errs40 = errors;
      if (!validate52(data14, { instancePath: instancePath + "/rollback", parentData: data, parentDataProperty: "rollback", rootData })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid1 = _errs40 === errors;
      if (_valid1 && valid10) {
        valid10 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid10 = true;
          passing1 = 1;
        }
      }
      if (!valid10) {
        const err37 = { instancePath: instancePath + "/rollback", schemaPath: "#/properties/rollback/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema56.properties.rollback.oneOf, parentSchema: schema56.properties.rollback, data: data14 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs37;
        if (vErrors !== null) {
          if (_errs37) {
            vErrors.length = _errs37;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs36 === errors;
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var validator5 = validate57;
var schema80 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/release-interrupted.schema.json", "title": "A release stopped by a signal (SIGINT, SIGTERM, a cancelled workflow run) before its phase finished", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "phase", "signal", "interruptedAt", "environment", "previousRelease", "inFlight", "commands", "state", "nextSteps"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "release-interrupted.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "phase": { "enum": ["readiness", "staging", "production", "stabilize", "report"], "description": "The phase that was running." }, "signal": { "type": "string", "description": "What stopped the release, e.g. SIGTERM." }, "interruptedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": ["string", "null"], "description": "The environment the phase was changing, or null when it changed none." }, "previousRelease": { "type": ["string", "null"], "description": "The release the environment served before this one: the rollback target." }, "inFlight": { "oneOf": [{ "type": "null" }, { "$ref": "common.schema.json#/definitions/execRecord" }], "description": "The command that was running and was stopped, with its output so far." }, "commands": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/execRecord" }, "description": "Every command the phase ran before it stopped, the stopped one last: what changed." }, "state": { "type": "string", "description": "What the environment may be serving now." }, "nextSteps": { "type": "array", "items": { "type": "string" }, "description": "What to do before the next release of this environment." } } };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.argv === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.exitCode === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timedOut === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timedOut" }, message: "must have required property 'timedOut'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.stdoutTail === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stdoutTail" }, message: "must have required property 'stdoutTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.stderrTail === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stderrTail" }, message: "must have required property 'stderrTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.outputBytes === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputBytes" }, message: "must have required property 'outputBytes'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.outputTruncated === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTruncated" }, message: "must have required property 'outputTruncated'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema32.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.argv !== void 0) {
      let data1 = data.argv;
      const _errs4 = errors;
      const _errs5 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err16 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.argv, data: data1 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs6 = errors;
          if (typeof data2 !== "string") {
            const err17 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.argv.items.type, parentSchema: schema32.properties.argv.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const _errs7 = errors;
          var valid1 = _errs6 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.argv.type, parentSchema: schema32.properties.argv, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err19 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err21 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid4 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.durationMs !== void 0) {
      let data5 = data.durationMs;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.durationMs, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.durationMs.type, parentSchema: schema32.properties.durationMs, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.exitCode !== void 0) {
      let data6 = data.exitCode;
      const _errs16 = errors;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err25 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema32.properties.exitCode.type }, message: "must be integer,null", schema: schema32.properties.exitCode.type, parentSchema: schema32.properties.exitCode, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid0 = _errs16 === errors;
    }
    if (data.signal !== void 0) {
      let data7 = data.signal;
      const _errs18 = errors;
      if (typeof data7 !== "string" && data7 !== null) {
        const err26 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: schema32.properties.signal.type }, message: "must be string,null", schema: schema32.properties.signal.type, parentSchema: schema32.properties.signal, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs19 = errors;
      var valid0 = _errs18 === errors;
    }
    if (data.timedOut !== void 0) {
      let data8 = data.timedOut;
      const _errs20 = errors;
      if (typeof data8 !== "boolean") {
        const err27 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.timedOut.type, parentSchema: schema32.properties.timedOut, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      const _errs21 = errors;
      var valid0 = _errs20 === errors;
    }
    if (data.status !== void 0) {
      let data9 = data.status;
      const _errs22 = errors;
      const vSchema0 = schema32.properties.status.enum;
      if (!(data9 === "success" || data9 === "failure" || data9 === "timeout" || data9 === "error")) {
        const err28 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.status.enum, parentSchema: schema32.properties.status, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.error !== void 0) {
      let data10 = data.error;
      const _errs23 = errors;
      if (typeof data10 !== "string" && data10 !== null) {
        const err29 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema32.properties.error.type }, message: "must be string,null", schema: schema32.properties.error.type, parentSchema: schema32.properties.error, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs24 = errors;
      var valid0 = _errs23 === errors;
    }
    if (data.stdoutTail !== void 0) {
      let data11 = data.stdoutTail;
      const _errs25 = errors;
      if (typeof data11 !== "string") {
        const err30 = { instancePath: instancePath + "/stdoutTail", schemaPath: "#/properties/stdoutTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stdoutTail.type, parentSchema: schema32.properties.stdoutTail, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid0 = _errs25 === errors;
    }
    if (data.stderrTail !== void 0) {
      let data12 = data.stderrTail;
      const _errs27 = errors;
      if (typeof data12 !== "string") {
        const err31 = { instancePath: instancePath + "/stderrTail", schemaPath: "#/properties/stderrTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stderrTail.type, parentSchema: schema32.properties.stderrTail, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      const _errs28 = errors;
      var valid0 = _errs27 === errors;
    }
    if (data.outputBytes !== void 0) {
      let data13 = data.outputBytes;
      const _errs29 = errors;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err32 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.outputBytes.type, parentSchema: schema32.properties.outputBytes, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs30 = errors;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err33 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.outputBytes, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      var valid0 = _errs29 === errors;
    }
    if (data.outputTruncated !== void 0) {
      let data14 = data.outputTruncated;
      const _errs31 = errors;
      if (typeof data14 !== "boolean") {
        const err34 = { instancePath: instancePath + "/outputTruncated", schemaPath: "#/properties/outputTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.outputTruncated.type, parentSchema: schema32.properties.outputTruncated, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      const _errs32 = errors;
      var valid0 = _errs31 === errors;
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.phase === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.interruptedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interruptedAt" }, message: "must have required property 'interruptedAt'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.previousRelease === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previousRelease" }, message: "must have required property 'previousRelease'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.inFlight === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inFlight" }, message: "must have required property 'inFlight'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.commands === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property 'commands'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.state === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.nextSteps === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nextSteps" }, message: "must have required property 'nextSteps'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema80.properties, key0)) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema80, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err14 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("release-interrupted.json" !== data1) {
        const err15 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "release-interrupted.json" }, message: "must be equal to constant", schema: "release-interrupted.json", parentSchema: schema80.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err16 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err17 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err19 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.phase !== void 0) {
      let data4 = data.phase;
      const _errs11 = errors;
      const vSchema0 = schema80.properties.phase.enum;
      if (!(data4 === "readiness" || data4 === "staging" || data4 === "production" || data4 === "stabilize" || data4 === "report")) {
        const err21 = { instancePath: instancePath + "/phase", schemaPath: "#/properties/phase/enum", keyword: "enum", params: { allowedValues: schema80.properties.phase.enum }, message: "must be equal to one of the allowed values", schema: schema80.properties.phase.enum, parentSchema: schema80.properties.phase, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid0 = _errs11 === errors;
    }
    if (data.signal !== void 0) {
      let data5 = data.signal;
      const _errs12 = errors;
      if (typeof data5 !== "string") {
        const err22 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.properties.signal.type, parentSchema: schema80.properties.signal, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs13 = errors;
      var valid0 = _errs12 === errors;
    }
    if (data.interruptedAt !== void 0) {
      let data6 = data.interruptedAt;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err23 = { instancePath: instancePath + "/interruptedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/interruptedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid4 = _errs15 === errors;
      var valid0 = _errs14 === errors;
    }
    if (data.environment !== void 0) {
      let data7 = data.environment;
      const _errs17 = errors;
      if (typeof data7 !== "string" && data7 !== null) {
        const err25 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: schema80.properties.environment.type }, message: "must be string,null", schema: schema80.properties.environment.type, parentSchema: schema80.properties.environment, data: data7 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.previousRelease !== void 0) {
      let data8 = data.previousRelease;
      const _errs19 = errors;
      if (typeof data8 !== "string" && data8 !== null) {
        const err26 = { instancePath: instancePath + "/previousRelease", schemaPath: "#/properties/previousRelease/type", keyword: "type", params: { type: schema80.properties.previousRelease.type }, message: "must be string,null", schema: schema80.properties.previousRelease.type, parentSchema: schema80.properties.previousRelease, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs20 = errors;
      var valid0 = _errs19 === errors;
    }
    if (data.inFlight !== void 0) {
      let data9 = data.inFlight;
      const _errs21 = errors;
      const _errs22 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs23 = errors;
      if (data9 !== null) {
        const err27 = { instancePath: instancePath + "/inFlight", schemaPath: "#/properties/inFlight/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema80.properties.inFlight.oneOf[0].type, parentSchema: schema80.properties.inFlight.oneOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      const _errs24 = errors;
      var _valid0 = _errs23 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs25 = errors;
      if (!validate58(data9, { instancePath: instancePath + "/inFlight", parentData: data, parentDataProperty: "inFlight", rootData })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid0 = _errs25 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err28 = { instancePath: instancePath + "/inFlight", schemaPath: "#/properties/inFlight/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema80.properties.inFlight.oneOf, parentSchema: schema80.properties.inFlight, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs21 === errors;
    }
    if (data.commands !== void 0) {
      let data10 = data.commands;
      const _errs26 = errors;
      const _errs27 = errors;
      if (Array.isArray(data10)) {
        let valid7 = true;
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          const _errs28 = errors;
          if (!validate58(data11, { instancePath: instancePath + "/commands/" + i0, parentData: data10, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          } else {
          }
          var valid6 = _errs28 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema80.properties.commands.type, parentSchema: schema80.properties.commands, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var valid0 = _errs26 === errors;
    }
    if (data.state !== void 0) {
      let data12 = data.state;
      const _errs29 = errors;
      if (typeof data12 !== "string") {
        const err30 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.properties.state.type, parentSchema: schema80.properties.state, data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs30 = errors;
      var valid0 = _errs29 === errors;
    }
    if (data.nextSteps !== void 0) {
      let data13 = data.nextSteps;
      const _errs31 = errors;
      const _errs32 = errors;
      if (Array.isArray(data13)) {
        let valid9 = true;
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          const _errs33 = errors;
          if (typeof data14 !== "string") {
            const err31 = { instancePath: instancePath + "/nextSteps/" + i1, schemaPath: "#/properties/nextSteps/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.properties.nextSteps.items.type, parentSchema: schema80.properties.nextSteps.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          const _errs34 = errors;
          var valid8 = _errs33 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/nextSteps", schemaPath: "#/properties/nextSteps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema80.properties.nextSteps.type, parentSchema: schema80.properties.nextSteps, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var valid0 = _errs31 === errors;
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema80.type, parentSchema: schema80, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
var validator6 = validate61;
var schema88 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/retrospective-inputs.schema.json", "title": "Phase 4: retrospective inputs for Protocol 5", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "outcome", "phases", "failures", "nearMisses", "rollbacks", "manualInterventions", "improvementActions"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "retrospective-inputs.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "outcome": { "enum": ["released", "halted", "rolled-back", "failed", "incomplete"] }, "phases": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["phase", "status", "startedAt", "finishedAt", "durationMs"], "properties": { "phase": { "type": "string" }, "status": { "enum": ["passed", "failed", "not-run"] }, "startedAt": { "oneOf": [{ "$ref": "common.schema.json#/definitions/time" }, { "type": "null" }] }, "finishedAt": { "oneOf": [{ "$ref": "common.schema.json#/definitions/time" }, { "type": "null" }] }, "durationMs": { "type": ["number", "null"] } } } }, "failures": { "type": "array", "items": { "type": "string" } }, "nearMisses": { "type": "array", "items": { "type": "string" } }, "rollbacks": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["trigger", "reason", "status"], "properties": { "trigger": { "type": "string" }, "reason": { "type": "string" }, "status": { "type": "string" } } } }, "manualInterventions": { "type": "array", "items": { "type": "string" } }, "improvementActions": { "type": "array", "items": { "type": "string" } } } };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.outcome === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.phases === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property 'phases'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.failures === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.nearMisses === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nearMisses" }, message: "must have required property 'nearMisses'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.rollbacks === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollbacks" }, message: "must have required property 'rollbacks'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.manualInterventions === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manualInterventions" }, message: "must have required property 'manualInterventions'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.improvementActions === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "improvementActions" }, message: "must have required property 'improvementActions'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema88.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err12 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("retrospective-inputs.json" !== data1) {
        const err13 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "retrospective-inputs.json" }, message: "must be equal to constant", schema: "retrospective-inputs.json", parentSchema: schema88.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err14 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err15 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err17 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.outcome !== void 0) {
      let data4 = data.outcome;
      const _errs11 = errors;
      const vSchema0 = schema88.properties.outcome.enum;
      if (!(data4 === "released" || data4 === "halted" || data4 === "rolled-back" || data4 === "failed" || data4 === "incomplete")) {
        const err19 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema88.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema88.properties.outcome.enum, parentSchema: schema88.properties.outcome, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid0 = _errs11 === errors;
    }
    if (data.phases !== void 0) {
      let data5 = data.phases;
      const _errs12 = errors;
      const _errs13 = errors;
      if (Array.isArray(data5)) {
        let valid5 = true;
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          const _errs14 = errors;
          const _errs15 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.phase === void 0) {
              const err20 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'", schema: schema88.properties.phases.items.required, parentSchema: schema88.properties.phases.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data6.status === void 0) {
              const err21 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema88.properties.phases.items.required, parentSchema: schema88.properties.phases.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data6.startedAt === void 0) {
              const err22 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema88.properties.phases.items.required, parentSchema: schema88.properties.phases.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data6.finishedAt === void 0) {
              const err23 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema88.properties.phases.items.required, parentSchema: schema88.properties.phases.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data6.durationMs === void 0) {
              const err24 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema88.properties.phases.items.required, parentSchema: schema88.properties.phases.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            const _errs16 = errors;
            for (const key1 in data6) {
              if (!(key1 === "phase" || key1 === "status" || key1 === "startedAt" || key1 === "finishedAt" || key1 === "durationMs")) {
                const err25 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.phases.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.phase !== void 0) {
              let data7 = data6.phase;
              const _errs17 = errors;
              if (typeof data7 !== "string") {
                const err26 = { instancePath: instancePath + "/phases/" + i0 + "/phase", schemaPath: "#/properties/phases/items/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.phases.items.properties.phase.type, parentSchema: schema88.properties.phases.items.properties.phase, data: data7 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              const _errs18 = errors;
              var valid6 = _errs17 === errors;
            }
            if (data6.status !== void 0) {
              let data8 = data6.status;
              const _errs19 = errors;
              const vSchema1 = schema88.properties.phases.items.properties.status.enum;
              if (!(data8 === "passed" || data8 === "failed" || data8 === "not-run")) {
                const err27 = { instancePath: instancePath + "/phases/" + i0 + "/status", schemaPath: "#/properties/phases/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema88.properties.phases.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema88.properties.phases.items.properties.status.enum, parentSchema: schema88.properties.phases.items.properties.status, data: data8 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              var valid6 = _errs19 === errors;
            }
            if (data6.startedAt !== void 0) {
              let data9 = data6.startedAt;
              const _errs20 = errors;
              const _errs21 = errors;
              let valid7 = false;
              let passing0 = null;
              const _errs22 = errors;
              const _errs23 = errors;
              const _errs24 = errors;
              if (typeof data9 == "number" && isFinite(data9)) {
              }
              if (typeof data9 === "string") {
                if (!formats0.validate(data9)) {
                  const err28 = { instancePath: instancePath + "/phases/" + i0 + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/phases/" + i0 + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid8 = _errs23 === errors;
              var _valid0 = _errs22 === errors;
              if (_valid0) {
                valid7 = true;
                passing0 = 0;
              }
              const _errs25 = errors;
              if (data9 !== null) {
                const err30 = { instancePath: instancePath + "/phases/" + i0 + "/startedAt", schemaPath: "#/properties/phases/items/properties/startedAt/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema88.properties.phases.items.properties.startedAt.oneOf[1].type, parentSchema: schema88.properties.phases.items.properties.startedAt.oneOf[1], data: data9 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              const _errs26 = errors;
              var _valid0 = _errs25 === errors;
              if (_valid0 && valid7) {
                valid7 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid7 = true;
                  passing0 = 1;
                }
              }
              if (!valid7) {
                const err31 = { instancePath: instancePath + "/phases/" + i0 + "/startedAt", schemaPath: "#/properties/phases/items/properties/startedAt/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema88.properties.phases.items.properties.startedAt.oneOf, parentSchema: schema88.properties.phases.items.properties.startedAt, data: data9 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              } else {
                errors = _errs21;
                if (vErrors !== null) {
                  if (_errs21) {
                    vErrors.length = _errs21;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid6 = _errs20 === errors;
            }
            if (data6.finishedAt !== void 0) {
              let data10 = data6.finishedAt;
              const _errs27 = errors;
              const _errs28 = errors;
              let valid9 = false;
              let passing1 = null;
              const _errs29 = errors;
              const _errs30 = errors;
              const _errs31 = errors;
              if (typeof data10 == "number" && isFinite(data10)) {
              }
              if (typeof data10 === "string") {
                if (!formats0.validate(data10)) {
                  const err32 = { instancePath: instancePath + "/phases/" + i0 + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/phases/" + i0 + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data10 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              var valid10 = _errs30 === errors;
              var _valid1 = _errs29 === errors;
              if (_valid1) {
                valid9 = true;
                passing1 = 0;
              }
              const _errs32 = errors;
              if (data10 !== null) {
                const err34 = { instancePath: instancePath + "/phases/" + i0 + "/finishedAt", schemaPath: "#/properties/phases/items/properties/finishedAt/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema88.properties.phases.items.properties.finishedAt.oneOf[1].type, parentSchema: schema88.properties.phases.items.properties.finishedAt.oneOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              const _errs33 = errors;
              var _valid1 = _errs32 === errors;
              if (_valid1 && valid9) {
                valid9 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid9 = true;
                  passing1 = 1;
                }
              }
              if (!valid9) {
                const err35 = { instancePath: instancePath + "/phases/" + i0 + "/finishedAt", schemaPath: "#/properties/phases/items/properties/finishedAt/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema88.properties.phases.items.properties.finishedAt.oneOf, parentSchema: schema88.properties.phases.items.properties.finishedAt, data: data10 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              } else {
                errors = _errs28;
                if (vErrors !== null) {
                  if (_errs28) {
                    vErrors.length = _errs28;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid6 = _errs27 === errors;
            }
            if (data6.durationMs !== void 0) {
              let data11 = data6.durationMs;
              const _errs34 = errors;
              if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
                const err36 = { instancePath: instancePath + "/phases/" + i0 + "/durationMs", schemaPath: "#/properties/phases/items/properties/durationMs/type", keyword: "type", params: { type: schema88.properties.phases.items.properties.durationMs.type }, message: "must be number,null", schema: schema88.properties.phases.items.properties.durationMs.type, parentSchema: schema88.properties.phases.items.properties.durationMs, data: data11 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              const _errs35 = errors;
              var valid6 = _errs34 === errors;
            }
          } else {
            const err37 = { instancePath: instancePath + "/phases/" + i0, schemaPath: "#/properties/phases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.phases.items.type, parentSchema: schema88.properties.phases.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var valid4 = _errs14 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.phases.type, parentSchema: schema88.properties.phases, data: data5 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var valid0 = _errs12 === errors;
    }
    if (data.failures !== void 0) {
      let data12 = data.failures;
      const _errs36 = errors;
      const _errs37 = errors;
      if (Array.isArray(data12)) {
        let valid12 = true;
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          const _errs38 = errors;
          if (typeof data13 !== "string") {
            const err39 = { instancePath: instancePath + "/failures/" + i1, schemaPath: "#/properties/failures/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.failures.items.type, parentSchema: schema88.properties.failures.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          const _errs39 = errors;
          var valid11 = _errs38 === errors;
          if (!valid11) {
            valid12 = false;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/failures", schemaPath: "#/properties/failures/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.failures.type, parentSchema: schema88.properties.failures, data: data12 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      var valid0 = _errs36 === errors;
    }
    if (data.nearMisses !== void 0) {
      let data14 = data.nearMisses;
      const _errs40 = errors;
      const _errs41 = errors;
      if (Array.isArray(data14)) {
        let valid14 = true;
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          const _errs42 = errors;
          if (typeof data15 !== "string") {
            const err41 = { instancePath: instancePath + "/nearMisses/" + i2, schemaPath: "#/properties/nearMisses/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.nearMisses.items.type, parentSchema: schema88.properties.nearMisses.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          const _errs43 = errors;
          var valid13 = _errs42 === errors;
          if (!valid13) {
            valid14 = false;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/nearMisses", schemaPath: "#/properties/nearMisses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.nearMisses.type, parentSchema: schema88.properties.nearMisses, data: data14 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var valid0 = _errs40 === errors;
    }
    if (data.rollbacks !== void 0) {
      let data16 = data.rollbacks;
      const _errs44 = errors;
      const _errs45 = errors;
      if (Array.isArray(data16)) {
        let valid16 = true;
        const len3 = data16.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3];
          const _errs46 = errors;
          const _errs47 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.trigger === void 0) {
              const err43 = { instancePath: instancePath + "/rollbacks/" + i3, schemaPath: "#/properties/rollbacks/items/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'", schema: schema88.properties.rollbacks.items.required, parentSchema: schema88.properties.rollbacks.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data17.reason === void 0) {
              const err44 = { instancePath: instancePath + "/rollbacks/" + i3, schemaPath: "#/properties/rollbacks/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema88.properties.rollbacks.items.required, parentSchema: schema88.properties.rollbacks.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data17.status === void 0) {
              const err45 = { instancePath: instancePath + "/rollbacks/" + i3, schemaPath: "#/properties/rollbacks/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema88.properties.rollbacks.items.required, parentSchema: schema88.properties.rollbacks.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            const _errs48 = errors;
            for (const key2 in data17) {
              if (!(key2 === "trigger" || key2 === "reason" || key2 === "status")) {
                const err46 = { instancePath: instancePath + "/rollbacks/" + i3, schemaPath: "#/properties/rollbacks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.rollbacks.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data17.trigger !== void 0) {
              let data18 = data17.trigger;
              const _errs49 = errors;
              if (typeof data18 !== "string") {
                const err47 = { instancePath: instancePath + "/rollbacks/" + i3 + "/trigger", schemaPath: "#/properties/rollbacks/items/properties/trigger/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.rollbacks.items.properties.trigger.type, parentSchema: schema88.properties.rollbacks.items.properties.trigger, data: data18 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              const _errs50 = errors;
              var valid17 = _errs49 === errors;
            }
            if (data17.reason !== void 0) {
              let data19 = data17.reason;
              const _errs51 = errors;
              if (typeof data19 !== "string") {
                const err48 = { instancePath: instancePath + "/rollbacks/" + i3 + "/reason", schemaPath: "#/properties/rollbacks/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.rollbacks.items.properties.reason.type, parentSchema: schema88.properties.rollbacks.items.properties.reason, data: data19 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              const _errs52 = errors;
              var valid17 = _errs51 === errors;
            }
            if (data17.status !== void 0) {
              let data20 = data17.status;
              const _errs53 = errors;
              if (typeof data20 !== "string") {
                const err49 = { instancePath: instancePath + "/rollbacks/" + i3 + "/status", schemaPath: "#/properties/rollbacks/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.rollbacks.items.properties.status.type, parentSchema: schema88.properties.rollbacks.items.properties.status, data: data20 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              const _errs54 = errors;
              var valid17 = _errs53 === errors;
            }
          } else {
            const err50 = { instancePath: instancePath + "/rollbacks/" + i3, schemaPath: "#/properties/rollbacks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.rollbacks.items.type, parentSchema: schema88.properties.rollbacks.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid15 = _errs46 === errors;
          if (!valid15) {
            valid16 = false;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/rollbacks", schemaPath: "#/properties/rollbacks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.rollbacks.type, parentSchema: schema88.properties.rollbacks, data: data16 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      var valid0 = _errs44 === errors;
    }
    if (data.manualInterventions !== void 0) {
      let data21 = data.manualInterventions;
      const _errs55 = errors;
      const _errs56 = errors;
      if (Array.isArray(data21)) {
        let valid19 = true;
        const len4 = data21.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data22 = data21[i4];
          const _errs57 = errors;
          if (typeof data22 !== "string") {
            const err52 = { instancePath: instancePath + "/manualInterventions/" + i4, schemaPath: "#/properties/manualInterventions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.manualInterventions.items.type, parentSchema: schema88.properties.manualInterventions.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          const _errs58 = errors;
          var valid18 = _errs57 === errors;
          if (!valid18) {
            valid19 = false;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/manualInterventions", schemaPath: "#/properties/manualInterventions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.manualInterventions.type, parentSchema: schema88.properties.manualInterventions, data: data21 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      var valid0 = _errs55 === errors;
    }
    if (data.improvementActions !== void 0) {
      let data23 = data.improvementActions;
      const _errs59 = errors;
      const _errs60 = errors;
      if (Array.isArray(data23)) {
        let valid21 = true;
        const len5 = data23.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data24 = data23[i5];
          const _errs61 = errors;
          if (typeof data24 !== "string") {
            const err54 = { instancePath: instancePath + "/improvementActions/" + i5, schemaPath: "#/properties/improvementActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.improvementActions.items.type, parentSchema: schema88.properties.improvementActions.items, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          const _errs62 = errors;
          var valid20 = _errs61 === errors;
          if (!valid20) {
            valid21 = false;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/improvementActions", schemaPath: "#/properties/improvementActions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.improvementActions.type, parentSchema: schema88.properties.improvementActions, data: data23 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      var valid0 = _errs59 === errors;
    }
  } else {
    const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
var validator7 = validate62;
var schema94 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/rollback-rehearsal.schema.json", "title": "Rollback rehearsal: deploy, roll back, verify the previous release, redeploy, verify", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "previousRelease", "startedAt", "finishedAt", "passed", "rollbackDurationMs", "steps"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "rollback-rehearsal.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "previousRelease": { "type": ["string", "null"] }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "passed": { "type": "boolean" }, "rollbackDurationMs": { "type": ["number", "null"], "minimum": 0 }, "steps": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "startedAt", "finishedAt", "durationMs", "passed", "commands", "checks", "message"], "properties": { "name": { "enum": ["deploy-candidate", "rollback", "verify-previous", "redeploy-candidate", "verify-candidate"] }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "durationMs": { "type": "number", "minimum": 0 }, "passed": { "type": "boolean" }, "commands": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/execRecord" } }, "checks": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/checkResult" } }, "message": { "type": "string" } } } } } };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.argv === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.exitCode === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timedOut === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timedOut" }, message: "must have required property 'timedOut'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.stdoutTail === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stdoutTail" }, message: "must have required property 'stdoutTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.stderrTail === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stderrTail" }, message: "must have required property 'stderrTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.outputBytes === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputBytes" }, message: "must have required property 'outputBytes'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.outputTruncated === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTruncated" }, message: "must have required property 'outputTruncated'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema32.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.argv !== void 0) {
      let data1 = data.argv;
      const _errs4 = errors;
      const _errs5 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err16 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.argv, data: data1 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs6 = errors;
          if (typeof data2 !== "string") {
            const err17 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.argv.items.type, parentSchema: schema32.properties.argv.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const _errs7 = errors;
          var valid1 = _errs6 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.argv.type, parentSchema: schema32.properties.argv, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err19 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err21 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid4 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.durationMs !== void 0) {
      let data5 = data.durationMs;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.durationMs, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.durationMs.type, parentSchema: schema32.properties.durationMs, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.exitCode !== void 0) {
      let data6 = data.exitCode;
      const _errs16 = errors;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err25 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema32.properties.exitCode.type }, message: "must be integer,null", schema: schema32.properties.exitCode.type, parentSchema: schema32.properties.exitCode, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid0 = _errs16 === errors;
    }
    if (data.signal !== void 0) {
      let data7 = data.signal;
      const _errs18 = errors;
      if (typeof data7 !== "string" && data7 !== null) {
        const err26 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: schema32.properties.signal.type }, message: "must be string,null", schema: schema32.properties.signal.type, parentSchema: schema32.properties.signal, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs19 = errors;
      var valid0 = _errs18 === errors;
    }
    if (data.timedOut !== void 0) {
      let data8 = data.timedOut;
      const _errs20 = errors;
      if (typeof data8 !== "boolean") {
        const err27 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.timedOut.type, parentSchema: schema32.properties.timedOut, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      const _errs21 = errors;
      var valid0 = _errs20 === errors;
    }
    if (data.status !== void 0) {
      let data9 = data.status;
      const _errs22 = errors;
      const vSchema0 = schema32.properties.status.enum;
      if (!(data9 === "success" || data9 === "failure" || data9 === "timeout" || data9 === "error")) {
        const err28 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.status.enum, parentSchema: schema32.properties.status, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.error !== void 0) {
      let data10 = data.error;
      const _errs23 = errors;
      if (typeof data10 !== "string" && data10 !== null) {
        const err29 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema32.properties.error.type }, message: "must be string,null", schema: schema32.properties.error.type, parentSchema: schema32.properties.error, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs24 = errors;
      var valid0 = _errs23 === errors;
    }
    if (data.stdoutTail !== void 0) {
      let data11 = data.stdoutTail;
      const _errs25 = errors;
      if (typeof data11 !== "string") {
        const err30 = { instancePath: instancePath + "/stdoutTail", schemaPath: "#/properties/stdoutTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stdoutTail.type, parentSchema: schema32.properties.stdoutTail, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid0 = _errs25 === errors;
    }
    if (data.stderrTail !== void 0) {
      let data12 = data.stderrTail;
      const _errs27 = errors;
      if (typeof data12 !== "string") {
        const err31 = { instancePath: instancePath + "/stderrTail", schemaPath: "#/properties/stderrTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stderrTail.type, parentSchema: schema32.properties.stderrTail, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      const _errs28 = errors;
      var valid0 = _errs27 === errors;
    }
    if (data.outputBytes !== void 0) {
      let data13 = data.outputBytes;
      const _errs29 = errors;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err32 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.outputBytes.type, parentSchema: schema32.properties.outputBytes, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs30 = errors;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err33 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.outputBytes, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      var valid0 = _errs29 === errors;
    }
    if (data.outputTruncated !== void 0) {
      let data14 = data.outputTruncated;
      const _errs31 = errors;
      if (typeof data14 !== "boolean") {
        const err34 = { instancePath: instancePath + "/outputTruncated", schemaPath: "#/properties/outputTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.outputTruncated.type, parentSchema: schema32.properties.outputTruncated, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      const _errs32 = errors;
      var valid0 = _errs31 === errors;
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
var schema105 = { "type": "object", "additionalProperties": false, "required": ["id", "kind", "passed", "startedAt", "finishedAt", "durationMs", "message"], "properties": { "id": { "type": "string" }, "kind": { "enum": ["http", "command"] }, "passed": { "type": "boolean" }, "startedAt": { "$ref": "#/definitions/time" }, "finishedAt": { "$ref": "#/definitions/time" }, "durationMs": { "type": "number", "minimum": 0 }, "message": { "type": "string" }, "url": { "type": "string" }, "status": { "type": ["integer", "null"] }, "latencyMs": { "type": ["number", "null"] } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema105.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.id.type, parentSchema: schema105.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      const _errs4 = errors;
      const vSchema0 = schema105.properties.kind.enum;
      if (!(data1 === "http" || data1 === "command")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema105.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema105.properties.kind.enum, parentSchema: schema105.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.passed !== void 0) {
      let data2 = data.passed;
      const _errs5 = errors;
      if (typeof data2 !== "boolean") {
        const err10 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema105.properties.passed.type, parentSchema: schema105.properties.passed, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid0 = _errs10 === errors;
    }
    if (data.durationMs !== void 0) {
      let data5 = data.durationMs;
      const _errs13 = errors;
      const _errs14 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema105.properties.durationMs, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema105.properties.durationMs.type, parentSchema: schema105.properties.durationMs, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.message !== void 0) {
      let data6 = data.message;
      const _errs15 = errors;
      if (typeof data6 !== "string") {
        const err17 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.message.type, parentSchema: schema105.properties.message, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      const _errs16 = errors;
      var valid0 = _errs15 === errors;
    }
    if (data.url !== void 0) {
      let data7 = data.url;
      const _errs17 = errors;
      if (typeof data7 !== "string") {
        const err18 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.url.type, parentSchema: schema105.properties.url, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.status !== void 0) {
      let data8 = data.status;
      const _errs19 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema105.properties.status.type }, message: "must be integer,null", schema: schema105.properties.status.type, parentSchema: schema105.properties.status, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs20 = errors;
      var valid0 = _errs19 === errors;
    }
    if (data.latencyMs !== void 0) {
      let data9 = data.latencyMs;
      const _errs21 = errors;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        const err20 = { instancePath: instancePath + "/latencyMs", schemaPath: "#/properties/latencyMs/type", keyword: "type", params: { type: schema105.properties.latencyMs.type }, message: "must be number,null", schema: schema105.properties.latencyMs.type, parentSchema: schema105.properties.latencyMs, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs22 = errors;
      var valid0 = _errs21 === errors;
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.type, parentSchema: schema105, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.previousRelease === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previousRelease" }, message: "must have required property 'previousRelease'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.rollbackDurationMs === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollbackDurationMs" }, message: "must have required property 'rollbackDurationMs'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema94.required, parentSchema: schema94, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema94.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema94, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err12 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("rollback-rehearsal.json" !== data1) {
        const err13 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "rollback-rehearsal.json" }, message: "must be equal to constant", schema: "rollback-rehearsal.json", parentSchema: schema94.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err14 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err15 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err17 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if (typeof data4 !== "string") {
        const err19 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.environment.type, parentSchema: schema94.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.previousRelease !== void 0) {
      let data5 = data.previousRelease;
      const _errs13 = errors;
      if (typeof data5 !== "string" && data5 !== null) {
        const err20 = { instancePath: instancePath + "/previousRelease", schemaPath: "#/properties/previousRelease/type", keyword: "type", params: { type: schema94.properties.previousRelease.type }, message: "must be string,null", schema: schema94.properties.previousRelease.type, parentSchema: schema94.properties.previousRelease, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs14 = errors;
      var valid0 = _errs13 === errors;
    }
    if (data.startedAt !== void 0) {
      let data6 = data.startedAt;
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err21 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid4 = _errs16 === errors;
      var valid0 = _errs15 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data7 = data.finishedAt;
      const _errs18 = errors;
      const _errs19 = errors;
      const _errs20 = errors;
      if (typeof data7 == "number" && isFinite(data7)) {
      }
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err23 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid5 = _errs19 === errors;
      var valid0 = _errs18 === errors;
    }
    if (data.passed !== void 0) {
      let data8 = data.passed;
      const _errs21 = errors;
      if (typeof data8 !== "boolean") {
        const err25 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema94.properties.passed.type, parentSchema: schema94.properties.passed, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs22 = errors;
      var valid0 = _errs21 === errors;
    }
    if (data.rollbackDurationMs !== void 0) {
      let data9 = data.rollbackDurationMs;
      const _errs23 = errors;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        const err26 = { instancePath: instancePath + "/rollbackDurationMs", schemaPath: "#/properties/rollbackDurationMs/type", keyword: "type", params: { type: schema94.properties.rollbackDurationMs.type }, message: "must be number,null", schema: schema94.properties.rollbackDurationMs.type, parentSchema: schema94.properties.rollbackDurationMs, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs24 = errors;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err27 = { instancePath: instancePath + "/rollbackDurationMs", schemaPath: "#/properties/rollbackDurationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema94.properties.rollbackDurationMs, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      var valid0 = _errs23 === errors;
    }
    if (data.steps !== void 0) {
      let data10 = data.steps;
      const _errs25 = errors;
      const _errs26 = errors;
      if (Array.isArray(data10)) {
        let valid7 = true;
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          const _errs27 = errors;
          const _errs28 = errors;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.name === void 0) {
              const err28 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data11.startedAt === void 0) {
              const err29 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data11.finishedAt === void 0) {
              const err30 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data11.durationMs === void 0) {
              const err31 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data11.passed === void 0) {
              const err32 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data11.commands === void 0) {
              const err33 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property 'commands'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data11.checks === void 0) {
              const err34 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data11.message === void 0) {
              const err35 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema94.properties.steps.items.required, parentSchema: schema94.properties.steps.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const _errs29 = errors;
            for (const key1 in data11) {
              if (!(key1 === "name" || key1 === "startedAt" || key1 === "finishedAt" || key1 === "durationMs" || key1 === "passed" || key1 === "commands" || key1 === "checks" || key1 === "message")) {
                const err36 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema94.properties.steps.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data11.name !== void 0) {
              let data12 = data11.name;
              const _errs30 = errors;
              const vSchema0 = schema94.properties.steps.items.properties.name.enum;
              if (!(data12 === "deploy-candidate" || data12 === "rollback" || data12 === "verify-previous" || data12 === "redeploy-candidate" || data12 === "verify-candidate")) {
                const err37 = { instancePath: instancePath + "/steps/" + i0 + "/name", schemaPath: "#/properties/steps/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema94.properties.steps.items.properties.name.enum }, message: "must be equal to one of the allowed values", schema: schema94.properties.steps.items.properties.name.enum, parentSchema: schema94.properties.steps.items.properties.name, data: data12 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var valid8 = _errs30 === errors;
            }
            if (data11.startedAt !== void 0) {
              let data13 = data11.startedAt;
              const _errs31 = errors;
              const _errs32 = errors;
              const _errs33 = errors;
              if (typeof data13 == "number" && isFinite(data13)) {
              }
              if (typeof data13 === "string") {
                if (!formats0.validate(data13)) {
                  const err38 = { instancePath: instancePath + "/steps/" + i0 + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/steps/" + i0 + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data13 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var valid9 = _errs32 === errors;
              var valid8 = _errs31 === errors;
            }
            if (data11.finishedAt !== void 0) {
              let data14 = data11.finishedAt;
              const _errs34 = errors;
              const _errs35 = errors;
              const _errs36 = errors;
              if (typeof data14 == "number" && isFinite(data14)) {
              }
              if (typeof data14 === "string") {
                if (!formats0.validate(data14)) {
                  const err40 = { instancePath: instancePath + "/steps/" + i0 + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/steps/" + i0 + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data14 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var valid10 = _errs35 === errors;
              var valid8 = _errs34 === errors;
            }
            if (data11.durationMs !== void 0) {
              let data15 = data11.durationMs;
              const _errs37 = errors;
              const _errs38 = errors;
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 0 || isNaN(data15)) {
                  const err42 = { instancePath: instancePath + "/steps/" + i0 + "/durationMs", schemaPath: "#/properties/steps/items/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema94.properties.steps.items.properties.durationMs, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/steps/" + i0 + "/durationMs", schemaPath: "#/properties/steps/items/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema94.properties.steps.items.properties.durationMs.type, parentSchema: schema94.properties.steps.items.properties.durationMs, data: data15 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              var valid8 = _errs37 === errors;
            }
            if (data11.passed !== void 0) {
              let data16 = data11.passed;
              const _errs39 = errors;
              if (typeof data16 !== "boolean") {
                const err44 = { instancePath: instancePath + "/steps/" + i0 + "/passed", schemaPath: "#/properties/steps/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema94.properties.steps.items.properties.passed.type, parentSchema: schema94.properties.steps.items.properties.passed, data: data16 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              const _errs40 = errors;
              var valid8 = _errs39 === errors;
            }
            if (data11.commands !== void 0) {
              let data17 = data11.commands;
              const _errs41 = errors;
              const _errs42 = errors;
              if (Array.isArray(data17)) {
                let valid12 = true;
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data18 = data17[i1];
                  const _errs43 = errors;
                  if (!validate63(data18, { instancePath: instancePath + "/steps/" + i0 + "/commands/" + i1, parentData: data17, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid11 = _errs43 === errors;
                  if (!valid11) {
                    valid12 = false;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/steps/" + i0 + "/commands", schemaPath: "#/properties/steps/items/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.properties.steps.items.properties.commands.type, parentSchema: schema94.properties.steps.items.properties.commands, data: data17 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              var valid8 = _errs41 === errors;
            }
            if (data11.checks !== void 0) {
              let data19 = data11.checks;
              const _errs44 = errors;
              const _errs45 = errors;
              if (Array.isArray(data19)) {
                let valid14 = true;
                const len2 = data19.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data20 = data19[i2];
                  const _errs46 = errors;
                  if (!validate65(data20, { instancePath: instancePath + "/steps/" + i0 + "/checks/" + i2, parentData: data19, parentDataProperty: i2, rootData })) {
                    vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid13 = _errs46 === errors;
                  if (!valid13) {
                    valid14 = false;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/steps/" + i0 + "/checks", schemaPath: "#/properties/steps/items/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.properties.steps.items.properties.checks.type, parentSchema: schema94.properties.steps.items.properties.checks, data: data19 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              var valid8 = _errs44 === errors;
            }
            if (data11.message !== void 0) {
              let data21 = data11.message;
              const _errs47 = errors;
              if (typeof data21 !== "string") {
                const err47 = { instancePath: instancePath + "/steps/" + i0 + "/message", schemaPath: "#/properties/steps/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.steps.items.properties.message.type, parentSchema: schema94.properties.steps.items.properties.message, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              const _errs48 = errors;
              var valid8 = _errs47 === errors;
            }
          } else {
            const err48 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema94.properties.steps.items.type, parentSchema: schema94.properties.steps.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var valid6 = _errs27 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema94.properties.steps.type, parentSchema: schema94.properties.steps, data: data10 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema94.type, parentSchema: schema94, data };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
var validator8 = validate67;
var schema108 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/rollback-report.schema.json", "title": "A manual rollback (release-gate rollback)", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "rollback"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "rollback-report.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "type": "string" }, "rollback": { "$ref": "common.schema.json#/definitions/rollbackRecord" }, "rollbackApproval": { "type": "object", "description": "In GitHub Actions: who approved the rollback, from the same GitHub facts as a production approval.", "additionalProperties": false, "required": ["environment", "decision", "approver", "comment", "reason", "github"], "properties": { "environment": { "type": "string", "description": "The GitHub environment whose reviewers approve rollbacks (the rollback job's environment)." }, "decision": { "const": "approved" }, "approver": { "type": "string", "minLength": 1 }, "comment": { "type": ["string", "null"] }, "reason": { "type": "string" }, "github": { "$ref": "common.schema.json#/definitions/githubApproval" } } } } };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trigger === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.steps === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema25.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.trigger !== void 0) {
      let data0 = data.trigger;
      const _errs2 = errors;
      const vSchema0 = schema25.properties.trigger.enum;
      if (!(data0 === "deploy-failure" || data0 === "rollout-analysis" || data0 === "rollout-stopped" || data0 === "post-deployment-checks" || data0 === "health-breach" || data0 === "manual" || data0 === "rehearsal")) {
        const err8 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/enum", keyword: "enum", params: { allowedValues: schema25.properties.trigger.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.trigger.enum, parentSchema: schema25.properties.trigger, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      const _errs3 = errors;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.reason.type, parentSchema: schema25.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs4 = errors;
      var valid0 = _errs3 === errors;
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      const _errs5 = errors;
      if (typeof data2 !== "string" && data2 !== null) {
        const err10 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema25.properties.target.type }, message: "must be string,null", schema: schema25.properties.target.type, parentSchema: schema25.properties.target, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid0 = _errs10 === errors;
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      const _errs13 = errors;
      const vSchema1 = schema25.properties.status.enum;
      if (!(data5 === "success" || data5 === "failure" || data5 === "not-possible")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema25.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.status.enum, parentSchema: schema25.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.traffic !== void 0) {
      let data6 = data.traffic;
      const _errs14 = errors;
      const _errs15 = errors;
      if (Array.isArray(data6)) {
        let valid4 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs16 = errors;
          if (!validate17(data7, { instancePath: instancePath + "/traffic/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          } else {
          }
          var valid3 = _errs16 === errors;
          if (!valid3) {
            valid4 = false;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/traffic", schemaPath: "#/properties/traffic/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.traffic.type, parentSchema: schema25.properties.traffic, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.steps !== void 0) {
      let data8 = data.steps;
      const _errs17 = errors;
      const _errs18 = errors;
      if (Array.isArray(data8)) {
        let valid6 = true;
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          const _errs19 = errors;
          const _errs20 = errors;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.service === void 0) {
              const err17 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.exec === void 0) {
              const err18 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "exec" }, message: "must have required property 'exec'", schema: schema25.properties.steps.items.required, parentSchema: schema25.properties.steps.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs21 = errors;
            for (const key1 in data9) {
              if (!(key1 === "service" || key1 === "exec")) {
                const err19 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.steps.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.service !== void 0) {
              let data10 = data9.service;
              const _errs22 = errors;
              if (typeof data10 !== "string") {
                const err20 = { instancePath: instancePath + "/steps/" + i1 + "/service", schemaPath: "#/properties/steps/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.steps.items.properties.service.type, parentSchema: schema25.properties.steps.items.properties.service, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const _errs23 = errors;
              var valid7 = _errs22 === errors;
            }
            if (data9.exec !== void 0) {
              let data11 = data9.exec;
              const _errs24 = errors;
              if (!validate19(data11, { instancePath: instancePath + "/steps/" + i1 + "/exec", parentData: data9, parentDataProperty: "exec", rootData })) {
                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                errors = vErrors.length;
              } else {
              }
              var valid7 = _errs24 === errors;
            }
          } else {
            const err21 = { instancePath: instancePath + "/steps/" + i1, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.steps.items.type, parentSchema: schema25.properties.steps.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var valid5 = _errs19 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.steps.type, parentSchema: schema25.properties.steps, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs17 === errors;
    }
    if (data.switchBack !== void 0) {
      let data12 = data.switchBack;
      const _errs25 = errors;
      const _errs26 = errors;
      if (Array.isArray(data12)) {
        let valid9 = true;
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          const _errs27 = errors;
          if (!validate21(data13, { instancePath: instancePath + "/switchBack/" + i2, parentData: data12, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          } else {
          }
          var valid8 = _errs27 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/switchBack", schemaPath: "#/properties/switchBack/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.switchBack.type, parentSchema: schema25.properties.switchBack, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.rollback === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollback" }, message: "must have required property 'rollback'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "schemaVersion" || key0 === "artifact" || key0 === "tag" || key0 === "generatedAt" || key0 === "environment" || key0 === "rollback" || key0 === "rollbackApproval")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err7 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("rollback-report.json" !== data1) {
        const err8 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "rollback-report.json" }, message: "must be equal to constant", schema: "rollback-report.json", parentSchema: schema108.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err9 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err12 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.environment.type, parentSchema: schema108.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.rollback !== void 0) {
      let data5 = data.rollback;
      const _errs13 = errors;
      if (!validate68(data5, { instancePath: instancePath + "/rollback", parentData: data, parentDataProperty: "rollback", rootData })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs13 === errors;
    }
    if (data.rollbackApproval !== void 0) {
      let data6 = data.rollbackApproval;
      const _errs14 = errors;
      const _errs15 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.environment === void 0) {
          const err15 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema108.properties.rollbackApproval.required, parentSchema: schema108.properties.rollbackApproval, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.decision === void 0) {
          const err16 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'", schema: schema108.properties.rollbackApproval.required, parentSchema: schema108.properties.rollbackApproval, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6.approver === void 0) {
          const err17 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema108.properties.rollbackApproval.required, parentSchema: schema108.properties.rollbackApproval, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.comment === void 0) {
          const err18 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema108.properties.rollbackApproval.required, parentSchema: schema108.properties.rollbackApproval, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data6.reason === void 0) {
          const err19 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema108.properties.rollbackApproval.required, parentSchema: schema108.properties.rollbackApproval, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data6.github === void 0) {
          const err20 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema108.properties.rollbackApproval.required, parentSchema: schema108.properties.rollbackApproval, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const _errs16 = errors;
        for (const key1 in data6) {
          if (!(key1 === "environment" || key1 === "decision" || key1 === "approver" || key1 === "comment" || key1 === "reason" || key1 === "github")) {
            const err21 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108.properties.rollbackApproval, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.environment !== void 0) {
          let data7 = data6.environment;
          const _errs17 = errors;
          if (typeof data7 !== "string") {
            const err22 = { instancePath: instancePath + "/rollbackApproval/environment", schemaPath: "#/properties/rollbackApproval/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.rollbackApproval.properties.environment.type, parentSchema: schema108.properties.rollbackApproval.properties.environment, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          const _errs18 = errors;
          var valid4 = _errs17 === errors;
        }
        if (data6.decision !== void 0) {
          let data8 = data6.decision;
          const _errs19 = errors;
          if ("approved" !== data8) {
            const err23 = { instancePath: instancePath + "/rollbackApproval/decision", schemaPath: "#/properties/rollbackApproval/properties/decision/const", keyword: "const", params: { allowedValue: "approved" }, message: "must be equal to constant", schema: "approved", parentSchema: schema108.properties.rollbackApproval.properties.decision, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          var valid4 = _errs19 === errors;
        }
        if (data6.approver !== void 0) {
          let data9 = data6.approver;
          const _errs20 = errors;
          const _errs21 = errors;
          if (typeof data9 === "string") {
            if (func3(data9) < 1) {
              const err24 = { instancePath: instancePath + "/rollbackApproval/approver", schemaPath: "#/properties/rollbackApproval/properties/approver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema108.properties.rollbackApproval.properties.approver, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/rollbackApproval/approver", schemaPath: "#/properties/rollbackApproval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.rollbackApproval.properties.approver.type, parentSchema: schema108.properties.rollbackApproval.properties.approver, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var valid4 = _errs20 === errors;
        }
        if (data6.comment !== void 0) {
          let data10 = data6.comment;
          const _errs22 = errors;
          if (typeof data10 !== "string" && data10 !== null) {
            const err26 = { instancePath: instancePath + "/rollbackApproval/comment", schemaPath: "#/properties/rollbackApproval/properties/comment/type", keyword: "type", params: { type: schema108.properties.rollbackApproval.properties.comment.type }, message: "must be string,null", schema: schema108.properties.rollbackApproval.properties.comment.type, parentSchema: schema108.properties.rollbackApproval.properties.comment, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          const _errs23 = errors;
          var valid4 = _errs22 === errors;
        }
        if (data6.reason !== void 0) {
          let data11 = data6.reason;
          const _errs24 = errors;
          if (typeof data11 !== "string") {
            const err27 = { instancePath: instancePath + "/rollbackApproval/reason", schemaPath: "#/properties/rollbackApproval/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.properties.rollbackApproval.properties.reason.type, parentSchema: schema108.properties.rollbackApproval.properties.reason, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          const _errs25 = errors;
          var valid4 = _errs24 === errors;
        }
        if (data6.github !== void 0) {
          let data12 = data6.github;
          const _errs26 = errors;
          const _errs27 = errors;
          const _errs28 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.repository === void 0) {
              const err28 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data12.runId === void 0) {
              const err29 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data12.runAttempt === void 0) {
              const err30 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data12.runUrl === void 0) {
              const err31 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runUrl" }, message: "must have required property 'runUrl'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data12.environment === void 0) {
              const err32 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data12.state === void 0) {
              const err33 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data12.approverId === void 0) {
              const err34 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "approverId" }, message: "must have required property 'approverId'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data12.triggeringActor === void 0) {
              const err35 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "triggeringActor" }, message: "must have required property 'triggeringActor'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data12.selfApproval === void 0) {
              const err36 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "selfApproval" }, message: "must have required property 'selfApproval'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data12.reviewersRequired === void 0) {
              const err37 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "reviewersRequired" }, message: "must have required property 'reviewersRequired'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data12.requiredReviewers === void 0) {
              const err38 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "requiredReviewers" }, message: "must have required property 'requiredReviewers'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data12.preventSelfReview === void 0) {
              const err39 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "preventSelfReview" }, message: "must have required property 'preventSelfReview'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data12.reviewersOptOut === void 0) {
              const err40 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "reviewersOptOut" }, message: "must have required property 'reviewersOptOut'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data12.runActors === void 0) {
              const err41 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "runActors" }, message: "must have required property 'runActors'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data12.reviews === void 0) {
              const err42 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/required", keyword: "required", params: { missingProperty: "reviews" }, message: "must have required property 'reviews'", schema: schema55.required, parentSchema: schema55, data: data12 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            const _errs29 = errors;
            for (const key2 in data12) {
              if (!func2.call(schema55.properties, key2)) {
                const err43 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data12 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data12.repository !== void 0) {
              let data13 = data12.repository;
              const _errs30 = errors;
              const _errs31 = errors;
              if (typeof data13 === "string") {
                if (!pattern0.test(data13)) {
                  const err44 = { instancePath: instancePath + "/rollbackApproval/github/repository", schemaPath: "common.schema.json#/definitions/githubApproval/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/]+/[^/]+$" }, message: 'must match pattern "^[^/]+/[^/]+$"', schema: "^[^/]+/[^/]+$", parentSchema: schema55.properties.repository, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/rollbackApproval/github/repository", schemaPath: "common.schema.json#/definitions/githubApproval/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.repository.type, parentSchema: schema55.properties.repository, data: data13 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              var valid6 = _errs30 === errors;
            }
            if (data12.runId !== void 0) {
              let data14 = data12.runId;
              const _errs32 = errors;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err46 = { instancePath: instancePath + "/rollbackApproval/github/runId", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.runId.type, parentSchema: schema55.properties.runId, data: data14 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              const _errs33 = errors;
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 1 || isNaN(data14)) {
                  const err47 = { instancePath: instancePath + "/rollbackApproval/github/runId", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema55.properties.runId, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
              var valid6 = _errs32 === errors;
            }
            if (data12.runAttempt !== void 0) {
              let data15 = data12.runAttempt;
              const _errs34 = errors;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err48 = { instancePath: instancePath + "/rollbackApproval/github/runAttempt", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.runAttempt.type, parentSchema: schema55.properties.runAttempt, data: data15 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              const _errs35 = errors;
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 1 || isNaN(data15)) {
                  const err49 = { instancePath: instancePath + "/rollbackApproval/github/runAttempt", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema55.properties.runAttempt, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              var valid6 = _errs34 === errors;
            }
            if (data12.runUrl !== void 0) {
              let data16 = data12.runUrl;
              const _errs36 = errors;
              const _errs37 = errors;
              if (typeof data16 == "number" && isFinite(data16)) {
              }
              if (typeof data16 === "string") {
                if (!formats40(data16)) {
                  const err50 = { instancePath: instancePath + "/rollbackApproval/github/runUrl", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema55.properties.runUrl, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/rollbackApproval/github/runUrl", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.runUrl.type, parentSchema: schema55.properties.runUrl, data: data16 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              var valid6 = _errs36 === errors;
            }
            if (data12.environment !== void 0) {
              let data17 = data12.environment;
              const _errs38 = errors;
              if (typeof data17 !== "string") {
                const err52 = { instancePath: instancePath + "/rollbackApproval/github/environment", schemaPath: "common.schema.json#/definitions/githubApproval/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.environment.type, parentSchema: schema55.properties.environment, data: data17 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              const _errs39 = errors;
              var valid6 = _errs38 === errors;
            }
            if (data12.state !== void 0) {
              let data18 = data12.state;
              const _errs40 = errors;
              const vSchema0 = schema55.properties.state.enum;
              if (!(data18 === "approved" || data18 === "rejected" || data18 === "pending" || data18 === null)) {
                const err53 = { instancePath: instancePath + "/rollbackApproval/github/state", schemaPath: "common.schema.json#/definitions/githubApproval/properties/state/enum", keyword: "enum", params: { allowedValues: schema55.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.state.enum, parentSchema: schema55.properties.state, data: data18 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              var valid6 = _errs40 === errors;
            }
            if (data12.approverId !== void 0) {
              let data19 = data12.approverId;
              const _errs41 = errors;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19)) && data19 !== null) {
                const err54 = { instancePath: instancePath + "/rollbackApproval/github/approverId", schemaPath: "common.schema.json#/definitions/githubApproval/properties/approverId/type", keyword: "type", params: { type: schema55.properties.approverId.type }, message: "must be integer,null", schema: schema55.properties.approverId.type, parentSchema: schema55.properties.approverId, data: data19 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              const _errs42 = errors;
              var valid6 = _errs41 === errors;
            }
            if (data12.triggeringActor !== void 0) {
              let data20 = data12.triggeringActor;
              const _errs43 = errors;
              if (typeof data20 !== "string") {
                const err55 = { instancePath: instancePath + "/rollbackApproval/github/triggeringActor", schemaPath: "common.schema.json#/definitions/githubApproval/properties/triggeringActor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.triggeringActor.type, parentSchema: schema55.properties.triggeringActor, data: data20 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              const _errs44 = errors;
              var valid6 = _errs43 === errors;
            }
            if (data12.runActors !== void 0) {
              let data21 = data12.runActors;
              const _errs45 = errors;
              const _errs46 = errors;
              if (Array.isArray(data21)) {
                let valid8 = true;
                const len0 = data21.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data22 = data21[i0];
                  const _errs47 = errors;
                  if (typeof data22 !== "string") {
                    const err56 = { instancePath: instancePath + "/rollbackApproval/github/runActors/" + i0, schemaPath: "common.schema.json#/definitions/githubApproval/properties/runActors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.runActors.items.type, parentSchema: schema55.properties.runActors.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                  const _errs48 = errors;
                  var valid7 = _errs47 === errors;
                  if (!valid7) {
                    valid8 = false;
                  }
                }
              } else {
                const err57 = { instancePath: instancePath + "/rollbackApproval/github/runActors", schemaPath: "common.schema.json#/definitions/githubApproval/properties/runActors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.runActors.type, parentSchema: schema55.properties.runActors, data: data21 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              var valid6 = _errs45 === errors;
            }
            if (data12.selfApproval !== void 0) {
              let data23 = data12.selfApproval;
              const _errs49 = errors;
              if (typeof data23 !== "boolean") {
                const err58 = { instancePath: instancePath + "/rollbackApproval/github/selfApproval", schemaPath: "common.schema.json#/definitions/githubApproval/properties/selfApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.selfApproval.type, parentSchema: schema55.properties.selfApproval, data: data23 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              const _errs50 = errors;
              var valid6 = _errs49 === errors;
            }
            if (data12.reviewersRequired !== void 0) {
              let data24 = data12.reviewersRequired;
              const _errs51 = errors;
              if (typeof data24 !== "boolean") {
                const err59 = { instancePath: instancePath + "/rollbackApproval/github/reviewersRequired", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviewersRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.reviewersRequired.type, parentSchema: schema55.properties.reviewersRequired, data: data24 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              const _errs52 = errors;
              var valid6 = _errs51 === errors;
            }
            if (data12.requiredReviewers !== void 0) {
              let data25 = data12.requiredReviewers;
              const _errs53 = errors;
              const _errs54 = errors;
              if (Array.isArray(data25)) {
                let valid10 = true;
                const len1 = data25.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data26 = data25[i1];
                  const _errs55 = errors;
                  const _errs56 = errors;
                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.type === void 0) {
                      const err60 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema55.properties.requiredReviewers.items.required, parentSchema: schema55.properties.requiredReviewers.items, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (data26.name === void 0) {
                      const err61 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema55.properties.requiredReviewers.items.required, parentSchema: schema55.properties.requiredReviewers.items, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    const _errs57 = errors;
                    for (const key3 in data26) {
                      if (!(key3 === "type" || key3 === "name")) {
                        const err62 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.requiredReviewers.items, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    if (data26.type !== void 0) {
                      let data27 = data26.type;
                      const _errs58 = errors;
                      if (typeof data27 !== "string") {
                        const err63 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers/" + i1 + "/type", schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.requiredReviewers.items.properties.type.type, parentSchema: schema55.properties.requiredReviewers.items.properties.type, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                      const _errs59 = errors;
                      var valid11 = _errs58 === errors;
                    }
                    if (data26.name !== void 0) {
                      let data28 = data26.name;
                      const _errs60 = errors;
                      if (typeof data28 !== "string") {
                        const err64 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers/" + i1 + "/name", schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.requiredReviewers.items.properties.name.type, parentSchema: schema55.properties.requiredReviewers.items.properties.name, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                      const _errs61 = errors;
                      var valid11 = _errs60 === errors;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers/" + i1, schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.requiredReviewers.items.type, parentSchema: schema55.properties.requiredReviewers.items, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  var valid9 = _errs55 === errors;
                  if (!valid9) {
                    valid10 = false;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/rollbackApproval/github/requiredReviewers", schemaPath: "common.schema.json#/definitions/githubApproval/properties/requiredReviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.requiredReviewers.type, parentSchema: schema55.properties.requiredReviewers, data: data25 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              var valid6 = _errs53 === errors;
            }
            if (data12.preventSelfReview !== void 0) {
              let data29 = data12.preventSelfReview;
              const _errs62 = errors;
              if (typeof data29 !== "boolean") {
                const err67 = { instancePath: instancePath + "/rollbackApproval/github/preventSelfReview", schemaPath: "common.schema.json#/definitions/githubApproval/properties/preventSelfReview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.preventSelfReview.type, parentSchema: schema55.properties.preventSelfReview, data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              const _errs63 = errors;
              var valid6 = _errs62 === errors;
            }
            if (data12.reviewersOptOut !== void 0) {
              let data30 = data12.reviewersOptOut;
              const _errs64 = errors;
              if (typeof data30 !== "boolean") {
                const err68 = { instancePath: instancePath + "/rollbackApproval/github/reviewersOptOut", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviewersOptOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema55.properties.reviewersOptOut.type, parentSchema: schema55.properties.reviewersOptOut, data: data30 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              const _errs65 = errors;
              var valid6 = _errs64 === errors;
            }
            if (data12.reviews !== void 0) {
              let data31 = data12.reviews;
              const _errs66 = errors;
              const _errs67 = errors;
              if (Array.isArray(data31)) {
                let valid13 = true;
                const len2 = data31.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data32 = data31[i2];
                  const _errs68 = errors;
                  const _errs69 = errors;
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.login === void 0) {
                      const err69 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data32.id === void 0) {
                      const err70 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (data32.state === void 0) {
                      const err71 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (data32.environments === void 0) {
                      const err72 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (data32.comment === void 0) {
                      const err73 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property 'comment'", schema: schema55.properties.reviews.items.required, parentSchema: schema55.properties.reviews.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    const _errs70 = errors;
                    for (const key4 in data32) {
                      if (!(key4 === "login" || key4 === "id" || key4 === "state" || key4 === "environments" || key4 === "comment")) {
                        const err74 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55.properties.reviews.items, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    if (data32.login !== void 0) {
                      let data33 = data32.login;
                      const _errs71 = errors;
                      if (typeof data33 !== "string") {
                        const err75 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2 + "/login", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.reviews.items.properties.login.type, parentSchema: schema55.properties.reviews.items.properties.login, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                      const _errs72 = errors;
                      var valid14 = _errs71 === errors;
                    }
                    if (data32.id !== void 0) {
                      let data34 = data32.id;
                      const _errs73 = errors;
                      if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                        const err76 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2 + "/id", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.reviews.items.properties.id.type, parentSchema: schema55.properties.reviews.items.properties.id, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                      const _errs74 = errors;
                      var valid14 = _errs73 === errors;
                    }
                    if (data32.state !== void 0) {
                      let data35 = data32.state;
                      const _errs75 = errors;
                      const vSchema1 = schema55.properties.reviews.items.properties.state.enum;
                      if (!(data35 === "approved" || data35 === "rejected" || data35 === "pending")) {
                        const err77 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2 + "/state", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema55.properties.reviews.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.reviews.items.properties.state.enum, parentSchema: schema55.properties.reviews.items.properties.state, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                      var valid14 = _errs75 === errors;
                    }
                    if (data32.environments !== void 0) {
                      let data36 = data32.environments;
                      const _errs76 = errors;
                      const _errs77 = errors;
                      if (Array.isArray(data36)) {
                        let valid16 = true;
                        const len3 = data36.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data37 = data36[i3];
                          const _errs78 = errors;
                          if (typeof data37 !== "string") {
                            const err78 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2 + "/environments/" + i3, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.reviews.items.properties.environments.items.type, parentSchema: schema55.properties.reviews.items.properties.environments.items, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                          const _errs79 = errors;
                          var valid15 = _errs78 === errors;
                          if (!valid15) {
                            valid16 = false;
                          }
                        }
                      } else {
                        const err79 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2 + "/environments", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.reviews.items.properties.environments.type, parentSchema: schema55.properties.reviews.items.properties.environments, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                      var valid14 = _errs76 === errors;
                    }
                    if (data32.comment !== void 0) {
                      let data38 = data32.comment;
                      const _errs80 = errors;
                      if (typeof data38 !== "string") {
                        const err80 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2 + "/comment", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.reviews.items.properties.comment.type, parentSchema: schema55.properties.reviews.items.properties.comment, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                      const _errs81 = errors;
                      var valid14 = _errs80 === errors;
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/rollbackApproval/github/reviews/" + i2, schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.reviews.items.type, parentSchema: schema55.properties.reviews.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  var valid12 = _errs68 === errors;
                  if (!valid12) {
                    valid13 = false;
                  }
                }
              } else {
                const err82 = { instancePath: instancePath + "/rollbackApproval/github/reviews", schemaPath: "common.schema.json#/definitions/githubApproval/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.reviews.type, parentSchema: schema55.properties.reviews, data: data31 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              var valid6 = _errs66 === errors;
            }
          } else {
            const err83 = { instancePath: instancePath + "/rollbackApproval/github", schemaPath: "common.schema.json#/definitions/githubApproval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data12 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          var valid5 = _errs27 === errors;
          var valid4 = _errs26 === errors;
        }
      } else {
        const err84 = { instancePath: instancePath + "/rollbackApproval", schemaPath: "#/properties/rollbackApproval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.properties.rollbackApproval.type, parentSchema: schema108.properties.rollbackApproval, data: data6 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
  } else {
    const err85 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.type, parentSchema: schema108, data };
    if (vErrors === null) {
      vErrors = [err85];
    } else {
      vErrors.push(err85);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
var validator9 = validate73;
var schema116 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/staging-deployment-report.schema.json", "title": "Phase 2: staging deployment report", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "startedAt", "finishedAt", "passed", "services"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "staging-deployment-report.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "const": "staging" }, "startedAt": { "$ref": "common.schema.json#/definitions/time" }, "finishedAt": { "$ref": "common.schema.json#/definitions/time" }, "passed": { "type": "boolean" }, "services": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/serviceDeployment" } } } };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.service === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deploy === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deploy" }, message: "must have required property 'deploy'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verify === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verify" }, message: "must have required property 'verify'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "service" || key0 === "status" || key0 === "deploy" || key0 === "verify" || key0 === "rollout")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data0 = data.service;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.service.type, parentSchema: schema62.properties.service, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      const _errs4 = errors;
      const vSchema0 = schema62.properties.status.enum;
      if (!(data1 === "deployed" || data1 === "failed" || data1 === "not-started")) {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema62.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.status.enum, parentSchema: schema62.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.deploy !== void 0) {
      let data2 = data.deploy;
      const _errs5 = errors;
      const _errs6 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (!validate19(data2, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (data2 !== null) {
        const err7 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema62.properties.deploy.oneOf[1].type, parentSchema: schema62.properties.deploy.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _errs9 = errors;
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema62.properties.deploy.oneOf, parentSchema: schema62.properties.deploy, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs5 === errors;
    }
    if (data.verify !== void 0) {
      let data3 = data.verify;
      const _errs10 = errors;
      const _errs11 = errors;
      let valid2 = false;
      let passing1 = null;
      const _errs12 = errors;
      if (!validate19(data3, { instancePath: instancePath + "/verify", parentData: data, parentDataProperty: "verify", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      } else {
      }
      var _valid1 = _errs12 === errors;
      if (_valid1) {
        valid2 = true;
        passing1 = 0;
      }
      const _errs13 = errors;
      if (data3 !== null) {
        const err9 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema62.properties.verify.oneOf[1].type, parentSchema: schema62.properties.verify.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs14 = errors;
      var _valid1 = _errs13 === errors;
      if (_valid1 && valid2) {
        valid2 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid2 = true;
          passing1 = 1;
        }
      }
      if (!valid2) {
        const err10 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema62.properties.verify.oneOf, parentSchema: schema62.properties.verify, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs10 === errors;
    }
    if (data.rollout !== void 0) {
      let data4 = data.rollout;
      const _errs15 = errors;
      if (!validate41(data4, { instancePath: instancePath + "/rollout", parentData: data, parentDataProperty: "rollout", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs15 === errors;
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema116.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err10 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("staging-deployment-report.json" !== data1) {
        const err11 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "staging-deployment-report.json" }, message: "must be equal to constant", schema: "staging-deployment-report.json", parentSchema: schema116.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err12 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err13 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err15 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if ("staging" !== data4) {
        const err17 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/const", keyword: "const", params: { allowedValue: "staging" }, message: "must be equal to constant", schema: "staging", parentSchema: schema116.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs11 === errors;
    }
    if (data.startedAt !== void 0) {
      let data5 = data.startedAt;
      const _errs12 = errors;
      const _errs13 = errors;
      const _errs14 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
      }
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err18 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/startedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid4 = _errs13 === errors;
      var valid0 = _errs12 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data6 = data.finishedAt;
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (typeof data6 == "number" && isFinite(data6)) {
      }
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err20 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/finishedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid5 = _errs16 === errors;
      var valid0 = _errs15 === errors;
    }
    if (data.passed !== void 0) {
      let data7 = data.passed;
      const _errs18 = errors;
      if (typeof data7 !== "boolean") {
        const err22 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema116.properties.passed.type, parentSchema: schema116.properties.passed, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs19 = errors;
      var valid0 = _errs18 === errors;
    }
    if (data.services !== void 0) {
      let data8 = data.services;
      const _errs20 = errors;
      const _errs21 = errors;
      if (Array.isArray(data8)) {
        let valid7 = true;
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          const _errs22 = errors;
          if (!validate74(data9, { instancePath: instancePath + "/services/" + i0, parentData: data8, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          } else {
          }
          var valid6 = _errs22 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema116.properties.services.type, parentSchema: schema116.properties.services, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid0 = _errs20 === errors;
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
var validator10 = validate79;
var schema123 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/uat-confirmation.schema.json", "title": "Phase 2: user acceptance confirmation", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "generatedAt", "environment", "required", "status", "passed", "signedOffBy", "recordedAt", "basis"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "const": "uat-confirmation.json" }, "tag": { "$ref": "common.schema.json#/definitions/tag" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "environment": { "const": "staging" }, "required": { "type": "boolean" }, "status": { "enum": ["automated-pass", "automated-fail", "signed-off", "missing"] }, "passed": { "type": "boolean" }, "signedOffBy": { "type": ["string", "null"] }, "recordedAt": { "$ref": "common.schema.json#/definitions/time" }, "basis": { "type": "string" } } };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.required === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.signedOffBy === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signedOffBy" }, message: "must have required property 'signedOffBy'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.recordedAt === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recordedAt" }, message: "must have required property 'recordedAt'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.basis === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'", schema: schema123.required, parentSchema: schema123, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema123.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema123, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err12 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      if ("uat-confirmation.json" !== data1) {
        const err13 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/const", keyword: "const", params: { allowedValue: "uat-confirmation.json" }, message: "must be equal to constant", schema: "uat-confirmation.json", parentSchema: schema123.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err14 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err15 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data3 = data.generatedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err17 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      const _errs11 = errors;
      if ("staging" !== data4) {
        const err19 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/const", keyword: "const", params: { allowedValue: "staging" }, message: "must be equal to constant", schema: "staging", parentSchema: schema123.properties.environment, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid0 = _errs11 === errors;
    }
    if (data.required !== void 0) {
      let data5 = data.required;
      const _errs12 = errors;
      if (typeof data5 !== "boolean") {
        const err20 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema123.properties.required.type, parentSchema: schema123.properties.required, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs13 = errors;
      var valid0 = _errs12 === errors;
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      const _errs14 = errors;
      const vSchema0 = schema123.properties.status.enum;
      if (!(data6 === "automated-pass" || data6 === "automated-fail" || data6 === "signed-off" || data6 === "missing")) {
        const err21 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema123.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema123.properties.status.enum, parentSchema: schema123.properties.status, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.passed !== void 0) {
      let data7 = data.passed;
      const _errs15 = errors;
      if (typeof data7 !== "boolean") {
        const err22 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema123.properties.passed.type, parentSchema: schema123.properties.passed, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs16 = errors;
      var valid0 = _errs15 === errors;
    }
    if (data.signedOffBy !== void 0) {
      let data8 = data.signedOffBy;
      const _errs17 = errors;
      if (typeof data8 !== "string" && data8 !== null) {
        const err23 = { instancePath: instancePath + "/signedOffBy", schemaPath: "#/properties/signedOffBy/type", keyword: "type", params: { type: schema123.properties.signedOffBy.type }, message: "must be string,null", schema: schema123.properties.signedOffBy.type, parentSchema: schema123.properties.signedOffBy, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.recordedAt !== void 0) {
      let data9 = data.recordedAt;
      const _errs19 = errors;
      const _errs20 = errors;
      const _errs21 = errors;
      if (typeof data9 == "number" && isFinite(data9)) {
      }
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err24 = { instancePath: instancePath + "/recordedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/recordedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid4 = _errs20 === errors;
      var valid0 = _errs19 === errors;
    }
    if (data.basis !== void 0) {
      let data10 = data.basis;
      const _errs22 = errors;
      if (typeof data10 !== "string") {
        const err26 = { instancePath: instancePath + "/basis", schemaPath: "#/properties/basis/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema123.properties.basis.type, parentSchema: schema123.properties.basis, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs23 = errors;
      var valid0 = _errs22 === errors;
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema123.type, parentSchema: schema123, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
var validator11 = validate80;
var schema128 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://release-gate.dev/schemas/evidence/validation-results.schema.json", "title": "Validation results: staging-validation-results.json (Phase 2) and post-deployment-validation.json (Phase 3)", "description": "Written by `release-gate validate` / `release-gate collect-perf` or by a user's own script; the engine merges command records into it.", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "artifact", "tag", "environment", "generatedAt", "passed", "commands", "checks"], "properties": { "schemaVersion": { "$ref": "common.schema.json#/definitions/schemaVersion" }, "artifact": { "enum": ["staging-validation-results.json", "post-deployment-validation.json"] }, "tag": { "oneOf": [{ "$ref": "common.schema.json#/definitions/tag" }, { "type": "null" }] }, "environment": { "type": "string" }, "generatedAt": { "$ref": "common.schema.json#/definitions/time" }, "passed": { "type": "boolean" }, "commands": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/execRecord" } }, "checks": { "type": "array", "items": { "$ref": "common.schema.json#/definitions/checkResult" } }, "perf": { "type": "object", "additionalProperties": false, "required": ["targets", "errorRate", "availability"], "properties": { "errorRate": { "type": "number", "minimum": 0, "maximum": 1 }, "availability": { "type": "number", "minimum": 0, "maximum": 1 }, "targets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "url", "requests", "errors", "errorRate", "availability", "latencyMs"], "properties": { "id": { "type": "string" }, "url": { "type": "string" }, "requests": { "type": "integer", "minimum": 0 }, "errors": { "type": "integer", "minimum": 0 }, "errorRate": { "type": "number", "minimum": 0, "maximum": 1 }, "availability": { "type": "number", "minimum": 0, "maximum": 1 }, "latencyMs": { "type": "object", "additionalProperties": false, "required": ["p50", "p95", "p99", "max", "mean"], "properties": { "p50": { "type": "number", "minimum": 0 }, "p95": { "type": "number", "minimum": 0 }, "p99": { "type": "number", "minimum": 0 }, "max": { "type": "number", "minimum": 0 }, "mean": { "type": "number", "minimum": 0 } } } } } } } } } };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.argv === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.exitCode === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timedOut === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timedOut" }, message: "must have required property 'timedOut'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.error === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.stdoutTail === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stdoutTail" }, message: "must have required property 'stdoutTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.stderrTail === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stderrTail" }, message: "must have required property 'stderrTail'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.outputBytes === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputBytes" }, message: "must have required property 'outputBytes'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.outputTruncated === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputTruncated" }, message: "must have required property 'outputTruncated'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema32.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.argv !== void 0) {
      let data1 = data.argv;
      const _errs4 = errors;
      const _errs5 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err16 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.argv, data: data1 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let valid2 = true;
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs6 = errors;
          if (typeof data2 !== "string") {
            const err17 = { instancePath: instancePath + "/argv/" + i0, schemaPath: "#/properties/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.argv.items.type, parentSchema: schema32.properties.argv.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const _errs7 = errors;
          var valid1 = _errs6 === errors;
          if (!valid1) {
            valid2 = false;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/argv", schemaPath: "#/properties/argv/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.argv.type, parentSchema: schema32.properties.argv, data: data1 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err19 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err21 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid4 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.durationMs !== void 0) {
      let data5 = data.durationMs;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.durationMs, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.durationMs.type, parentSchema: schema32.properties.durationMs, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.exitCode !== void 0) {
      let data6 = data.exitCode;
      const _errs16 = errors;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err25 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema32.properties.exitCode.type }, message: "must be integer,null", schema: schema32.properties.exitCode.type, parentSchema: schema32.properties.exitCode, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      const _errs17 = errors;
      var valid0 = _errs16 === errors;
    }
    if (data.signal !== void 0) {
      let data7 = data.signal;
      const _errs18 = errors;
      if (typeof data7 !== "string" && data7 !== null) {
        const err26 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: schema32.properties.signal.type }, message: "must be string,null", schema: schema32.properties.signal.type, parentSchema: schema32.properties.signal, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs19 = errors;
      var valid0 = _errs18 === errors;
    }
    if (data.timedOut !== void 0) {
      let data8 = data.timedOut;
      const _errs20 = errors;
      if (typeof data8 !== "boolean") {
        const err27 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.timedOut.type, parentSchema: schema32.properties.timedOut, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      const _errs21 = errors;
      var valid0 = _errs20 === errors;
    }
    if (data.status !== void 0) {
      let data9 = data.status;
      const _errs22 = errors;
      const vSchema0 = schema32.properties.status.enum;
      if (!(data9 === "success" || data9 === "failure" || data9 === "timeout" || data9 === "error")) {
        const err28 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.status.enum, parentSchema: schema32.properties.status, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.error !== void 0) {
      let data10 = data.error;
      const _errs23 = errors;
      if (typeof data10 !== "string" && data10 !== null) {
        const err29 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema32.properties.error.type }, message: "must be string,null", schema: schema32.properties.error.type, parentSchema: schema32.properties.error, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      const _errs24 = errors;
      var valid0 = _errs23 === errors;
    }
    if (data.stdoutTail !== void 0) {
      let data11 = data.stdoutTail;
      const _errs25 = errors;
      if (typeof data11 !== "string") {
        const err30 = { instancePath: instancePath + "/stdoutTail", schemaPath: "#/properties/stdoutTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stdoutTail.type, parentSchema: schema32.properties.stdoutTail, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid0 = _errs25 === errors;
    }
    if (data.stderrTail !== void 0) {
      let data12 = data.stderrTail;
      const _errs27 = errors;
      if (typeof data12 !== "string") {
        const err31 = { instancePath: instancePath + "/stderrTail", schemaPath: "#/properties/stderrTail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.stderrTail.type, parentSchema: schema32.properties.stderrTail, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      const _errs28 = errors;
      var valid0 = _errs27 === errors;
    }
    if (data.outputBytes !== void 0) {
      let data13 = data.outputBytes;
      const _errs29 = errors;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err32 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.outputBytes.type, parentSchema: schema32.properties.outputBytes, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      const _errs30 = errors;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err33 = { instancePath: instancePath + "/outputBytes", schemaPath: "#/properties/outputBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.outputBytes, data: data13 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      var valid0 = _errs29 === errors;
    }
    if (data.outputTruncated !== void 0) {
      let data14 = data.outputTruncated;
      const _errs31 = errors;
      if (typeof data14 !== "boolean") {
        const err34 = { instancePath: instancePath + "/outputTruncated", schemaPath: "#/properties/outputTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.outputTruncated.type, parentSchema: schema32.properties.outputTruncated, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      const _errs32 = errors;
      var valid0 = _errs31 === errors;
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.durationMs === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema105.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      const _errs2 = errors;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.id.type, parentSchema: schema105.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs3 = errors;
      var valid0 = _errs2 === errors;
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      const _errs4 = errors;
      const vSchema0 = schema105.properties.kind.enum;
      if (!(data1 === "http" || data1 === "command")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema105.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema105.properties.kind.enum, parentSchema: schema105.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.passed !== void 0) {
      let data2 = data.passed;
      const _errs5 = errors;
      if (typeof data2 !== "boolean") {
        const err10 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema105.properties.passed.type, parentSchema: schema105.properties.passed, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs6 = errors;
      var valid0 = _errs5 === errors;
    }
    if (data.startedAt !== void 0) {
      let data3 = data.startedAt;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
      }
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err11 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
    if (data.finishedAt !== void 0) {
      let data4 = data.finishedAt;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err13 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid0 = _errs10 === errors;
    }
    if (data.durationMs !== void 0) {
      let data5 = data.durationMs;
      const _errs13 = errors;
      const _errs14 = errors;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema105.properties.durationMs, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema105.properties.durationMs.type, parentSchema: schema105.properties.durationMs, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.message !== void 0) {
      let data6 = data.message;
      const _errs15 = errors;
      if (typeof data6 !== "string") {
        const err17 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.message.type, parentSchema: schema105.properties.message, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      const _errs16 = errors;
      var valid0 = _errs15 === errors;
    }
    if (data.url !== void 0) {
      let data7 = data.url;
      const _errs17 = errors;
      if (typeof data7 !== "string") {
        const err18 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.url.type, parentSchema: schema105.properties.url, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.status !== void 0) {
      let data8 = data.status;
      const _errs19 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema105.properties.status.type }, message: "must be integer,null", schema: schema105.properties.status.type, parentSchema: schema105.properties.status, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs20 = errors;
      var valid0 = _errs19 === errors;
    }
    if (data.latencyMs !== void 0) {
      let data9 = data.latencyMs;
      const _errs21 = errors;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        const err20 = { instancePath: instancePath + "/latencyMs", schemaPath: "#/properties/latencyMs/type", keyword: "type", params: { type: schema105.properties.latencyMs.type }, message: "must be number,null", schema: schema105.properties.latencyMs.type, parentSchema: schema105.properties.latencyMs, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs22 = errors;
      var valid0 = _errs21 === errors;
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.type, parentSchema: schema105, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.commands === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property 'commands'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema128.required, parentSchema: schema128, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func2.call(schema128.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema128, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      const _errs2 = errors;
      const _errs3 = errors;
      if (1 !== data0) {
        const err9 = { instancePath: instancePath + "/schemaVersion", schemaPath: "common.schema.json#/definitions/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      const _errs4 = errors;
      const vSchema0 = schema128.properties.artifact.enum;
      if (!(data1 === "staging-validation-results.json" || data1 === "post-deployment-validation.json")) {
        const err10 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/enum", keyword: "enum", params: { allowedValues: schema128.properties.artifact.enum }, message: "must be equal to one of the allowed values", schema: schema128.properties.artifact.enum, parentSchema: schema128.properties.artifact, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.tag !== void 0) {
      let data2 = data.tag;
      const _errs5 = errors;
      const _errs6 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs7 = errors;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err11 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err12 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/tag", schemaPath: "common.schema.json#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid3 = _errs8 === errors;
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data2 !== null) {
        const err14 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema128.properties.tag.oneOf[1].type, parentSchema: schema128.properties.tag.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs11 = errors;
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err15 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema128.properties.tag.oneOf, parentSchema: schema128.properties.tag, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs5 === errors;
    }
    if (data.environment !== void 0) {
      let data3 = data.environment;
      const _errs12 = errors;
      if (typeof data3 !== "string") {
        const err16 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.properties.environment.type, parentSchema: schema128.properties.environment, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs13 = errors;
      var valid0 = _errs12 === errors;
    }
    if (data.generatedAt !== void 0) {
      let data4 = data.generatedAt;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data4 == "number" && isFinite(data4)) {
      }
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err17 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/generatedAt", schemaPath: "common.schema.json#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid4 = _errs15 === errors;
      var valid0 = _errs14 === errors;
    }
    if (data.passed !== void 0) {
      let data5 = data.passed;
      const _errs17 = errors;
      if (typeof data5 !== "boolean") {
        const err19 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema128.properties.passed.type, parentSchema: schema128.properties.passed, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid0 = _errs17 === errors;
    }
    if (data.commands !== void 0) {
      let data6 = data.commands;
      const _errs19 = errors;
      const _errs20 = errors;
      if (Array.isArray(data6)) {
        let valid6 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs21 = errors;
          if (!validate81(data7, { instancePath: instancePath + "/commands/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
            errors = vErrors.length;
          } else {
          }
          var valid5 = _errs21 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema128.properties.commands.type, parentSchema: schema128.properties.commands, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid0 = _errs19 === errors;
    }
    if (data.checks !== void 0) {
      let data8 = data.checks;
      const _errs22 = errors;
      const _errs23 = errors;
      if (Array.isArray(data8)) {
        let valid8 = true;
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          const _errs24 = errors;
          if (!validate83(data9, { instancePath: instancePath + "/checks/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
            errors = vErrors.length;
          } else {
          }
          var valid7 = _errs24 === errors;
          if (!valid7) {
            valid8 = false;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema128.properties.checks.type, parentSchema: schema128.properties.checks, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid0 = _errs22 === errors;
    }
    if (data.perf !== void 0) {
      let data10 = data.perf;
      const _errs25 = errors;
      const _errs26 = errors;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.targets === void 0) {
          const err22 = { instancePath: instancePath + "/perf", schemaPath: "#/properties/perf/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema128.properties.perf.required, parentSchema: schema128.properties.perf, data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data10.errorRate === void 0) {
          const err23 = { instancePath: instancePath + "/perf", schemaPath: "#/properties/perf/required", keyword: "required", params: { missingProperty: "errorRate" }, message: "must have required property 'errorRate'", schema: schema128.properties.perf.required, parentSchema: schema128.properties.perf, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data10.availability === void 0) {
          const err24 = { instancePath: instancePath + "/perf", schemaPath: "#/properties/perf/required", keyword: "required", params: { missingProperty: "availability" }, message: "must have required property 'availability'", schema: schema128.properties.perf.required, parentSchema: schema128.properties.perf, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const _errs27 = errors;
        for (const key1 in data10) {
          if (!(key1 === "errorRate" || key1 === "availability" || key1 === "targets")) {
            const err25 = { instancePath: instancePath + "/perf", schemaPath: "#/properties/perf/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema128.properties.perf, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.errorRate !== void 0) {
          let data11 = data10.errorRate;
          const _errs28 = errors;
          const _errs29 = errors;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 1 || isNaN(data11)) {
              const err26 = { instancePath: instancePath + "/perf/errorRate", schemaPath: "#/properties/perf/properties/errorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema128.properties.perf.properties.errorRate, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/perf/errorRate", schemaPath: "#/properties/perf/properties/errorRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.errorRate, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/perf/errorRate", schemaPath: "#/properties/perf/properties/errorRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.errorRate.type, parentSchema: schema128.properties.perf.properties.errorRate, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var valid9 = _errs28 === errors;
        }
        if (data10.availability !== void 0) {
          let data12 = data10.availability;
          const _errs30 = errors;
          const _errs31 = errors;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 1 || isNaN(data12)) {
              const err29 = { instancePath: instancePath + "/perf/availability", schemaPath: "#/properties/perf/properties/availability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema128.properties.perf.properties.availability, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data12 < 0 || isNaN(data12)) {
              const err30 = { instancePath: instancePath + "/perf/availability", schemaPath: "#/properties/perf/properties/availability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.availability, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/perf/availability", schemaPath: "#/properties/perf/properties/availability/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.availability.type, parentSchema: schema128.properties.perf.properties.availability, data: data12 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var valid9 = _errs30 === errors;
        }
        if (data10.targets !== void 0) {
          let data13 = data10.targets;
          const _errs32 = errors;
          const _errs33 = errors;
          if (Array.isArray(data13)) {
            let valid11 = true;
            const len2 = data13.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data14 = data13[i2];
              const _errs34 = errors;
              const _errs35 = errors;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.id === void 0) {
                  const err32 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data14.url === void 0) {
                  const err33 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data14.requests === void 0) {
                  const err34 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data14.errors === void 0) {
                  const err35 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data14.errorRate === void 0) {
                  const err36 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "errorRate" }, message: "must have required property 'errorRate'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data14.availability === void 0) {
                  const err37 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "availability" }, message: "must have required property 'availability'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data14.latencyMs === void 0) {
                  const err38 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/required", keyword: "required", params: { missingProperty: "latencyMs" }, message: "must have required property 'latencyMs'", schema: schema128.properties.perf.properties.targets.items.required, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                const _errs36 = errors;
                for (const key2 in data14) {
                  if (!(key2 === "id" || key2 === "url" || key2 === "requests" || key2 === "errors" || key2 === "errorRate" || key2 === "availability" || key2 === "latencyMs")) {
                    const err39 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data14.id !== void 0) {
                  let data15 = data14.id;
                  const _errs37 = errors;
                  if (typeof data15 !== "string") {
                    const err40 = { instancePath: instancePath + "/perf/targets/" + i2 + "/id", schemaPath: "#/properties/perf/properties/targets/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.properties.perf.properties.targets.items.properties.id.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.id, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  const _errs38 = errors;
                  var valid12 = _errs37 === errors;
                }
                if (data14.url !== void 0) {
                  let data16 = data14.url;
                  const _errs39 = errors;
                  if (typeof data16 !== "string") {
                    const err41 = { instancePath: instancePath + "/perf/targets/" + i2 + "/url", schemaPath: "#/properties/perf/properties/targets/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema128.properties.perf.properties.targets.items.properties.url.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.url, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  const _errs40 = errors;
                  var valid12 = _errs39 === errors;
                }
                if (data14.requests !== void 0) {
                  let data17 = data14.requests;
                  const _errs41 = errors;
                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                    const err42 = { instancePath: instancePath + "/perf/targets/" + i2 + "/requests", schemaPath: "#/properties/perf/properties/targets/items/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema128.properties.perf.properties.targets.items.properties.requests.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.requests, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  const _errs42 = errors;
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 < 0 || isNaN(data17)) {
                      const err43 = { instancePath: instancePath + "/perf/targets/" + i2 + "/requests", schemaPath: "#/properties/perf/properties/targets/items/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.requests, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                  var valid12 = _errs41 === errors;
                }
                if (data14.errors !== void 0) {
                  let data18 = data14.errors;
                  const _errs43 = errors;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err44 = { instancePath: instancePath + "/perf/targets/" + i2 + "/errors", schemaPath: "#/properties/perf/properties/targets/items/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema128.properties.perf.properties.targets.items.properties.errors.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.errors, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  const _errs44 = errors;
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 < 0 || isNaN(data18)) {
                      const err45 = { instancePath: instancePath + "/perf/targets/" + i2 + "/errors", schemaPath: "#/properties/perf/properties/targets/items/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.errors, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  var valid12 = _errs43 === errors;
                }
                if (data14.errorRate !== void 0) {
                  let data19 = data14.errorRate;
                  const _errs45 = errors;
                  const _errs46 = errors;
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 > 1 || isNaN(data19)) {
                      const err46 = { instancePath: instancePath + "/perf/targets/" + i2 + "/errorRate", schemaPath: "#/properties/perf/properties/targets/items/properties/errorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema128.properties.perf.properties.targets.items.properties.errorRate, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    if (data19 < 0 || isNaN(data19)) {
                      const err47 = { instancePath: instancePath + "/perf/targets/" + i2 + "/errorRate", schemaPath: "#/properties/perf/properties/targets/items/properties/errorRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.errorRate, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/perf/targets/" + i2 + "/errorRate", schemaPath: "#/properties/perf/properties/targets/items/properties/errorRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.errorRate.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.errorRate, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  var valid12 = _errs45 === errors;
                }
                if (data14.availability !== void 0) {
                  let data20 = data14.availability;
                  const _errs47 = errors;
                  const _errs48 = errors;
                  if (typeof data20 == "number" && isFinite(data20)) {
                    if (data20 > 1 || isNaN(data20)) {
                      const err49 = { instancePath: instancePath + "/perf/targets/" + i2 + "/availability", schemaPath: "#/properties/perf/properties/targets/items/properties/availability/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema128.properties.perf.properties.targets.items.properties.availability, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (data20 < 0 || isNaN(data20)) {
                      const err50 = { instancePath: instancePath + "/perf/targets/" + i2 + "/availability", schemaPath: "#/properties/perf/properties/targets/items/properties/availability/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.availability, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/perf/targets/" + i2 + "/availability", schemaPath: "#/properties/perf/properties/targets/items/properties/availability/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.availability.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.availability, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  var valid12 = _errs47 === errors;
                }
                if (data14.latencyMs !== void 0) {
                  let data21 = data14.latencyMs;
                  const _errs49 = errors;
                  const _errs50 = errors;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    if (data21.p50 === void 0) {
                      const err52 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p50" }, message: "must have required property 'p50'", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.required, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (data21.p95 === void 0) {
                      const err53 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.required, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (data21.p99 === void 0) {
                      const err54 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.required, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    if (data21.max === void 0) {
                      const err55 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.required, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    if (data21.mean === void 0) {
                      const err56 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.required, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    const _errs51 = errors;
                    for (const key3 in data21) {
                      if (!(key3 === "p50" || key3 === "p95" || key3 === "p99" || key3 === "max" || key3 === "mean")) {
                        const err57 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data21.p50 !== void 0) {
                      let data22 = data21.p50;
                      const _errs52 = errors;
                      const _errs53 = errors;
                      if (typeof data22 == "number" && isFinite(data22)) {
                        if (data22 < 0 || isNaN(data22)) {
                          const err58 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/p50", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/p50/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p50, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                      } else {
                        const err59 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/p50", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/p50/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p50.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p50, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                      var valid13 = _errs52 === errors;
                    }
                    if (data21.p95 !== void 0) {
                      let data23 = data21.p95;
                      const _errs54 = errors;
                      const _errs55 = errors;
                      if (typeof data23 == "number" && isFinite(data23)) {
                        if (data23 < 0 || isNaN(data23)) {
                          const err60 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/p95", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/p95/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p95, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                      } else {
                        const err61 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/p95", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p95.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p95, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                      var valid13 = _errs54 === errors;
                    }
                    if (data21.p99 !== void 0) {
                      let data24 = data21.p99;
                      const _errs56 = errors;
                      const _errs57 = errors;
                      if (typeof data24 == "number" && isFinite(data24)) {
                        if (data24 < 0 || isNaN(data24)) {
                          const err62 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/p99", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/p99/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p99, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      } else {
                        const err63 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/p99", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p99.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.p99, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                      var valid13 = _errs56 === errors;
                    }
                    if (data21.max !== void 0) {
                      let data25 = data21.max;
                      const _errs58 = errors;
                      const _errs59 = errors;
                      if (typeof data25 == "number" && isFinite(data25)) {
                        if (data25 < 0 || isNaN(data25)) {
                          const err64 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/max", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.max, data: data25 };
                          if (vErrors === null) {
                            vErrors = [err64];
                          } else {
                            vErrors.push(err64);
                          }
                          errors++;
                        }
                      } else {
                        const err65 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/max", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.max.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.max, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                      var valid13 = _errs58 === errors;
                    }
                    if (data21.mean !== void 0) {
                      let data26 = data21.mean;
                      const _errs60 = errors;
                      const _errs61 = errors;
                      if (typeof data26 == "number" && isFinite(data26)) {
                        if (data26 < 0 || isNaN(data26)) {
                          const err66 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/mean", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/mean/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.mean, data: data26 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                      } else {
                        const err67 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs/mean", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.mean.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs.properties.mean, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                      var valid13 = _errs60 === errors;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/perf/targets/" + i2 + "/latencyMs", schemaPath: "#/properties/perf/properties/targets/items/properties/latencyMs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema128.properties.perf.properties.targets.items.properties.latencyMs.type, parentSchema: schema128.properties.perf.properties.targets.items.properties.latencyMs, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  var valid12 = _errs49 === errors;
                }
              } else {
                const err69 = { instancePath: instancePath + "/perf/targets/" + i2, schemaPath: "#/properties/perf/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema128.properties.perf.properties.targets.items.type, parentSchema: schema128.properties.perf.properties.targets.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var valid10 = _errs34 === errors;
              if (!valid10) {
                valid11 = false;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/perf/targets", schemaPath: "#/properties/perf/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema128.properties.perf.properties.targets.type, parentSchema: schema128.properties.perf.properties.targets, data: data13 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          var valid9 = _errs32 === errors;
        }
      } else {
        const err71 = { instancePath: instancePath + "/perf", schemaPath: "#/properties/perf/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema128.properties.perf.type, parentSchema: schema128.properties.perf, data: data10 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      var valid0 = _errs25 === errors;
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema128.type, parentSchema: schema128, data };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
var precompiledValidators = {
  "evidence/common.schema.json": validator0,
  "evidence/health-window-v1.schema.json": validator1,
  "evidence/health-window.schema.json": validator2,
  "evidence/production-approval.schema.json": validator3,
  "evidence/production-deployment-report.schema.json": validator4,
  "evidence/release-interrupted.schema.json": validator5,
  "evidence/retrospective-inputs.schema.json": validator6,
  "evidence/rollback-rehearsal.schema.json": validator7,
  "evidence/rollback-report.schema.json": validator8,
  "evidence/staging-deployment-report.schema.json": validator9,
  "evidence/uat-confirmation.schema.json": validator10,
  "evidence/validation-results.schema.json": validator11
};
export {
  precompiledValidators,
  validator0,
  validator1,
  validator10,
  validator11,
  validator2,
  validator3,
  validator4,
  validator5,
  validator6,
  validator7,
  validator8,
  validator9
};
