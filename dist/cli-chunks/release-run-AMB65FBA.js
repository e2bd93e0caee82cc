#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  approvalWarnings,
  judgeApproval
} from "./chunk-ZOSXWB4E.js";
import {
  deployServices,
  measure,
  releaseProbeSampler,
  sampleSchedule,
  summarizeProbes,
  warmProbeTargets
} from "./chunk-HOWNM3MK.js";
import {
  composeContext,
  emitEvent,
  executeRollback,
  keptColors,
  queueCommunications,
  retireKeptColors,
  rollbackPlanProblem,
  rollbackTarget,
  runStep,
  settleCommunications,
  stepArgv,
  switchBackToKeptColors,
  templateVars,
  unretiredColors
} from "./chunk-AR2Q3P27.js";
import "./chunk-NEQ3YV2T.js";
import {
  jsonPointer
} from "./chunk-XECMZOE5.js";
import {
  missingSignoffs,
  signoffCommandText,
  stakeholderStatuses
} from "./chunk-KTJ7GGEX.js";
import {
  confineFolders
} from "./chunk-PFQSEVPA.js";
import {
  ANNOUNCE,
  LocalApprovalSource,
  ReleaseLock,
  ReleaseLockedError,
  answered,
  deploymentFailed,
  mayStart,
  oneLine,
  phaseComplete,
  refusalMessage,
  rollbackCommand,
  serving
} from "./chunk-RRIC6IMQ.js";
import "./chunk-TILFY5S5.js";
import "./chunk-XGG6ZREH.js";
import {
  ARTIFACTS,
  MANIFEST_FILE,
  healthWindowFileInBatches,
  healthWindowOfFile,
  recordHeader
} from "./chunk-SFJFTYR2.js";
import "./chunk-J4CCDTUF.js";
import {
  selfArgv,
  signalExitCode,
  stopOnSignals
} from "./chunk-3TSA7RGD.js";
import {
  InterruptedError
} from "./chunk-55ENESYO.js";
import {
  finalLine,
  statementOf
} from "./chunk-DZATTA6Z.js";
import {
  GATE_BEFORE,
  PHASES,
  evidenceDirFlag,
  passEnvOf,
  printJson
} from "./chunk-BAE7ZAJW.js";
import {
  DAY_MS,
  ISO_DATE,
  WEEKDAYS,
  contains,
  formatInZone,
  formatLocalDate,
  formatLocalTime,
  freezeSpan,
  localDateTimeAt,
  validateWindowPolicy,
  windowSpansBetween
} from "./chunk-P7DW3LGG.js";
import "./chunk-LFPJ3XXN.js";
import {
  deployLevels,
  formatDuration,
  rollbackOrder,
  tokenizeCommand
} from "./chunk-SMFC32GI.js";
import "./chunk-T7AYJKF7.js";
import "./chunk-7DLPZUSP.js";
import "./chunk-NLNMHNKJ.js";
import "./chunk-EUILFL2P.js";
import "./chunk-VRQOFDTX.js";
import "./chunk-M5XI6LTL.js";
import {
  UsageError,
  messageOf
} from "./chunk-7Q6O7KFX.js";
import {
  mermaidChart,
  probeSparklines,
  thresholdMax
} from "./chunk-KGTC5EGW.js";
import {
  cell,
  codeSpan,
  fencedCode,
  inlineText
} from "./chunk-U766XLRO.js";
import {
  __commonJS,
  __toESM
} from "./chunk-457CUI25.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/entry/cli/commands/release-run.ts
import { userInfo } from "node:os";
import { resolve } from "node:path";

// src/phases/shared/gate.ts
var verdict = (gate, reasons) => ({
  gate,
  passed: reasons.length === 0,
  reasons: reasons.map(oneLine)
});
var sameTag = (name, record, tag) => record && record.tag !== null && record.tag !== tag ? [`${name} is for ${record.tag}, not ${tag}`] : [];
function refuse(ctx, gate, reasons, phase) {
  ctx.logger.error(`[ERROR] Cannot start the ${phase} phase: Gate ${gate} has not passed for ${ctx.tag}.`);
  const lines = reasons.map(oneLine);
  for (const reason of lines) ctx.logger.error(`  - ${reason}`);
  return { kind: "halted", gate, reasons: lines };
}

// src/phases/production/gate.ts
function approvalGate(tag, approval) {
  if (!approval) return verdict(3, ["production-approval.json is missing: no recorded approval"]);
  return verdict(3, [
    ...sameTag("production-approval.json", approval, tag),
    ...approval.decision === "approved" && approval.approver ? [] : [`approval ${approval.decision}: ${approval.reason}`]
  ]);
}
function productionGate(tag, report, checks) {
  const reasons = [];
  if (!report) reasons.push("production-deployment-report.json is missing");
  else {
    reasons.push(...sameTag("production-deployment-report.json", report, tag));
    if (report.status !== "deployed")
      reasons.push(
        `production deployment ${report.status}${report.failure ? `: ${report.failure.reason}` : ""}`
      );
  }
  if (!checks) reasons.push("post-deployment-validation.json is missing");
  else if (!checks.passed) reasons.push("post-deployment checks failed");
  return verdict(3, reasons);
}

// src/phases/production/approval.ts
async function requestProductionApproval(ctx) {
  const requestedAt = ctx.clock.now().toISOString();
  await emitEvent(ctx, "approval-requested", `Production approval requested for ${ctx.tag}`, {
    phase: "production"
  });
  const evidence = await ctx.approval.request(ANNOUNCE.approvalRequest);
  const answer = judgeApproval(evidence, ctx.config.approval);
  for (const warning of approvalWarnings(answer)) ctx.logger.warn(warning);
  const decided = ctx.clock.now();
  const decidedAt = decided.toISOString();
  const record = {
    ...recordHeader(ARTIFACTS.productionApproval, ctx.tag, decided),
    environment: ctx.config.approval.environment,
    requestedAt,
    decidedAt,
    decision: answer.decision,
    approver: answer.approver,
    comment: answer.comment,
    source: answer.source,
    // A flag or a terminal answer is only the word of whoever ran the CLI; GitHub records who approved.
    selfAsserted: answer.source === "cli-flag" || answer.source === "interactive",
    reason: answer.reason,
    ...answer.github ? { github: answer.github } : {}
  };
  await ctx.store.writeJson(ARTIFACTS.productionApproval, record);
  const gate = approvalGate(ctx.tag, record);
  await emitEvent(
    ctx,
    "approval-decided",
    `${ctx.tag} ${record.decision}${record.approver ? ` by ${record.approver}` : ""}: ${record.reason}`,
    {
      phase: "production",
      details: { decision: record.decision, approver: record.approver, source: record.source }
    }
  );
  ctx.logger.info(answered(ANNOUNCE.approvalRequest, `${gate.passed ? "yes" : "no"} (${decidedBy(record)})`));
  if (gate.passed) {
    ctx.logger.info(
      `Approved by ${record.approver}${record.comment ? ` ("${record.comment}")` : ""} via ${record.source}.`
    );
  }
  return { record, gate };
}
function decidedBy(record) {
  switch (record.source) {
    case "cli-flag":
      return `--approve ${record.approver ?? ""}`;
    case "interactive":
      return `answered at the prompt as ${record.approver ?? "nobody"}`;
    case "github-environment":
      return record.approver ? `GitHub environment '${record.environment}', reviewed by ${record.approver}` : `GitHub environment '${record.environment}'`;
    case "no-answer":
      return "nobody answered";
  }
}

// src/phases/readiness/window.ts
var SEARCH_HORIZON_DAYS = 366;
var FIRST_SEARCH_DAYS = 8;
function evaluateWindow(policy, now) {
  const problems = validateWindowPolicy(policy);
  if (problems.length > 0)
    throw new UsageError(`Invalid deployment window policy:
${problems.map((p) => `  - ${p}`).join("\n")}`);
  const nowMs = now.getTime();
  const freezeSpans = policy.freeze.map((freeze) => freezeSpan(freeze, policy.timezone));
  const activeFreezeSpan = freezeSpans.filter((span) => contains(span, nowMs)).reduce(
    (latest, span) => latest === null || span.end > latest.end ? span : latest,
    null
  );
  let nextAllowed = null;
  let matchedWindowSpan = null;
  for (const searchDays of [FIRST_SEARCH_DAYS, SEARCH_HORIZON_DAYS]) {
    const untilMs = nowMs + searchDays * DAY_MS;
    const windowSpans = policy.allow.flatMap(
      (window) => windowSpansBetween(window, policy.timezone, nowMs, untilMs)
    );
    matchedWindowSpan = windowSpans.find((span) => contains(span, nowMs)) ?? null;
    nextAllowed = firstAllowedBoundary(policy, windowSpans, freezeSpans, nowMs, untilMs);
    if (nextAllowed) break;
  }
  return {
    allowed: nextAllowed?.at === nowMs,
    reason: explain(policy, nextAllowed, activeFreezeSpan, matchedWindowSpan),
    activeFreeze: activeFreezeSpan?.freeze ?? null,
    matchedWindow: matchedWindowSpan?.window ?? null,
    nextAllowedAt: nextAllowed ? new Date(nextAllowed.at) : null
  };
}
function firstAllowedBoundary(policy, windowSpans, freezeSpans, nowMs, untilMs) {
  const isAllowedAt = (instant) => (policy.allow.length === 0 || windowSpans.some((span) => contains(span, instant))) && !freezeSpans.some((span) => contains(span, instant));
  const boundaries = [
    { at: nowMs, timezone: policy.timezone },
    ...windowSpans.map((span) => ({ at: span.start, timezone: span.timezone })),
    ...freezeSpans.map((span) => ({ at: span.end, timezone: span.timezone }))
  ];
  return boundaries.filter((boundary) => boundary.at >= nowMs && boundary.at <= untilMs).sort((a, b) => a.at - b.at).find((boundary) => isAllowedAt(boundary.at)) ?? null;
}
function explain(policy, nextAllowed, activeFreezeSpan, matchedWindowSpan) {
  if (activeFreezeSpan) {
    const { freeze, timezone, end } = activeFreezeSpan;
    const until = formatInZone(new Date(end), timezone, { weekday: false });
    const bounds = describeFreezeBounds(freeze, timezone);
    const frozen = `inside freeze '${freeze.reason}' (${bounds}) until ${until}`;
    if (nextAllowed === null) return `${frozen}; no allowed time within the next ${SEARCH_HORIZON_DAYS} days`;
    return nextAllowed.at === end ? frozen : `${frozen}; next allowed ${describeInstant(nextAllowed)}`;
  }
  if (matchedWindowSpan) return `inside window ${describeWindow(matchedWindowSpan.window, policy.timezone)}`;
  if (policy.allow.length === 0) return "no deployment windows configured and no freeze active";
  const windows = policy.allow.map((window) => describeWindow(window, policy.timezone)).join(", ");
  const outside = `outside the deployment windows (${windows})`;
  if (nextAllowed === null)
    return `${outside}; no window opens outside a freeze within the next ${SEARCH_HORIZON_DAYS} days`;
  return `${outside}; next opens ${describeInstant(nextAllowed)}`;
}
function describeInstant(boundary) {
  const local = formatInZone(new Date(boundary.at), boundary.timezone);
  if (boundary.timezone === "UTC") return local;
  const utc = localDateTimeAt(boundary.at, "UTC");
  const sameDate = formatLocalDate(utc) === formatLocalDate(localDateTimeAt(boundary.at, boundary.timezone));
  return `${local} (${sameDate ? "" : `${formatLocalDate(utc)} `}${formatLocalTime(utc)} UTC)`;
}
function describeWindow(window, policyZone) {
  return `${describeDays(window.days)} ${window.from}\u2013${window.to} ${window.timezone ?? policyZone}`;
}
function describeDays(days) {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const runs = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs.map((run) => {
    const names = run.map((index) => WEEKDAYS[index]);
    return names.length >= 3 ? `${names[0]}\u2013${names.at(-1)}` : names.join(",");
  }).join(",");
}
function describeFreezeBounds(freeze, timezone) {
  const bound = (text) => {
    if (ISO_DATE.test(text)) return text;
    const local = localDateTimeAt(Date.parse(text), timezone);
    return `${formatLocalDate(local)} ${formatLocalTime(local)}`;
  };
  return `${bound(freeze.from)} \u2013 ${bound(freeze.to)} ${timezone}`;
}

// src/phases/readiness/window-check.ts
function checkWindow(ctx) {
  const now = ctx.clock.now();
  const evaluation = evaluateWindow(ctx.config.window, now);
  const override = !evaluation.allowed && ctx.windowOverride ? { by: ctx.windowOverride.by, reason: ctx.windowOverride.reason, at: now.toISOString() } : null;
  return {
    allowed: evaluation.allowed,
    reason: evaluation.reason,
    nextAllowedAt: evaluation.nextAllowedAt?.toISOString() ?? null,
    override
  };
}

// src/phases/readiness/gate.ts
function readinessGate(tag, checklist) {
  if (!checklist)
    return verdict(1, ["deployment-readiness-checklist.json is missing: run the readiness phase first"]);
  return verdict(1, [
    ...sameTag("deployment-readiness-checklist.json", checklist, tag),
    ...checklist.prerequisites.filter((p) => !p.passed).map((p) => `prerequisite ${p.id}: ${p.message}`),
    ...checklist.rollbackPlan.executable ? [] : [`rollback plan: ${checklist.rollbackPlan.message}`],
    ...missingSignoffs(checklist.stakeholders ?? []).map(
      (s) => `stakeholder sign-off: ${s.name}${s.role ? ` (${s.role})` : ""} is required and has not signed off ${tag}; record it with ${signoffCommandText(tag, s.role ?? s.name)}`
    ),
    ...checklist.problems
  ]);
}

