import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-KQPNXURP.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse2(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/core/schema-errors.ts
function describeSchemaErrors(errors, root) {
  const meaningful = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const byPathTypes = /* @__PURE__ */ new Map();
  const lines = [];
  for (const error of meaningful.length > 0 ? meaningful : errors) {
    const path = jsonPath(error.instancePath);
    if (error.keyword === "type") {
      const types = byPathTypes.get(path) ?? [];
      types.push(String(error.params.type));
      byPathTypes.set(path, types);
      continue;
    }
    lines.push(describeOne(error, path, root));
  }
  for (const [path, types] of byPathTypes) {
    const value = valueAt(root, path);
    lines.unshift(
      `${path}: got ${show(value)}, expected ${[...new Set(types.flatMap((t) => t.split(",")))].join(" or ")}`
    );
  }
  return [...new Set(lines)];
}
function describeOne(error, path, root) {
  const value = valueAt(root, path);
  switch (error.keyword) {
    case "additionalProperties": {
      const properties = error.parentSchema?.properties;
      const allowed = properties ? Object.keys(properties) : [];
      return `${path}: unknown key '${String(error.params.additionalProperty)}'${allowed.length ? ` (allowed: ${allowed.join(", ")})` : ""}`;
    }
    case "required":
      return `${path}: missing required key '${String(error.params.missingProperty)}'`;
    case "enum":
      return `${path}: got ${show(value)}, expected one of ${error.params.allowedValues.map(show).join(", ")}`;
    case "const":
      return `${path}: got ${show(value)}, expected ${show(error.params.allowedValue)}`;
    case "pattern": {
      const hint = typeof error.parentSchema?.description === "string" ? ` (${error.parentSchema.description})` : "";
      return `${path}: got ${show(value)}, expected a value matching ${String(error.params.pattern)}${hint}`;
    }
    case "propertyNames":
      return `${path}: invalid key ${show(error.params.propertyName)}`;
    default:
      return `${path}: got ${show(value)}, ${error.message ?? "invalid"}`;
  }
}
function jsonPath(instancePath) {
  if (!instancePath) return "$";
  return "$" + instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map(
    (part) => /^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_][\w-]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`
  ).join("");
}
function valueAt(root, path) {
  const parts = [...path.matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    (m) => m[1] ?? (m[2] !== void 0 ? Number(m[2]) : JSON.parse(m[3]))
  );
  let current = root;
  for (const part of parts) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[part];
  }
  return current;
}
function show(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// src/core/defaults.ts
var DEFAULT_CONFIG_PATH = ".github/release-gate.yml";
var DEFAULT_EVIDENCE_DIR = ".artifacts/deployment";
var DEFAULT_STATE_DIR = ".release-gate";
var DEFAULT_CONCURRENCY = 4;
var DEFAULT_STEP_TIMEOUT_MS = 10 * 6e4;
var MAX_STEP_TIMEOUT = { ms: 24 * 36e5, text: "24h" };
var MAX_PAUSE = { ms: 24 * 36e5, text: "24h" };
var MAX_HEALTH_WINDOW = { ms: 24 * 36e5, text: "24h" };
var MAX_PREREQUISITE_AGE = { ms: 366 * 864e5, text: "366d" };
var MAX_PROBE_TIMEOUT = { ms: 10 * 6e4, text: "10m" };
var MIN_SAMPLE_INTERVAL_MS = 100;
var DEFAULT_HEALTH_FAILURE_LIMIT = 1;
var DEFAULT_ON_BREACH = "rollback";
var DEFAULT_CONSECUTIVE_ERROR_LIMIT = 3;
var DEFAULT_INCONCLUSIVE_LIMIT = 3;
var DEFAULT_NETWORK_PROBE_TIMEOUT_MS = 5e3;
var DEFAULT_COMMAND_PROBE_TIMEOUT_MS = 1e4;
var DEFAULT_COMMAND_PROBE_VALUE = "exit-code";
var DEFAULT_EXPECT_STATUS = 200;
var DEFAULT_HTTP_METHOD = "GET";
var DEFAULT_HTTP_CHECK_TIMEOUT_MS = 5e3;
var DEFAULT_PERF_SAMPLES = 20;
var DEFAULT_ANALYSIS_COUNT = 3;
var DEFAULT_COMPARE_ANALYSIS_COUNT = 10;
var MIN_COMPARE_ANALYSIS_COUNT = 3;
var DEFAULT_ON_INCONCLUSIVE = "fail";
var DEFAULT_SCORE_PASS = 95;
var DEFAULT_SCORE_MARGINAL = 75;
var DEFAULT_SCORE_ALPHA = 0.05;
var DEFAULT_COMPARE_DIRECTION = "increase";
var DEFAULT_COMPARE_CRITICAL = false;
var DEFAULT_COMPARE_WEIGHT = 1;
var DEFAULT_COMPARE_TOLERANCE = 0;
var DEFAULT_ROLLING_BATCHES = 1;
var DEFAULT_MAX_UNAVAILABLE = 1;
var DEFAULT_WINDOW_TIMEZONE = "UTC";
var DEFAULT_ALLOW_FIRST_RELEASE = false;
var DEFAULT_UAT_REQUIRED = false;
var DEFAULT_STAKEHOLDER_REQUIRED = false;
var DEFAULT_APPROVAL_ENVIRONMENT = "production";
var DEFAULT_REQUIRE_REVIEWERS = true;
var DEFAULT_SELF_APPROVAL = "refuse";
var DEFAULT_NOTIFY_TIMEOUT_MS = 5e3;
var DEFAULT_ROUTER_TIMEOUT_MS = 5e3;
var MAX_ROUTER_TIMEOUT = { ms: 6e4, text: "1m" };

// src/core/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text) {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text);
  if (!match)
    throw new Error(
      `Invalid duration '${text}'. Expected a whole number and a unit, e.g. 500ms, 30s, 15m, 72h, 7d.`
    );
  return Number(match[1]) * UNIT_MS[match[2]];
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1).replace(/\.0$/, "")}s`;
  if (ms < 36e5)
    return `${Math.floor(ms / 6e4)}m ${String(Math.floor(ms % 6e4 / 1e3)).padStart(2, "0")}s`;
  if (ms < 864e5) return `${Math.floor(ms / 36e5)}h ${Math.floor(ms % 36e5 / 6e4)}m`;
  return `${Math.floor(ms / 864e5)}d ${Math.floor(ms % 864e5 / 36e5)}h`;
}

// src/core/workspace-path.ts
import { isAbsolute, normalize } from "node:path";
function workspacePathProblem(path) {
  if (path.trim() === "") return "is empty";
  if (path.includes("\0")) return "contains a NUL byte";
  if (isAbsolute(path)) return `is absolute ("${path}"); use a path relative to the workspace`;
  if (normalize(path).split(/[\\/]/).includes("..") || path.split(/[\\/]/).includes(".."))
    return `leaves the workspace ("${path}" has a '..' segment); use a path inside it`;
  return null;
}

// src/core/command-environment.ts
var BASE_COMMAND_VARIABLES = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  "TZ",
  "LANG",
  "LANGUAGE",
  "LC_*",
  "TMPDIR",
  "TMP",
  "TEMP",
  "RUNNER_TEMP",
  "RUNNER_OS",
  "RUNNER_ARCH",
  "CI"
];
var GITHUB_CONTEXT_VARIABLES = [
  "GITHUB_ACTIONS",
  "GITHUB_REPOSITORY",
  "GITHUB_REPOSITORY_OWNER",
  "GITHUB_SHA",
  "GITHUB_REF",
  "GITHUB_REF_NAME",
  "GITHUB_REF_TYPE",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_NUMBER",
  "GITHUB_RUN_ATTEMPT",
  "GITHUB_ACTOR",
  "GITHUB_TRIGGERING_ACTOR",
  "GITHUB_SERVER_URL",
  "GITHUB_API_URL",
  "GITHUB_WORKFLOW",
  "GITHUB_EVENT_NAME",
  "GITHUB_JOB",
  "GITHUB_WORKSPACE"
];
var FORBIDDEN_PREFIXES = ["INPUT_", "ACTIONS_"];
var FORBIDDEN_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_TOKEN",
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_PATH",
  "GITHUB_STEP_SUMMARY"
]);
function isForbiddenCommandVariable(name) {
  const upper = name.toUpperCase();
  return FORBIDDEN_NAMES.has(upper) || FORBIDDEN_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
function globPattern(glob) {
  const source = glob.split("").map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`);
}
function commandEnvironment(source, rule) {
  const patterns = [
    ...BASE_COMMAND_VARIABLES,
    ...GITHUB_CONTEXT_VARIABLES,
    ...rule.secretNames,
    ...rule.passEnv
  ].map(globPattern);
  const heldTokens = new Set((rule.heldTokens ?? []).filter(Boolean));
  const environment = {};
  for (const [name, value] of Object.entries(source)) {
    if (value === void 0 || isForbiddenCommandVariable(name) || heldTokens.has(value)) continue;
    if (patterns.some((pattern) => pattern.test(name))) environment[name] = value;
  }
  return environment;
}
function withheldVariableHint(commandName, output, source, given) {
  const named = new Set(output.match(/[A-Za-z_][A-Za-z0-9_]{2,}/g) ?? []);
  const withheld = [...named].filter((name) => source[name] !== void 0 && !(name in given)).sort();
  const passable = withheld.filter((name) => !isForbiddenCommandVariable(name));
  const forbidden = withheld.filter(isForbiddenCommandVariable);
  const lines = [];
  if (passable.length > 0)
    lines.push(
      `${commandName} failed and its output names ${passable.join(", ")}, set in release-gate's environment but not given to commands: add ${passable.length === 1 ? "it" : "them"} to pass-env in the config (or --pass-env ${passable[0]} on the command line).`
    );
  if (forbidden.length > 0)
    lines.push(
      `${commandName} failed and its output names ${forbidden.join(", ")}, which no command ever gets (the action's inputs, the runner's credentials, the job's token, the file commands): pass what the command needs as a secret listed under secrets: in the config.`
    );
  return lines.length > 0 ? lines.join(" ") : null;
}
function commandEnvironmentReminder(commandName) {
  return `${commandName} failed. If it needs an environment variable: commands get only PATH, HOME, the locale, the temporary directories, CI, GitHub's run context, the RELEASE_GATE_* variables, the secrets listed under secrets: and the variables listed under pass-env in the config (docs/config.md).`;
}