// src/phases/staging/gate.ts
function stagingGate(tag, staging, validation, uat) {
  const reasons = [];
  if (!staging) reasons.push("staging-deployment-report.json is missing: no recorded staging deployment");
  else {
    reasons.push(...sameTag("staging-deployment-report.json", staging, tag));
    for (const s of staging.services.filter((s2) => s2.status !== "deployed"))
      reasons.push(`staging deploy of ${s.service}: ${s.status}`);
  }
  if (!validation) reasons.push("staging-validation-results.json is missing: no recorded staging validation");
  else {
    reasons.push(...sameTag("staging-validation-results.json", validation, tag));
    for (const c of validation.commands.filter((c2) => c2.status !== "success"))
      reasons.push(`staging validation ${c.name}: ${c.status}`);
    for (const c of validation.checks.filter((c2) => !c2.passed))
      reasons.push(`staging check ${c.id}: ${c.message}`);
    if (!validation.passed && reasons.length === 0) reasons.push("staging validation did not pass");
  }
  if (!uat) reasons.push("uat-confirmation.json is missing");
  else if (!uat.passed) reasons.push(`UAT: ${uat.basis}`);
  return verdict(2, reasons);
}

// src/phases/rollback/after-failure.ts
async function rollBackAfterFailure(ctx, request) {
  const rollback = await executeRollback(ctx, request);
  const rolledBack = rollback.status === "success";
  if (rolledBack)
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: "rolled-back",
      note: request.reason
    });
  if (rolledBack) return { rollback, outcome: { kind: "rolled-back", reason: request.reason } };
  ctx.logger.error(
    `[ERROR] Rollback ${rollback.status}: production needs attention now. Rerun with \`release-gate rollback --env ${request.environment}\` once the cause is fixed.`
  );
  return { rollback, outcome: { kind: "failed", reason: `${request.reason}; rollback ${rollback.status}` } };
}

// src/phases/shared/validation-suite.ts
async function runValidationSuite(ctx, steps, artifact, environment, previous) {
  const commands = [];
  const checks = [];
  let perf;
  for (const step of steps) {
    const before = await ctx.store.readText(artifact);
    const record = await runStep(ctx, step, templateVars(ctx, environment, "validation", previous), step.name);
    commands.push(record);
    await ctx.store.scrub(artifact);
    const after = await ctx.store.readText(artifact);
    if (after === void 0 || after === before) continue;
    try {
      const written = JSON.parse(after);
      ctx.schemas.assertEvidence(artifact, written);
      const report = written;
      if (report.tag !== null && report.tag !== ctx.tag)
        throw new Error(`it is for release ${report.tag}, not ${ctx.tag}`);
      checks.push(...report.checks);
      perf = report.perf ?? perf;
    } catch (error) {
      const now = ctx.clock.now().toISOString();
      checks.push({
        id: `${step.name}-output`,
        kind: "command",
        passed: false,
        startedAt: now,
        finishedAt: now,
        durationMs: 0,
        message: `${step.name} wrote an unusable ${artifact}: ${messageOf(error)}`
      });
    }
  }
  const results = {
    ...recordHeader(artifact, ctx.tag, ctx.clock.now()),
    environment,
    passed: commands.every((c) => c.status === "success") && checks.every((c) => c.passed),
    commands,
    checks,
    ...perf ? { perf } : {}
  };
  await ctx.store.writeJson(artifact, results);
  const failed = checks.filter((c) => !c.passed);
  if (checks.length > 0)
    ctx.logger.info(
      `  ${checks.length} check(s) recorded in ${artifact}: ${failed.length === 0 ? "all passed" : `${failed.length} failed`}`
    );
  for (const check of failed) ctx.logger.error(`  \u2718 ${check.id}: ${check.message}`);
  return results;
}

// src/phases/production/run.ts
async function runProduction(ctx) {
  const environment = ctx.config.approval.environment;
  const checklist = await ctx.store.readJson(ARTIFACTS.readinessChecklist);
  const gate1 = readinessGate(ctx.tag, checklist);
  if (!gate1.passed) return refuse(ctx, 1, gate1.reasons, "production");
  const gate2 = stagingGate(
    ctx.tag,
    await ctx.store.readJson(ARTIFACTS.stagingDeployment),
    await ctx.store.readJson(ARTIFACTS.stagingValidation),
    await ctx.store.readJson(ARTIFACTS.uatConfirmation)
  );
  if (!gate2.passed) return refuse(ctx, 2, gate2.reasons, "production");
  const evidenceSince = checklist?.generatedAt;
  const refusal = mayStart(await ctx.history.ledger(environment), ctx.tag, evidenceSince);
  if (refusal) return refuseStart(ctx, refusal);
  const approval = await requestProductionApproval(ctx);
  if (!approval.gate.passed) {
    ctx.logger.error(`[ERROR] Production approval not granted: ${approval.record.reason}.`);
    ctx.logger.error(
      "Production was not touched. The decision is recorded in " + ctx.store.path(ARTIFACTS.productionApproval)
    );
    return { kind: "halted", gate: 3, reasons: approval.gate.reasons };
  }
  const window = checkWindow(ctx);
  if (!window.allowed && !window.override && !checklist?.window?.override) {
    const reason = `deployment window: ${window.reason}`;
    ctx.logger.error(
      `[ERROR] Production not started: ${reason}. Override with a reason only in an emergency.`
    );
    return { kind: "halted", gate: 3, reasons: [reason] };
  }
  const previous = await rollbackTarget(ctx, environment);
  const firstRelease = previous === null && serving(await ctx.history.ledger(environment)) === null;
  const planProblem = rollbackPlanProblem(ctx, previous);
  if (planProblem) {
    ctx.logger.error(`[ERROR] No executable rollback plan: ${planProblem}`);
    return { kind: "halted", gate: 3, reasons: [planProblem] };
  }
  const blocking = await ctx.history.begin(environment, ctx.tag, evidenceSince);
  if (blocking) return refuseStart(ctx, blocking);
  ctx.logger.info(ANNOUNCE.phase3Start);
  const startedAt = ctx.clock.now().toISOString();
  const deployed = await deployServices(ctx, environment, previous, true, firstRelease);
  const report = {
    ...recordHeader(ARTIFACTS.productionDeployment, ctx.tag, ctx.clock.now()),
    environment,
    previousRelease: previous,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    status: "deployed",
    services: deployed.services,
    failure: null,
    rollback: null
  };
  if (deployed.failure) {
    await emitEvent(ctx, "alert", `Production rollout of ${ctx.tag} failed: ${deployed.failure.reason}`, {
      phase: "production",
      environment
    });
    if (deployed.failure.trigger === "rollout-analysis") {
      ctx.logger.error(ANNOUNCE.healthDegradation);
      ctx.logger.error(`  ${deployed.failure.reason}`);
      ctx.logger.info(
        answered(ANNOUNCE.rollbackDecision, "yes (a failed rollout analysis always rolls back)")
      );
    } else if (deployed.failure.trigger === "rollout-stopped") {
      ctx.logger.error(`[ERROR] Rollout stopped: ${deployed.failure.reason}.`);
    } else ctx.logger.error(deploymentFailed(deployed.failure.reason));
    const touched = new Set(deployed.services.filter((s) => s.status !== "not-started").map((s) => s.service));
    return finishWithRollback(ctx, report, deployed.failure.service, {
      environment,
      target: previous,
      trigger: deployed.failure.trigger,
      reason: deployed.failure.reason,
      services: touched,
      switchedBack: await switchBackToKeptColors(ctx, keptColors(report.services), environment, previous)
    });
  }
  await ctx.store.writeJson(ARTIFACTS.productionDeployment, report);
  ctx.logger.info(ANNOUNCE.postDeploymentChecks);
  const checks = await runValidationSuite(
    ctx,
    ctx.config.productionChecks,
    ARTIFACTS.postDeploymentValidation,
    environment,
    previous
  );
  if (!checks.passed) {
    const failed = [
      ...checks.commands.filter((c) => c.status !== "success").map((c) => `${c.name} ${c.status}`),
      ...checks.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message}`)
    ];
    const reason = `post-deployment checks failed (${failed.join("; ")})`;
    ctx.logger.error(`[ERROR] ${reason}.`);
    return finishWithRollback(ctx, report, null, {
      environment,
      target: previous,
      trigger: "post-deployment-checks",
      reason,
      switchedBack: await switchBackToKeptColors(ctx, keptColors(report.services), environment, previous)
    });
  }
  await ctx.history.record({ tag: ctx.tag, environment, status: "health-window" });
  ctx.logger.info(phaseComplete(3, "Production deployment"));
  return { kind: "passed" };
}
function refuseStart(ctx, refusal) {
  const reason = refusalMessage(refusal);
  ctx.logger.error(`[ERROR] Production not started: ${reason}`);
  return { kind: "halted", gate: 3, reasons: [reason] };
}
async function finishWithRollback(ctx, report, failedService, request) {
  const { rollback, outcome } = await rollBackAfterFailure(ctx, { ...request, deployments: report.services });
  const rolledBack = rollback.status === "success";
  const finished = {
    ...report,
    generatedAt: ctx.clock.now().toISOString(),
    finishedAt: ctx.clock.now().toISOString(),
    status: rolledBack ? "rolled-back" : "failed",
    failure: { service: failedService, reason: request.reason },
    rollback
  };
  await ctx.store.writeJson(ARTIFACTS.productionDeployment, finished);
  if (rolledBack)
    ctx.logger.error(
      `Production rolled back to ${rollback.target ?? "its previous state"}. Evidence: ${ctx.store.path(ARTIFACTS.productionDeployment)}`
    );
  return outcome;
}

// src/phases/readiness/run.ts
import { isAbsolute, relative } from "node:path";

// src/phases/readiness/change-set.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var SHORT_SHA_LENGTH = 12;
var CONVENTIONAL_HEADER = /^(?<type>[A-Za-z][\w-]*)(?:\((?<scope>[^()]*)\))?(?<bang>!)?:\s+(?<description>\S.*)$/s;
var BREAKING_FOOTER = /^BREAKING[ -]CHANGE(?::[ \t]*| #)(?<note>.*)$/m;
function parseConventionalSubject(subject, body = "") {
  const header = CONVENTIONAL_HEADER.exec(subject.trim())?.groups;
  const footerBreaking = BREAKING_FOOTER.test(body);
  if (!header) return { type: null, scope: null, breaking: footerBreaking, description: subject.trim() };
  return {
    type: (header.type ?? "").toLowerCase(),
    scope: header.scope?.trim() || null,
    breaking: header.bang === "!" || footerBreaking,
    description: (header.description ?? "").trim()
  };
}
function breakingNotes(body) {
  return [...body.matchAll(new RegExp(BREAKING_FOOTER.source, "gm"))].map(
    (match) => (match.groups?.note ?? "").trim()
  );
}
function pullRequestNumbers(subject, body) {
  const numbers = [];
  const trimmedSubject = subject.trim();
  const merge = /^Merge pull request #(\d+) from \S/.exec(trimmedSubject);
  if (merge?.[1]) numbers.push(Number(merge[1]));
  const bors = /^Merge((?: #\d+)+)$/.exec(trimmedSubject);
  if (bors?.[1]) numbers.push(...bors[1].split("#").slice(1).map(Number));
  const squash = /\(#(\d+)\)$/.exec(trimmedSubject);
  if (squash?.[1]) numbers.push(Number(squash[1]));
  for (const trailer of body.matchAll(/^PR-URL:\s*\S+\/pull\/(\d+)\b/gim)) numbers.push(Number(trailer[1]));
  return uniqueSorted(numbers, (a, b) => a - b);
}
var CLOSING_REFERENCE = /(?<![\w-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?::[ \t]*|[ \t]+)(?:(?<repo>[\w.-]+\/[\w.-]+)?#(?<number>\d+)|https:\/\/github\.com\/(?<urlRepo>[\w.-]+\/[\w.-]+)\/issues\/(?<urlNumber>\d+))(?!\w)/gi;
function linkedIssues(text) {
  const issues = [];
  for (const match of text.matchAll(CLOSING_REFERENCE)) {
    const groups = match.groups ?? {};
    const repo = groups.repo ?? groups.urlRepo ?? "";
    issues.push(`${repo}#${groups.number ?? groups.urlNumber ?? ""}`);
  }
  return [...new Set(issues)];
}
function serviceMatcher(servicePaths) {
  const matchers = Object.entries(servicePaths).map(([service, globs]) => ({
    service,
    matches: pathMatcher(globs)
  }));
  return (files) => matchers.filter(({ matches }) => files.some(matches)).map(({ service }) => service);
}
function pathMatcher(globs) {
  const expand = (glob) => glob.endsWith("/") ? `${glob}**` : glob;
  const included = globs.filter((glob) => !glob.startsWith("!")).map(expand);
  const excluded = globs.filter((glob) => glob.startsWith("!")).map((glob) => expand(glob.slice(1)));
  if (included.length === 0) return () => false;
  const isIncluded = (0, import_picomatch.default)(included, { dot: true });
  const isExcluded = excluded.length > 0 ? (0, import_picomatch.default)(excluded, { dot: true }) : () => false;
  return (file) => isIncluded(file) && !isExcluded(file);
}
function buildChangeSet(input) {
  const touchedBy = serviceMatcher(input.servicePaths);
  const commits = input.commits.map((raw) => {
    const message = parseConventionalSubject(raw.subject, raw.body);
    return {
      sha: raw.sha,
      shortSha: raw.sha.slice(0, SHORT_SHA_LENGTH),
      subject: raw.subject,
      author: raw.author,
      ...raw.email ? { email: raw.email } : {},
      date: raw.date,
      type: message.type,
      scope: message.scope,
      breaking: message.breaking,
      description: message.description,
      pullRequests: pullRequestNumbers(raw.subject, raw.body),
      issues: linkedIssues(`${raw.subject}
${raw.body}`),
      files: [...raw.files],
      services: touchedBy(raw.files)
    };
  });
  const groups = { breaking: [], features: [], fixes: [], other: [] };
  for (const commit of commits) {
    if (commit.breaking) groups.breaking.push(commit.sha);
    else if (commit.type === "feat") groups.features.push(commit.sha);
    else if (commit.type === "fix") groups.fixes.push(commit.sha);
    else groups.other.push(commit.sha);
  }
  const files = uniqueSorted(commits.flatMap((commit) => commit.files));
  const servicesInScope = touchedBy(files);
  return {
    tag: input.tag,
    range: input.range ?? (input.previousTag === null ? input.tag : `${input.previousTag}..${input.tag}`),
    previousTag: input.previousTag,
    firstRelease: input.previousTag === null,
    commits,
    groups,
    pullRequests: uniqueSorted(
      commits.flatMap((commit) => commit.pullRequests),
      (a, b) => a - b
    ),
    issues: uniqueSorted(
      commits.flatMap((commit) => commit.issues),
      naturalOrder
    ),
    authors: uniqueSorted(
      commits.map((commit) => commit.author),
      naturalOrder
    ),
    files,
    services: servicesInScope,
    risks: changeRisks(input, commits, servicesInScope)
  };
}
function changeRisks(input, commits, servicesInScope) {
  const risks = [];
  if (input.previousTag === null) {
    risks.push({
      kind: "first-release",
      detail: `no previous release tag: every commit up to ${input.tag} is in scope, and there is no earlier release to roll back to`
    });
  }
  const bodyOf = new Map(input.commits.map((raw) => [raw.sha, raw.body]));
  for (const commit of commits.filter((c) => c.breaking)) {
    const notes = breakingNotes(bodyOf.get(commit.sha) ?? "").filter(Boolean);
    risks.push({
      kind: "breaking-change",
      detail: `${commit.shortSha} ${commit.subject}${notes.length ? ` (BREAKING CHANGE: ${notes.join("; ")})` : ""}`,
      commits: [commit.sha]
    });
  }
  const pathKinds = [
    { kind: "config-changed", what: "release config", matches: pathMatcher(input.configPaths ?? []) },
    {
      kind: "rollback-script-changed",
      what: "rollback script",
      matches: pathMatcher(input.rollbackScriptPaths ?? [])
    },
    { kind: "risky-path", what: "risky path", matches: pathMatcher(input.riskyPaths) }
  ];
  const claimed = /* @__PURE__ */ new Set();
  for (const { kind, what, matches } of pathKinds) {
    const touching = commits.map((commit) => ({ commit, files: commit.files.filter((file) => matches(file) && !claimed.has(file)) })).filter(({ files: files2 }) => files2.length > 0);
    const files = uniqueSorted(touching.flatMap((t) => t.files));
    if (files.length === 0) continue;
    files.forEach((file) => claimed.add(file));
    const perFile = files.map(
      (file) => `${file} (${touching.filter((t) => t.files.includes(file)).map((t) => t.commit.shortSha).join(", ")})`
    );
    risks.push({
      kind,
      detail: `${what} changed: ${perFile.join("; ")}`,
      files,
      commits: touching.map((t) => t.commit.sha)
    });
  }
  const withoutRollback = new Set(input.servicesWithoutRollback);
  for (const service of servicesInScope.filter((s) => withoutRollback.has(s))) {
    risks.push({
      kind: "no-rollback-command",
      detail: `${service} changes in this release but has no rollback command`,
      service
    });
  }
  return risks;
}
function naturalOrder(a, b) {
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}
function uniqueSorted(values, compare) {
  const unique = [...new Set(values)];
  return compare ? unique.sort(compare) : unique.sort();
}

// src/render/change-set.ts
function renderChangeSetMarkdown(changeSet, options = {}) {
  const heading = "#".repeat(options.headingLevel ?? 3);
  const bySha = new Map(changeSet.commits.map((commit) => [commit.sha, commit]));
  const section = (title, body) => [`${heading} ${title}`, "", ...body, ""];
  const commitTable = (shas) => {
    const rows = shas.flatMap((sha) => bySha.get(sha) ?? []);
    if (rows.length === 0) return ["None."];
    return [
      "| Commit | Type | Scope | Description | Author | Pull requests | Issues |",
      "|---|---|---|---|---|---|---|",
      ...rows.map(
        (c) => `| \`${c.shortSha}\` | ${cell(c.type)} | ${cell(c.scope)} | ${cell(c.description)} | ${cell(c.author)} | ${cell(c.pullRequests.map((n) => `#${n}`).join(", "))} | ${cell(c.issues.join(", "))} |`
      )
    ];
  };
  const shasOf = (predicate) => changeSet.commits.filter(predicate).map((commit) => `\`${commit.shortSha}\``).join(", ");
  return [
    summaryLine(changeSet),
    "",
    ...section("Breaking changes", commitTable(changeSet.groups.breaking)),
    ...section("Features", commitTable(changeSet.groups.features)),
    ...section("Fixes", commitTable(changeSet.groups.fixes)),
    ...section("Other", commitTable(changeSet.groups.other)),
    ...section(
      "Pull requests",
      changeSet.pullRequests.length === 0 ? ["None referenced."] : changeSet.pullRequests.map((n) => `- #${n}: ${shasOf((c) => c.pullRequests.includes(n))}`)
    ),
    ...section(
      "Linked issues",
      changeSet.issues.length === 0 ? ["None closed by these commits."] : changeSet.issues.map((issue) => `- ${inlineText(issue)}: ${shasOf((c) => c.issues.includes(issue))}`)
    ),
    ...section(
      "Services in scope",
      changeSet.services.length === 0 ? ["None: no changed path matches a service."] : [
        "| Service | Commits | Files changed |",
        "|---|---|---|",
        ...changeSet.services.map((service) => {
          const touching = changeSet.commits.filter((c) => c.services.includes(service));
          const files = new Set(touching.flatMap((c) => c.files));
          return `| ${cell(service)} | ${touching.length} | ${files.size} |`;
        })
      ]
    ),
    ...section(
      "Risks",
      changeSet.risks.length === 0 ? ["None found."] : [
        "| Risk | Detail |",
        "|---|---|",
        ...changeSet.risks.map((risk) => `| ${risk.kind} | ${cell(risk.detail)} |`)
      ]
    )
  ];
}
function summaryLine(changeSet) {
  const count = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const what = changeSet.previousTag === null ? `${changeSet.tag} (first release, no previous tag): ${count(changeSet.commits.length, "commit")} in range ${changeSet.range}` : `${changeSet.tag}: ${count(changeSet.commits.length, "commit")} since ${changeSet.previousTag} (range ${changeSet.range})`;
  const services = changeSet.services.length ? ` (${changeSet.services.join(", ")})` : "";
  return inlineText(
    `${what} by ${count(changeSet.authors.length, "author")}; ${count(changeSet.files.length, "file")} changed in ${count(changeSet.services.length, "service")}${services}; ${count(changeSet.risks.length, "risk")}.`
  );
}

// src/render/markdown.ts
function renderReleaseManifest(config, checklist, changes, notes = [], pullRequests = []) {
  const levels = deployLevels(config.services);
  const lines = [
    `# Release manifest: ${checklist.tag}`,
    "",
    `- Generated: ${checklist.generatedAt}`,
    `- Target environment: ${checklist.environment}`,
    `- Previous release (rollback target): ${inlineText(checklist.previousRelease ?? "none known")}`,
    `- Config: ${codeSpan(config.sourcePath)}`,
    `- Readiness (Gate 1): ${checklist.passed ? "passed" : "FAILED"}`,
    "",
    "## Scope",
    "",
    `Services in scope, in deploy order: ${inlineText(levels.map((level) => level.join(" + ")).join(" \u2192 "))}.`,
    "",
    `Change set: ${codeSpan(changes.range)}${changes.previousTag ? ` (since ${inlineText(changes.previousTag)})` : " (first release: no previous tag)"}. The same data: \`release-manifest.json\`.`,
    ...notes.map((note) => `> ${inlineText(note)}`),
    "",
    ...renderChangeSetMarkdown(changes),
    "",
    ...pullRequests.length > 0 ? [
      "### Pull requests on GitHub",
      "",
      "| PR | Title | Author | Labels | Approved by |",
      "|---|---|---|---|---|",
      ...pullRequests.map(
        (pr) => `| ${pullRequestLink(pr)} | ${cell(pr.title)} | ${cell(pr.author)} | ${cell(pr.labels.join(", ") || "\u2014")} | ${cell(pr.approvedBy.join(", ") || "nobody")} |`
      ),
      ""
    ] : [],
    "## Sign-offs",
    "",
    "| Stakeholder | Role | Sign-off |",
    "|---|---|---|",
    ...config.stakeholders.length === 0 ? ["| \u2014 | \u2014 | none configured (stakeholders in the config) |"] : (checklist.stakeholders ?? stakeholderStatuses(config.stakeholders, [], checklist.tag)).map(
      (s) => `| ${cell(s.name)} | ${cell(s.role)} | ${signoffCell(s, checklist.tag)} |`
    ),
    "",
    `Production approval is requested in Phase 3 and recorded in \`production-approval.json\`${config.approval.approvers.length ? ` (allowed approvers: ${inlineText(config.approval.approvers.join(", "))})` : ""}.`,
    "",
    "## Rollback steps",
    "",
    checklist.rollbackPlan.executable ? `Executable: ${inlineText(checklist.rollbackPlan.message)}.` : `**Not executable:** ${inlineText(checklist.rollbackPlan.message)}`,
    "",
    ...rollbackOrder(levels).map((id, i) => {
      const argv = checklist.rollbackPlan.services.find((s) => s.service === id)?.argv ?? [];
      return `${i + 1}. ${inlineText(id)}: ${codeSpan(argv.join(" "))}`;
    }),
    ""
  ];
  return lines.join("\n");
}
function signoffCell(stakeholder, tag) {
  if (stakeholder.status === "signed")
    return cell(
      `signed by ${stakeholder.signedBy ?? "unknown"} at ${stakeholder.signedAt ?? "unknown"}${stakeholder.comment ? `: ${stakeholder.comment}` : ""}`
    );
  if (!stakeholder.required) return "pending";
  const role = stakeholder.role ?? stakeholder.name;
  return `**pending (required)**: ${codeSpan(signoffCommandText(tag, role), { inTable: true })}`;
}
function pullRequestLink(pr) {
  return /^https:\/\/[^\s()<>]+$/.test(pr.url) ? `[#${pr.number}](${pr.url})` : `#${pr.number}`;
}
function renderCommunications(config, checklist, now) {
  const levels = deployLevels(config.services);
  const health = config.health;
  return [
    `## Release ${checklist.tag} \u2014 ${now.toISOString()}`,
    "",
    `- Window: starts now; staging, approval, production rollout, then a ${formatDuration(health.windowMs)} health window.`,
    `- Plan: staging \u2192 approval (${inlineText(config.approval.environment)}) \u2192 production in order ${inlineText(levels.map((l) => l.join(" + ")).join(" \u2192 "))} \u2192 health window \u2192 report.`,
    `- Rollback: ${inlineText(checklist.rollbackPlan.executable ? checklist.rollbackPlan.message : `NOT EXECUTABLE (${checklist.rollbackPlan.message})`)}; on breach: ${health.onBreach}.`,
    `- Monitoring: ${config.communications.monitors.length ? inlineText(config.communications.monitors.join(", ")) : "no one assigned (communications.monitors)"}`,
    `- Channel: ${config.communications.channel ? inlineText(config.communications.channel) : "not configured (communications.channel)"}`,
    `- Readiness: ${checklist.passed ? "Gate 1 passed" : "Gate 1 FAILED \u2014 release halted"}`,
    "",
    ""
  ].join("\n");
}
function* healthLogPieces(record, maxOf = () => void 0) {
  const passed = record.samples.filter((s) => s.passed).length;
  const head = [
    `# Deployment health log: ${record.tag}`,
    "",
    `- Environment: ${inlineText(record.environment)}`,
    `- Window: ${formatDuration(record.windowMs)} from ${record.startedAt} to ${record.finishedAt}, every ${formatDuration(record.intervalMs)}`,
    `- Failure limit: ${record.failureLimit} failed sample(s) per probe; on breach: ${record.onBreach}`,
    `- **Verdict: ${record.verdict.toUpperCase()}**${record.breach ? ` \u2014 ${inlineText(record.breach.reason)}, at ${record.breach.at}` : ""}`,
    ...record.rollback ? [
      `- Rollback: ${record.rollback.status} to ${cell(record.rollback.target)} (${inlineText(record.rollback.reason)})`
    ] : [],
    "",
    "## Probes",
    "",
    "| Probe | Kind | Target | Threshold | Samples | Failed | Errors | No data |",
    "|---|---|---|---|---|---|---|---|",
    ...record.probes.map(
      (p) => `| ${cell(p.id)} | ${p.kind} | ${cell(p.target)} | ${cell(p.threshold)} | ${p.samples} | ${p.failures} | ${p.errors} | ${p.inconclusive} |`
    ),
    "",
    "## Chart",
    "",
    "```text",
    ...probeSparklines(record.probes, record.samples),
    "```",
    "",
    ...mermaidChart(
      record.probes.map((p) => ({
        id: p.id,
        ...maxOf(p.id) !== void 0 ? { max: maxOf(p.id) } : {}
      })),
      record.samples
    ),
    // One line per sample was 86 bytes a sample (8.6 MB at 100,000): the log keeps what a reader looks for.
    "## Failed and inconclusive samples",
    "",
    `All ${record.samples.length} samples (${passed} passed) are in health-window.json (\`sampleColumns\`).`,
    "",
    "| Round | Probe | Result | Value | Time | Observation |",
    "|---|---|---|---|---|---|"
  ];
  yield head.join("\n") + "\n";
  for (const s of record.samples)
    if (!s.passed)
      yield `| ${s.round} | ${cell(s.probe)} | **${s.status.toUpperCase()}** | ${cell(s.value)} | ${s.finishedAt} | ${cell(s.message)} |
`;
  yield* firingAlertRows(record.samples);
}
function* firingAlertRows(samples) {
  const withAlerts = samples.filter((s) => s.alerts && s.alerts.length > 0);
  if (withAlerts.length === 0) return;
  yield "\n## Firing alerts\n\n| Round | Probe | Alert | Since | Fingerprint | Labels |\n|---|---|---|---|---|---|\n";
  for (const s of withAlerts)
    for (const alert of s.alerts ?? []) {
      const labels = Object.entries(alert.labels).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
      yield `| ${s.round} | ${cell(s.probe)} | ${cell(alert.alertname)} | ${cell(alert.startsAt)} | ${cell(alert.fingerprint)} | ${cell(labels.join(", "))} |
`;
    }
}