// src/core/alert-matchers.ts
var AlertMatcherSyntaxError = class extends Error {
};
var MATCHER = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$/s;
var UNQUOTED_VALUE = /^[^"\\\s,{}]*$/;
var EXPECTED_FORM = 'expected name="value", name!="value", name=~"regex" or name!~"regex"';
function parseAlertMatcher(text) {
  const parts = MATCHER.exec(text);
  if (!parts) throw new AlertMatcherSyntaxError(`invalid matcher ${JSON.stringify(text)}: ${EXPECTED_FORM}`);
  const [, name, operator, rawValue] = parts;
  const value = rawValue.startsWith('"') ? unquote(rawValue, text) : rawValue;
  if (!rawValue.startsWith('"') && !UNQUOTED_VALUE.test(rawValue)) {
    throw new AlertMatcherSyntaxError(
      `invalid matcher ${JSON.stringify(text)}: quote a value that holds quotes, backslashes, spaces, commas or braces, e.g. ${name}${operator}"${rawValue.replace(/["\\]/g, "\\$&")}"`
    );
  }
  const matcher = { name, operator, value };
  if (operator === "=~" || operator === "!~") wholeValueRegex(matcher, text);
  return matcher;
}
function formatAlertMatcher(matcher) {
  const escaped = matcher.value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
  return `${matcher.name}${matcher.operator}"${escaped}"`;
}
function matchesAll(matchers, labels) {
  return matchers.every((matcher) => {
    const actual = Object.hasOwn(labels, matcher.name) ? labels[matcher.name] : "";
    switch (matcher.operator) {
      case "=":
        return actual === matcher.value;
      case "!=":
        return actual !== matcher.value;
      case "=~":
        return wholeValueRegex(matcher).test(actual);
      case "!~":
        return !wholeValueRegex(matcher).test(actual);
    }
  });
}
function wholeValueRegex(matcher, text = formatAlertMatcher(matcher)) {
  try {
    return new RegExp(`^(?:${matcher.value})$`);
  } catch (error) {
    throw new AlertMatcherSyntaxError(
      `invalid matcher ${JSON.stringify(text)}: the regex does not compile (${error.message})`
    );
  }
}
function unquote(quoted, text) {
  let value = "";
  for (let i = 1; i < quoted.length; i += 1) {
    const char = quoted[i];
    if (char === '"') {
      if (i !== quoted.length - 1) break;
      return value;
    }
    if (char !== "\\") {
      value += char;
      continue;
    }
    const escaped = quoted[i + 1];
    i += 1;
    if (escaped === "n") value += "\n";
    else if (escaped === '"' || escaped === "\\") value += escaped;
    else
      throw new AlertMatcherSyntaxError(
        `invalid matcher ${JSON.stringify(text)}: unknown escape \\${escaped ?? ""} (use \\", \\\\ or \\n)`
      );
  }
  throw new AlertMatcherSyntaxError(
    `invalid matcher ${JSON.stringify(text)}: the value's quotes do not close at its end, ${EXPECTED_FORM}`
  );
}

// src/core/command-template.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
var PLACEHOLDERS = [
  { name: "tag", unset: "" },
  { name: "env", unset: "" },
  { name: "previous", unset: "" },
  { name: "evidence", unset: "" },
  { name: "service", unset: "" },
  { name: "weight", unset: "100" },
  { name: "batch", unset: "" },
  { name: "step", unset: "" },
  { name: "color", unset: "" },
  { name: "unavailable", unset: "" }
];
var KNOWN_VARS = new Set(PLACEHOLDERS.map((p) => p.name));
var UNSET = new Map(PLACEHOLDERS.map((p) => [p.name, p.unset]));
var PLACEHOLDER_PATTERN = new RegExp(`\\$\\{(${PLACEHOLDERS.map((p) => p.name).join("|")})\\}`, "g");
function tokenizeCommand(spec) {
  if (Array.isArray(spec)) {
    if (spec.length === 0) throw new Error("Empty command.");
    for (const word of spec) checkPlaceholders(word);
    return [...spec];
  }
  const words = [];
  const tokens = (0, import_shell_quote.parse)(spec, (name) => `\${${name}}`);
  for (const token of tokens) {
    if (typeof token === "string") {
      words.push(token);
      continue;
    }
    if ("comment" in token) break;
    const shown = "pattern" in token ? token.pattern : token.op;
    throw new Error(
      `Command ${JSON.stringify(spec)} uses shell syntax '${shown}'. release-gate runs commands without a shell; wrap the logic in a script, or write the command as an argv array.`
    );
  }
  if (words.length === 0) throw new Error(`Empty command ${JSON.stringify(spec)}.`);
  for (const word of words) checkPlaceholders(word);
  return words;
}
function checkPlaceholders(word) {
  for (const match of word.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1];
    if (KNOWN_VARS.has(name)) continue;
    const known = `${[...KNOWN_VARS].map((v) => `\${${v}}`).join(", ")}.`;
    const unknown = `Unknown placeholder '\${${name}}' in ${JSON.stringify(word)}`;
    throw new Error(
      /^[A-Z_][A-Z0-9_]*$/.test(name) ? `${unknown}: environment variables are not expanded in commands. Read ${name} in the script the command runs, or run it as sh -c '\u2026 "$${name}" \u2026' (no braces); a command gets ${name} only if it is allowlisted or listed in pass-env (CLI: --pass-env ${name}). Placeholders: ${known}` : `${unknown}. Known: ${known}`
    );
  }
}
function renderArgv(words, vars) {
  return words.map((word) => renderText(word, vars));
}
function renderText(text, vars) {
  return text.replace(
    PLACEHOLDER_PATTERN,
    (_, name) => vars[name] ?? UNSET.get(name) ?? ""
  );
}
function usesPrevious(words) {
  return words.some((word) => word.includes("${previous}"));
}