// src/phases/readiness/prerequisites.ts
var FUTURE_TOLERANCE_MS = 5 * 6e4;
function evaluatePrerequisite(spec, facts, now, schema, tag) {
  const base = {
    id: spec.id,
    path: spec.path,
    maxAgeMs: spec.maxAgeMs,
    ageMs: null,
    timestamp: null,
    timestampSource: null
  };
  const fail = (status, message, extra = {}) => ({
    ...base,
    ...extra,
    status,
    passed: false,
    message
  });
  if (!facts.exists) return fail("missing", `${spec.path} does not exist`);
  if (facts.outsideWorkspace !== void 0)
    return fail(
      "outside-workspace",
      `${spec.path} leads to ${facts.outsideWorkspace}, outside the workspace: evidence must be a file inside it (a symbolic link must not lead out)`
    );
  if (!facts.isFile || facts.text === null) return fail("not-a-file", `${spec.path} is not a regular file`);
  let parsed;
  const needsJson = schema !== void 0 || spec.timestampField !== void 0 || spec.path.endsWith(".json");
  if (needsJson) {
    try {
      parsed = JSON.parse(facts.text);
    } catch (error) {
      return fail("unparseable", `${spec.path} is not valid JSON: ${oneLine(error.message)}`);
    }
  }
  if (schema && !schema(parsed)) {
    const first = schema.errors?.[0];
    return fail(
      "schema-invalid",
      `${spec.path} does not match its schema: ${first ? `${first.instancePath || "/"} ${first.message}` : "invalid"}`
    );
  }
  let timestamp = facts.modifiedAt;
  let source = "mtime";
  if (spec.timestampField) {
    const value = jsonPointer(parsed, spec.timestampField);
    const time = typeof value === "string" ? new Date(value) : null;
    if (!time || Number.isNaN(time.getTime())) {
      return fail(
        "unparseable",
        `${spec.path} has no ISO-8601 time at ${spec.timestampField} (found ${JSON.stringify(value) ?? "nothing"})`
      );
    }
    timestamp = time;
    source = "field";
  }
  if (!timestamp) return fail("missing", `${spec.path} has no modification time`);
  const ageMs = now.getTime() - timestamp.getTime();
  const dated = { ageMs, timestamp: timestamp.toISOString(), timestampSource: source };
  if (ageMs < -FUTURE_TOLERANCE_MS) {
    return fail(
      "future-timestamp",
      `${spec.path} is dated ${timestamp.toISOString()}, in the future (${source === "field" ? spec.timestampField : "file time"})`,
      dated
    );
  }
  if (ageMs > spec.maxAgeMs) {
    return fail(
      "stale",
      `${spec.path} is ${formatDuration(ageMs)} old, older than max-age ${formatDuration(spec.maxAgeMs)}`,
      dated
    );
  }
  const rehearsalProblem = tag === void 0 ? null : rehearsalVerdict(parsed, tag);
  if (rehearsalProblem)
    return fail(rehearsalProblem.status, `${spec.path}: ${rehearsalProblem.message}`, dated);
  return {
    ...base,
    ...dated,
    status: "ok",
    passed: true,
    message: `${formatDuration(Math.max(0, ageMs))} old (max ${formatDuration(spec.maxAgeMs)})`
  };
}
function rehearsalVerdict(parsed, tag) {
  if (typeof parsed !== "object" || parsed === null) return null;
  const record = parsed;
  if (record.artifact !== "rollback-rehearsal.json") return null;
  if (record.passed !== true) {
    const steps = Array.isArray(record.steps) ? record.steps : [];
    const failed = steps.find((s) => s.passed === false);
    return {
      status: "rehearsal-failed",
      message: `the rollback rehearsal of ${String(record.tag)} failed${failed ? ` at ${failed.name}: ${failed.message}` : ""}. Fix the rollback, then run release-gate rehearse --tag ${tag}`
    };
  }
  if (record.tag !== tag) {
    return {
      status: "rehearsal-of-another-release",
      message: `it rehearsed ${String(record.tag)}, not ${tag}. Run release-gate rehearse --tag ${tag}`
    };
  }
  return null;
}
var PROBLEM_HEADLINE = {
  missing: "Prerequisite evidence does not exist",
  stale: "Prerequisite evidence is older than its max-age",
  unparseable: "Prerequisite evidence cannot be read (not JSON, or no time in it)",
  "schema-invalid": "Prerequisite evidence does not match its schema",
  "future-timestamp": "Prerequisite evidence is dated in the future",
  "rehearsal-failed": "The rollback rehearsal failed",
  "rehearsal-of-another-release": "The rollback rehearsal is of another release",
  "not-a-file": "Prerequisite evidence is not a regular file",
  "outside-workspace": "Prerequisite evidence leads out of the workspace (a symbolic link)"
};
function prerequisiteHeadlines(results) {
  const byStatus = /* @__PURE__ */ new Map();
  for (const result of results) {
    if (result.passed || result.status === "ok") continue;
    byStatus.set(result.status, [...byStatus.get(result.status) ?? [], result.id]);
  }
  return [...byStatus].map(([status, ids]) => `[ERROR] ${PROBLEM_HEADLINE[status]}: ${ids.join(", ")}.`);
}

// src/render/rollback-plan.ts
var quote = (word) => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
function renderRollbackPlan(checklist, services, rehearsal) {
  const order = rollbackOrder(deployLevels(services));
  const lines = [
    `# Rollback plan: ${checklist.tag}`,
    "",
    `- Environment: ${checklist.environment}`,
    `- Target release: ${checklist.rollbackPlan.target ?? "(none known: first release)"}`,
    `- Executable: ${checklist.rollbackPlan.executable ? "yes" : `**NO** \u2014 ${inlineText(checklist.rollbackPlan.message)}`}`,
    `- Order: ${order.join(" \u2192 ")} (dependants first)`,
    rehearsal ? `- Rehearsal: ${rehearsal.passed ? "passed" : "**FAILED**"} on ${rehearsal.environment} at ${rehearsal.finishedAt} for ${rehearsal.tag}` + (rehearsal.rollbackDurationMs !== null ? `; the rollback took ${formatDuration(rehearsal.rollbackDurationMs)}` : "") : "- Rehearsal: none on record for this release (`release-gate rehearse --tag " + checklist.tag + "`)",
    "",
    "## Commands",
    "",
    "Run from the repository root, in this order, or all at once with",
    `\`release-gate rollback --env ${checklist.environment}${checklist.rollbackPlan.target ? ` --to ${checklist.rollbackPlan.target}` : ""}\`.`,
    ""
  ];
  for (const id of order) {
    const command = checklist.rollbackPlan.services.find((s) => s.service === id);
    lines.push(
      `### ${id}`,
      "",
      fencedCode(command ? command.argv.map(quote).join(" ") : "# no rollback command", "sh"),
      ""
    );
  }
  return lines.join("\n");
}

// src/phases/readiness/run.ts
async function runReadiness(ctx) {
  const startedAt = ctx.clock.now().toISOString();
  ctx.logger.info(ANNOUNCE.phase1Start);
  const environment = ctx.config.approval.environment;
  const problems = [];
  const commitsRead = ctx.changes.releaseCommits(ctx.tag);
  commitsRead.catch(() => void 0);
  const { prerequisites, rehearsals } = await checkPrerequisites(ctx, problems);
  const window = checkDeploymentWindow(ctx, problems);
  const commits = await commitsRead;
  const missingTag = missingTagProblem(ctx, commits.tagFound);
  if (missingTag && ctx.requireTagInGit) problems.push(missingTag);
  else if (missingTag) ctx.logger.warn(`[WARNING] ${missingTag}; the change set runs up to HEAD instead.`);
  const stakeholders = await checkSignoffs(ctx);
  const target = await rollbackTarget(ctx, environment);
  const checklist = {
    ...recordHeader(ARTIFACTS.readinessChecklist, ctx.tag, ctx.clock.now()),
    environment,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed: false,
    configFile: ctx.config.sourcePath,
    configSha256: ctx.config.sourceSha256,
    previousRelease: target,
    prerequisites,
    rollbackPlan: rollbackPlanOf(ctx, environment, target),
    services: ctx.config.services.map((s) => s.id),
    problems,
    stakeholders,
    window
  };
  const gate = readinessGate(ctx.tag, checklist);
  checklist.passed = gate.passed;
  await ctx.store.writeJson(ARTIFACTS.readinessChecklist, checklist);
  await ctx.store.writeText(
    ARTIFACTS.rollbackPlan,
    renderRollbackPlan(
      checklist,
      ctx.config.services,
      rehearsals.find((r) => r.tag === ctx.tag) ?? rehearsals[0] ?? null
    )
  );
  await writeScope(ctx, checklist, target, commits);
  if (!gate.passed) {
    if (prerequisites.some((p) => !p.passed)) {
      for (const headline of prerequisiteHeadlines(prerequisites)) ctx.logger.error(headline);
      ctx.logger.error(ANNOUNCE.missingPrerequisites);
    }
    const missing = missingSignoffs(stakeholders);
    if (missing.length > 0)
      ctx.logger.error(
        `[ERROR] Required stakeholder sign-off missing for ${ctx.tag}: ${missing.map((s) => s.role ? `${s.name} (${s.role})` : s.name).join(", ")}. Record each with release-gate signoff --tag ${ctx.tag} --role <role> --name <name>.`
      );
    for (const reason of gate.reasons) ctx.logger.error(`  - ${reason}`);
    ctx.logger.error(
      `Gate 1 (readiness) failed; nothing was deployed. Fix the above, then rerun. Evidence: ${ctx.store.path(ARTIFACTS.readinessChecklist)}`
    );
    return { kind: "halted", gate: 1, reasons: gate.reasons };
  }
  ctx.logger.info(phaseComplete(1, "Readiness verification"));
  return { kind: "passed" };
}
async function checkPrerequisites(ctx, problems) {
  const prerequisites = [];
  const rehearsals = [];
  for (const spec of ctx.config.prerequisites) {
    let schema;
    if (spec.schemaPath) {
      try {
        const schemaFile = await ctx.artifacts.inspect(spec.schemaPath);
        if (schemaFile.text === null) throw new Error("file not found");
        schema = ctx.schemas.compileUserSchema(JSON.parse(schemaFile.text));
      } catch (error) {
        problems.push(
          `prerequisite ${spec.id}: cannot use schema ${spec.schemaPath}: ${error.message}`
        );
      }
    }
    const facts = await ctx.artifacts.inspect(spec.path);
    const result = evaluatePrerequisite(spec, facts, ctx.clock.now(), schema, ctx.tag);
    prerequisites.push(result);
    const rehearsal = rehearsalRecord(facts.text);
    if (rehearsal) rehearsals.push(rehearsal);
    ctx.logger.info(`  ${result.passed ? "\u2714" : "\u2718"} ${spec.id}: ${result.message}`);
  }
  return { prerequisites, rehearsals };
}
async function checkSignoffs(ctx) {
  const statuses = stakeholderStatuses(ctx.config.stakeholders, await ctx.signoffs.forTag(ctx.tag), ctx.tag);
  for (const s of statuses) {
    const who = s.role ? `${s.name} (${s.role})` : s.name;
    ctx.logger.info(
      s.status === "signed" ? `  \u2714 sign-off ${who}: signed by ${s.signedBy ?? "unknown"} at ${s.signedAt ?? "unknown"}` : `  ${s.required ? "\u2718" : "\u2026"} sign-off ${who}: pending${s.required ? " (required)" : ""}`
    );
  }
  return statuses;
}
function checkDeploymentWindow(ctx, problems) {
  const window = checkWindow(ctx);
  if (!window.allowed && !window.override)
    problems.push(
      `deployment window: ${window.reason}. In an emergency, override with a reason (--override-window "<why>")`
    );
  ctx.logger.info(
    `  ${window.allowed ? "\u2714" : window.override ? "\u26A0" : "\u2718"} deployment window: ${window.reason}${window.override ? ` \u2014 OVERRIDDEN by ${window.override.by}: ${window.override.reason}` : ""}`
  );
  return window;
}
function rollbackPlanOf(ctx, environment, target) {
  const planProblem = rollbackPlanProblem(ctx, target);
  return {
    executable: planProblem === null,
    target,
    message: planProblem ?? (target ? `roll back to ${target}` : "first release: rollback commands do not need a previous release"),
    services: ctx.config.services.map((s) => ({
      service: s.id,
      argv: stepArgv(ctx, s.rollback, templateVars(ctx, environment, s.id, target))
    }))
  };
}
async function writeScope(ctx, checklist, target, found) {
  ctx.logger.info(ANNOUNCE.scope);
  const changeSet = buildChangeSet({
    previousTag: found.previousTag,
    tag: ctx.tag,
    range: found.range,
    commits: found.commits,
    servicePaths: ctx.config.scope.services,
    riskyPaths: ctx.config.scope.riskyPaths,
    configPaths: [relativeToRepo(ctx.config.sourcePath)],
    rollbackScriptPaths: ctx.config.services.flatMap((s) => scriptPaths(tokenizeCommand(s.rollback.command))),
    servicesWithoutRollback: []
  });
  if (target)
    for (const risk of changeSet.risks.filter((r) => r.kind === "first-release"))
      risk.detail = `no earlier release tag in git: every commit up to ${ctx.tag} is in scope (the rollback target ${target} comes from the release history)`;
  for (const risk of changeSet.risks) ctx.logger.warn(`  \u26A0 risk: ${risk.detail}`);
  const enriched = ctx.pullRequests ? await ctx.pullRequests.details(changeSet.pullRequests) : { pullRequests: [], notes: [] };
  const notes = [...found.notes, ...enriched.notes];
  await ctx.store.writeJson(ARTIFACTS.releaseManifestJson, {
    ...recordHeader(ARTIFACTS.releaseManifestJson, ctx.tag, ctx.clock.now()),
    notes,
    stakeholders: ctx.config.stakeholders,
    changeSet,
    pullRequestDetails: enriched.pullRequests
  });
  await ctx.store.writeText(
    ARTIFACTS.releaseManifest,
    renderReleaseManifest(ctx.config, checklist, changeSet, notes, enriched.pullRequests)
  );
  const plan = renderCommunications(ctx.config, checklist, ctx.clock.now());
  queueCommunications(
    ctx,
    (existing) => (existing?.startsWith("# Deployment communications") ? "" : "# Deployment communications\n\n") + plan
  );
}
function rehearsalRecord(text) {
  if (text === null) return null;
  try {
    const value = JSON.parse(text);
    return value.artifact === "rollback-rehearsal.json" && Array.isArray(value.steps) ? value : null;
  } catch {
    return null;
  }
}
function scriptPaths(words) {
  return words.filter(
    (w) => !w.startsWith("-") && !w.includes("${") && (/\.(sh|py|js|mjs|ts|rb|ps1)$/.test(w) || w.includes("/"))
  );
}
function relativeToRepo(path) {
  return isAbsolute(path) ? relative(process.cwd(), path) : path.replace(/^\.\//, "");
}
function missingTagProblem(ctx, tagFound) {
  if (tagFound === true) return null;
  return tagFound === false ? `release tag ${ctx.tag} does not exist in this checkout's git repository: create and push the tag, and run on it` : `no git repository here to confirm release tag ${ctx.tag}: run in a checkout of the repository that holds the tag`;
}

// src/render/rollouts.ts
function renderRollouts(services, heading = "###") {
  const lines = [];
  for (const service of services) {
    const rollout = service.rollout;
    if (!rollout) continue;
    lines.push(
      `${heading} Rollout of ${inlineText(service.service)} (${rollout.strategy}): ${rollout.status}`,
      ""
    );
    if (rollout.skipped)
      lines.push(
        `Skipped ${inlineText(rollout.skipped.steps.join(", "))}: ${cell(rollout.skipped.reason)}`,
        ""
      );
    if (rollout.abort)
      lines.push(
        `**Aborted at step ${rollout.abort.step} (${inlineText(rollout.abort.description)}) at ${rollout.abort.at}:** ${cell(rollout.abort.reason)}`,
        ""
      );
    lines.push(
      "| Step | Action | Weight / colour | Result | Finished | Detail |",
      "|---:|---|---|---|---|---|"
    );
    for (const step of rollout.steps) {
      const target = step.weight !== null ? `${step.weight}%` : step.color ?? "\u2014";
      const score = step.analysis?.comparison?.score !== void 0 && step.analysis.comparison.score !== null ? ` (score ${Math.round(step.analysis.comparison.score)})` : "";
      lines.push(
        `| ${step.step} | ${cell(step.description)} | ${target} | ${step.status === "failed" ? "**failed**" : step.status === "deferred" ? "deferred to after the health window" : "completed"}${score} | ${step.finishedAt} | ${cell(step.message)} |`
      );
    }
    lines.push("");
  }
  return lines;
}

// src/render/deployment-report.ts
function recordedRollbacks(evidence) {
  return [evidence.production?.rollback, evidence.health?.rollback].filter(
    (r) => Boolean(r)
  );
}
function renderDeploymentReport(input) {
  const { evidence } = input;
  const lines = [
    ...headlineSection(input),
    ...evidence.brokenChain?.length ? brokenChainSection(evidence.brokenChain) : [],
    ...evidence.interrupted ? interruptionSection(evidence.interrupted) : [],
    ...gatesSection(input.gates),
    ...phasesSection(input.retrospective),
    ...evidence.scope ? scopeSection(evidence.scope.changeSet) : [],
    ...evidence.checklist ? readinessSection(evidence.checklist) : [],
    ...evidence.approval ? approvalSection(evidence.approval) : [],
    ...deploymentSection("Staging deployment", evidence.staging),
    ...deploymentSection("Production deployment", evidence.production),
    ...validationSection("Staging validation", evidence.stagingValidation),
    ...validationSection("Post-deployment checks", evidence.postValidation),
    ...evidence.health ? healthSection(evidence.health) : [],
    ...rollbacksSection(recordedRollbacks(evidence)),
    ...retrospectiveSections(input.retrospective),
    ...evidenceSection(input.inventory)
  ];
  return lines.join("\n");
}
function headlineSection({ tag, evidence, outcome }) {
  const headline = {
    released: `Released: ${tag} is serving in production and passed its health window.`,
    "rolled-back": `Rolled back: ${tag} reached production and was rolled back to ${inlineText(evidence.health?.rollback?.target ?? evidence.production?.rollback?.target ?? "the previous release")}.`,
    failed: `FAILED: ${tag} needs attention (see failures below).`,
    halted: `Halted before production: ${tag} did not pass a gate; production was not touched.`,
    incomplete: `Incomplete: the protocol for ${tag} has not finished.`
  };
  return [`# Deployment report: ${tag}`, "", `**${headline[outcome]}**`, ""];
}
function brokenChainSection(problems) {
  return [
    "## Evidence chain broken",
    "",
    "This report lists only what could be vouched for; it is not sealed into the manifest and not attested.",
    "",
    ...problems.map((problem) => `- ${cell(problem)}`),
    ""
  ];
}
function interruptionSection(interrupted) {
  return [
    "## Interrupted",
    "",
    `Interrupted by ${interrupted.signal} during the ${interrupted.phase} phase at ${interrupted.interruptedAt}${interrupted.inFlight ? `, while ${cell(interrupted.inFlight.name)} ran (stopped)` : ""}: ${cell(interrupted.state)}.`,
    "",
    ...interrupted.nextSteps.map((step) => `- ${cell(step)}`),
    ""
  ];
}
function gatesSection(gates) {
  return [
    "## Gates",
    "",
    "| Gate | Verdict | Time | Notes |",
    "|---|---|---|---|",
    ...gates.map(
      (g) => `| ${g.name} | ${g.verdict ? g.verdict.passed ? "passed" : "**failed**" : "not reached"} | ${cell(g.at)} | ${cell(g.verdict?.reasons.join("; ") || "")} |`
    ),
    ""
  ];
}
function phasesSection(retrospective) {
  return [
    "## Phases",
    "",
    "| Phase | Status | Started | Duration |",
    "|---|---|---|---|",
    ...retrospective.phases.map(
      (p) => `| ${p.phase} | ${p.status} | ${cell(p.startedAt)} | ${p.durationMs === null ? "\u2014" : formatDuration(p.durationMs)} |`
    ),
    ""
  ];
}
function scopeSection(c) {
  return [
    "## Scope",
    "",
    `${c.commits.length} commit(s) in ${codeSpan(c.range)}${c.firstRelease ? " (first release)" : ""}; services: ${inlineText(c.services.join(", ")) || "none mapped"}; pull requests: ${c.pullRequests.map((n) => `#${n}`).join(", ") || "none"}; breaking changes: ${c.groups.breaking.length}.`,
    ...c.risks.map((r) => `- Risk: ${cell(r.detail)}`),
    "",
    "Details in [release-manifest.md](release-manifest.md).",
    ""
  ];
}
function readinessSection(checklist) {
  const lines = [
    "## Readiness",
    "",
    "| Prerequisite | Status | Detail |",
    "|---|---|---|",
    ...checklist.prerequisites.map((p) => `| ${cell(p.id)} | ${p.status} | ${cell(p.message)} |`),
    "",
    `Rollback plan: ${checklist.rollbackPlan.executable ? "executable" : "**not executable**"} \u2014 ${inlineText(checklist.rollbackPlan.message)}. See [release-manifest.md](release-manifest.md) and [rollback-plan.md](rollback-plan.md).`,
    ""
  ];
  const window = checklist.window;
  if (window)
    lines.push(
      window.override ? `**Deployment window OVERRIDDEN** by ${inlineText(window.override.by)} at ${window.override.at}: ${cell(window.override.reason)} (${inlineText(window.reason)}).` : `Deployment window: ${inlineText(window.reason)}.`,
      ""
    );
  return lines;
}
function approvalSection(approval) {
  return [
    "## Approval",
    "",
    `- Decision: **${approval.decision}** by ${inlineText(approval.approver ?? "nobody")} at ${approval.decidedAt} (${approval.source})`,
    `- Comment: ${approval.comment ? inlineText(approval.comment) : "\u2014"}`,
    `- Reason: ${inlineText(approval.reason)}`,
    ...approval.selfAsserted ? ["- Self-asserted: a name given locally (`--approve` or the prompt); nothing checked who gave it."] : [],
    ...approval.github?.selfApproval ? [
      `- Self-approval: an actor of the run (${inlineText(approval.github.runActors.join(", "))}) approved.`
    ] : [],
    ""
  ];
}
function deploymentSection(title, report) {
  if (!report) return [];
  return [
    `## ${title}`,
    "",
    "| Service | Status | Command | Exit | Duration |",
    "|---|---|---|---|---|",
    ...report.services.map(
      (s) => `| ${cell(s.service)} | ${s.status} | ${cell(s.deploy?.argv.join(" "))} | ${cell(s.deploy?.exitCode)} | ${s.deploy ? formatDuration(s.deploy.durationMs) : "\u2014"} |`
    ),
    "",
    ...renderRollouts(report.services)
  ];
}
function validationSection(title, results) {
  if (!results) return [];
  const lines = [
    `## ${title}: ${results.passed ? "passed" : "**failed**"}`,
    "",
    "| Check | Result | Detail |",
    "|---|---|---|",
    ...results.commands.map(
      (c) => `| ${cell(c.name)} (command) | ${c.status} | exit ${cell(c.exitCode)} in ${formatDuration(c.durationMs)} |`
    ),
    ...results.checks.map((c) => `| ${cell(c.id)} | ${c.passed ? "pass" : "**fail**"} | ${cell(c.message)} |`)
  ];
  if (results.perf)
    lines.push(
      "",
      `Availability ${(results.perf.availability * 100).toFixed(2)}%, error rate ${(results.perf.errorRate * 100).toFixed(2)}%.`
    );
  lines.push("");
  return lines;
}
function healthSection(health) {
  return [
    `## Health window: ${health.verdict}`,
    "",
    `${health.samples.length} samples over ${formatDuration(Date.parse(health.finishedAt) - Date.parse(health.startedAt))}; details in [deployment-health-log.md](deployment-health-log.md).`,
    "",
    "| Probe | Samples | Failed | Threshold |",
    "|---|---|---|---|",
    ...health.probes.map((p) => `| ${cell(p.id)} | ${p.samples} | ${p.failures} | ${cell(p.threshold)} |`),
    "",
    ...health.breach ? [`Breach: ${cell(health.breach.reason)} at ${health.breach.at}.`, ""] : [],
    ...health.retired?.length ? [
      `Old colours retired after the window: ${cell(health.retired.map((r) => `${r.service} ${r.color} (${r.exec.status})`).join(", "))}.`,
      ""
    ] : [],
    "```text",
    ...probeSparklines(health.probes, health.samples),
    "```",
    "",
    ...mermaidChart(
      health.probes.map((p) => {
        const max = thresholdMax(p.threshold);
        return { id: p.id, ...max !== void 0 ? { max } : {} };
      }),
      health.samples
    )
  ];
}
function rollbacksSection(rollbacks) {
  if (rollbacks.length === 0) return [];
  return [
    "## Rollbacks",
    "",
    "| Trigger | Target | Status | Reason | Steps |",
    "|---|---|---|---|---|",
    ...rollbacks.map(
      (r) => `| ${r.trigger} | ${cell(r.target)} | ${r.status} | ${cell(r.reason)} | ${cell([...trafficBackFirst(r), ...r.steps.map((s) => `${s.service}: ${s.exec.status}`)].join(", "))} |`
    ),
    ""
  ];
}
function trafficBackFirst(rollback) {
  return [
    ...(rollback.traffic ?? []).map(
      (t) => `${t.service}: traffic returned by ${t.router}${t.verified ? " (read back)" : ""}`
    ),
    ...(rollback.switchBack ?? []).map(
      (c) => `${c.service}: switched back to ${c.color} first (${c.exec.status})`
    )
  ];
}
function retrospectiveSections(retrospective) {
  const lines = [];
  if (retrospective.failures.length > 0)
    lines.push("## Failures", "", ...retrospective.failures.map((f) => `- ${inlineText(f)}`), "");
  if (retrospective.improvementActions.length > 0)
    lines.push(
      "## Improvement actions",
      "",
      ...retrospective.improvementActions.map((a) => `- ${inlineText(a)}`),
      ""
    );
  return lines;
}
function evidenceSection(inventory) {
  return [
    "## Evidence",
    "",
    "| File | Bytes | SHA-256 |",
    "|---|---|---|",
    ...inventory.filter((f) => f.file !== ARTIFACTS.deploymentReport).map((f) => `| [${f.file}](${encodeURI(f.file)}) | ${f.bytes} | \`${f.sha256}\` |`),
    "",
    `Downstream: Protocol 12 reads post-deployment-validation.json and deployment-health-log.md; Protocol 5 reads this report and retrospective-inputs.json.`,
    ""
  ];
}
function renderSignOffs(uat, approval) {
  const lines = [
    "",
    "## Sign-offs recorded",
    "",
    "| Sign-off | By | Decision | When | Note |",
    "|---|---|---|---|---|"
  ];
  if (uat)
    lines.push(
      `| UAT | ${cell(uat.signedOffBy ?? "automated")} | ${uat.status} | ${uat.recordedAt} | ${cell(uat.basis)} |`
    );
  if (approval)
    lines.push(
      `| Production approval | ${cell(approval.approver ?? "nobody")} | ${approval.decision} | ${approval.decidedAt} | ${cell(approval.comment ?? approval.reason)} |`
    );
  if (!uat && !approval) lines.push("| \u2014 | \u2014 | none recorded | \u2014 | the release stopped before any sign-off |");
  return lines;
}

// src/phases/health-window/gate.ts
function stabilizationGate(tag, health) {
  if (!health) return verdict(4, ["health-window.json is missing: the health window did not run"]);
  return verdict(4, [
    ...sameTag("health-window.json", health, tag),
    ...health.verdict === "healthy" ? [] : [`health window ${health.verdict}${health.breach ? `: ${health.breach.reason}` : ""}`]
  ]);
}

// src/phases/report/gates.ts
function gateVerdicts(tag, b) {
  return [
    {
      name: "Gate 1: Readiness",
      verdict: b.checklist ? readinessGate(tag, b.checklist) : null,
      at: b.checklist?.finishedAt ?? null
    },
    {
      name: "Gate 2: Staging validation",
      verdict: b.staging ? stagingGate(tag, b.staging, b.stagingValidation, b.uat) : null,
      at: b.uat?.recordedAt ?? b.staging?.finishedAt ?? null
    },
    {
      name: "Gate 3: Approval",
      verdict: b.approval ? approvalGate(tag, b.approval) : null,
      at: b.approval?.decidedAt ?? null
    },
    {
      name: "Gate 3: Production launch",
      verdict: b.production ? productionGate(tag, b.production, b.postValidation) : null,
      at: b.postValidation?.generatedAt ?? b.production?.finishedAt ?? null
    },
    {
      name: "Gate 4: Stabilization",
      verdict: b.health ? stabilizationGate(tag, b.health) : null,
      at: b.health?.finishedAt ?? null
    }
  ];
}

// src/phases/report/retrospective.ts
function releaseOutcome(bundle) {
  if (bundle.health?.verdict === "healthy") return "released";
  const rollbacks = recordedRollbacks(bundle);
  if (rollbacks.some((r) => r.status === "success")) return "rolled-back";
  if (rollbacks.length > 0 || bundle.health?.verdict === "breached" || bundle.production?.status === "failed")
    return "failed";
  if (bundle.checklist?.passed === false || bundle.staging?.passed === false || bundle.stagingValidation?.passed === false)
    return "halted";
  if (bundle.uat?.passed === false || bundle.approval?.decision === "rejected") return "halted";
  return "incomplete";
}
function reportOutcome(outcome, gates, bundle) {
  const failedGate = gates.find((g) => g.verdict && !g.verdict.passed)?.verdict ?? null;
  const rollbacks = recordedRollbacks(bundle);
  const reason = rollbacks.at(-1)?.reason ?? failedGate?.reasons.join("; ") ?? bundle.production?.status ?? outcome;
  const laterGate = failedGate?.gate === 3 || failedGate?.gate === 4 ? failedGate.gate : void 0;
  switch (outcome) {
    case "released":
      return { kind: "passed" };
    case "halted":
      return {
        kind: "halted",
        gate: failedGate && failedGate.gate !== 4 ? failedGate.gate : 3,
        reasons: failedGate?.reasons ?? ["a gate did not pass"]
      };
    case "rolled-back":
      return { kind: "rolled-back", reason, ...laterGate ? { gate: laterGate } : {} };
    case "failed": {
      const failedRollback = rollbacks.find((r) => r.status !== "success");
      return {
        kind: "failed",
        reason: failedRollback ? `${failedRollback.reason}; rollback ${failedRollback.status}` : reason,
        ...laterGate ? { gate: laterGate } : {}
      };
    }
    case "incomplete":
      return {
        kind: "incomplete",
        sealed: !bundle.brokenChain?.length,
        reason: bundle.brokenChain?.length ? `the evidence chain is broken: ${bundle.brokenChain.join("; ")}` : bundle.interrupted ? `interrupted by ${bundle.interrupted.signal} during the ${bundle.interrupted.phase} phase` : `the release did not finish: ${missingStep(bundle)}`
      };
  }
}
function missingStep(bundle) {
  if (!bundle.checklist) return "no readiness checklist";
  if (!bundle.staging) return "no staging deployment";
  if (!bundle.approval) return "no production approval";
  if (!bundle.production) return "no production deployment";
  return "no health window verdict";
}
function buildRetrospective(ctx, b, outcome, gates) {
  const failures = gates.flatMap(
    (g) => g.verdict && !g.verdict.passed ? g.verdict.reasons.map((r) => `${g.name}: ${r}`) : []
  );
  failures.push(...b.unreadable.map((u) => `unreadable evidence: ${u}`));
  const misses = nearMisses(ctx, b);
  const rollbacks = recordedRollbacks(b).map((r) => ({
    trigger: r.trigger,
    reason: r.reason,
    status: r.status
  }));
  return {
    ...recordHeader(ARTIFACTS.retrospective, ctx.tag, ctx.clock.now()),
    outcome,
    phases: phaseSpans(b, gates),
    failures,
    nearMisses: misses.slice(0, 50),
    rollbacks,
    manualInterventions: manualInterventions(b),
    improvementActions: improvementActions(b, rollbacks, misses)
  };
}
function nearMisses(ctx, b) {
  const misses = [];
  for (const probe of b.health?.probes ?? []) {
    if (probe.failures > 0 && b.health?.verdict === "healthy")
      misses.push(
        `probe ${probe.id} failed ${probe.failures} of ${probe.samples} samples but stayed under the limit`
      );
  }
  for (const sample of b.health?.samples ?? []) {
    const probe = ctx.config.health.probes.find((p) => p.id === sample.probe);
    if (probe?.kind === "http" && probe.maxLatencyMs && sample.passed && sample.value !== null && sample.value > 0.8 * probe.maxLatencyMs) {
      misses.push(
        `probe ${probe.id} latency ${sample.value}ms in round ${sample.round} is over 80% of its ${probe.maxLatencyMs}ms limit`
      );
    }
  }
  return misses;
}
function manualInterventions(b) {
  const windowOverride = b.checklist?.window?.override;
  return [
    ...b.approval ? [
      `production approval: ${b.approval.decision} by ${b.approval.approver ?? "nobody"} via ${b.approval.source}`
    ] : [],
    ...windowOverride ? [
      `deployment window overridden by ${windowOverride.by} at ${windowOverride.at}: ${windowOverride.reason}`
    ] : []
  ];
}
function improvementActions(b, rollbacks, misses) {
  const actions = [];
  if (rollbacks.length > 0)
    actions.push(
      "Find why the release passed staging but failed in production; add a staging check that would have caught it."
    );
  if (b.checklist?.prerequisites.some((p) => !p.passed))
    actions.push(
      "Regenerate the missing or stale prerequisite evidence earlier (Protocol 10) so readiness does not block the window."
    );
  if (misses.length > 0)
    actions.push(
      "Review the near misses: tune thresholds or fix the slow/flaky dependency before the next release."
    );
  if (rollbacks.some((r) => r.status !== "success"))
    actions.push("Rehearse the rollback: it did not complete when it was needed.");
  if (b.checklist?.window?.override)
    actions.push(
      "Review why this release could not wait for a deployment window; plan the next emergency path (hotfix window, on-call approval)."
    );
  return actions;
}
function phaseSpans(b, gates) {
  return [
    phaseSpan("readiness", b.checklist?.startedAt, b.checklist?.finishedAt, b.checklist?.passed),
    phaseSpan(
      "staging",
      b.staging?.startedAt,
      b.uat?.recordedAt ?? b.staging?.finishedAt,
      b.staging ? gates[1]?.verdict?.passed : void 0
    ),
    phaseSpan(
      "production",
      b.production?.startedAt,
      b.postValidation?.generatedAt ?? b.production?.finishedAt,
      b.production ? gates[3]?.verdict?.passed : void 0
    ),
    phaseSpan(
      "stabilize",
      b.health?.startedAt,
      b.health?.finishedAt,
      b.health ? b.health.verdict === "healthy" : void 0
    )
  ];
}
function phaseSpan(phase, startedAt, finishedAt, passed) {
  if (!startedAt || !finishedAt || passed === void 0)
    return { phase, status: "not-run", startedAt: null, finishedAt: null, durationMs: null };
  return {
    phase,
    status: passed ? "passed" : "failed",
    startedAt,
    finishedAt,
    durationMs: Date.parse(finishedAt) - Date.parse(startedAt)
  };
}

// src/phases/report/run.ts
async function runReport(ctx, chainProblems = []) {
  ctx.logger.info(ANNOUNCE.compilingReport);
  const evidence = await readEvidence(ctx);
  if (chainProblems.length > 0) evidence.brokenChain = [...chainProblems];
  const outcome = chainProblems.length > 0 ? "incomplete" : releaseOutcome(evidence);
  const gates = gateVerdicts(ctx.tag, evidence);
  const retrospective = buildRetrospective(ctx, evidence, outcome, gates);
  await ctx.store.writeJson(ARTIFACTS.retrospective, retrospective);
  await recordSignOffs(ctx, evidence);
  const inventory = await ctx.store.inventory();
  await ctx.store.writeText(
    ARTIFACTS.deploymentReport,
    renderDeploymentReport({ tag: ctx.tag, evidence, outcome, gates, retrospective, inventory })
  );
  const markdown = await ctx.store.readText(ARTIFACTS.deploymentReport) ?? "";
  const { renderReportHtml } = await import("./html-47TXEEYE.js");
  await ctx.store.writeText(
    ARTIFACTS.deploymentReportHtml,
    renderReportHtml(markdown, {
      title: `Deployment report: ${ctx.tag}`,
      generatedAt: ctx.clock.now().toISOString()
    })
  );
  ctx.logger.info(`Release report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`);
  return reportOutcome(outcome, gates, evidence);
}
async function readEvidence(ctx) {
  const evidence = { unreadable: [] };
  const read = async (artifact) => {
    try {
      return await ctx.store.readJson(artifact);
    } catch (error) {
      evidence.unreadable.push(`${artifact}: ${messageOf(error)}`);
      return void 0;
    }
  };
  evidence.checklist = await read(ARTIFACTS.readinessChecklist);
  evidence.staging = await read(ARTIFACTS.stagingDeployment);
  evidence.stagingValidation = await read(ARTIFACTS.stagingValidation);
  evidence.uat = await read(ARTIFACTS.uatConfirmation);
  evidence.approval = await read(ARTIFACTS.productionApproval);
  evidence.production = await read(ARTIFACTS.productionDeployment);
  evidence.postValidation = await read(ARTIFACTS.postDeploymentValidation);
  const healthFile = await read(ARTIFACTS.healthWindow);
  evidence.health = healthFile && healthWindowOfFile(healthFile);
  evidence.scope = await read(ARTIFACTS.releaseManifestJson);
  evidence.interrupted = await read(ARTIFACTS.releaseInterrupted);
  return evidence;
}
async function recordSignOffs(ctx, evidence) {
  const manifest = await ctx.store.readText(ARTIFACTS.releaseManifest);
  if (manifest === void 0 || manifest.includes("## Sign-offs recorded")) return;
  await ctx.store.appendText(
    ARTIFACTS.releaseManifest,
    renderSignOffs(evidence.uat, evidence.approval).join("\n") + "\n"
  );
}

// src/phases/health-window/watch.ts
function watchHealthWindow(health, sample, clock, onRound) {
  return measure(health.probes, sampleSchedule(health.windowMs, health.intervalMs), sample, clock, onRound);
}

// src/phases/health-window/run.ts
async function runHealthWindow(ctx, sampler) {
  const production = await ctx.store.readJson(ARTIFACTS.productionDeployment);
  const gate3 = productionGate(
    ctx.tag,
    production,
    await ctx.store.readJson(ARTIFACTS.postDeploymentValidation)
  );
  if (!gate3.passed || !production) return refuse(ctx, 3, gate3.reasons, "stabilize");
  const health = ctx.config.health;
  const environment = production.environment;
  const previous = production.previousRelease;
  ctx.logger.info(ANNOUNCE.phase4Start);
  ctx.logger.info(
    `Watching ${health.probes.map((p) => p.id).join(", ")} for ${formatDuration(health.windowMs)}, every ${formatDuration(health.intervalMs)}; breach at ${health.failureLimit} failed sample(s) of a probe; on breach: ${health.onBreach}.`
  );
  const startedAt = ctx.clock.now().toISOString();
  const probeVars = templateVars(ctx, environment, "health", previous);
  const probeSampler = sampler ?? releaseProbeSampler(ctx, probeVars);
  const windowRecord = (samples2, verdict2, breach2) => ({
    ...recordHeader(ARTIFACTS.healthWindow, ctx.tag, ctx.clock.now()),
    environment,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    windowMs: health.windowMs,
    intervalMs: health.intervalMs,
    failureLimit: health.failureLimit,
    onBreach: health.onBreach,
    verdict: verdict2,
    breach: breach2,
    // As measured: `/version = "v1.1.0"`, not `/version = "${tag}"`.
    probes: summarizeProbes(health.probes, samples2, probeVars),
    samples: samples2,
    rollback: null
  });
  const taken = [];
  let measured;
  try {
    await warmProbeTargets(ctx.http, health.probes, probeVars);
    measured = await watchHealthWindow(health, probeSampler, ctx.clock, (progress, round) => {
      taken.push(...round);
      for (const failed of round.filter((s) => !s.passed))
        ctx.logger.warn(`  \u2718 ${failed.probe} (round ${failed.round}): ${failed.message}`);
      ctx.logger.progress(
        `  health window: ${formatDuration(progress.remainingMs)} left, round ${progress.round}/${progress.rounds}, ${progress.samples} samples, ${progress.failures} failed`
      );
    });
  } catch (error) {
    if (error instanceof InterruptedError)
      await ctx.store.writeJson(
        ARTIFACTS.healthWindow,
        healthWindowFileInBatches(windowRecord(taken, "inconclusive", null))
      );
    throw error;
  }
  const { samples, phase, breach } = measured;
  const record = windowRecord(
    samples,
    phase === "passed" ? "healthy" : phase === "failed" ? "breached" : "inconclusive",
    breach
  );
  let outcome;
  const kept = keptColors(production.services);
  if (breach) {
    const answered2 = await answerBreach(ctx, environment, previous, `health ${breach.reason}`, kept);
    record.rollback = answered2.rollback;
    outcome = answered2.outcome;
  } else {
    await ctx.history.record({ tag: ctx.tag, environment, status: "released" });
    outcome = { kind: "passed" };
    await emitEvent(ctx, "released", `${ctx.tag} released to ${environment}: the health window passed`, {
      phase: "stabilize",
      environment
    });
    if (kept.length > 0) {
      record.retired = [];
      try {
        await retireKeptColors(ctx, kept, environment, previous, record.retired);
      } catch (error) {
        if (error instanceof InterruptedError)
          await ctx.store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(record));
        throw error;
      }
    }
  }
  await ctx.store.writeJson(ARTIFACTS.healthWindow, healthWindowFileInBatches(record));
  const maxOf = (id) => health.probes.find((p) => p.id === id)?.max;
  await ctx.store.writeText(ARTIFACTS.healthLog, healthLogPieces(record, maxOf));
  for (const line of probeSparklines(record.probes, samples)) ctx.logger.info(`  ${line}`);
  if (outcome.kind === "passed") {
    ctx.logger.info(
      `Health window passed: ${samples.length} samples, ${samples.filter((s) => !s.passed).length} failed.`
    );
    ctx.logger.info(
      answered(ANNOUNCE.releaseComplete, "yes (automatic: the release report is compiled next)")
    );
    ctx.logger.info(phaseComplete(4, "Stabilization"));
  }
  return outcome;
}
async function answerBreach(ctx, environment, previous, reason, kept) {
  ctx.logger.error(ANNOUNCE.healthDegradation);
  const switchedBack = ctx.config.health.onBreach === "rollback" && kept.length > 0 ? await switchBackToKeptColors(ctx, kept, environment, previous) : [];
  await emitEvent(ctx, "alert", `${ANNOUNCE.healthDegradation} ${reason}`, {
    phase: "stabilize",
    environment
  });
  ctx.logger.error(`  ${reason}`);
  if (ctx.config.health.onBreach === "rollback") {
    ctx.logger.info(
      answered(
        ANNOUNCE.rollbackDecision,
        `yes (health.on-breach: rollback) \u2192 rolling back to ${previous ?? "(unknown)"}`
      )
    );
    return rollBackAfterFailure(ctx, {
      environment,
      target: previous,
      trigger: "health-breach",
      reason,
      switchedBack
    });
  }
  ctx.logger.info(
    answered(
      ANNOUNCE.rollbackDecision,
      `no (health.on-breach: alert): ${ctx.tag} stays. To roll back: release-gate rollback --env ${environment}`
    )
  );
  await ctx.history.record({ tag: ctx.tag, environment, status: "breach-left", note: reason });
  return { rollback: null, outcome: { kind: "failed", reason } };
}