// src/core/service-order.ts
function deployLevels(items) {
  const ids = new Set(items.map((i) => i.id));
  for (const item of items) {
    for (const dependency of item.after) {
      if (!ids.has(dependency))
        throw new Error(`services.${item.id}.after names unknown service '${dependency}'.`);
      if (dependency === item.id) throw new Error(`services.${item.id}.after names the service itself.`);
    }
  }
  const levels = [];
  const placed = /* @__PURE__ */ new Set();
  while (placed.size < items.length) {
    const level = items.filter((i) => !placed.has(i.id) && i.after.every((d) => placed.has(d))).map((i) => i.id);
    if (level.length === 0) {
      const stuck = items.filter((i) => !placed.has(i.id)).map((i) => i.id);
      throw new Error(`services form a cycle through 'after': ${stuck.join(", ")}.`);
    }
    level.forEach((id) => placed.add(id));
    levels.push(level);
  }
  return levels;
}
function rollbackOrder(levels, only) {
  return [...levels].reverse().flatMap((level) => [...level].reverse()).filter((id) => !only || only.has(id));
}

// src/phases/readiness/window-clock.ts
var WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
var SECOND_MS = 1e3;
var DAY_MS = 864e5;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var WEEKDAY_LABELS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function isKnownTimeZone(timezone) {
  if (timezone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
function formatInZone(date, timezone, options = {}) {
  const local = localDateTimeAt(date.getTime(), timezone);
  const text = `${formatLocalDate(local)} ${formatLocalTime(local)} ${timezone}`;
  return options.weekday === false ? text : `${WEEKDAY_LABELS[weekdayIndex(local)]} ${text}`;
}
function parseIsoDate(text) {
  const match = ISO_DATE.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}
var wallClockFormatters = /* @__PURE__ */ new Map();
function wallClockFormatter(timezone) {
  let formatter = wallClockFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    wallClockFormatters.set(timezone, formatter);
  }
  return formatter;
}
function wallClockAsUtcMs(instant, timezone) {
  const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of wallClockFormatter(timezone).formatToParts(instant))
    if (part.type in fields) fields[part.type] = Number(part.value);
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
}
function localDateTimeAt(instant, timezone) {
  const wall = new Date(wallClockAsUtcMs(instant, timezone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes()
  };
}
function offsetMsAt(instant, timezone) {
  return wallClockAsUtcMs(instant, timezone) - Math.floor(instant / SECOND_MS) * SECOND_MS;
}
function localToEpochMs(local, timezone, occurrence) {
  const wallMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const offsets = [
    ...new Set([wallMs - DAY_MS, wallMs, wallMs + DAY_MS].map((instant) => offsetMsAt(instant, timezone)))
  ];
  const readings = offsets.map((offset) => wallMs - offset).filter((instant) => wallClockAsUtcMs(instant, timezone) === wallMs).sort((a, b) => a - b);
  const reading = occurrence === "first" ? readings[0] : readings.at(-1);
  if (reading !== void 0) return reading;
  let before = wallMs - Math.max(...offsets);
  let after = wallMs - Math.min(...offsets);
  while (after - before > SECOND_MS) {
    const middle = before + Math.floor((after - before) / (2 * SECOND_MS)) * SECOND_MS;
    if (wallClockAsUtcMs(middle, timezone) >= wallMs) after = middle;
    else before = middle;
  }
  return after;
}
function addDays(date, days) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
function compareDates(a, b) {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}
function weekdayIndex(date) {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}
function formatLocalDate(date) {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}
function formatLocalTime(time) {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}
function pad2(value) {
  return String(value).padStart(2, "0");
}

// src/phases/readiness/window-spans.ts
function windowSpansBetween(window, policyZone, fromMs, untilMs) {
  const timezone = window.timezone ?? policyZone;
  const opens = parseHhMm(window.from);
  const closes = parseHhMm(window.to);
  const closesNextDay = closes.hour * 60 + closes.minute <= opens.hour * 60 + opens.minute;
  const spans = [];
  const lastDay = localDateTimeAt(untilMs, timezone);
  for (let day = addDays(localDateTimeAt(fromMs, timezone), -1); compareDates(day, lastDay) <= 0; ) {
    if (window.days.includes(WEEKDAYS[weekdayIndex(day)])) {
      const start = localToEpochMs({ ...day, ...opens }, timezone, "first");
      const end = localToEpochMs({ ...closesNextDay ? addDays(day, 1) : day, ...closes }, timezone, "last");
      if (end > start) spans.push({ start, end, window, timezone });
    }
    day = addDays(day, 1);
  }
  return spans;
}
function freezeSpan(freeze, policyZone) {
  const timezone = freeze.timezone ?? policyZone;
  const bound = (text, side) => {
    const date = parseIsoDate(text);
    if (!date) return Date.parse(text);
    return localToEpochMs(
      { ...side === "end" ? addDays(date, 1) : date, hour: 0, minute: 0 },
      timezone,
      "first"
    );
  };
  return { start: bound(freeze.from, "start"), end: bound(freeze.to, "end"), freeze, timezone };
}
function contains(span, instant) {
  return span.start <= instant && instant < span.end;
}
function parseHhMm(text) {
  const [hour = 0, minute = 0] = text.split(":").map(Number);
  return { hour, minute };
}

// src/phases/readiness/window-validate.ts
var HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
var ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function validateWindowPolicy(policy, path = "window") {
  const problems = [];
  const policyZoneKnown = checkTimeZone(policy.timezone, `${path}.timezone`, problems);
  policy.allow.forEach((window, index) => {
    const at = `${path}.allow[${index}]`;
    if (window.days.length === 0)
      problems.push(`${at}.days: is empty; list at least one of ${WEEKDAYS.join(", ")}`);
    window.days.forEach((day, dayIndex) => {
      if (!WEEKDAYS.includes(day))
        problems.push(
          `${at}.days[${dayIndex}]: '${day}' is not a weekday; expected one of ${WEEKDAYS.join(", ")}`
        );
    });
    const fromValid = checkHhMm(window.from, `${at}.from`, problems);
    const toValid = checkHhMm(window.to, `${at}.to`, problems);
    if (fromValid && toValid && window.from === window.to)
      problems.push(
        `${at}.to: '${window.to}' equals from; give a later 'to' (or an earlier one to cross midnight)`
      );
    if (window.timezone !== void 0) checkTimeZone(window.timezone, `${at}.timezone`, problems);
  });
  policy.freeze.forEach((freeze, index) => {
    const at = `${path}.freeze[${index}]`;
    const fromValid = checkFreezeBound(freeze.from, `${at}.from`, problems);
    const toValid = checkFreezeBound(freeze.to, `${at}.to`, problems);
    if (freeze.reason.trim() === "") problems.push(`${at}.reason: is empty; say why releases are frozen`);
    const zoneKnown = freeze.timezone === void 0 ? policyZoneKnown : checkTimeZone(freeze.timezone, `${at}.timezone`, problems);
    if (fromValid && toValid && zoneKnown) {
      const span = freezeSpan(freeze, policy.timezone);
      if (span.end <= span.start) {
        const order = span.end === span.start ? "is not after" : "is before";
        problems.push(
          `${at}.to: '${freeze.to}' ${order} from '${freeze.from}'; a freeze must end after it starts`
        );
      }
    }
  });
  return problems;
}
function checkTimeZone(timezone, at, problems) {
  if (isKnownTimeZone(timezone)) return true;
  problems.push(`${at}: unknown time zone '${timezone}'; use an IANA name such as 'Europe/Berlin' or 'UTC'`);
  return false;
}
function checkHhMm(text, at, problems) {
  if (HH_MM.test(text)) return true;
  problems.push(`${at}: '${text}' is not HH:MM; write a 24-hour time with two-digit hours, e.g. '09:00'`);
  return false;
}
function checkFreezeBound(text, at, problems) {
  const dateTime = ISO_DATE_TIME.exec(text);
  const dateFields = dateTime ?? ISO_DATE.exec(text);
  if (dateFields && isCalendarDate(Number(dateFields[1]), Number(dateFields[2]), Number(dateFields[3])))
    return true;
  problems.push(
    `${at}: '${text}' is neither a date (YYYY-MM-DD, e.g. '2026-12-20') nor an ISO date-time with offset (e.g. '2026-12-20T18:00:00+01:00')`
  );
  return false;
}
function isCalendarDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export {
  describeSchemaErrors,
  workspacePathProblem,
  DEFAULT_CONFIG_PATH,
  DEFAULT_EVIDENCE_DIR,
  DEFAULT_STATE_DIR,
  DEFAULT_CONCURRENCY,
  DEFAULT_STEP_TIMEOUT_MS,
  MAX_STEP_TIMEOUT,
  MAX_PAUSE,
  MAX_HEALTH_WINDOW,
  MAX_PREREQUISITE_AGE,
  MAX_PROBE_TIMEOUT,
  MIN_SAMPLE_INTERVAL_MS,
  DEFAULT_HEALTH_FAILURE_LIMIT,
  DEFAULT_ON_BREACH,
  DEFAULT_CONSECUTIVE_ERROR_LIMIT,
  DEFAULT_INCONCLUSIVE_LIMIT,
  DEFAULT_NETWORK_PROBE_TIMEOUT_MS,
  DEFAULT_COMMAND_PROBE_TIMEOUT_MS,
  DEFAULT_COMMAND_PROBE_VALUE,
  DEFAULT_EXPECT_STATUS,
  DEFAULT_HTTP_METHOD,
  DEFAULT_HTTP_CHECK_TIMEOUT_MS,
  DEFAULT_PERF_SAMPLES,
  DEFAULT_ANALYSIS_COUNT,
  DEFAULT_COMPARE_ANALYSIS_COUNT,
  MIN_COMPARE_ANALYSIS_COUNT,
  DEFAULT_ON_INCONCLUSIVE,
  DEFAULT_SCORE_PASS,
  DEFAULT_SCORE_MARGINAL,
  DEFAULT_SCORE_ALPHA,
  DEFAULT_COMPARE_DIRECTION,
  DEFAULT_COMPARE_CRITICAL,
  DEFAULT_COMPARE_WEIGHT,
  DEFAULT_COMPARE_TOLERANCE,
  DEFAULT_ROLLING_BATCHES,
  DEFAULT_MAX_UNAVAILABLE,
  DEFAULT_WINDOW_TIMEZONE,
  DEFAULT_ALLOW_FIRST_RELEASE,
  DEFAULT_UAT_REQUIRED,
  DEFAULT_STAKEHOLDER_REQUIRED,
  DEFAULT_APPROVAL_ENVIRONMENT,
  DEFAULT_REQUIRE_REVIEWERS,
  DEFAULT_SELF_APPROVAL,
  DEFAULT_NOTIFY_TIMEOUT_MS,
  DEFAULT_ROUTER_TIMEOUT_MS,
  MAX_ROUTER_TIMEOUT,
  isForbiddenCommandVariable,
  commandEnvironment,
  withheldVariableHint,
  commandEnvironmentReminder,
  parseDuration,
  formatDuration,
  parseAlertMatcher,
  formatAlertMatcher,
  matchesAll,
  tokenizeCommand,
  renderArgv,
  renderText,
  usesPrevious,
  deployLevels,
  rollbackOrder,
  WEEKDAYS,
  DAY_MS,
  ISO_DATE,
  formatInZone,
  localDateTimeAt,
  formatLocalDate,
  formatLocalTime,
  windowSpansBetween,
  freezeSpan,
  contains,
  validateWindowPolicy
};