// src/phases/staging/run.ts
var STAGING = "staging";
async function runStaging(ctx) {
  const gate1 = readinessGate(
    ctx.tag,
    await ctx.store.readJson(ARTIFACTS.readinessChecklist)
  );
  if (!gate1.passed) return refuse(ctx, 1, gate1.reasons, "staging");
  ctx.logger.info(ANNOUNCE.phase2Start);
  const startedAt = ctx.clock.now().toISOString();
  const previous = await rollbackTarget(ctx, STAGING);
  await ctx.history.record({ tag: ctx.tag, environment: STAGING, status: "in-progress" });
  const deployed = await deployServices(ctx, STAGING, previous);
  const report = {
    ...recordHeader(ARTIFACTS.stagingDeployment, ctx.tag, ctx.clock.now()),
    environment: STAGING,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed: deployed.failure === null,
    services: deployed.services
  };
  await ctx.store.writeJson(ARTIFACTS.stagingDeployment, report);
  if (deployed.failure) ctx.logger.error(deploymentFailed(deployed.failure.reason));
  let validation;
  if (report.passed) {
    ctx.logger.info(ANNOUNCE.stagingValidation);
    validation = await runValidationSuite(
      ctx,
      ctx.config.stagingValidate,
      ARTIFACTS.stagingValidation,
      STAGING,
      previous
    );
  }
  const uat = await recordUat(ctx, report.passed && validation?.passed === true);
  const gate2 = stagingGate(ctx.tag, report, validation, uat);
  await ctx.history.record({
    tag: ctx.tag,
    environment: STAGING,
    status: gate2.passed ? "released" : "failed",
    ...gate2.passed ? {} : { note: gate2.reasons.join("; ") }
  });
  if (!gate2.passed) {
    for (const reason of gate2.reasons) ctx.logger.error(`  - ${reason}`);
    ctx.logger.error(
      "Gate 2 (staging validation) failed; production was not touched. Fix staging, then rerun the release."
    );
    return { kind: "halted", gate: 2, reasons: gate2.reasons };
  }
  ctx.logger.info(phaseComplete(2, "Staging deployment"));
  return { kind: "passed" };
}
async function recordUat(ctx, stagingPassed) {
  const at = ctx.clock.now();
  const now = at.toISOString();
  const base = {
    ...recordHeader(ARTIFACTS.uatConfirmation, ctx.tag, at),
    environment: STAGING,
    recordedAt: now
  };
  let uat;
  if (ctx.uatApprover) {
    uat = {
      ...base,
      required: ctx.config.uatRequired,
      status: stagingPassed ? "signed-off" : "automated-fail",
      passed: stagingPassed,
      signedOffBy: ctx.uatApprover,
      basis: stagingPassed ? `signed off by ${ctx.uatApprover} (--uat-approve)` : "sign-off given, but staging validation failed"
    };
  } else if (ctx.config.uatRequired) {
    uat = {
      ...base,
      required: true,
      status: "missing",
      passed: false,
      signedOffBy: null,
      basis: "UAT sign-off is required (staging.uat.required) but none was recorded: pass --uat-approve <name>"
    };
  } else {
    uat = {
      ...base,
      required: false,
      status: stagingPassed ? "automated-pass" : "automated-fail",
      passed: stagingPassed,
      signedOffBy: null,
      basis: stagingPassed ? "automated: staging deployment and validation suite passed" : "automated: staging deployment or validation failed"
    };
  }
  await ctx.store.writeJson(ARTIFACTS.uatConfirmation, uat);
  return uat;
}

// src/engine/interruption.ts
async function recordInterruption(ctx, phase, interrupted) {
  const production = ctx.config.approval.environment;
  const environment = phase === "production" || phase === "stabilize" ? production : phase === "staging" ? "staging" : null;
  const deployment = await ctx.store.readJson(ARTIFACTS.productionDeployment).catch(() => void 0);
  const previous = environment === production ? deployment?.previousRelease ?? await rollbackTarget(ctx, production).catch(() => null) : null;
  let ledger = environment === production ? await ctx.history.ledger(production) : null;
  if (ledger && ["rolling-out", "health-window", "rolling-back"].includes(ledger.state.kind)) {
    await ctx.history.record({
      tag: ledger.state.release ?? ctx.tag,
      environment: production,
      status: "interrupted",
      note: `${interrupted.signal} during the ${phase} phase`
    });
    ledger = await ctx.history.ledger(production);
  }
  const rollbackStopped = ledger?.state.kind === "interrupted" && ledger.state.during === "rollback";
  const released = phase === "stabilize" && ledger?.state.kind === "serving" && ledger.state.release === ctx.tag;
  const leftRunning = released && deployment ? unretiredColors(
    ctx,
    keptColors(deployment.services),
    (await ctx.store.readJson(ARTIFACTS.healthWindow).catch(() => void 0))?.retired ?? [],
    production,
    previous
  ) : [];
  const rollbackTo = ledger?.state.to ?? previous ?? "the previous release";
  const rollBack = [
    `Roll ${production} back to ${previous ?? "the previous release"}: ${rollbackCommand(production)}.`,
    `Then release ${ctx.tag} again from the start; until the rollback, release-gate refuses to start another release of ${production}.`
  ];
  const runAgain = [`Run the release of ${ctx.tag} again from the start.`];
  const situations = [
    {
      applies: released,
      state: `${production} serves ${ctx.tag}, released: its health window passed${leftRunning.length > 0 ? `; the old colour${leftRunning.length > 1 ? "s" : ""} kept for keep-old still run${leftRunning.length > 1 ? "" : "s"}, not retired (${leftRunning.map((c) => `${c.service} ${c.color}`).join(", ")})` : ""}`,
      nextSteps: leftRunning.map(
        (c) => `Retire ${c.service}'s old colour ${c.color} when it is no longer needed${c.command ? `: ${c.command}` : ""}`
      )
    },
    {
      applies: rollbackStopped,
      state: `rollback interrupted: the rollback of ${production} from ${ctx.tag} to ${rollbackTo} was stopped part way, so ${production} may serve neither release (its services may be down)`,
      nextSteps: [
        `Finish the rollback of ${production} to ${rollbackTo}: ${rollbackCommand(production)}.`,
        `Until it succeeds, release-gate refuses to start another release of ${production}.`
      ]
    },
    {
      applies: phase === "production",
      state: `${production} may serve ${ctx.tag} on some services or instances and ${previous ?? "the previous release"} on others: the rollout stopped part way`,
      nextSteps: rollBack
    },
    {
      applies: phase === "stabilize",
      state: `${production} serves ${ctx.tag}; its health window did not finish, so the release is not proven`,
      nextSteps: rollBack
    },
    {
      applies: phase === "staging",
      state: `staging may serve a mix of ${ctx.tag} and the release before it; ${production} was not touched`,
      // Unless the production environment is itself named staging.
      nextSteps: environment === production ? rollBack : runAgain
    },
    { applies: true, state: `no environment was changed by the ${phase} phase`, nextSteps: runAgain }
  ];
  const { state, nextSteps } = situations.find((s) => s.applies);
  const at = ctx.clock.now();
  const now = at.toISOString();
  const record = {
    ...recordHeader(ARTIFACTS.releaseInterrupted, ctx.tag, at),
    phase,
    signal: interrupted.signal,
    interruptedAt: now,
    environment,
    previousRelease: previous,
    inFlight: interrupted.inFlight,
    commands: ctx.journal ?? [],
    state,
    nextSteps
  };
  await ctx.store.writeJson(ARTIFACTS.releaseInterrupted, record);
  ctx.logger.error(
    `[ERROR] Release interrupted by ${interrupted.signal} during the ${phase} phase${interrupted.inFlight ? ` (stopped ${interrupted.inFlight.name})` : ""}: ${state}.`
  );
  for (const step of nextSteps) ctx.logger.error(`  - ${step}`);
  ctx.logger.error(`  Evidence: ${ctx.store.path(ARTIFACTS.releaseInterrupted)}`);
  await emitEvent(ctx, "alert", `${ctx.tag} interrupted by ${interrupted.signal} during ${phase}: ${state}`, {
    phase,
    ...environment ? { environment } : {}
  });
  return {
    kind: "interrupted",
    signal: interrupted.signal,
    reason: `interrupted by ${interrupted.signal} during the ${phase} phase`
  };
}

// src/phases/shared/config-change.ts
async function configChange(ctx) {
  const file = ctx.config.sourcePath;
  let checklist;
  try {
    checklist = await ctx.store.readJson(ARTIFACTS.readinessChecklist);
  } catch (error) {
    return {
      problem: `The readiness checklist, which records the digest of the config ${file}, cannot be read (${error.message})`,
      fix: "Start the release again from readiness."
    };
  }
  if (!checklist)
    return {
      problem: `No readiness checklist in ${ctx.store.dir} records the digest of the config ${file}`,
      fix: "Run the readiness phase first."
    };
  const checked = checklist.configSha256;
  const onDisk = ctx.configFileDigest ? await ctx.configFileDigest() : ctx.config.sourceSha256;
  const now = [ctx.config.sourceSha256, onDisk].find((digest) => digest !== checked);
  if (now === void 0) return null;
  return {
    problem: `The config ${file} is not the one readiness checked (sha256 ${checked} then, ${now ?? "unreadable"} now)`,
    fix: "Restore that config, or start the release again from readiness to check this one."
  };
}

// src/core/bundle-run.ts
function runHasEnded(manifest) {
  const last = manifest.entries.at(-1)?.phase;
  return last === "report" || last === "rollback";
}
var runName = (manifest) => `${manifest.tag} (run ${manifest.runId ?? "without an id"})`;
function newRunRefusal(dir, manifest, tag) {
  if (!manifest || runHasEnded(manifest)) return null;
  const sealed = manifest.entries.map((entry) => entry.phase);
  const productionTouched = sealed.some((phase) => phase !== "readiness" && phase !== "staging");
  if (manifest.tag === tag && !productionTouched) return null;
  return {
    problem: `The evidence bundle in ${dir} belongs to ${runName(manifest)}, whose run has not ended (its last sealed phase is ${sealed.at(-1) ?? "none"})`,
    fix: `If ${manifest.tag} is still running, wait for it to end. If it stopped, end its run with \`release-gate phase report --tag ${manifest.tag}\` (the next release then archives its bundle), or give this release an evidence directory of its own (--evidence-dir). Nothing was changed.`
  };
}
function otherReleaseRefusal(dir, phase, manifest, tag) {
  if (!manifest || manifest.tag === tag) return null;
  const startOwn = `start ${tag} from the beginning (\`release-gate run --tag ${tag}\`, or \`release-gate phase readiness --tag ${tag}\`), which archives the ended bundle`;
  if (runHasEnded(manifest))
    return {
      problem: `The evidence bundle in ${dir} belongs to ${runName(manifest)}, whose run has ended; the ${phase} phase of ${tag} will not start`,
      fix: `A phase continues only its own release's bundle: ${startOwn.replace(/^s/, "S")}. Nothing was changed.`
    };
  const sealed = manifest.entries.map((entry) => entry.phase);
  return {
    problem: `The evidence bundle in ${dir} belongs to ${runName(manifest)}, whose run has not ended (its last sealed phase is ${sealed.at(-1) ?? "none"}); the ${phase} phase of ${tag} will not start`,
    fix: `If ${manifest.tag} is still running, wait for it to end. If it stopped, end its run with \`release-gate phase report --tag ${manifest.tag}\` (and, if production is left unresolved, \`release-gate rollback --env <env>\`), then ${startOwn}; or give ${tag} an evidence directory of its own (--evidence-dir). Nothing was changed.`
  };
}
var NEW_RELEASE = "start a new release (`release-gate run --tag <tag>`, or `release-gate phase readiness`)";
function phaseStartRefusal(dir, phase, manifest, rollback) {
  const sealed = manifest.entries.map((entry) => entry.phase);
  const reportFirst = `compile its report first if it has none (\`release-gate phase report --tag ${manifest.tag}\`), then`;
  if (rollback)
    return {
      problem: `${manifest.tag} was rolled back during the ${rollback.phase} phase` + (rollback.status === "success" ? "" : ` (the rollback ended ${rollback.status})`),
      fix: `A rolled-back release does not continue on its old evidence: ${reportFirst} ${NEW_RELEASE}.`
    };
  if (sealed.includes("report"))
    return {
      problem: `the run of ${manifest.tag} in ${dir} was already reported`,
      fix: `A reported run does not continue: ${NEW_RELEASE}.`
    };
  if (sealed.includes("rollback"))
    return {
      problem: `the bundle of ${manifest.tag} in ${dir} records a manual rollback`,
      fix: `A rolled-back release does not continue on its old evidence: ${NEW_RELEASE}.`
    };
  const later = sealed.find((done) => PHASES.indexOf(done) > PHASES.indexOf(phase));
  if (later)
    return {
      problem: `the bundle has sealed ${later}, which comes after ${phase} in the protocol`,
      fix: `A phase runs after the one before it, never again after a later one: ${NEW_RELEASE}.`
    };
  return null;
}

// src/engine/run.ts
async function refuseStartOverLedger(ctx) {
  const refusal = mayStart(await ctx.history.ledger(ctx.config.approval.environment), ctx.tag);
  if (!refusal) return null;
  const reason = refusalMessage(refusal);
  ctx.logger.error(`[ERROR] Release ${ctx.tag} not started: ${reason}`);
  ctx.logger.error(`Nothing was archived or deployed; the evidence in ${ctx.store.dir} is untouched.`);
  return { kind: "halted", gate: 1, reasons: [reason] };
}
async function startBundle(ctx) {
  const archived = await ctx.store.archiveExisting(ctx.clock.now());
  if (archived) ctx.logger.info(`Earlier evidence moved to ${archived}`);
}
async function refuseOverUnendedRun(ctx) {
  const manifest = await ctx.store.readJson(MANIFEST_FILE).catch(() => void 0);
  const refusal = newRunRefusal(ctx.store.dir, manifest, ctx.tag);
  if (!refusal) return null;
  ctx.logger.error(`[ERROR] ${refusal.problem}; release ${ctx.tag} will not start. ${refusal.fix}`);
  return { kind: "halted", gate: 1, reasons: [refusal.problem] };
}
async function refuseOtherRelease(ctx, phase) {
  const manifest = await ctx.store.readJson(MANIFEST_FILE).catch(() => void 0);
  const refusal = otherReleaseRefusal(ctx.store.dir, phase, manifest, ctx.tag);
  if (!refusal) return null;
  ctx.logger.error(`[ERROR] ${refusal.problem}. ${refusal.fix}`);
  return { kind: "halted", gate: phase === "report" ? 1 : GATE_BEFORE[phase], reasons: [refusal.problem] };
}
async function refuseOutOfOrder(ctx, phase) {
  const manifest = await ctx.store.readJson(MANIFEST_FILE);
  if (!manifest) return null;
  const production = await ctx.store.readJson(ARTIFACTS.productionDeployment);
  const healthFile = await ctx.store.readJson(ARTIFACTS.healthWindow);
  const health = healthFile && healthWindowOfFile(healthFile);
  const rollback = production?.rollback ? { phase: "production", status: production.rollback.status } : health?.rollback ? { phase: "stabilize", status: health.rollback.status } : null;
  const refusal = phaseStartRefusal(ctx.store.dir, phase, manifest, rollback);
  if (!refusal) return null;
  ctx.logger.error(`[ERROR] ${refusal.problem}; the ${phase} phase will not start. ${refusal.fix}`);
  return { kind: "halted", gate: GATE_BEFORE[phase], reasons: [refusal.problem] };
}
async function runPhase(release, phase, transportProblems = []) {
  const ctx = { ...release, journal: [] };
  const refused = phase === "readiness" ? await refuseStartOverLedger(ctx) : await refuseOtherRelease(ctx, phase);
  if (refused) return refused;
  const chainProblems = phase === "report" ? [...transportProblems, ...await reportChainProblems(ctx)] : [];
  if (phase !== "readiness" && phase !== "report") {
    const problems = await ctx.store.verify();
    if (problems.length > 0) {
      ctx.logger.error(
        `[ERROR] The evidence bundle in ${ctx.store.dir} failed verification; the ${phase} phase will not start.`
      );
      for (const problem of problems) ctx.logger.error(`  - ${problem}`);
      return { kind: "halted", gate: GATE_BEFORE[phase], reasons: problems.map((p) => `evidence: ${p}`) };
    }
    const outOfOrder = await refuseOutOfOrder(ctx, phase);
    if (outOfOrder) return outOfOrder;
    const changed = await configChange(ctx);
    if (changed) {
      ctx.logger.error(`[ERROR] ${changed.problem}; the ${phase} phase will not start. ${changed.fix}`);
      return { kind: "halted", gate: GATE_BEFORE[phase], reasons: [changed.problem] };
    }
  }
  if (phase === "readiness") {
    const refused2 = await refuseOverUnendedRun(ctx);
    if (refused2) return refused2;
  }
  try {
    let outcome;
    try {
      outcome = withGate(await runUnsealed(ctx, phase, chainProblems), phase);
    } catch (error) {
      if (!(error instanceof InterruptedError)) throw error;
      outcome = await recordInterruption(ctx, phase, error);
    }
    if (outcome.kind === "halted" && phase !== "report")
      await emitEvent(
        ctx,
        "halted",
        `${ctx.tag} halted at Gate ${outcome.gate}: ${outcome.reasons.join("; ")}`,
        {
          phase
        }
      );
    return outcome;
  } finally {
    await settleCommunications(ctx);
    if (chainProblems.length === 0) await ctx.store.seal(phase, ctx.tag, ctx.clock.now());
    else {
      ctx.logger.error(
        `[ERROR] The evidence chain of ${ctx.tag} is broken; the report lists what is known, and is not sealed or attested.`
      );
      for (const problem of chainProblems) ctx.logger.error(`  - ${problem}`);
    }
  }
}
function withGate(outcome, phase) {
  if (outcome.kind !== "rolled-back" && outcome.kind !== "failed" || outcome.gate !== void 0)
    return outcome;
  if (phase === "production") return { ...outcome, gate: 3 };
  if (phase === "stabilize") return { ...outcome, gate: 4 };
  return outcome;
}
async function reportChainProblems(ctx) {
  const started = await ctx.store.readText(MANIFEST_FILE) !== void 0 || (await ctx.store.inventory()).length > 0;
  return started ? ctx.store.verify() : [];
}
async function runUnsealed(ctx, phase, chainProblems) {
  switch (phase) {
    case "readiness":
      await startBundle(ctx);
      await emitEvent(ctx, "phase-started", `Phase 1 (readiness) of ${ctx.tag} started`, { phase });
      return runReadiness(ctx);
    case "staging":
      await emitEvent(ctx, "phase-started", `Phase 2 (staging) of ${ctx.tag} started`, {
        phase,
        environment: "staging"
      });
      return runStaging(ctx);
    case "production":
      await emitEvent(ctx, "phase-started", `Phase 3 (production) of ${ctx.tag} started`, { phase });
      return runProduction(ctx);
    case "stabilize":
      await emitEvent(ctx, "phase-started", `Phase 4 (health window) of ${ctx.tag} started`, { phase });
      return runHealthWindow(ctx);
    case "report": {
      const outcome = await runReport(ctx, chainProblems);
      if (outcome.kind === "passed") ctx.logger.info(ANNOUNCE.protocolComplete);
      return outcome;
    }
  }
}
async function runRelease(ctx) {
  const refused = await refuseStartOverLedger(ctx) ?? await refuseOverUnendedRun(ctx);
  if (refused) return refused;
  let outcome = { kind: "passed" };
  try {
    for (const phase of ["readiness", "staging", "production", "stabilize"]) {
      outcome = await runPhase(ctx, phase);
      if (outcome.kind !== "passed") break;
    }
  } finally {
    await runPhase(ctx, "report").catch((error) => {
      ctx.logger.error(`[ERROR] Could not compile the release report: ${error.message}`);
    });
  }
  return outcome;
}

// src/entry/cli/commands/release-run.ts
async function runConfiguredRelease({
  command,
  values,
  logger,
  phase,
  tag,
  approver,
  signing,
  config
}) {
  await confineFolders(config, evidenceDirFlag(values));
  const overrideReason = values["override-window"]?.trim();
  if (values["override-window"] !== void 0 && !overrideReason)
    throw new UsageError(
      '--override-window needs a reason, e.g. --override-window "INC-42: hotfix for the outage"'
    );
  const request = {
    tag,
    ...values["evidence-dir"] !== void 0 ? { evidenceDir: values["evidence-dir"] } : {},
    ...values.previous !== void 0 ? { previous: values.previous } : {},
    ...values["uat-approve"] !== void 0 ? { uatApprover: values["uat-approve"] } : {},
    ...overrideReason ? { windowOverride: { by: userInfo().username, reason: overrideReason } } : {},
    interrupt: stopOnSignals(),
    passEnv: passEnvOf(values),
    ...signing
  };
  const approverName = values["approver-name"]?.trim();
  if (values["approver-name"] !== void 0 && !approverName)
    throw new UsageError(
      `--approver-name needs a name, e.g. --approver-name dana (got ${JSON.stringify(values["approver-name"])}).`
    );
  const approval = new LocalApprovalSource(approver, values.comment, void 0, approverName);
  const ctx = composeContext(config, request, logger, approval, selfArgv(), {
    confirm: (prompt) => approval.confirm(prompt)
  });
  const outcome = await runHoldingLock(ctx, new ReleaseLock(resolve(config.stateDir)), phase, logger);
  const statement = statementOf(outcome, signalExitCode());
  const where = phase && phase !== "report" ? `evidence in ${ctx.store.dir}` : `Report: ${ctx.store.path(ARTIFACTS.deploymentReport)}`;
  logger.info(finalLine(tag, statement, where));
  printJson(values, {
    command,
    phase: phase ?? null,
    tag,
    outcome: statement.outcome,
    gate: statement.gate,
    exitCode: statement.exitCode,
    evidenceDir: ctx.store.dir,
    report: ctx.store.path(ARTIFACTS.deploymentReport),
    reasons: statement.reasons
  });
  return statement.exitCode;
}
async function runHoldingLock(ctx, lock, phase, logger) {
  if (!phase || phase === "readiness") {
    const refused = await refuseStartOverLedger(ctx);
    if (refused) return refused;
  }
  let held;
  try {
    held = await lock.acquire(phase ? `phase ${phase} ${ctx.tag}` : `run ${ctx.tag}`);
  } catch (error) {
    if (!(error instanceof ReleaseLockedError)) throw error;
    logger.error(
      `[ERROR] ${phase ? `The ${phase} phase of ${ctx.tag}` : `Release ${ctx.tag}`} not started: ${error.message}`
    );
    const gate = phase && phase in GATE_BEFORE ? GATE_BEFORE[phase] : 1;
    return { kind: "halted", gate, reasons: [error.message] };
  }
  if (held.tookOver)
    logger.warn(
      `Took over ${lock.file}: its holder, release-gate ${held.tookOver.holder} (pid ${held.tookOver.pid}), is no longer running.`
    );
  try {
    return phase ? await runPhase(ctx, phase) : await runRelease(ctx);
  } finally {
    await held.release();
  }
}
export {
  runConfiguredRelease
};
