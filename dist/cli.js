#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ConfigError,
  DAY_MS,
  DEFAULT_CONFIG_PATH,
  EvidenceSchemaError,
  ISO_DATE,
  TrafficRouterError,
  UsageError,
  WEEKDAYS,
  assertNever,
  commandEnvironment,
  commandEnvironmentReminder,
  compileSchemaFile,
  compileUserSchema,
  configDigest,
  contains,
  deployLevels,
  describeSchemaErrors,
  formatAlertMatcher,
  formatDuration,
  formatInZone,
  formatLocalDate,
  formatLocalTime,
  freezeSpan,
  isForbiddenCommandVariable,
  loadPrecompiledValidators,
  localDateTimeAt,
  matchesAll,
  messageOf,
  renderArgv,
  renderText,
  rollbackOrder,
  schemaIdOf,
  tokenizeCommand,
  usesPrevious,
  validateWindowPolicy,
  windowSpansBetween,
  withheldVariableHint,
  workspacePathProblem
} from "./cli-chunks/chunk-QUS7B5TL.js";
import "./cli-chunks/chunk-PFTE5PLC.js";
import {
  cell,
  codeSpan,
  fencedCode,
  inlineText,
  mermaidChart,
  probeSparklines,
  thresholdMax
} from "./cli-chunks/chunk-TANC4NAI.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunks/chunk-457CUI25.js";

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
      let base2 = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base2 && isGlob === true && lastIndex > 0) {
        base2 = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base2 = "";
        glob = str;
      } else {
        base2 = str;
      }
      if (base2 && base2 !== "" && base2 !== "/" && base2 !== str) {
        if (isPathSeparator(base2.charCodeAt(base2.length - 1))) {
          base2 = base2.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base2 && backslashes === true) {
          base2 = utils.removeBackslashes(base2);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base: base2,
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
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
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
      let quote4 = 0;
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
          quote4 = quote4 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote4 === 0) {
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
      let quote4 = 0;
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
          quote4 = quote4 === 1 ? 0 : 1;
          continue;
        }
        if (quote4 === 1) {
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
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
          const open5 = tokens[token.tokensIndex];
          open5.type = "text";
          open5.value = literal;
          open5.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open5.output;
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
          const open5 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open5);
          push(open5);
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
      } = constants2.globChars(opts.windows);
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
    var constants2 = require_constants();
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
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
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
    picomatch2.constants = constants2;
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

// src/entry/cli/main.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/entry/config/load.ts
import { open as open3, readFile as readFile2 } from "node:fs/promises";

// src/adapters/workspace-paths.ts
import { lstat as lstat2, readlink, realpath as realpath2 } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, join as join4, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/adapters/local.ts
import { mkdir as mkdir2, open as open2, readFile, realpath, rm as rm2, stat } from "node:fs/promises";
import { dirname as dirname2, join as join3, relative, isAbsolute, sep } from "node:path";
import { createInterface } from "node:readline/promises";
import { hostname, userInfo } from "node:os";

// src/adapters/evidence/store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { join as join2 } from "node:path";

// src/core/manifest.ts
import { createHash } from "node:crypto";

// src/core/record-header.ts
var EVIDENCE_SCHEMA_VERSION = 1;
function recordHeader(artifact, tag, generatedAt) {
  return { schemaVersion: EVIDENCE_SCHEMA_VERSION, artifact, tag, generatedAt: generatedAt.toISOString() };
}

// src/core/manifest.ts
var MANIFEST_FILE = "evidence-manifest.json";
function entryDigest(entry) {
  const canonical = JSON.stringify([
    entry.seq,
    entry.phase,
    entry.sealedAt,
    entry.files.map((f) => [f.file, f.bytes, f.sha256, f.schema, f.writtenBy]),
    entry.previousDigest
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
function appendEntry(manifest, tag, phase, sealedAt, files, runId) {
  const entries = manifest?.entries ?? [];
  const last = entries.at(-1);
  const before = new Map(last?.files.map((f) => [f.file, f]) ?? []);
  const attributed = files.map((f) => {
    const earlier = before.get(f.file);
    return { ...f, writtenBy: earlier && earlier.sha256 === f.sha256 ? earlier.writtenBy : phase };
  });
  const unsealed = {
    seq: entries.length + 1,
    phase,
    sealedAt,
    files: attributed.sort((a, b) => a.file.localeCompare(b.file)),
    previousDigest: last?.digest ?? null
  };
  const run = manifest ? manifest.runId : runId;
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    artifact: MANIFEST_FILE,
    tag,
    ...run ? { runId: run } : {},
    entries: [...entries, { ...unsealed, digest: entryDigest(unsealed) }]
  };
}
function manifestProblems(manifest, onDisk, notFiles = []) {
  const problems = [];
  let previous = null;
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`;
    if (entry.seq !== index + 1)
      problems.push(`${where}: sequence number ${entry.seq}, expected ${index + 1}`);
    if (entry.previousDigest !== previous)
      problems.push(`${where}: does not chain to the entry before it (entries removed or reordered)`);
    if (entryDigest(entry) !== entry.digest)
      problems.push(`${where}: digest does not match its content (edited)`);
    previous = entry.digest;
  });
  const last = manifest.entries.at(-1);
  if (!last) return [...problems, "the manifest has no entries"];
  const present = new Map(onDisk.map((f) => [f.file, f]));
  const odd = new Map(notFiles.map((f) => [f.file, f.kind]));
  const recordedBy = `as recorded by the ${last.phase} phase (altered)`;
  for (const recorded of last.files) {
    const actual = present.get(recorded.file);
    const kind = odd.get(recorded.file);
    if (kind)
      problems.push(
        `${recorded.file}: ${notAFileText(kind)} (the ${last.phase} phase recorded a file of ${recorded.bytes} bytes)`
      );
    else if (!actual) problems.push(`${recorded.file}: recorded by the ${last.phase} phase but missing`);
    else if (actual.bytes !== recorded.bytes)
      problems.push(`${recorded.file}: ${actual.bytes} bytes, expected ${recorded.bytes} ${recordedBy}`);
    else if (actual.sha256 !== recorded.sha256) {
      const [found, expected] = distinctPrefixes(actual.sha256, recorded.sha256);
      problems.push(
        `${recorded.file}: same size (${actual.bytes} bytes), different content: SHA-256 ${found}\u2026, expected ${expected}\u2026 ${recordedBy}`
      );
    }
  }
  const recordedNames = new Set(last.files.map((f) => f.file));
  const unrecorded = [
    ...onDisk.map((f) => ({ file: f.file, what: "" })),
    ...notFiles.map((f) => ({ file: f.file, what: `${notAFileText(f.kind)}; ` }))
  ].sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, what } of unrecorded)
    if (!recordedNames.has(file)) problems.push(`${file}: ${what}present but not recorded in the manifest`);
  return problems;
}
function notAFileText(kind) {
  return kind === "other" ? "is not a regular file" : `is a ${kind}, not a file`;
}
function distinctPrefixes(found, expected) {
  let differsAt = 0;
  while (differsAt < found.length && found[differsAt] === expected[differsAt]) differsAt++;
  const length = Math.max(12, differsAt + 1);
  return [found.slice(0, length), expected.slice(0, length)];
}

// src/core/records/common.ts
var ARTIFACTS = {
  readinessChecklist: "deployment-readiness-checklist.json",
  releaseManifest: "release-manifest.md",
  releaseManifestJson: "release-manifest.json",
  communications: "deployment-communications.md",
  stagingDeployment: "staging-deployment-report.json",
  stagingValidation: "staging-validation-results.json",
  uatConfirmation: "uat-confirmation.json",
  productionApproval: "production-approval.json",
  productionDeployment: "production-deployment-report.json",
  postDeploymentValidation: "post-deployment-validation.json",
  healthWindow: "health-window.json",
  healthLog: "deployment-health-log.md",
  rollbackReport: "rollback-report.json",
  deploymentReport: "DEPLOYMENT-REPORT.md",
  deploymentReportHtml: "DEPLOYMENT-REPORT.html",
  rollbackRehearsal: "rollback-rehearsal.json",
  rollbackPlan: "rollback-plan.md",
  retrospective: "retrospective-inputs.json",
  releaseInterrupted: "release-interrupted.json"
};

// src/core/evidence-writers.ts
var EVERY_PHASE = [
  "readiness",
  "staging",
  "production",
  "stabilize",
  "report",
  "rollback"
];
var WRITTEN_BY = {
  // With the stakeholder sign-offs of its tag (recorded before the run by `release-gate signoff`): Gate 1 judges them.
  [ARTIFACTS.readinessChecklist]: ["readiness"],
  [ARTIFACTS.releaseManifestJson]: ["readiness"],
  [ARTIFACTS.releaseManifest]: ["readiness", "report"],
  [ARTIFACTS.rollbackPlan]: ["readiness"],
  [ARTIFACTS.rollbackRehearsal]: ["readiness"],
  [ARTIFACTS.stagingDeployment]: ["staging"],
  [ARTIFACTS.stagingValidation]: ["staging"],
  [ARTIFACTS.uatConfirmation]: ["staging"],
  [ARTIFACTS.productionApproval]: ["production"],
  [ARTIFACTS.productionDeployment]: ["production"],
  [ARTIFACTS.postDeploymentValidation]: ["production"],
  [ARTIFACTS.healthWindow]: ["stabilize"],
  [ARTIFACTS.healthLog]: ["stabilize"],
  [ARTIFACTS.rollbackReport]: ["rollback"],
  [ARTIFACTS.retrospective]: ["report"],
  [ARTIFACTS.deploymentReport]: ["report"],
  [ARTIFACTS.deploymentReportHtml]: ["report"],
  // Every phase reports its notifications, and a signal can stop any of them.
  [ARTIFACTS.communications]: EVERY_PHASE,
  [ARTIFACTS.releaseInterrupted]: EVERY_PHASE
};
function writerProblems(manifest) {
  const problems = [];
  let before = /* @__PURE__ */ new Map();
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`;
    for (const file of entry.files) {
      const earlier = before.get(file.file);
      const expectedWriter = earlier && earlier.sha256 === file.sha256 ? earlier.writtenBy : entry.phase;
      if (file.writtenBy !== expectedWriter)
        problems.push(
          `${file.file}: ${where} records it as written by ${file.writtenBy}, but its content was sealed by ${expectedWriter}`
        );
      const allowed = WRITTEN_BY[file.file];
      if (allowed && expectedWriter === entry.phase && !allowed.includes(entry.phase))
        problems.push(
          `${file.file}: written by the ${entry.phase} phase (${where}); the protocol assigns it to ${allowed.join(" or ")}`
        );
    }
    before = new Map(entry.files.map((f) => [f.file, { sha256: f.sha256, writtenBy: f.writtenBy }]));
  });
  return problems;
}

// src/adapters/evidence/json-chunks.ts
function* prettyJsonChunks(value, indent = "", layout = {}) {
  if (Array.isArray(value) && layout.scalarArraysOnOneLine && value.length > 0 && value.every(isScalar)) {
    yield "[";
    for (let start = 0; start < value.length; start += ARRAY_BATCH)
      yield `${start > 0 ? "," : ""}${JSON.stringify(value.slice(start, start + ARRAY_BATCH)).slice(1, -1)}`;
    yield "]";
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let start = 0; start < value.length; start += ARRAY_BATCH) {
      const batch = JSON.stringify(value.slice(start, start + ARRAY_BATCH), null, 2);
      yield `${start > 0 ? "," : ""}
${indent}${batch.slice(2, -2).replace(/\n/g, `
${indent}`)}`;
    }
    yield `
${indent}]`;
    return;
  }
  if (isPlainRecord(value)) {
    const entries = Object.entries(value).filter(
      ([, field]) => field !== void 0 && typeof field !== "function" && typeof field !== "symbol"
    );
    if (entries.length === 0) {
      yield "{}";
      return;
    }
    const inner = `${indent}  `;
    yield "{";
    for (const [index, [key, field]] of entries.entries()) {
      yield `
${inner}${JSON.stringify(key)}: `;
      yield* prettyJsonChunks(field, inner, layout);
      if (index < entries.length - 1) yield ",";
    }
    yield `
${indent}}`;
    return;
  }
  yield (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `
${indent}`);
}
var ARRAY_BATCH = 256;
function isScalar(value) {
  return value === null || ["number", "string", "boolean"].includes(typeof value);
}
function isPlainRecord(value) {
  if (typeof value !== "object" || value === null) return false;
  if (typeof value.toJSON === "function") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// src/adapters/evidence/disk-files.ts
import { randomBytes, createHash as createHash2 } from "node:crypto";
import { lstat, mkdir, open, rename, rm, readdir } from "node:fs/promises";
import { basename, join, dirname } from "node:path";

// src/adapters/evidence/io-tally.ts
var NO_COUNTING = { count: () => void 0 };

// src/adapters/evidence/disk-files.ts
var SYMBOLIC_LINK_PROBLEM = "is a symbolic link; evidence files must be regular files";
async function writeFileAtomic(path, content, options = {}) {
  const counter = options.counter ?? NO_COUNTING;
  await replaceFile(path, content, { syncFile: true, counter });
  if (options.syncDirectory !== false) await syncDirectory(dirname(path), counter);
}
async function replaceFile(path, content, options) {
  const { counter } = options;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const hash = createHash2("sha256");
  let bytesWritten = 0;
  const handle = await open(temporary, "w", 420);
  try {
    const writeAll = async (source, bytes) => {
      hash.update(source.subarray(0, bytes));
      for (let written = 0; written < bytes; )
        written += (await handle.write(source, written, bytes - written)).bytesWritten;
      bytesWritten += bytes;
    };
    if (typeof content === "string") {
      const encoded = Buffer.from(content, "utf8");
      await writeAll(encoded, encoded.length);
    } else {
      const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
      let pending = "";
      const flush = async () => {
        const bytes = Buffer.byteLength(pending, "utf8");
        const source = bytes <= buffer.length ? buffer : Buffer.from(pending, "utf8");
        if (source === buffer) buffer.write(pending, 0, "utf8");
        await writeAll(source, bytes);
        pending = "";
      };
      for (const piece of content) {
        pending += piece;
        if (pending.length >= WRITE_CHUNK) await flush();
      }
      await flush();
    }
    if (options.syncFile) {
      await handle.sync();
      counter.count("fsync", basename(path));
    }
    counter.count("hash", basename(path));
    try {
      await rename(temporary, path);
      counter.count("rename", basename(path));
    } catch (error2) {
      await rm(temporary, { force: true });
      throw error2;
    }
    const identity = identityOf(await handle.stat({ bigint: true }));
    return { bytes: bytesWritten, sha256: hash.digest("hex"), identity };
  } finally {
    await handle.close();
  }
}
var WRITE_CHUNK = 64 * 1024;
var WRITE_BUFFER_BYTES = 1024 * 1024;
async function syncDirectory(dir, counter = NO_COUNTING) {
  const directory = await open(dir, "r").catch(() => void 0);
  if (directory) {
    await directory.sync().catch(() => void 0);
    counter.count("fsync", ".");
    await directory.close();
  }
}
function identityOf(stats) {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
async function hashOpenFile(handle) {
  const before = identityOf(await handle.stat({ bigint: true }));
  const hash = createHash2("sha256");
  const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES);
  let bytes = 0;
  for (; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    bytes += bytesRead;
  }
  const after = identityOf(await handle.stat({ bigint: true }));
  return { bytes, sha256: hash.digest("hex"), identity: before === after ? after : "" };
}
var HASH_BUFFER_BYTES = 256 * 1024;
var isMissing = (error2) => error2.code === "ENOENT";
var DiskBundleFiles = class {
  constructor(dir, counter = NO_COUNTING) {
    this.dir = dir;
    this.counter = counter;
  }
  dir;
  counter;
  /** Digests this store knows, by file name, each with the identity of the file it was taken from. */
  known = /* @__PURE__ */ new Map();
  /** Files written since the last sync: in place (renamed), not yet fsynced. */
  unsynced = /* @__PURE__ */ new Set();
  /** The text of a file, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async read(name) {
    return (await this.readFile(name, false))?.text;
  }
  /** The text of a file and its SHA-256: remembered if the file is as this store last wrote or hashed it. */
  async readWithDigest(name) {
    const read = await this.readFile(name, true);
    return read && { text: read.text, sha256: read.sha256 };
  }
  async readFile(name, withDigest) {
    const path = join(this.dir, name);
    let handle;
    try {
      if ((await lstat(path)).isSymbolicLink()) throw new EvidenceSchemaError(name, [SYMBOLIC_LINK_PROBLEM]);
      handle = await open(path, "r");
    } catch (error2) {
      if (isMissing(error2)) return void 0;
      throw error2;
    }
    try {
      if (!withDigest) return { text: await handle.readFile("utf8") };
      const before = identityOf(await handle.stat({ bigint: true }));
      const bytes = await handle.readFile();
      const after = identityOf(await handle.stat({ bigint: true }));
      const known = this.known.get(name);
      if (known && known.identity === before && before === after)
        return { text: bytes.toString("utf8"), sha256: known.sha256 };
      this.counter.count("hash", name);
      const sha2562 = createHash2("sha256").update(bytes).digest("hex");
      if (before === after) this.known.set(name, { bytes: bytes.length, sha256: sha2562, identity: after });
      return { text: bytes.toString("utf8"), sha256: sha2562 };
    } finally {
      await handle.close();
    }
  }
  /**
   * Writes atomically, leaving the fsyncs to `sync`: a phase's files count only once its manifest entry is sealed, so
   * each file it wrote is fsynced once there, however often the phase rewrote it.
   */
  async write(name, content) {
    const written = await replaceFile(join(this.dir, name), content, {
      syncFile: false,
      counter: this.counter
    });
    this.known.set(name, written);
    this.unsynced.add(name);
    return { bytes: written.bytes, sha256: written.sha256 };
  }
  /** Fsyncs every file written since the last sync, all at once, then the directory, which makes their renames durable. */
  async sync() {
    const names = [...this.unsynced];
    this.unsynced.clear();
    await Promise.all(names.map((name) => this.syncFile(name)));
    await syncDirectory(this.dir, this.counter);
  }
  async syncFile(name) {
    const handle = await open(join(this.dir, name), "r+").catch((error2) => {
      if (isMissing(error2)) return void 0;
      throw error2;
    });
    if (!handle) return;
    try {
      await handle.sync();
      this.counter.count("fsync", name);
    } finally {
      await handle.close();
    }
  }
  /** Syncs every earlier write, then writes the seal fsynced before its rename, then syncs the directory again. */
  async writeSeal(name, content) {
    await this.sync();
    const written = await replaceFile(join(this.dir, name), content, {
      syncFile: true,
      counter: this.counter
    });
    this.known.set(name, written);
    await syncDirectory(this.dir, this.counter);
    return { bytes: written.bytes, sha256: written.sha256 };
  }
  /** The directory's entries (not recursive: a bundle is flat); empty when the directory does not exist. */
  async list() {
    try {
      return (await readdir(this.dir, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        kind: entry.isSymbolicLink() ? "link" : entry.isFile() ? "file" : "other"
      }));
    } catch (error2) {
      if (isMissing(error2)) return [];
      throw error2;
    }
  }
  /** Size and SHA-256: remembered while the file's identity is unchanged, otherwise streamed from the file. */
  async digest(name) {
    const path = join(this.dir, name);
    const known = this.known.get(name);
    if (known && known.identity === identityOf(await lstat(path, { bigint: true })))
      return { bytes: known.bytes, sha256: known.sha256 };
    const handle = await open(path, "r");
    try {
      this.counter.count("hash", name);
      const hashed = await hashOpenFile(handle);
      if (hashed.identity) this.known.set(name, hashed);
      else this.known.delete(name);
      return { bytes: hashed.bytes, sha256: hashed.sha256 };
    } finally {
      await handle.close();
    }
  }
  /** One rename moves the whole directory; an empty one is made in its place. */
  async moveAside(destination) {
    await mkdir(dirname(destination), { recursive: true });
    await rename(this.dir, destination);
    this.known.clear();
    this.unsynced.clear();
    await mkdir(this.dir, { recursive: true });
  }
};

// src/core/redact.ts
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY)$/i;
var MIN_SECRET_LENGTH = 4;
var MIN_FRAGMENT_LENGTH = 8;
var noRedaction = (text) => text;
function redactorFor(env, secretNames, knownSecrets = []) {
  const secrets = new Set(knownSecrets);
  for (const [name, value] of Object.entries(env))
    if (value && (secretNames.includes(name) || SECRET_NAME.test(name))) secrets.add(value);
  const forms = /* @__PURE__ */ new Set();
  const lines = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of encodedForms(secret)) forms.add(form);
    const secretLines = secret.split(/\r?\n/);
    for (const line of secretLines) forms.add(line);
    if (secretLines.length > 1) for (const line of secretLines) lines.add(line);
  }
  const ordered = [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return noRedaction;
  const pattern = new RegExp(ordered.map(escapeRegExp).join("|"), "g");
  const fragmentsOf = [...lines].filter((line) => line.length >= MIN_FRAGMENT_LENGTH);
  return (text) => hideFragments(text.replace(pattern, "***"), fragmentsOf);
}
function encodedForms(secret) {
  const bytes = new TextEncoder().encode(secret);
  const base64 = toBase64(bytes);
  const forms = [secret, base64, base64.replace(/=+$/, "")];
  for (const skip of [1, 2]) {
    const tail = bytes.subarray(skip);
    forms.push(toBase64(tail).slice(0, Math.floor(tail.length * 4 / 3)));
  }
  forms.push(toBase64(bytes).slice(0, Math.floor(bytes.length * 4 / 3)));
  forms.push(encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2));
  forms.push(JSON.stringify(secret).slice(1, -1));
  return forms;
}
function toBase64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function hideFragments(text, secretLines) {
  if (secretLines.length === 0) return text;
  return text.split("\n").map((line) => {
    const content = line.replace(/\r$/, "");
    if (content.length < MIN_FRAGMENT_LENGTH) return line;
    const cut = secretLines.some((secret) => secret.startsWith(content) || secret.endsWith(content));
    return cut ? line.replace(content, "***") : line;
  }).join("\n");
}

// src/core/seal-signature.ts
var SEAL_SIGNATURE_ALGORITHM = "ed25519";
var PAYLOAD_CONTEXT = "release-gate evidence seal v1";
function sealPayload(tag, entry) {
  return new TextEncoder().encode(
    JSON.stringify([PAYLOAD_CONTEXT, tag, entry.seq, entry.phase, entry.digest])
  );
}
function signLastSeal(manifest, signer) {
  const last = manifest.entries.at(-1);
  if (!last) return manifest;
  const signature = {
    algorithm: SEAL_SIGNATURE_ALGORITHM,
    keyFingerprint: signer.keyFingerprint,
    value: signer.sign(sealPayload(manifest.tag, last))
  };
  return { ...manifest, entries: [...manifest.entries.slice(0, -1), { ...last, signature }] };
}
function sealSignatureProblems(manifest, verifier) {
  const problems = [];
  manifest.entries.forEach((entry, index) => {
    const where = `entry ${index + 1} (${entry.phase})`;
    const signature = entry.signature;
    if (!signature) problems.push(`${where}: not signed`);
    else if (signature.keyFingerprint !== verifier.keyFingerprint)
      problems.push(
        `${where}: signed by key ${signature.keyFingerprint}, not by the given key ${verifier.keyFingerprint}`
      );
    else if (!verifier.verify(sealPayload(manifest.tag, entry), signature.value))
      problems.push(`${where}: the signature does not match the entry (rewritten after it was signed)`);
  });
  return problems;
}
function sealSigners(manifest) {
  const signatures = manifest.entries.flatMap((entry) => entry.signature ? [entry.signature] : []);
  return {
    signed: signatures.length,
    total: manifest.entries.length,
    keys: [...new Set(signatures.map((s) => s.keyFingerprint))]
  };
}

// src/adapters/evidence/store.ts
var SCHEMA_OF = {
  "staging-validation-results.json": "evidence/validation-results.schema.json",
  "post-deployment-validation.json": "evidence/validation-results.schema.json"
};
function schemaFor(artifact) {
  return SCHEMA_OF[artifact] ?? `evidence/${artifact.replace(/\.json$/, "")}.schema.json`;
}
function hasEvidenceSchema(artifact) {
  return schemaIdOf(schemaFor(artifact)) !== null;
}
var EARLIER_FORMATS = {
  "health-window.json": { 1: "evidence/health-window-v1.schema.json" }
};
function schemaOfRecord(artifact, value) {
  const version = value?.schemaVersion;
  return typeof version === "number" && EARLIER_FORMATS[artifact]?.[version] || schemaFor(artifact);
}
function assertValidEvidence(artifact, value) {
  const validate = compileSchemaFile(schemaOfRecord(artifact, value));
  if (!validate(value))
    throw new EvidenceSchemaError(artifact, describeSchemaErrors(validate.errors ?? [], value));
}
var projectSchemas = {
  assertEvidence: assertValidEvidence,
  compileUserSchema
};
var ONE_LINE_COLUMNS = { scalarArraysOnOneLine: true };
function layoutOf(artifact) {
  return artifact === "health-window.json" ? ONE_LINE_COLUMNS : {};
}
function* withNewline(pieces) {
  yield* pieces;
  yield "\n";
}
function redactStrings(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)]));
  return value;
}
var EvidenceBundleStore = class {
  /**
   * @param runId the run a new bundle belongs to (a manual rollback names its folder after it); otherwise one is made
   *   when the bundle's first phase seals, and a bundle already sealed keeps its own.
   */
  constructor(files, redact = noRedaction, signer, runId, counter = NO_COUNTING) {
    this.files = files;
    this.redact = redact;
    this.signer = signer;
    this.runId = runId;
    this.counter = counter;
    this.dir = files.dir;
  }
  files;
  redact;
  signer;
  runId;
  counter;
  /** Where the bundle lives (commands receive it as `${evidence}`). */
  dir;
  /** The SHA-256 of the bytes of each record this store validated, by artifact: those bytes need no second check. */
  validated = /* @__PURE__ */ new Map();
  /** The SHA-256 of each file as this store last scrubbed it: clean bytes, by file name. */
  scrubbed = /* @__PURE__ */ new Map();
  /** Absolute or relative path of an artifact inside the bundle. */
  path(artifact) {
    return join2(this.dir, artifact);
  }
  /** Validates `record` against its schema, then writes it atomically. */
  async writeJson(artifact, record) {
    await this.writeRecord(artifact, record, "file");
  }
  /** Validates, writes (as a file or as the seal) and remembers the digest of the valid bytes written. */
  async writeRecord(artifact, record, as) {
    const redacted = this.redact === noRedaction ? record : redactStrings(record, this.redact);
    this.validated.delete(artifact);
    this.counter.count("validation", artifact);
    assertValidEvidence(artifact, redacted);
    const text = withNewline(prettyJsonChunks(redacted, "", layoutOf(artifact)));
    const written = as === "seal" ? await this.files.writeSeal(artifact, text) : await this.files.write(artifact, text);
    this.validated.set(artifact, written.sha256);
  }
  /**
   * Writes a Markdown (or other text) artifact atomically; a long one may come as a sequence of pieces (each redacted;
   * a secret split across two pieces is caught by the scrub at seal).
   */
  async writeText(artifact, text) {
    const redact = this.redact;
    const redacted = typeof text === "string" ? redact(text) : redact === noRedaction ? text : (function* () {
      for (const piece of text) yield redact(piece);
    })();
    await this.files.write(artifact, redacted);
  }
  /** Appends to a text artifact by rewriting it atomically (these files are small). */
  async appendText(artifact, text) {
    const existing = await this.readText(artifact);
    await this.files.write(artifact, this.redact((existing ?? "") + text));
  }
  /**
   * Redacts secret values from a file a command wrote into the bundle (a validation result, say), in place; JSON
   * value by value, anything else as text. Returns whether anything was redacted. Unparseable JSON is left for the
   * reader to refuse, but still loses its secrets as text.
   */
  async scrub(artifact) {
    if (this.redact === noRedaction) return false;
    const cleanDigest = this.scrubbed.get(artifact);
    if (cleanDigest !== void 0 && await this.digestIfPresent(artifact) === cleanDigest) return false;
    const read = await this.files.readWithDigest(artifact);
    if (read === void 0) return false;
    this.counter.count("scrub", artifact);
    const { text } = read;
    let scrubbed = this.redact(text);
    if (scrubbed === text) {
      this.scrubbed.set(artifact, read.sha256);
      return false;
    }
    if (artifact.endsWith(".json")) {
      try {
        scrubbed = JSON.stringify(redactStrings(JSON.parse(text), this.redact), null, 2) + "\n";
      } catch {
      }
    }
    this.scrubbed.set(artifact, (await this.files.write(artifact, scrubbed)).sha256);
    return true;
  }
  async digestIfPresent(artifact) {
    return (await this.files.digest(artifact).catch(() => void 0))?.sha256;
  }
  /** The text of an artifact, or undefined when it does not exist; a symbolic link is refused, never followed. */
  async readText(artifact) {
    return this.files.read(artifact);
  }
  /**
   * Reads an earlier phase's artifact: undefined if absent; throws if it does not parse or match its schema, because
   * a phase must never build on altered or broken evidence.
   */
  async readJson(artifact) {
    const read = await this.files.readWithDigest(artifact);
    if (read === void 0) return void 0;
    let value;
    try {
      value = JSON.parse(read.text);
    } catch (error2) {
      throw new EvidenceSchemaError(artifact, [`not valid JSON (${error2.message})`]);
    }
    if (this.validated.get(artifact) === read.sha256) return value;
    this.counter.count("validation", artifact);
    assertValidEvidence(artifact, value);
    this.validated.set(artifact, read.sha256);
    return value;
  }
  /**
   * Moves an earlier bundle aside to `<dir>-archive/<time>/` before a new release starts, so nothing is lost and the
   * new bundle holds only this release's evidence. Returns where it went, or null when there was nothing.
   */
  async archiveExisting(now) {
    if ((await this.files.list()).length === 0) return null;
    const archive = join2(`${this.dir}-archive`, now.toISOString().replace(/[:.]/g, "-"));
    await this.files.moveAside(archive);
    this.runId = void 0;
    return archive;
  }
  /**
   * Appends a hash-chained entry for `phase` to evidence-manifest.json, recording every file as it is now, signed when
   * the store holds a signing key.
   */
  async seal(phase, tag, now) {
    if (this.redact !== noRedaction) {
      for (const entry of await this.files.list().catch(() => []))
        if (entry.kind === "file" && !entry.name.endsWith(".tmp")) await this.scrub(entry.name);
    }
    const files = (await this.inventory()).map((f) => ({
      ...f,
      schema: f.file.endsWith(".json") ? schemaIdOf(schemaFor(f.file)) : null
    }));
    const sealed = await this.readJson(MANIFEST_FILE);
    if (!sealed) this.runId ??= newRunId(now);
    const chained = appendEntry(sealed, tag, phase, now.toISOString(), files, this.runId);
    const manifest = this.signer ? signLastSeal(chained, this.signer) : chained;
    await this.writeRecord(MANIFEST_FILE, manifest, "seal");
    return manifest;
  }
  /**
   * Problems that make the bundle untrustworthy for the next phase: no manifest, a broken chain, a file that is
   * missing, altered or unrecorded, or one written by a phase the protocol does not assign it to; with a signing key
   * also a seal not signed by it (a bundle rewritten, or planted, by someone without the key). Empty when intact.
   */
  async verify() {
    let manifest;
    try {
      manifest = await this.readJson(MANIFEST_FILE);
    } catch (error2) {
      return [error2.message];
    }
    if (!manifest) return [`${MANIFEST_FILE} is missing from ${this.dir}: run the readiness phase first`];
    const links = (await this.files.list()).filter((entry) => entry.kind === "link").map((entry) => `${entry.name} ${SYMBOLIC_LINK_PROBLEM}`);
    const unsigned = this.signer ? sealSignatureProblems(manifest, this.signer) : [];
    return [
      ...links,
      ...manifestProblems(manifest, await this.inventory()),
      ...writerProblems(manifest),
      ...unsigned
    ];
  }
  /** Files in the bundle (the manifest aside) with their size and SHA-256, sorted by name. */
  async inventory() {
    let entries;
    try {
      entries = await this.files.list();
    } catch {
      return [];
    }
    const kinds = new Map(entries.map((entry) => [entry.name, entry.kind]));
    const files = [];
    for (const name of [...kinds.keys()].filter((n) => !n.endsWith(".tmp") && n !== MANIFEST_FILE).sort()) {
      if (kinds.get(name) !== "file") continue;
      files.push({ file: name, ...await this.files.digest(name) });
    }
    return files;
  }
};
var FileEvidenceStore = class extends EvidenceBundleStore {
  constructor(dir, redact = noRedaction, signer, runId, counter = NO_COUNTING) {
    super(new DiskBundleFiles(dir, counter), redact, signer, runId, counter);
  }
};
function newRunId(now) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${randomBytes2(3).toString("hex")}`;
}
function rollbackBundleDir(evidenceDir, runId) {
  return join2(`${evidenceDir.replace(/[\\/]+$/, "")}-rollbacks`, runId);
}

// src/core/ledger.ts
var LEDGER_STATES = {
  empty: { class: "resolved", means: "nothing recorded yet", resolvedBy: "\u2014" },
  serving: {
    class: "resolved",
    means: "R passed its health window (or a rollback returned to R)",
    resolvedBy: "\u2014"
  },
  "rolling-out": {
    class: "busy",
    means: "R is being deployed over P (production may serve a mix)",
    resolvedBy: "wait for the run; if its process or workflow run is gone: `release-gate rollback --env <env>`"
  },
  "health-window": {
    class: "busy",
    means: "R is deployed and its health window is running",
    resolvedBy: "wait for the run; if its process or workflow run is gone: `release-gate rollback --env <env>`"
  },
  "rolling-back": {
    class: "busy",
    means: "a rollback from R to P is running",
    resolvedBy: "wait for the rollback; if its process or workflow run is gone: `release-gate rollback --env <env>`"
  },
  "rolled-back": { class: "resolved", means: "R was rolled back; P serves", resolvedBy: "\u2014" },
  failed: { class: "resolved", means: "R failed before it served (a staging gate)", resolvedBy: "\u2014" },
  "breached-left": {
    class: "unresolved",
    means: "R breached its health window and was left serving (health.on-breach: alert)",
    resolvedBy: "`release-gate rollback --env <env>`"
  },
  "rollback-failed": {
    class: "unresolved",
    means: "the rollback from R failed or was not possible; the environment may serve neither release",
    resolvedBy: "fix the cause, then `release-gate rollback --env <env>`"
  },
  interrupted: {
    class: "unresolved",
    means: "a signal stopped the rollout, the health window or the rollback of R",
    resolvedBy: "`release-gate rollback --env <env>`"
  }
};
var ALL_STATES = Object.keys(LEDGER_STATES);
var NOT_EMPTY = ALL_STATES.filter((kind) => kind !== "empty");
var LEDGER_TRANSITIONS = [
  {
    from: ALL_STATES,
    event: "in-progress",
    to: "rolling-out",
    sameRelease: false,
    recordedBy: "production (staging) starts its rollout; production only when the ledger allows a start"
  },
  {
    from: ["rolling-out"],
    event: "health-window",
    to: "health-window",
    sameRelease: true,
    recordedBy: "production passed Gate 3"
  },
  {
    from: ["rolling-out", "health-window"],
    event: "released",
    to: "serving",
    sameRelease: true,
    recordedBy: "the health window passed (staging: Gate 2 passed)"
  },
  {
    from: ["empty", "serving", "rolled-back", "failed"],
    event: "released",
    to: "serving",
    sameRelease: false,
    recordedBy: "a release recorded whole (a baseline, or a history written before the ledger)"
  },
  {
    from: ["rolling-out", "health-window"],
    event: "failed",
    to: "failed",
    sameRelease: true,
    recordedBy: "staging failed Gate 2"
  },
  {
    from: ["health-window"],
    event: "breach-left",
    to: "breached-left",
    sameRelease: true,
    recordedBy: "the health window breached with health.on-breach: alert"
  },
  {
    from: NOT_EMPTY,
    event: "rollback-started",
    to: "rolling-back",
    sameRelease: false,
    recordedBy: "a rollback starts (automatic, or `release-gate rollback`)"
  },
  {
    from: NOT_EMPTY,
    event: "rollback-target",
    to: "rolled-back",
    sameRelease: false,
    recordedBy: "the rollback succeeded: the target serves again"
  },
  {
    from: ["empty"],
    event: "rollback-target",
    to: "serving",
    sameRelease: false,
    recordedBy: "a rollback to a release before any was recorded"
  },
  {
    from: ["rolling-out", "health-window", "rolling-back", "breached-left", "rollback-failed", "interrupted"],
    event: "rolled-back",
    to: "rolled-back",
    sameRelease: true,
    recordedBy: "the release was rolled back (after its target was recorded)"
  },
  {
    from: ["rolling-out", "health-window", "rolling-back"],
    event: "rollback-failed",
    to: "rollback-failed",
    sameRelease: true,
    recordedBy: "a rollback failed, or was not possible"
  },
  {
    from: ["rolling-out", "health-window", "rolling-back"],
    event: "interrupted",
    to: "interrupted",
    sameRelease: true,
    recordedBy: "a signal (Ctrl-C, a cancelled job) stopped the phase"
  }
];
var EMPTY_STATE = {
  kind: "empty",
  release: null,
  over: null,
  to: null,
  during: null,
  since: null
};
function emptyLedger(environment) {
  return { environment, state: EMPTY_STATE, good: [], served: [], endedAt: {} };
}
function transitionFor(state, event, tag) {
  return LEDGER_TRANSITIONS.find(
    (row) => row.event === event && row.from.includes(state.kind) && (!row.sameRelease || state.release === tag)
  );
}
function applyEvent(ledger, entry) {
  const row = transitionFor(ledger.state, entry.status, entry.tag);
  if (!row) return ledger;
  const before = ledger.state;
  const since = entry.recordedAt;
  const good = [...ledger.good];
  const served = [...ledger.served];
  const endedAt = { ...ledger.endedAt };
  const end = (tag, how) => {
    if (tag) endedAt[tag] = { at: since, how };
  };
  const serve = (tag) => {
    if (!tag) return;
    const at = served.indexOf(tag);
    if (at >= 0) served.splice(at, 1);
    served.unshift(tag);
  };
  const rollBack = (release, to) => {
    if (release && release !== to) {
      end(release, "rolled back");
      const at = good.indexOf(release);
      if (at >= 0) good.splice(at, 1);
    }
    if (to && good.includes(to)) good.push(...good.splice(good.indexOf(to), 1));
    serve(to);
  };
  let state;
  switch (row.to) {
    case "rolling-out":
      state = { ...EMPTY_STATE, kind: "rolling-out", release: entry.tag, over: servingRelease(before), since };
      break;
    case "health-window":
    case "failed":
    case "breached-left":
      state = { ...before, kind: row.to, since };
      if (row.to === "health-window" || row.to === "breached-left") serve(entry.tag);
      if (row.to === "failed" || row.to === "breached-left")
        end(entry.tag, row.to === "failed" ? "failed" : "left serving after a breach");
      break;
    case "serving":
      state = { ...EMPTY_STATE, kind: "serving", release: entry.tag, since };
      if (entry.status === "released") {
        const at = good.indexOf(entry.tag);
        if (at >= 0) good.splice(at, 1);
        good.push(entry.tag);
        end(entry.tag, "released");
      }
      serve(entry.tag);
      break;
    case "rolling-back": {
      const settled = before.kind === "serving" || before.kind === "rolled-back" || before.kind === "failed";
      const release = settled ? servingRelease(before) : before.release;
      state = {
        ...EMPTY_STATE,
        kind: "rolling-back",
        release,
        over: settled ? null : before.over,
        to: entry.target ?? null,
        since
      };
      break;
    }
    case "rolled-back": {
      if (before.kind === "rolled-back" && before.to === entry.tag) return ledger;
      const release = entry.status === "rollback-target" ? subjectOf(before) : before.release;
      const to = entry.status === "rollback-target" ? entry.tag : before.to ?? before.over;
      if (release === to) {
        state = { ...EMPTY_STATE, kind: "serving", release: to, since };
        rollBack(null, to);
      } else {
        state = { ...EMPTY_STATE, kind: "rolled-back", release, to, since };
        rollBack(release, to);
      }
      break;
    }
    case "rollback-failed":
      state = { ...before, kind: "rollback-failed", since };
      end(before.release, "rolled back without success");
      break;
    case "interrupted":
      state = {
        ...before,
        kind: "interrupted",
        during: before.kind === "rolling-out" ? "rollout" : before.kind === "health-window" ? "health-window" : "rollback",
        since
      };
      break;
    case "empty":
      state = EMPTY_STATE;
      break;
  }
  return { environment: ledger.environment, state, good, served, endedAt };
}
function foldLedger(environment, entries) {
  return entries.filter((e) => e.environment === environment).reduce(applyEvent, emptyLedger(environment));
}
function subjectOf(state) {
  return state.kind === "rolled-back" ? state.to : state.release;
}
function servingRelease(state) {
  switch (state.kind) {
    case "serving":
    case "health-window":
    case "breached-left":
      return state.release;
    case "rolled-back":
      return state.to;
    case "failed":
      return state.over;
    case "interrupted":
      return state.during === "health-window" ? state.release : null;
    case "empty":
    case "rolling-out":
    case "rolling-back":
    case "rollback-failed":
      return null;
  }
}
function serving(ledger) {
  return servingRelease(ledger.state);
}
function rollbackTarget(ledger, releasing) {
  const excluded = releasing ?? subjectOf(ledger.state);
  return ledger.good.filter((tag) => tag !== excluded).at(-1) ?? null;
}
function rollbackCommand(environment) {
  return `release-gate rollback --env ${environment} (on GitHub: the rollback workflow)`;
}
function mayStart(ledger, tag, evidenceSince) {
  const { state, environment } = ledger;
  const kind = LEDGER_STATES[state.kind];
  const rollback = rollbackCommand(environment);
  if (kind.class !== "resolved") {
    const resolve8 = kind.class === "busy" ? `If it is running, wait for it. If it was interrupted or its run is gone, roll back with ${rollback}, then release ${tag} again.` : `Resolve it with ${rollback}${state.kind === "rollback-failed" ? " once the cause is fixed" : ""}, then release ${tag} again.`;
    return { environment, state: state.kind, reason: describeState(ledger), resolve: resolve8 };
  }
  const ended = ledger.endedAt[tag];
  if (ended && evidenceSince !== void 0 && evidenceSince <= ended.at) {
    return {
      environment,
      state: state.kind,
      reason: `${tag} was ${ended.how} on ${environment} at ${ended.at}, after this evidence was recorded (${evidenceSince}): its evidence cannot deploy it again`,
      resolve: `Run ${tag} again from the start (release-gate run --tag ${tag}), or release a new tag.`
    };
  }
  return null;
}
function refusalMessage(refusal) {
  return `${refusal.reason}. ${refusal.resolve}`;
}
function describeState(ledger) {
  const { state, environment: env } = ledger;
  const at = state.since ? ` at ${state.since}` : "";
  const over = state.over ?? "the previous release";
  const to = state.to ?? state.over ?? "the previous release";
  switch (state.kind) {
    case "empty":
      return `no release of ${env} is recorded`;
    case "serving":
      return `${env} serves ${state.release}`;
    case "rolling-out":
      return `Release ${state.release} started on ${env}${at} and has not finished: it is still rolling out over ${over}, or it was stopped and ${env} may serve a mix of releases`;
    case "health-window":
      return `Release ${state.release} is in its health window on ${env} (deployed${at}); it has not passed it yet`;
    case "rolling-back":
      return `A rollback of ${env} from ${state.release} to ${to} started${at} and has not finished`;
    case "rolled-back":
      return `${state.release} was rolled back from ${env}${at}; ${env} serves ${state.to}`;
    case "failed":
      return `${state.release} failed on ${env}${at}`;
    case "breached-left":
      return `${state.release} breached its health window on ${env}${at} and was left serving (health.on-breach: alert)`;
    case "rollback-failed":
      return `The rollback of ${env} from ${state.release} to ${to} failed${at}: ${env} may serve neither release`;
    case "interrupted":
      return state.during === "rollback" ? `The rollback of ${env} from ${state.release} to ${to} was interrupted${at}: ${env} may serve neither release (its services may be down)` : state.during === "health-window" ? `The health window of ${state.release} on ${env} was interrupted${at}: ${state.release} serves, unproven` : `The rollout of ${state.release} on ${env} was interrupted${at}: ${env} may serve a mix of ${state.release} and ${over}`;
  }
}

// src/core/workflow-commands.ts
var COMMAND_BREAK = "\u200B";
var LINE_END = /\r\n|\r|\n/;
function inertToWorkflowCommands(text) {
  return text.split(LINE_END).map(
    (line) => line.replace(/^([\s\p{Z}\p{Cc}]*)::/u, `$1:${COMMAND_BREAK}:`).replace(/##\[/g, `##${COMMAND_BREAK}[`)
  ).join("\n");
}

// src/core/announce.ts
var ANNOUNCE = {
  phase1Start: "[PHASE 1 START] - Verifying deployment readiness artifacts...",
  scope: "Confirming release scope, dependencies, and stakeholder approvals...",
  phase2Start: "[PHASE 2 START] - Deploying release candidate to staging...",
  stagingValidation: "Running staging validation suite...",
  approvalRequest: "[APPROVAL REQUEST] Staging deployment successful. Proceed with production release? (yes/no)",
  phase3Start: "[PHASE 3 START] - Executing production deployment...",
  postDeploymentChecks: "Running post-deployment smoke tests and monitoring checks...",
  phase4Start: "[PHASE 4 START] - Monitoring post-deployment health window...",
  rollbackDecision: "[ROLLBACK DECISION] Production anomalies detected. Execute rollback plan? (yes/no)",
  releaseComplete: "[RELEASE COMPLETE] Post-deployment health window passed. Publish release report to Protocol 5? (yes/no)",
  compilingReport: "Compiling final release report and evidence bundle...",
  protocolComplete: "[PROTOCOL COMPLETE] - Production deployment finalized. Ready for Protocol 12 (Monitoring & Observability).",
  missingPrerequisites: "[ERROR] Required staging or validation artifact missing.",
  healthDegradation: "[ALERT] Post-deployment metrics outside thresholds."
};
function phaseComplete(number, phaseName) {
  return `[PHASE ${number} COMPLETE] - ${phaseName} finished successfully.`;
}
function automation(name, status) {
  return `[AUTOMATION] ${name} executed: ${status}`;
}
function deploymentFailed(error2) {
  return `[ERROR] Deployment command failed: ${error2.replace(/\.$/, "")}.`;
}
function answered(question, answer) {
  return `${question.replace(/ \(yes\/no\)$/, "")} ${answer}`;
}

// src/core/one-line.ts
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\\n");
}

// src/adapters/local.ts
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => new Promise((resolve8) => setTimeout(resolve8, ms))
};
var ConsoleLogger = class {
  constructor(interactive = Boolean(process.stderr.isTTY), quietProgressEveryMs = 1e4) {
    this.interactive = interactive;
    this.quietProgressEveryMs = quietProgressEveryMs;
  }
  interactive;
  quietProgressEveryMs;
  lastProgressAt = 0;
  progressShown = false;
  info(line) {
    this.clearProgress();
    process.stdout.write(inertToWorkflowCommands(line) + "\n");
  }
  warn(line) {
    this.clearProgress();
    process.stderr.write(inertToWorkflowCommands(line) + "\n");
  }
  error(line) {
    this.clearProgress();
    process.stderr.write(inertToWorkflowCommands(line) + "\n");
  }
  progress(line) {
    if (this.interactive) {
      process.stderr.write(`\r\x1B[2K${inertToWorkflowCommands(line)}`);
      this.progressShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastProgressAt >= this.quietProgressEveryMs) {
      this.lastProgressAt = now;
      process.stdout.write(inertToWorkflowCommands(line) + "\n");
    }
  }
  clearProgress() {
    if (this.progressShown) {
      process.stderr.write("\r\x1B[2K");
      this.progressShown = false;
    }
  }
};
var FileArtifactReader = class {
  constructor(workspace = process.cwd()) {
    this.workspace = workspace;
  }
  workspace;
  async inspect(path) {
    try {
      const target = await realpath(path);
      if (!isInside(await realpath(this.workspace), target))
        return { exists: true, isFile: false, modifiedAt: null, text: null, outsideWorkspace: target };
      const info = await stat(path);
      if (!info.isFile()) return { exists: true, isFile: false, modifiedAt: info.mtime, text: null };
      return { exists: true, isFile: true, modifiedAt: info.mtime, text: await readFile(path, "utf8") };
    } catch (error2) {
      if (error2.code === "ENOENT")
        return { exists: false, isFile: false, modifiedAt: null, text: null };
      throw error2;
    }
  }
};
var FileReleaseHistory = class {
  file;
  constructor(stateDir) {
    this.file = join3(stateDir, "release-history.json");
  }
  async load() {
    const value = await readStateFile(this.file, "release-history.schema.json", {
      notJson: (file, error2) => `Release history ${file} is not valid JSON (${error2}). Fix or remove it.`,
      invalid: (file, problems) => `Release history ${file} is invalid: ${problems}`
    });
    return value?.releases ?? [];
  }
  async ledger(environment) {
    return foldLedger(environment, await this.load());
  }
  async record(entry) {
    await withFileLock(`${this.file}.lock`, async () => {
      await this.append(await this.load(), entry);
    });
  }
  async begin(environment, tag, evidenceSince) {
    return withFileLock(`${this.file}.lock`, async () => {
      const releases = await this.load();
      const refusal = mayStart(foldLedger(environment, releases), tag, evidenceSince);
      if (!refusal) await this.append(releases, { tag, environment, status: "in-progress" });
      return refusal;
    });
  }
  async append(releases, entry) {
    releases.push({ ...entry, recordedAt: (/* @__PURE__ */ new Date()).toISOString() });
    await writeFileAtomic(this.file, JSON.stringify({ schemaVersion: 2, releases }, null, 2) + "\n");
  }
};
var FileSignoffStore = class {
  file;
  constructor(stateDir) {
    this.file = join3(stateDir, "stakeholder-signoffs.json");
  }
  async load() {
    const value = await readStateFile(this.file, "stakeholder-signoffs.schema.json", {
      notJson: (file, error2) => `Stakeholder sign-offs ${file} are not valid JSON (${error2}). Fix or remove the file.`,
      invalid: (file, problems) => `Stakeholder sign-offs ${file} are invalid: ${problems}`
    });
    return value?.signoffs ?? [];
  }
  async forTag(tag) {
    return (await this.load()).filter((s) => s.tag === tag);
  }
  async record(signoff) {
    await withFileLock(`${this.file}.lock`, async () => {
      const signoffs = [...await this.load(), signoff];
      const file = { schemaVersion: 1, signoffs };
      await writeFileAtomic(this.file, JSON.stringify(file, null, 2) + "\n");
    });
  }
};
async function readStateFile(file, schema, messages) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error2) {
    if (error2.code === "ENOENT") return null;
    throw error2;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error2) {
    throw new Error(messages.notJson(file, oneLine(error2.message)), { cause: error2 });
  }
  const validate = compileSchemaFile(schema);
  if (!validate(value))
    throw new Error(messages.invalid(file, describeSchemaErrors(validate.errors ?? [], value).join("; ")));
  return value;
}
var LOCK_WAIT_MS = 1e4;
var LOCK_STALE_MS = 6e4;
async function withFileLock(lockFile, critical) {
  await mkdir2(dirname2(lockFile), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      const handle = await open2(lockFile, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid, at: (/* @__PURE__ */ new Date()).toISOString() }));
      await handle.close();
      break;
    } catch (error2) {
      if (error2.code !== "EEXIST") throw error2;
      if (await lockIsStale(lockFile)) {
        await rm2(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(
          `${lockFile} is held by another release-gate process for more than ${LOCK_WAIT_MS / 1e3}s. If none runs, remove the file.`,
          { cause: error2 }
        );
      await new Promise((resolve8) => setTimeout(resolve8, 25));
    }
  }
  try {
    return await critical();
  } finally {
    await rm2(lockFile, { force: true });
  }
}
async function lockIsStale(lockFile) {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true;
    const pid = Number(JSON.parse(text).pid);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error2) {
      return error2.code === "ESRCH";
    }
  } catch {
    return false;
  }
}
var ReleaseLockedError = class extends Error {
  constructor(file, holder) {
    super(
      `${file} is held by release-gate ${holder.holder} (pid ${holder.pid} on ${holder.host}, since ${holder.since}). Wait for it to finish. If no such process runs on ${holder.host}, remove ${file} and start again.`
    );
    this.file = file;
    this.holder = holder;
  }
  file;
  holder;
  name = "ReleaseLockedError";
};
var ReleaseLock = class {
  file;
  constructor(stateDir) {
    this.file = join3(stateDir, "release.lock");
  }
  /**
   * Takes the lock for `holder`, or throws ReleaseLockedError naming the process that holds it. Returns the release
   * (idempotent) and whether a stale lock was taken over (its holder, to say so).
   */
  async acquire(holder) {
    await mkdir2(dirname2(this.file), { recursive: true });
    const mine = {
      holder,
      pid: process.pid,
      host: hostname(),
      since: (/* @__PURE__ */ new Date()).toISOString()
    };
    let tookOver = null;
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open2(this.file, "wx");
        await handle.writeFile(JSON.stringify(mine) + "\n");
        await handle.close();
        break;
      } catch (error2) {
        if (error2.code !== "EEXIST") throw error2;
        const current = await this.holder();
        if (current && !isStale(current)) throw new ReleaseLockedError(this.file, current);
        if (!current) {
          if (attempt >= 3)
            throw new ReleaseLockedError(this.file, {
              holder: "unknown (unreadable lock file)",
              pid: 0,
              host: "unknown",
              since: "unknown"
            });
          await new Promise((resolve8) => setTimeout(resolve8, 50));
          continue;
        }
        tookOver = current;
        await rm2(this.file, { force: true });
      }
    }
    let released = false;
    return {
      tookOver,
      release: async () => {
        if (released) return;
        released = true;
        const current = await this.holder();
        if (current?.pid === mine.pid && current.host === mine.host) await rm2(this.file, { force: true });
      }
    };
  }
  /** The holder written in the lock file, or null when there is none (or it cannot be read yet). */
  async holder() {
    try {
      const value = JSON.parse(await readFile(this.file, "utf8"));
      return typeof value.pid === "number" && typeof value.host === "string" ? {
        holder: String(value.holder ?? "unknown"),
        pid: value.pid,
        host: value.host,
        since: String(value.since ?? "")
      } : null;
    } catch {
      return null;
    }
  }
};
function isStale(holder) {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error2) {
    return error2.code === "ESRCH";
  }
}
var LocalApprovalSource = class {
  constructor(approveAs, comment, interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY), answeringAs = userInfo().username) {
    this.approveAs = approveAs;
    this.comment = comment;
    this.interactive = interactive;
    this.answeringAs = answeringAs;
  }
  approveAs;
  comment;
  interactive;
  answeringAs;
  /** A yes/no question at the terminal (e.g. an inconclusive analysis); no terminal means no. */
  async confirm(prompt) {
    if (!this.interactive) return false;
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    terminal.on("SIGINT", () => terminal.close());
    try {
      process.stdout.write(`${prompt} `);
      const line = await terminal[Symbol.asyncIterator]().next();
      return !line.done && ["yes", "y"].includes(String(line.value).trim().toLowerCase());
    } finally {
      terminal.close();
    }
  }
  async request(prompt) {
    return { kind: "answer", answer: await this.answer(prompt) };
  }
  /** The person's answer, as given; Gate 3's policy judges it. */
  async answer(prompt) {
    if (this.approveAs !== void 0) {
      return {
        decision: "approved",
        approver: this.approveAs,
        comment: this.comment ?? null,
        source: "cli-flag",
        reason: `approved with --approve ${this.approveAs}`
      };
    }
    if (!this.interactive) {
      return {
        decision: "rejected",
        approver: null,
        comment: null,
        source: "no-answer",
        reason: "no approval given: pass --approve <name> (and --comment <text>) or run in a terminal to answer the prompt"
      };
    }
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    terminal.on("SIGINT", () => terminal.close());
    const typedLines = terminal[Symbol.asyncIterator]();
    const ask = async (question) => {
      process.stdout.write(question);
      const line = await typedLines.next();
      return line.done ? null : String(line.value).trim();
    };
    try {
      const named = `${answered(prompt, `Answering as ${this.answeringAs} (--approver-name sets the name). (yes/no)`)} `;
      const answer = await ask(named);
      const approver = this.answeringAs;
      if (answer === null || !["yes", "y"].includes(answer.toLowerCase())) {
        return {
          decision: "rejected",
          approver: answer === null ? null : approver,
          comment: null,
          source: answer === null ? "no-answer" : "interactive",
          reason: answer === null ? "the terminal closed before an answer was given" : `answered ${JSON.stringify(answer)} at the prompt`
        };
      }
      const comment = await ask("Comment for the record (optional): ");
      return {
        decision: "approved",
        approver,
        comment: comment || null,
        source: "interactive",
        reason: "answered yes at the prompt"
      };
    } finally {
      terminal.close();
    }
  }
};
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

// src/adapters/workspace-paths.ts
async function realPathOf(path, linksLeft = 40) {
  try {
    return await realpath2(path);
  } catch (error2) {
    if (error2.code !== "ENOENT") throw error2;
  }
  const info = await lstat2(path).catch(() => null);
  if (info?.isSymbolicLink() && linksLeft > 0)
    return realPathOf(resolve(dirname3(path), await readlink(path)), linksLeft - 1);
  const parent = dirname3(path);
  return parent === path ? path : join4(await realPathOf(parent, linksLeft), basename2(path));
}
async function workspaceFileProblem(workspace, path) {
  const root = await realpath2(workspace);
  const real = await realPathOf(resolve(workspace, path));
  return isInside(root, real) ? null : `leads to ${real}, outside the workspace ${root}`;
}
async function workspaceFolderProblem(workspace, path) {
  const outside = await workspaceFileProblem(workspace, path);
  if (outside) return outside;
  const root = await realpath2(workspace);
  const real = await realPathOf(resolve(workspace, path));
  if (real === root) return "is the workspace itself; use a folder inside it, such as release-evidence";
  if (relative2(root, real).split(sep2).includes(".git"))
    return `is inside a .git folder (${real}); use a folder of its own`;
  if (await lstat2(join4(real, ".git")).catch(() => null))
    return `holds .git (${real} is a git repository); use a folder of its own`;
  return null;
}

// src/entry/config/load.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
async function loadConfig(file, workspace = process.cwd()) {
  const outside = await workspaceFileProblem(workspace, file);
  if (outside)
    throw new UsageError(
      `Config file ${file} ${outside}: it is not read. Keep the config in the repository, as a file, not a link out.`
    );
  let text;
  try {
    text = await readAtMost(file, MAX_CONFIG_BYTES);
  } catch (error2) {
    if (error2 instanceof ConfigError) throw error2;
    const code = error2.code;
    throw new UsageError(
      code === "ENOENT" ? `Config file ${file} not found. Create it (see schemas/config.schema.json) or pass --config <file>.` : `Cannot read config file ${file}: ${messageOf(error2)}`
    );
  }
  const [{ parseConfig }] = await Promise.all([import("./cli-chunks/parse-HNC5JSPH.js"), loadPrecompiledValidators()]);
  return parseConfig(text, file);
}
async function readAtMost(file, limit) {
  const handle = await open3(file, "r");
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) {
      const { size } = await handle.stat();
      throw new ConfigError(file, [
        `the file is ${size > limit ? size : `more than ${limit}`} bytes; a config may be at most ${limit} bytes (${limit / 1024 / 1024} MiB)`
      ]);
    }
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function configFileDigest(file) {
  return readFile2(file, "utf8").then(configDigest, () => null);
}

// src/core/outcome.ts
var EXIT = { released: 0, failed: 1, usage: 2, halted: 3, rolledBack: 4 };
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
function exitCodeOf(outcome) {
  switch (outcome.kind) {
    case "passed":
      return EXIT.released;
    case "halted":
      return EXIT.halted;
    case "rolled-back":
      return EXIT.rolledBack;
    case "failed":
    case "incomplete":
      return EXIT.failed;
    case "interrupted":
      return SIGNAL_EXIT[outcome.signal] ?? EXIT.failed;
  }
}
function statementOf(outcome, signalExitCode2 = null) {
  const interrupted = signalExitCode2 !== null && outcome.kind !== "interrupted";
  return {
    outcome: interrupted && outcome.kind === "passed" ? "interrupted" : outcome.kind,
    gate: outcome.kind === "halted" || outcome.kind === "rolled-back" || outcome.kind === "failed" ? outcome.gate ?? null : null,
    exitCode: signalExitCode2 ?? exitCodeOf(outcome),
    reasons: outcome.kind === "halted" ? outcome.reasons : "reason" in outcome ? [outcome.reason] : []
  };
}
function finalLine(tag, statement, where) {
  const exit = `(exit ${statement.exitCode})`;
  const [reason = ""] = statement.reasons;
  const gate = statement.gate === null ? "" : ` at Gate ${statement.gate}`;
  switch (statement.outcome) {
    case "passed":
      return `release-gate: ${tag} passed ${exit}; ${where}`;
    case "halted":
      return `release-gate: ${tag} halted${gate}; production untouched ${exit}; ${where}`;
    case "rolled-back":
      return `release-gate: ${tag} was rolled back${gate}: ${reason} ${exit}; ${where}`;
    case "failed":
      return `release-gate: ${tag} FAILED${gate}: ${reason} ${exit}; ${where}`;
    case "interrupted":
      return `release-gate: ${tag} INTERRUPTED: ${reason || "stopped by a signal"} ${exit}; ${where}`;
    case "incomplete":
      return `release-gate: ${tag} is INCOMPLETE: ${reason} ${exit}; ${where}`;
  }
}

// src/core/interruption.ts
var InterruptedError = class extends Error {
  constructor(signal, inFlight = null) {
    super(`interrupted by ${signal}`);
    this.signal = signal;
    this.inFlight = inFlight;
  }
  signal;
  inFlight;
  name = "InterruptedError";
};
function signalName(interrupt) {
  return typeof interrupt.reason === "string" ? interrupt.reason : "an interruption";
}
function throwIfInterrupted(interrupt, inFlight = null) {
  if (interrupt?.aborted) throw new InterruptedError(signalName(interrupt), inFlight);
}
function interruptibleClock(clock, interrupt) {
  return {
    now: () => clock.now(),
    sleep: (ms) => new Promise((resolve8, reject) => {
      if (interrupt.aborted) return reject(new InterruptedError(signalName(interrupt)));
      const stop = () => reject(new InterruptedError(signalName(interrupt)));
      interrupt.addEventListener("abort", stop, { once: true });
      clock.sleep(ms).then(
        () => {
          interrupt.removeEventListener("abort", stop);
          resolve8();
        },
        (error2) => {
          interrupt.removeEventListener("abort", stop);
          reject(error2);
        }
      );
    })
  };
}

// src/core/phases.ts
var PHASES = ["readiness", "staging", "production", "stabilize", "report"];
var GATE_BEFORE = { staging: 1, production: 2, stabilize: 3 };

// src/entry/cli/args.ts
var HELP = `release-gate \u2014 run a production release like a careful release manager.

Usage:
  release-gate run --tag <tag> [--approve <name> [--comment <text>]] [options]
  release-gate phase <${PHASES.join("|")}> --tag <tag> [options]
  release-gate rollback --env <env> [--service <id>]... [--to <release>] [--reason <text>] [--config <file>]
  release-gate signoff --tag <tag> --role <role> --name <name> [--comment <text>] [--config <file>]
  release-gate verify <dir|zip> [--public-key <file>] [--json]
  release-gate report --html [--evidence-dir <dir>] [--output <file>]   (no --output: the page sealed in the bundle)
  release-gate rehearse --tag <tag> [--previous <tag>] [--output <file>] [--config <file>]
  release-gate validate --mode <staging|production> --output <file> [--tag <tag>] [--config <file>]
  release-gate collect-perf --env <staging|production> --output <file> [--tag <tag>] [--config <file>]

Options:
  --config <file>        release config (default ${DEFAULT_CONFIG_PATH})
  --evidence-dir <dir>   where evidence is written (default: config evidence-dir, .artifacts/deployment)
  --approve <name>       approve the production release as <name> (else: prompt on a terminal, or refuse)
  --comment <text>       comment recorded with the approval (or with the sign-off)
  --approver-name <name> the name a prompt's answer is recorded under (default: the OS login name)
  --previous <tag>       the release production serves now (rollback target), overriding the release history
  --uat-approve <name>   record a UAT sign-off by <name>
  --role <role>          signoff: the configured stakeholder (stakeholders[].role, or its name without a role)
  --name <name>          signoff: who signs off; recorded in <state-dir>/stakeholder-signoffs.json for that tag only,
                         and shown in release-manifest.md and the readiness checklist when that tag runs
  --override-window <why>  release outside the deployment window or in a freeze (emergencies; recorded)
  --pass-env <name>      give the commands this environment variable too (a name or a glob such as AWS_*; repeatable;
                         adds to the config's pass-env: commands get only an allowlisted environment)
  --signing-key-file <file>  sign every seal with this Ed25519 private key (PEM, inside the workspace; else the
                         PEM in RELEASE_GATE_SIGNING_KEY); run, phase and rollback
  --public-key <file>    verify: every seal must be signed by this Ed25519 public key (PEM)
  --json                 print a machine-readable summary on stdout as the last line
  -h, --help             print this help
  -v, --version          print release-gate's version

Exit codes: 0 released (or command succeeded), 1 failed (production may need attention), 2 usage or config error,
3 halted at a gate before production was touched, 4 production changed and was rolled back,
130/143 stopped by SIGINT/SIGTERM (the running command is stopped; release-interrupted.json says what to do).`;
var OPTIONS = {
  tag: { type: "string" },
  config: { type: "string" },
  "evidence-dir": { type: "string" },
  approve: { type: "string" },
  "approver-name": { type: "string" },
  comment: { type: "string" },
  previous: { type: "string" },
  "uat-approve": { type: "string" },
  role: { type: "string" },
  name: { type: "string" },
  "override-window": { type: "string" },
  env: { type: "string" },
  mode: { type: "string" },
  output: { type: "string" },
  service: { type: "string", multiple: true },
  to: { type: "string" },
  reason: { type: "string" },
  "pass-env": { type: "string", multiple: true },
  "signing-key-file": { type: "string" },
  "public-key": { type: "string" },
  json: { type: "boolean" },
  html: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function required(values, name, command) {
  const value = values[name];
  if (value === void 0 || value === "")
    throw new UsageError(`release-gate ${command} needs --${name}. Run release-gate --help for usage.`);
  return value;
}
function evidenceDirFlag(values) {
  const path = values["evidence-dir"];
  return path === void 0 ? void 0 : { path, label: "--evidence-dir" };
}
function printJson(values, summary) {
  if (values.json) writeJsonLine(summary);
}
function writeJsonLine(summary) {
  process.stdout.write(inertToWorkflowCommands(JSON.stringify(summary)) + "\n");
}
function passEnvOf(values) {
  const names = values["pass-env"] ?? [];
  for (const name of names) {
    if (!/^[A-Za-z0-9_*?]+$/.test(name))
      throw new UsageError(
        `--pass-env '${name}': expected a variable name or a glob of letters, digits, _, * and ?, e.g. --pass-env KUBECONFIG or --pass-env 'AWS_*'.`
      );
    if (!/[*?]/.test(name) && isForbiddenCommandVariable(name))
      throw new UsageError(
        `--pass-env '${name}': this variable is never given to commands (the action's inputs, the runner's credentials, the job's token and the file commands never are). Pass a credential as a secret listed under secrets: in the config.`
      );
  }
  return names;
}

// src/entry/cli/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-source";

// src/entry/cli/commands/checks.ts
import { parseArgs } from "node:util";

// src/adapters/http.ts
import http from "node:http";
import https from "node:https";
var MAX_BODY_BYTES = 256 * 1024;
var AGENTS = {
  "http:": new http.Agent({ keepAlive: true, timeout: 4e3 }),
  "https:": new https.Agent({ keepAlive: true, timeout: 4e3 })
};
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function httpExchange(url, options) {
  const started = performance.now();
  const failed = (failure) => ({
    status: null,
    headers: {},
    body: "",
    latencyMs: round(performance.now() - started),
    failure
  });
  const target = parseHttpUrl(url);
  if (!target) return failed({ kind: "invalid-url", detail: "expected an http:// or https:// URL" });
  if (options.signal?.aborted) return failed(describeAbort(options.signal.reason, options.timeoutMs));
  const first = await exchangeOnce(target, options);
  if (first.kind === "stale-socket" && (options.method === "GET" || options.method === "HEAD"))
    return (await exchangeOnce(target, options)).exchange;
  return first.exchange;
}
function exchangeOnce(target, options) {
  return new Promise((resolve8) => {
    const transport = target.protocol === "https:" ? https : http;
    const headers = {
      "user-agent": "release-gate",
      accept: "*/*",
      ...options.headers
    };
    if (options.body !== void 0) headers["content-length"] = String(Buffer.byteLength(options.body));
    let answered2 = false;
    let settled = false;
    const request = transport.request(target, {
      method: options.method,
      headers,
      agent: AGENTS[target.protocol]
    });
    const started = performance.now();
    const finish = (attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      options.signal?.removeEventListener("abort", stop);
      resolve8(attempt);
    };
    const fail = (failure) => finish({
      kind: "exchange",
      exchange: {
        status: null,
        headers: {},
        body: "",
        latencyMs: round(performance.now() - started),
        failure
      }
    });
    const stop = () => {
      fail(describeAbort(options.signal?.reason, options.timeoutMs));
      request.destroy();
    };
    const timeout = setTimeout(
      () => setImmediate(() => {
        if (settled) return;
        fail({ kind: "timeout", detail: `no answer within ${options.timeoutMs}ms` });
        request.destroy();
      }),
      options.timeoutMs
    );
    options.signal?.addEventListener("abort", stop, { once: true });
    request.on("error", (error2) => {
      const stale = !answered2 && request.reusedSocket && (error2.code === "ECONNRESET" || error2.code === "EPIPE");
      if (!stale) return fail({ kind: "network", detail: error2.code ?? messageOf(error2) });
      finish({
        kind: "stale-socket",
        exchange: {
          status: null,
          headers: {},
          body: "",
          latencyMs: round(performance.now() - started),
          failure: { kind: "network", detail: error2.code ?? messageOf(error2) }
        }
      });
    });
    request.on("response", (response) => {
      answered2 = true;
      const status = response.statusCode ?? 0;
      if (options.redirect === "error" && REDIRECT_STATUSES.has(status)) {
        response.destroy();
        return fail({ kind: "redirect", detail: "unexpected redirect" });
      }
      const chunks = [];
      let kept = 0;
      const done = () => finish({
        kind: "exchange",
        exchange: {
          status,
          headers: headersOf(response.rawHeaders),
          body: Buffer.concat(chunks).toString("utf8"),
          latencyMs: round(performance.now() - started),
          failure: null
        }
      });
      response.on("data", (chunk) => {
        const wanted = chunk.subarray(0, MAX_BODY_BYTES - kept);
        chunks.push(wanted);
        kept += wanted.length;
        if (kept >= MAX_BODY_BYTES) {
          done();
          response.destroy();
        }
      });
      response.on("end", done);
      response.on(
        "error",
        (error2) => fail({ kind: "network", detail: error2.code ?? messageOf(error2) })
      );
      response.on("close", () => {
        if (!response.complete) fail({ kind: "network", detail: "the connection closed mid-answer" });
      });
    });
    request.end(options.body);
  });
}
function headersOf(rawHeaders) {
  const headers = {};
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    const value = rawHeaders[i + 1];
    const before = headers[name];
    headers[name] = before === void 0 || name === "set-cookie" ? value : `${before}, ${value}`;
  }
  return headers;
}
var WARM_TIMEOUT_MS = 2e3;
var FetchHttpClient = class {
  /** One GET per host (the first URL naming it), all at once; what they answer is not looked at. */
  async warm(urls) {
    const firstPerHost = /* @__PURE__ */ new Map();
    for (const url of urls) {
      const host = parseHttpUrl(url)?.origin;
      if (host && !firstPerHost.has(host)) firstPerHost.set(host, url);
    }
    await Promise.all(
      [...firstPerHost.values()].map(
        (url) => httpExchange(url, { method: "GET", timeoutMs: WARM_TIMEOUT_MS, redirect: "manual" })
      )
    );
  }
  async request(url, options) {
    const exchange = await httpExchange(url, { ...options, redirect: "manual" });
    return {
      ok: exchange.failure === null,
      status: exchange.status,
      headers: exchange.headers,
      body: exchange.body,
      latencyMs: exchange.latencyMs,
      error: exchange.failure ? `${options.method} ${url} failed: ${exchange.failure.detail}` : null
    };
  }
};
function describeAbort(reason, timeoutMs) {
  if (reason?.name === "TimeoutError")
    return { kind: "timeout", detail: `no answer within ${timeoutMs}ms` };
  return { kind: "network", detail: messageOf(reason ?? "stopped") };
}
function parseHttpUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch {
    return null;
  }
}
function round(ms) {
  return Math.round(ms * 10) / 10;
}

// src/adapters/process-runner.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var TAIL_BYTES = 16 * 1024;
var LOG_LINE_CHARS = 16 * 1024;
var KILL_GRACE_MS = 5e3;
var INTERRUPT_GRACE_MS = 2e3;
var STDIO_DRAIN_MS = 2e3;
var ProcessRunner = class {
  constructor(logger, redact, cwd, baseEnv, interrupt) {
    this.logger = logger;
    this.redact = redact;
    this.cwd = cwd;
    this.baseEnv = baseEnv;
    this.interrupt = interrupt;
  }
  logger;
  redact;
  cwd;
  baseEnv;
  interrupt;
  run(request) {
    const run = startCommandRun(request, this.redact);
    const { stdout, stderr } = run;
    return new Promise((resolve8) => {
      let settled = false;
      const cleanups = [];
      const finish = (exitCode, signal, error2) => {
        if (settled) return;
        settled = true;
        for (const cleanup of cleanups) cleanup();
        resolve8(commandRecord(request, this.redact, run, { exitCode, signal, error: error2 }));
      };
      if (this.interrupt?.aborted)
        return finish(
          null,
          null,
          `not started: release-gate was interrupted by ${signalName(this.interrupt)}`
        );
      const child = spawn(request.argv[0], request.argv.slice(1), {
        cwd: this.cwd,
        env: { ...this.baseEnv, ...request.env },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true
      });
      const killGroup = (signal) => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
        }
      };
      const interrupt = this.interrupt;
      if (interrupt) {
        const onInterrupt = () => {
          run.interruptedBy = signalName(interrupt);
          killGroup("SIGTERM");
          setTimeout(() => killGroup("SIGKILL"), INTERRUPT_GRACE_MS).unref();
        };
        interrupt.addEventListener("abort", onInterrupt, { once: true });
        cleanups.push(() => interrupt.removeEventListener("abort", onInterrupt));
      }
      const timeoutTimer = setTimeout(() => {
        run.timedOut = true;
        killGroup("SIGTERM");
        setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
      }, request.timeoutMs);
      cleanups.push(() => clearTimeout(timeoutTimer));
      const forward = (chunk, buffer, lines) => {
        buffer.push(chunk);
        const complete = lines.push(chunk);
        if (!request.quiet)
          for (const line of complete) this.logger.info(`  ${request.label} | ${this.redact(line)}`);
      };
      const stdoutLines = new LineSplitter(LOG_LINE_CHARS);
      const stderrLines = new LineSplitter(LOG_LINE_CHARS);
      child.stdout.on("data", (chunk) => forward(chunk, stdout, stdoutLines));
      child.stderr.on("data", (chunk) => forward(chunk, stderr, stderrLines));
      child.on("error", (error2) => finish(null, null, `cannot start ${request.argv[0]}: ${error2.message}`));
      const flushPending = () => {
        for (const lines of [stdoutLines, stderrLines]) {
          const unfinished = lines.end();
          if (unfinished !== null && !request.quiet)
            this.logger.info(`  ${request.label} | ${this.redact(unfinished)}`);
        }
      };
      let drainTimer;
      child.on("close", (code, signal) => {
        clearTimeout(drainTimer);
        flushPending();
        finish(code, signal, null);
      });
      child.on("exit", (code, signal) => {
        drainTimer = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          flushPending();
          finish(code, signal, null);
        }, STDIO_DRAIN_MS);
      });
    });
  }
};
function startCommandRun(request, redact) {
  return {
    argv: request.argv.map((word) => redact(word)),
    started: Date.now(),
    timedOut: false,
    interruptedBy: null,
    stdout: new TailBuffer(TAIL_BYTES),
    stderr: new TailBuffer(TAIL_BYTES)
  };
}
function commandRecord(request, redact, run, ending) {
  const finished = Date.now();
  const { timedOut, interruptedBy, stdout, stderr } = run;
  const { error: error2, exitCode } = ending;
  const status = error2 ? "error" : timedOut ? "timeout" : exitCode === 0 ? "success" : "failure";
  return {
    name: request.name,
    argv: run.argv,
    startedAt: new Date(run.started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - run.started,
    exitCode,
    signal: ending.signal,
    timedOut,
    status,
    error: error2 ?? (timedOut ? `timed out after ${request.timeoutMs}ms; process group killed` : interruptedBy ? `stopped: release-gate was interrupted by ${interruptedBy}; process group killed` : null),
    stdoutTail: redact(stdout.text()),
    stderrTail: redact(stderr.text()),
    outputBytes: stdout.total + stderr.total,
    outputTruncated: stdout.truncated || stderr.truncated
  };
}
var TailBuffer = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  chunks = [];
  kept = 0;
  total = 0;
  truncated = false;
  push(chunk) {
    this.total += chunk.length;
    this.chunks.push(chunk);
    this.kept += chunk.length;
    while (this.kept > this.limit && this.chunks.length > 0) {
      const first = this.chunks[0];
      const excess = this.kept - this.limit;
      this.truncated = true;
      if (first.length <= excess) {
        this.chunks.shift();
        this.kept -= first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.kept -= excess;
      }
    }
  }
  text() {
    const text = Buffer.concat(this.chunks).toString("utf8");
    return this.truncated ? `[... ${this.total - this.kept} earlier bytes omitted ...]
${text}` : text;
  }
};
var LineSplitter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  decoder = new StringDecoder("utf8");
  pending = "";
  omitted = 0;
  /** The lines this chunk completes; a line beyond the limit comes cut, saying how much was left out. */
  push(chunk) {
    const text = this.decoder.write(chunk);
    const lines = [];
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      this.keep(text.slice(start, newline));
      lines.push(this.take());
      start = newline + 1;
    }
    this.keep(text.slice(start));
    return lines;
  }
  /** The last line when the stream ended without a newline, or null. */
  end() {
    this.keep(this.decoder.end());
    return this.pending || this.omitted ? this.take() : null;
  }
  keep(text) {
    const room = Math.max(0, this.limit - this.pending.length);
    this.pending += text.slice(0, room);
    this.omitted += Math.max(0, text.length - room);
  }
  take() {
    const line = this.omitted ? `${this.pending} [... line cut: ${this.omitted} more characters omitted]` : this.pending;
    this.pending = "";
    this.omitted = 0;
    return line;
  }
};

// src/adapters/in-process-runner.ts
var InProcessRunner = class {
  constructor(logger, redact, baseEnv, command, interrupt) {
    this.logger = logger;
    this.redact = redact;
    this.baseEnv = baseEnv;
    this.command = command;
    this.interrupt = interrupt;
  }
  logger;
  redact;
  baseEnv;
  command;
  interrupt;
  run(request) {
    const run = startCommandRun(request, this.redact);
    const stop = new AbortController();
    const ending = (exitCode, signal, error2) => commandRecord(request, this.redact, run, { exitCode, signal, error: error2 });
    const interrupt = this.interrupt;
    if (interrupt?.aborted)
      return Promise.resolve(
        ending(null, null, `not started: release-gate was interrupted by ${signalName(interrupt)}`)
      );
    const write2 = (buffer, line) => {
      if (stop.signal.aborted) return;
      const bytes = Buffer.from(inertToWorkflowCommands(line) + "\n");
      buffer.push(bytes);
      const splitter = new LineSplitter(LOG_LINE_CHARS);
      if (!request.quiet)
        for (const logged of splitter.push(bytes))
          this.logger.info(`  ${request.label} | ${this.redact(logged)}`);
    };
    const io = {
      env: { ...this.baseEnv, ...request.env },
      signal: stop.signal,
      stdout: (line) => write2(run.stdout, line),
      stderr: (line) => write2(run.stderr, line)
    };
    return new Promise((resolve8) => {
      const cleanups = [];
      let settled = false;
      const finish = (record) => {
        if (settled) return;
        settled = true;
        for (const cleanup of cleanups) cleanup();
        resolve8(record);
      };
      const halt = () => {
        stop.abort(new Error("stopped"));
        const grace = setTimeout(() => finish(ending(null, "SIGKILL", null)), KILL_GRACE_MS);
        cleanups.push(() => clearTimeout(grace));
      };
      const timeoutTimer = setTimeout(() => {
        run.timedOut = true;
        halt();
      }, request.timeoutMs);
      cleanups.push(() => clearTimeout(timeoutTimer));
      if (interrupt) {
        const onInterrupt = () => {
          run.interruptedBy = signalName(interrupt);
          halt();
        };
        interrupt.addEventListener("abort", onInterrupt, { once: true });
        cleanups.push(() => interrupt.removeEventListener("abort", onInterrupt));
      }
      this.command(io).then(
        (exitCode) => finish(stop.signal.aborted ? ending(null, "SIGTERM", null) : ending(exitCode, null, null)),
        (error2) => {
          if (!stop.signal.aborted) {
            io.stderr(`[ERROR] ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
            return finish(ending(1, null, null));
          }
          finish(ending(null, "SIGTERM", null));
        }
      );
    });
  }
};

// src/core/tag.ts
var TAG_PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
var MAX_TAG_LENGTH = 128;
function isReleaseTag(tag) {
  return tag.length <= MAX_TAG_LENGTH && TAG_PATTERN.test(tag);
}
function validateTag(tag, flag = "--tag") {
  if (!isReleaseTag(tag)) {
    const shown = tag.length > 60 ? `${tag.slice(0, 57)}...` : tag;
    throw new UsageError(
      `Invalid release tag ${JSON.stringify(shown)} (${flag}). Expected a semantic version such as v1.2.3, 1.2.3 or v2.0.0-rc.1 (at most ${MAX_TAG_LENGTH} characters).`
    );
  }
  return tag;
}
var SEMVER_TAG = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][\dA-Za-z-]*))*))?(?:\+[\dA-Za-z-]+(?:\.[\dA-Za-z-]+)*)?$/;
function parseSemverTag(tag) {
  const match = SEMVER_TAG.exec(tag);
  if (!match) return null;
  return {
    core: [match[1] ?? "0", match[2] ?? "0", match[3] ?? "0"],
    prerelease: match[4] ? match[4].split(".") : []
  };
}
function compareDigits(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
function compareSemver(a, b) {
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(a.core[i] ?? "0", b.core[i] ?? "0");
    if (order !== 0) return order;
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length;
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const left = a.prerelease[i];
    const right = b.prerelease[i];
    if (left === void 0 || right === void 0) return left === void 0 ? -1 : 1;
    const leftNumeric = /^\d+$/.test(left);
    const rightNumeric = /^\d+$/.test(right);
    if (leftNumeric && rightNumeric) {
      const order = compareDigits(left, right);
      if (order !== 0) return order;
    } else if (leftNumeric !== rightNumeric) {
      return leftNumeric ? -1 : 1;
    } else if (left !== right) {
      return left < right ? -1 : 1;
    }
  }
  return 0;
}
function previousSemverTag(tags, tag) {
  const current = parseSemverTag(tag);
  const withPrereleases = current !== null && current.prerelease.length > 0;
  let best = null;
  for (const name of tags) {
    const version = parseSemverTag(name);
    if (name === tag || version === null) continue;
    if (version.prerelease.length > 0 && !withPrereleases) continue;
    if (current !== null && compareSemver(version, current) >= 0) continue;
    const order = best === null ? 1 : compareSemver(version, best.version);
    if (order > 0 || order === 0 && best !== null && name > best.name) best = { name, version };
  }
  return best?.name ?? null;
}

// src/entry/cli/checks.ts
import { basename as basename3 } from "node:path";

// src/core/json-pointer.ts
function jsonPointer(value, pointer) {
  if (pointer === "") return value;
  let current = value;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}

// src/phases/shared/http-check.ts
function judgeHttpResponse(spec, response, tag) {
  if (!response.ok) return { passed: false, message: response.error ?? "request failed" };
  const problems = [];
  if (response.status !== spec.expectStatus)
    problems.push(`status ${response.status}, expected ${spec.expectStatus}`);
  for (const [name, expected] of Object.entries(spec.expectHeaders)) {
    const actual = response.headers[name.toLowerCase()];
    if (actual === void 0 || !actual.toLowerCase().includes(expected.toLowerCase())) {
      problems.push(
        `header ${name} is ${actual === void 0 ? "absent" : JSON.stringify(actual)}, expected it to contain ${JSON.stringify(expected)}`
      );
    }
  }
  const jsonExpectations = Object.entries(spec.expectJson);
  if (jsonExpectations.length > 0) {
    let body;
    try {
      body = JSON.parse(response.body);
    } catch {
      problems.push("body is not JSON");
    }
    if (body !== void 0) {
      for (const [pointer, rawExpected] of jsonExpectations) {
        const expected = typeof rawExpected === "string" && tag !== null ? rawExpected.replaceAll("${tag}", tag) : rawExpected;
        const actual = jsonPointer(body, pointer);
        if (actual !== expected)
          problems.push(
            `${pointer} is ${JSON.stringify(actual) ?? "absent"}, expected ${JSON.stringify(expected)}`
          );
      }
    }
  }
  if (spec.maxLatencyMs !== void 0 && response.latencyMs > spec.maxLatencyMs) {
    problems.push(`latency ${response.latencyMs}ms, expected at most ${spec.maxLatencyMs}ms`);
  }
  return problems.length === 0 ? { passed: true, message: `${response.status} in ${response.latencyMs}ms` } : { passed: false, message: problems.join("; ") };
}
async function runHttpCheck(http2, spec, tag, now) {
  const startedAt = now();
  const response = await http2.request(spec.url, { method: spec.method, timeoutMs: spec.timeoutMs });
  const finishedAt = now();
  const judged = judgeHttpResponse(spec, response, tag);
  return {
    id: spec.id,
    kind: "http",
    passed: judged.passed,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    message: judged.message,
    url: spec.url,
    status: response.status,
    latencyMs: response.latencyMs
  };
}

// src/phases/production/perf.ts
function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}
function summarizeTarget(spec, latencies, errors) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const requests = latencies.length;
  const mean = requests === 0 ? 0 : sorted.reduce((sum, v) => sum + v, 0) / requests;
  const round2 = (v) => Math.round(v * 10) / 10;
  return {
    id: spec.id,
    url: spec.url,
    requests,
    errors,
    errorRate: requests === 0 ? 1 : errors / requests,
    availability: requests === 0 ? 0 : (requests - errors) / requests,
    latencyMs: {
      p50: round2(percentile(sorted, 0.5)),
      p95: round2(percentile(sorted, 0.95)),
      p99: round2(percentile(sorted, 0.99)),
      max: round2(sorted.at(-1) ?? 0),
      mean: round2(mean)
    }
  };
}
async function collectPerf(http2, targets, samples, tag, now) {
  const snapshot = [];
  const checks = [];
  for (const spec of targets) {
    const startedAt = now();
    const latencies = [];
    let errors = 0;
    let lastProblem = "";
    for (let i = 0; i < samples; i++) {
      const response = await http2.request(spec.url, { method: spec.method, timeoutMs: spec.timeoutMs });
      const judged = judgeHttpResponse({ ...spec, maxLatencyMs: void 0 }, response, tag);
      latencies.push(response.latencyMs);
      if (!judged.passed) {
        errors++;
        lastProblem = judged.message;
      }
    }
    const target = summarizeTarget(spec, latencies, errors);
    snapshot.push(target);
    const problems = [];
    if (errors > 0) problems.push(`${errors}/${samples} requests failed (last: ${lastProblem})`);
    if (spec.maxLatencyMs !== void 0 && target.latencyMs.p95 > spec.maxLatencyMs)
      problems.push(`p95 ${target.latencyMs.p95}ms > ${spec.maxLatencyMs}ms`);
    const finishedAt = now();
    checks.push({
      id: spec.id,
      kind: "http",
      passed: problems.length === 0,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      message: problems.length === 0 ? `${samples} requests, p50 ${target.latencyMs.p50}ms, p95 ${target.latencyMs.p95}ms, no errors` : problems.join("; "),
      url: spec.url,
      status: null,
      latencyMs: target.latencyMs.p95
    });
  }
  return { targets: snapshot, checks };
}

// src/entry/cli/checks.ts
var KNOWN = ["staging-validation-results.json", "post-deployment-validation.json"];
function stoppable(options) {
  const { http: http2, signal } = options;
  return signal ? { request: (url, request) => http2.request(url, { ...request, signal }) } : http2;
}
function checksFor(config, environment) {
  if (environment !== "staging" && environment !== "production") {
    throw new UsageError(`Unknown environment '${environment}'. Expected staging or production.`);
  }
  const checks = config.validation[environment];
  if (checks.length === 0) {
    throw new UsageError(
      `No checks configured for ${environment}: add validation.${environment} to ${config.sourcePath}.`
    );
  }
  return checks;
}
function artifactFor(output, fallback) {
  const name = basename3(output);
  return KNOWN.includes(name) ? name : fallback;
}
async function write(options, artifact, checks, perf) {
  const results = {
    ...recordHeader(artifact, options.tag, options.now()),
    environment: options.environment,
    passed: checks.every((c) => c.passed),
    commands: [],
    checks,
    ...perf ? { perf } : {}
  };
  options.signal?.throwIfAborted();
  assertValidEvidence(artifact, results);
  await writeFileAtomic(options.output, JSON.stringify(results, null, 2) + "\n");
  return results;
}
async function builtinValidate(options) {
  const checks = [];
  for (const spec of checksFor(options.config, options.environment))
    checks.push(await runHttpCheck(stoppable(options), spec, options.tag, options.now));
  return write(
    options,
    artifactFor(
      options.output,
      options.environment === "staging" ? "staging-validation-results.json" : "post-deployment-validation.json"
    ),
    checks
  );
}
async function builtinCollectPerf(options) {
  const snapshot = await collectPerf(
    stoppable(options),
    checksFor(options.config, options.environment),
    options.config.validation.perfSamples,
    options.tag,
    options.now
  );
  const requests = snapshot.targets.reduce((sum, t) => sum + t.requests, 0);
  const errors = snapshot.targets.reduce((sum, t) => sum + t.errors, 0);
  const errorRate = requests === 0 ? 1 : errors / requests;
  return write(options, artifactFor(options.output, "post-deployment-validation.json"), snapshot.checks, {
    targets: snapshot.targets,
    errorRate,
    availability: 1 - errorRate
  });
}

// src/entry/cli/commands/checks.ts
var CHECK_COMMANDS = /* @__PURE__ */ new Set(["validate", "collect-perf"]);
async function checksCommand({ command, values, logger, configPath }) {
  return runChecks(command, values, {
    configPath,
    env: process.env,
    http: new FetchHttpClient(),
    print: (line) => logger.info(line)
  });
}
async function runChecks(command, values, io) {
  const environment = command === "validate" ? required(values, "mode", command) : required(values, "env", command);
  const tagText = values.tag ?? io.env.RELEASE_GATE_TAG;
  const options = {
    config: await loadConfig(io.configPath),
    environment,
    output: required(values, "output", command),
    tag: tagText ? validateTag(tagText) : null,
    http: io.http,
    now: () => systemClock.now(),
    ...io.signal ? { signal: io.signal } : {}
  };
  const results = command === "validate" ? await builtinValidate(options) : await builtinCollectPerf(options);
  for (const check of results.checks) io.print(`${check.passed ? "\u2714" : "\u2718"} ${check.id}: ${check.message}`);
  io.print(`${command} ${environment}: ${results.passed ? "passed" : "FAILED"} \u2192 ${options.output}`);
  return results.passed ? 0 : EXIT.failed;
}
function builtinChecks(deps) {
  return {
    find: (args) => {
      const flags = checkFlags(args);
      if (!flags) return null;
      const { command, values } = flags;
      return new InProcessRunner(
        deps.logger,
        deps.redact,
        deps.commandEnv,
        (io) => runChecksAsCli(command, values, io, deps.http),
        deps.interrupt
      );
    }
  };
}
function checkFlags(args) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? "";
  const plain = !values.help && !values.version && !values.json && values["evidence-dir"] === void 0;
  return plain && CHECK_COMMANDS.has(command) ? { command, values } : null;
}
async function runChecksAsCli(command, values, io, http2) {
  try {
    return await runChecks(command, values, {
      configPath: values.config ?? io.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH,
      env: io.env,
      http: http2,
      print: (line) => io.stdout(line),
      signal: io.signal
    });
  } catch (error2) {
    if (error2 instanceof UsageError) {
      io.stderr(`[ERROR] ${error2.message}`);
      return EXIT.usage;
    }
    throw error2;
  }
}

// src/entry/cli/commands/rehearse.ts
import { join as join5 } from "node:path";

// src/phases/shared/step.ts
async function rollbackTarget2(ctx, environment) {
  return ctx.previousOverride ?? rollbackTarget(await ctx.history.ledger(environment), ctx.tag);
}
function templateVars(ctx, environment, service, previous) {
  return { tag: ctx.tag, env: environment, previous: previous ?? "", evidence: ctx.store.dir, service };
}
function stepArgv(ctx, step, vars) {
  return resolveSelf(renderArgv(tokenizeCommand(step.command), vars), ctx.selfArgv);
}
function resolveSelf(written, selfArgv2) {
  return written[0] === "release-gate" ? [...selfArgv2, ...written.slice(1)] : [...written];
}
function commandRoute(written, ports) {
  const builtin = written[0] === "release-gate" ? ports.builtins?.find(written.slice(1)) : null;
  return { argv: resolveSelf(written, ports.selfArgv), runner: builtin ?? ports.runner };
}
async function runStep(ctx, step, vars, label) {
  throwIfInterrupted(ctx.interrupt);
  const { argv: argv2, runner } = commandRoute(renderArgv(tokenizeCommand(step.command), vars), ctx);
  const record = await runner.run({
    name: step.name,
    argv: argv2,
    timeoutMs: step.timeoutMs,
    label,
    env: {
      RELEASE_GATE_TAG: vars.tag,
      RELEASE_GATE_ENV: vars.env,
      RELEASE_GATE_PREVIOUS: vars.previous,
      RELEASE_GATE_EVIDENCE_DIR: vars.evidence,
      RELEASE_GATE_SERVICE: vars.service,
      RELEASE_GATE_CONFIG: ctx.config.sourcePath
    }
  });
  ctx.logger.info(automation(step.name, describeExec(record)));
  ctx.journal?.push(record);
  throwIfInterrupted(ctx.interrupt, record);
  return record;
}
function describeExec(record) {
  switch (record.status) {
    case "success":
      return "success";
    case "timeout":
      return `timed out after ${record.durationMs}ms (process group killed)`;
    case "error":
      return `error (${record.error ?? "could not start"})`;
    case "failure":
      return record.signal ? `failed (killed by ${record.signal})` : `failed (exit code ${record.exitCode})`;
  }
}

// src/phases/rollout/describe.ts
function describeStep(step) {
  switch (step.kind) {
    case "set-weight":
      return step.batch !== void 0 ? `batch ${step.batch} (${step.weight}%)` : `set weight ${step.weight}%`;
    case "pause":
      return `pause ${formatDuration(step.durationMs)}`;
    case "pause-for-approval":
      return "pause until a person approves";
    case "analysis":
      return `analysis of ${[...step.analysis.probes, ...step.analysis.compare.map((m) => `${m.id} (baseline vs canary)`)].join(", ")} (${step.analysis.count} \xD7 ${formatDuration(step.analysis.intervalMs)})`;
    case "deploy-color":
      return "deploy to the idle colour";
    case "switch":
      return "switch traffic to the new colour";
    case "retire":
      return "retire the old colour";
  }
}

// src/phases/rollout/traffic.ts
function haproxyRouterOf(ctx, service, environment) {
  const spec = service.traffic?.[environment];
  if (spec?.router !== "haproxy") return null;
  if (!ctx.trafficRouter) throw new Error("a traffic router is configured but no router factory was composed");
  return { router: ctx.trafficRouter(spec), spec };
}
async function shiftTraffic(ctx, router, moment, targets) {
  const asked = describeTargets(targets);
  try {
    const shift = await router.apply(targets);
    ctx.logger.info(`  ${moment.service} | traffic (haproxy): ${describeServers(shift.after)}`);
    return {
      change: {
        ...base(ctx, moment),
        before: shift.before,
        after: shift.after,
        verified: true,
        message: asked
      },
      failure: null
    };
  } catch (error2) {
    const reason = messageOf(error2);
    ctx.logger.error(`[ERROR] ${moment.service}: traffic change (${asked}) failed: ${reason}`);
    const now = await router.read().catch(() => []);
    return {
      change: {
        ...base(ctx, moment),
        before: now,
        after: now,
        verified: false,
        message: `${asked}: ${reason}`
      },
      failure: `traffic change (${asked}) failed: ${reason}`
    };
  }
}
function commandTrafficChange(ctx, moment, before, after, message) {
  const servers = (weights) => Object.entries(weights).map(([role, weight]) => ({
    role,
    server: role,
    weight,
    state: "unknown"
  }));
  return {
    ...base(ctx, moment),
    router: "command",
    before: servers(before),
    after: servers(after),
    verified: false,
    message
  };
}
function describeServers(servers) {
  return servers.map(
    (s) => `${s.server} weight ${s.weight ?? "?"}${s.state === "ready" || s.state === "unknown" ? "" : ` (${s.state})`}`
  ).join(", ");
}
function describeTargets(targets) {
  return Object.entries(targets).map(
    ([role, t]) => [role, t.state, t.weight !== void 0 ? `weight ${t.weight}` : void 0].filter(Boolean).join(" ")
  ).join(", ");
}
function base(ctx, moment) {
  return {
    service: moment.service,
    environment: moment.environment,
    step: moment.step,
    router: "haproxy",
    action: moment.action,
    at: ctx.clock.now().toISOString()
  };
}

// src/phases/rollout/steps/blue-green.ts
function idleColor(active) {
  return active === "blue" ? "green" : "blue";
}
function parseColor(output) {
  const words = output.toLowerCase().match(/\b(blue|green)\b/g);
  return words?.at(-1) ?? null;
}
function servingColor(servers) {
  const serving2 = servers.filter((s) => s.state === "ready" && (s.weight ?? 0) > 0);
  const role = serving2.length === 1 ? serving2[0]?.role : void 0;
  return role === "blue" || role === "green" ? role : null;
}
async function detectColors(ctx, service, commands, environment, previous) {
  const routed = haproxyRouterOf(ctx, service, environment);
  if (routed) {
    try {
      const servers = await routed.router.read();
      const active2 = servingColor(servers);
      const colors2 = { commands, active: active2, next: idleColor(active2) };
      ctx.logger.info(
        `  ${service.id} | live colour (haproxy: ${describeServers(servers)}): ${active2 ?? "none"}; deploying ${ctx.tag} to ${colors2.next}`
      );
      return colors2;
    } catch (error2) {
      return {
        reason: `${service.id}: cannot tell the live colour from HAProxy: ${error2 instanceof Error ? error2.message : String(error2)}`,
        trigger: "deploy-failure"
      };
    }
  }
  const vars = templateVars(ctx, environment, service.id, previous);
  const probe = await runStep(ctx, commands.activeColor, vars, `${service.id} colour`);
  if (probe.status !== "success") {
    return {
      reason: `${service.id}: cannot tell the live colour: ${commands.activeColor.name} ${describeExec(probe)}`,
      trigger: "deploy-failure"
    };
  }
  const active = parseColor(probe.stdoutTail);
  const colors = { commands, active, next: idleColor(active) };
  ctx.logger.info(
    `  ${service.id} | live colour: ${active ?? "none"}; deploying ${ctx.tag} to ${colors.next}`
  );
  return colors;
}
async function runBlueGreenStep(state, step, current) {
  const { ctx, service, blueGreen } = state;
  const { record } = current;
  if (!blueGreen) return null;
  const color = step.kind === "retire" ? blueGreen.active : blueGreen.next;
  record.color = color;
  if (step.kind === "retire" && color === null) {
    record.message = "no old colour to retire (first blue/green release)";
    return null;
  }
  if (step.kind === "retire") {
    const keepOld = blueGreen.commands.keepOldMs;
    record.status = "deferred";
    record.message = `${color} kept up for an instant switch back; retired once the health window passed${keepOld > 0 ? ` and keep-old (${formatDuration(keepOld)}) elapsed since the switch` : ""}`;
    return null;
  }
  const command = step.kind === "deploy-color" ? service.deploy : blueGreen.commands.switch;
  const vars = {
    ...templateVars(ctx, state.environment, service.id, state.previous),
    color,
    weight: step.kind === "deploy-color" ? "0" : "100",
    step: String(current.number)
  };
  const routed = step.kind === "switch" ? haproxyRouterOf(ctx, service, state.environment) : null;
  if (routed) {
    const old2 = idleColor(blueGreen.next);
    const { change, failure } = await shiftTraffic(
      ctx,
      routed.router,
      { service: service.id, environment: state.environment, step: current.number, action: "switch" },
      { [blueGreen.next]: { state: "ready", weight: 100 }, [old2]: { weight: 0, state: "drain" } }
    );
    record.traffic = [change];
    record.finishedAt = ctx.clock.now().toISOString();
    if (failure) {
      record.status = "failed";
      record.message = failure;
      return {
        reason: `${service.id}: ${failure} at step ${current.number} (${current.description})`,
        trigger: "deploy-failure"
      };
    }
    record.message = `${current.description}: ${color}`;
    return verifySwitch(state, vars);
  }
  const exec = await runStep(ctx, command, vars, service.id);
  record.exec = exec;
  state.lastDeploy = exec;
  record.finishedAt = ctx.clock.now().toISOString();
  if (exec.status !== "success") {
    record.status = "failed";
    record.message = `${command.name} ${describeExec(exec)}`;
    return {
      reason: `${service.id}: ${command.name} ${describeExec(exec)} at step ${current.number} (${current.description})`,
      trigger: "deploy-failure"
    };
  }
  record.message = `${current.description}: ${color}`;
  if (step.kind !== "switch") return null;
  const old = blueGreen.active;
  record.traffic = [
    commandTrafficChange(
      ctx,
      { service: service.id, environment: state.environment, step: current.number, action: "switch" },
      old ? { [old]: 100, [blueGreen.next]: 0 } : { [blueGreen.next]: 0 },
      old ? { [old]: 0, [blueGreen.next]: 100 } : { [blueGreen.next]: 100 },
      `${command.name} switched to ${blueGreen.next}`
    )
  ];
  return verifySwitch(state, vars);
}
async function verifySwitch(state, vars) {
  const { ctx, service } = state;
  if (!service.verify) return null;
  const verify2 = await runStep(ctx, service.verify, vars, `${service.id} verify`);
  state.verify = verify2;
  if (verify2.status === "success") return null;
  const record = state.records.at(-1);
  if (record) record.status = "failed";
  return {
    reason: `${service.id}: ${service.verify.name} ${describeExec(verify2)}`,
    trigger: "deploy-failure"
  };
}
function keptColors(services) {
  return services.flatMap((deployment) => {
    const steps = deployment.rollout?.steps ?? [];
    const retire = steps.find((s) => s.kind === "retire" && s.status === "deferred");
    const switched = steps.find((s) => s.kind === "switch" && s.status === "completed");
    const color = retire?.color;
    if (switched && (color === "blue" || color === "green"))
      return [{ service: deployment.service, color, switchedAt: switched.finishedAt }];
    const unverified = steps.find(
      (s) => s.kind === "switch" && s.status === "failed" && s.exec?.status === "success"
    );
    const old = unverified?.traffic?.[0]?.before.find(
      (r) => r.role !== unverified.color && (r.weight ?? 0) > 0
    )?.role;
    if (!unverified || old !== "blue" && old !== "green") return [];
    return [{ service: deployment.service, color: old, switchedAt: unverified.finishedAt }];
  });
}
async function runColorCommand(ctx, kept, kind, environment, previous) {
  const service = ctx.config.services.find((s) => s.id === kept.service);
  const commands = service?.strategy.blueGreen;
  if (!service || !commands) return null;
  const vars = {
    ...templateVars(ctx, environment, service.id, previous),
    color: kept.color,
    weight: "100",
    step: ""
  };
  const exec = await runStep(
    ctx,
    commands[kind],
    vars,
    `${service.id} ${kind === "switch" ? "switch back" : "retire"}`
  );
  return { service: service.id, color: kept.color, exec };
}
function unretiredColors(ctx, kept, retired, environment, previous) {
  return kept.filter(
    (k) => !retired.some((r) => r.service === k.service && r.color === k.color && r.exec.status === "success")
  ).map((k) => {
    const retire = ctx.config.services.find((s) => s.id === k.service)?.strategy.blueGreen?.retire;
    const vars = {
      ...templateVars(ctx, environment, k.service, previous),
      color: k.color,
      weight: "100",
      step: ""
    };
    return {
      service: k.service,
      color: k.color,
      command: retire ? renderArgv(tokenizeCommand(retire.command), vars).join(" ") : null
    };
  });
}
async function switchBackToKeptColors(ctx, kept, environment, previous) {
  const switched = [];
  for (const color of kept) {
    const service = ctx.config.services.find((s) => s.id === color.service);
    if (service?.traffic?.[environment]?.router === "haproxy") continue;
    const record = await runColorCommand(ctx, color, "switch", environment, previous);
    if (!record) continue;
    switched.push(record);
    if (record.exec.status === "success")
      ctx.logger.info(
        `  ${color.service} | traffic switched back to ${color.color} (${record.exec.durationMs} ms); the rollback commands follow`
      );
    else
      ctx.logger.error(
        `[ERROR] ${color.service}: switching back to ${color.color} ${describeExec(record.exec)}; the rollback commands follow`
      );
  }
  return switched;
}
async function retireKeptColors(ctx, kept, environment, previous, retired = []) {
  for (const color of kept) {
    const keepOldMs = ctx.config.services.find((s) => s.id === color.service)?.strategy.blueGreen?.keepOldMs ?? 0;
    const waitMs = Date.parse(color.switchedAt) + keepOldMs - ctx.clock.now().getTime();
    if (waitMs > 0) {
      ctx.logger.info(
        `  ${color.service} | keeping ${color.color} up for keep-old: ${formatDuration(waitMs)} more`
      );
      await ctx.clock.sleep(waitMs);
    }
    const record = await runColorCommand(ctx, color, "retire", environment, previous);
    if (!record) continue;
    retired.push(record);
    if (record.exec.status === "success")
      ctx.logger.info(`  ${color.service} | retired the old colour ${color.color}`);
    else
      ctx.logger.warn(
        `[WARN] ${color.service}: retiring the old colour ${color.color} ${describeExec(record.exec)}; it still runs (unrouted): retire it by hand`
      );
  }
  return retired;
}

// src/phases/analysis/statistics.ts
var EXACT_MAX_PAIRS = 1e4;
function mannWhitneyU(baseline, canary, alternative = "two-sided", method = "auto") {
  const n1 = baseline.length;
  const n2 = canary.length;
  if (n1 === 0 || n2 === 0) {
    throw new RangeError(
      `Mann-Whitney U needs at least one value in each sample; got ${n1} baseline and ${n2} canary values.`
    );
  }
  assertFinite("baseline", baseline);
  assertFinite("canary", canary);
  const { canaryRankSum, tieTerm } = rankCombined(baseline, canary);
  const u = canaryRankSum - n2 * (n2 + 1) / 2;
  const uBaseline = n1 * n2 - u;
  const ties = tieTerm > 0;
  const useExact = method === "exact" || method === "auto" && !ties && n1 * n2 <= EXACT_MAX_PAIRS;
  if (useExact) {
    if (ties) {
      throw new RangeError(
        "The exact Mann-Whitney p-value assumes no ties, but the samples share or repeat values; use the normal method."
      );
    }
    return {
      u,
      uBaseline,
      n1,
      n2,
      z: null,
      pValue: exactPValue(u, n1, n2, alternative),
      method: "exact",
      ties
    };
  }
  const { z, pValue } = normalApproximation(u, n1, n2, tieTerm, alternative);
  return { u, uBaseline, n1, n2, z, pValue, method: "normal", ties };
}
function hodgesLehmann(baseline, canary) {
  if (baseline.length === 0 || canary.length === 0) {
    throw new RangeError(
      `Hodges-Lehmann needs at least one value in each sample; got ${baseline.length} baseline and ${canary.length} canary values.`
    );
  }
  assertFinite("baseline", baseline);
  assertFinite("canary", canary);
  const differences = new Float64Array(baseline.length * canary.length);
  let next = 0;
  for (const canaryValue of canary) {
    for (const baselineValue of baseline) differences[next++] = canaryValue - baselineValue;
  }
  return medianOfSorted(differences.sort());
}
function median(values) {
  if (values.length === 0) {
    throw new RangeError("The median of an empty sample is undefined; pass at least one value.");
  }
  assertFinite("sample", values);
  return medianOfSorted(Float64Array.from(values).sort());
}
function normalCdf(z) {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}
function erfc(x) {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  let result;
  if (y <= 0.46875) {
    const ysq = y > 111e-18 ? y * y : 0;
    let numerator = ERF_A[4] * ysq;
    let denominator = ysq;
    for (let i = 0; i < 3; i++) {
      numerator = (numerator + ERF_A[i]) * ysq;
      denominator = (denominator + ERF_B[i]) * ysq;
    }
    return 1 - x * (numerator + ERF_A[3]) / (denominator + ERF_B[3]);
  } else if (y <= 4) {
    let numerator = ERFC_C[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + ERFC_C[i]) * y;
      denominator = (denominator + ERFC_D[i]) * y;
    }
    result = scaleByGaussian(y, (numerator + ERFC_C[7]) / (denominator + ERFC_D[7]));
  } else {
    const inverseSquare = 1 / (y * y);
    let numerator = ERFC_P[5] * inverseSquare;
    let denominator = inverseSquare;
    for (let i = 0; i < 4; i++) {
      numerator = (numerator + ERFC_P[i]) * inverseSquare;
      denominator = (denominator + ERFC_Q[i]) * inverseSquare;
    }
    const asymptotic = inverseSquare * (numerator + ERFC_P[4]) / (denominator + ERFC_Q[4]);
    result = scaleByGaussian(y, (ONE_OVER_SQRT_PI - asymptotic) / y);
  }
  return x < 0 ? 2 - result : result;
}
function mannWhitneyExactCdf(k, n1, n2) {
  const pairs = n1 * n2;
  const floorK = Math.floor(k);
  if (floorK < 0) return 0;
  if (floorK >= pairs) return 1;
  if (floorK <= pairs / 2) return lowerTail(floorK, n1, n2);
  return 1 - lowerTail(pairs - floorK - 1, n1, n2);
}
var ERF_A = [
  3.1611237438705655,
  113.86415415105016,
  377.485237685302,
  3209.3775891384694,
  0.18577770618460315
];
var ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
var ERFC_C = [
  0.5641884969886701,
  8.883149794388377,
  66.11919063714163,
  298.6351381974001,
  881.952221241769,
  1712.0476126340707,
  2051.0783778260716,
  1230.3393547979972,
  21531153547440383e-24
];
var ERFC_D = [
  15.744926110709835,
  117.6939508913125,
  537.1811018620099,
  1621.3895745666903,
  3290.7992357334597,
  4362.619090143247,
  3439.3676741437216,
  1230.3393548037495
];
var ERFC_P = [
  0.30532663496123236,
  0.36034489994980445,
  0.12578172611122926,
  0.016083785148742275,
  6587491615298378e-19,
  0.016315387137302097
];
var ERFC_Q = [
  2.568520192289822,
  1.8729528499234604,
  0.5279051029514285,
  0.06051834131244132,
  0.0023352049762686918
];
var ONE_OVER_SQRT_PI = 0.5641895835477563;
function scaleByGaussian(y, factor) {
  const yRounded = Math.trunc(y * 16) / 16;
  const remainder = (y - yRounded) * (y + yRounded);
  return Math.exp(-yRounded * yRounded) * Math.exp(-remainder) * factor;
}
function assertFinite(sampleName, values) {
  const index = values.findIndex((value) => !Number.isFinite(value));
  if (index !== -1) {
    throw new RangeError(
      `The ${sampleName} value ${String(values[index])} at index ${index} is not a finite number; remove missing or non-finite values before the comparison.`
    );
  }
}
function medianOfSorted(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function rankCombined(baseline, canary) {
  const values = [...baseline, ...canary];
  const isCanary = values.map((_, index) => index >= baseline.length);
  const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
  let canaryRankSum = 0;
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const averageRank = (start + 1 + end) / 2;
    const tied = end - start;
    if (tied > 1) tieTerm += tied ** 3 - tied;
    for (let position = start; position < end; position++) {
      if (isCanary[order[position]]) canaryRankSum += averageRank;
    }
    start = end;
  }
  return { canaryRankSum, tieTerm };
}
function exactPValue(u, n1, n2, alternative) {
  switch (alternative) {
    case "greater":
      return mannWhitneyExactCdf(n1 * n2 - u, n1, n2);
    case "less":
      return mannWhitneyExactCdf(u, n1, n2);
    case "two-sided":
      return Math.min(1, 2 * mannWhitneyExactCdf(Math.min(u, n1 * n2 - u), n1, n2));
    default:
      return assertNever(alternative);
  }
}
function lowerTail(k, n1, n2) {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const probabilities = new Float64Array(k + 1);
  probabilities[0] = 1;
  for (let i = 1; i <= m; i++) {
    for (let index = i; index <= k; index++) probabilities[index] += probabilities[index - i];
    for (let index = k; index >= n + i; index--) probabilities[index] -= probabilities[index - n - i];
    const scale = i / (n + i);
    for (let index = 0; index <= k; index++) probabilities[index] *= scale;
  }
  let total = 0;
  for (const probability of probabilities) total += probability;
  return Math.min(1, total);
}
function normalApproximation(u, n1, n2, tieTerm, alternative) {
  const mean = n1 * n2 / 2;
  const n = n1 + n2;
  const variance = n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return { z: 0, pValue: 1 };
  const sigma = Math.sqrt(variance);
  const deviation = u - mean;
  switch (alternative) {
    case "greater": {
      const z = (deviation - 0.5) / sigma;
      return { z, pValue: normalCdf(-z) };
    }
    case "less": {
      const z = (deviation + 0.5) / sigma;
      return { z, pValue: normalCdf(z) };
    }
    case "two-sided": {
      const distance = Math.max(0, Math.abs(deviation) - 0.5);
      const z = distance === 0 ? 0 : Math.sign(deviation) * distance / sigma;
      return { z, pValue: Math.min(1, 2 * normalCdf(-distance / sigma)) };
    }
    default:
      return assertNever(alternative);
  }
}

// src/phases/analysis/canary-score.ts
function scoreCanary(metrics, options = {}) {
  const alpha = options.alpha ?? 0.05;
  const pass = options.passThreshold ?? 95;
  const marginal = options.marginalThreshold ?? Math.min(75, pass);
  validateOptions(alpha, pass, marginal);
  const seenIds = /* @__PURE__ */ new Set();
  for (const metric of metrics) {
    if (seenIds.has(metric.id)) {
      throw new RangeError(`Metric '${metric.id}' appears twice; give every canary metric a unique id.`);
    }
    seenIds.add(metric.id);
  }
  const judgements = metrics.map((metric) => judgeMetric(metric, alpha));
  const withData = judgements.filter((judgement) => judgement.classification !== "nodata");
  if (withData.length === 0) {
    return {
      score: null,
      verdict: "inconclusive",
      thresholds: { pass, marginal },
      alpha,
      metrics: judgements
    };
  }
  const totalWeight = withData.reduce((sum, judgement) => sum + judgement.weight, 0);
  const passingWeight = withData.reduce((sum, judgement) => sum + (judgement.pass ? judgement.weight : 0), 0);
  const score = 100 * passingWeight / totalWeight;
  const criticalFailure = withData.some((judgement) => judgement.critical && !judgement.pass);
  const verdict2 = criticalFailure ? "fail" : score >= pass ? "pass" : score >= marginal ? "marginal" : "fail";
  return { score, verdict: verdict2, thresholds: { pass, marginal }, alpha, metrics: judgements };
}
function judgeMetric(metric, alpha) {
  const weight = metric.weight ?? 1;
  const tolerance = metric.tolerance ?? 0;
  if (!(Number.isFinite(weight) && weight > 0)) {
    throw new RangeError(`Metric '${metric.id}': weight must be a positive number; got ${weight}.`);
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(
      `Metric '${metric.id}': tolerance must be a non-negative number (0.05 for 5%); got ${tolerance}.`
    );
  }
  const baseline = metric.baseline.filter(Number.isFinite);
  const canary = metric.canary.filter(Number.isFinite);
  const common = {
    id: metric.id,
    critical: metric.critical ?? false,
    weight,
    direction: metric.direction,
    tolerance,
    baselineCount: baseline.length,
    canaryCount: canary.length
  };
  if (baseline.length === 0 || canary.length === 0) {
    return {
      ...common,
      classification: "nodata",
      pass: false,
      pValue: null,
      u: null,
      effect: null,
      relativeEffect: null,
      baselineMedian: baseline.length > 0 ? median(baseline) : null,
      canaryMedian: canary.length > 0 ? median(canary) : null,
      reason: `no data for ${metric.id}: ${baseline.length} baseline and ${canary.length} canary values`
    };
  }
  const test = mannWhitneyU(baseline, canary, "two-sided");
  const effect = hodgesLehmann(baseline, canary);
  const baselineMedian = median(baseline);
  const canaryMedian = median(canary);
  const relativeEffect = baselineMedian === 0 ? effect : effect / Math.abs(baselineMedian);
  const numbers = `median ${formatValue(canaryMedian, metric.unit)} vs ${formatValue(baselineMedian, metric.unit)}, p=${formatProbability(test.pValue)}`;
  const measured = {
    ...common,
    pValue: test.pValue,
    u: test.u,
    effect,
    relativeEffect,
    baselineMedian,
    canaryMedian
  };
  if (!(test.pValue < alpha)) {
    return {
      ...measured,
      classification: "pass",
      pass: true,
      reason: `canary ${metric.id} not significantly different from baseline: ${numbers}`
    };
  }
  const higher = effect !== 0 ? effect > 0 : test.u > test.n1 * test.n2 / 2;
  const classification = higher ? "high" : "low";
  const comparison = higher ? "higher" : "lower";
  const badDirection = metric.direction === "either" || metric.direction === "increase" === higher;
  if (!badDirection) {
    return {
      ...measured,
      classification,
      pass: true,
      reason: `canary ${metric.id} ${comparison} than baseline, which is not a regression (only ${metric.direction === "increase" ? "an increase" : "a decrease"} fails): ${numbers}`
    };
  }
  const withinTolerance = tolerance > 0 && Math.abs(relativeEffect) <= tolerance;
  if (withinTolerance) {
    return {
      ...measured,
      classification,
      pass: true,
      reason: `canary ${metric.id} ${comparison} than baseline by ${formatRelative(relativeEffect, baselineMedian, metric.unit)}, within the tolerance of ${formatRelative(tolerance, baselineMedian, metric.unit)}: ${numbers}`
    };
  }
  return {
    ...measured,
    classification,
    pass: false,
    reason: `canary ${metric.id} ${comparison} than baseline: ${numbers}`
  };
}
function validateOptions(alpha, pass, marginal) {
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`alpha must be between 0 and 1 (exclusive), e.g. 0.05; got ${alpha}.`);
  }
  for (const [name, value] of [
    ["passThreshold", pass],
    ["marginalThreshold", marginal]
  ]) {
    if (!(value >= 0 && value <= 100)) {
      throw new RangeError(`${name} must be a score between 0 and 100; got ${value}.`);
    }
  }
  if (marginal > pass) {
    throw new RangeError(
      `marginalThreshold (${marginal}) must not exceed passThreshold (${pass}); a marginal score sits below a pass.`
    );
  }
}
function formatValue(value, unit = "") {
  const rounded = Math.abs(value) >= 1e3 ? Math.round(value) : Number(value.toPrecision(4));
  return `${rounded}${unit}`;
}
function formatProbability(probability) {
  return String(Number(probability.toPrecision(2)));
}
function formatRelative(size, baselineMedian, unit) {
  const magnitude = Math.abs(size);
  return baselineMedian === 0 ? formatValue(magnitude, unit) : `${Number((100 * magnitude).toPrecision(3))}%`;
}

// src/phases/analysis/verdict.ts
var emptyTally = () => ({
  samples: 0,
  passed: 0,
  failures: 0,
  errors: 0,
  consecutiveErrors: 0,
  inconclusive: 0
});
var RunningAnalysis = class {
  constructor(limitsOf) {
    this.limitsOf = limitsOf;
  }
  limitsOf;
  tallies = /* @__PURE__ */ new Map();
  failed = null;
  inconclusive = null;
  /** Samples that did not pass, over every probe. */
  failedSamples = 0;
  /** Counts one sample in; samples must come in the order they were taken. */
  add(sample) {
    const { probe, status } = sample;
    let tally = this.tallies.get(probe);
    if (!tally) {
      tally = emptyTally();
      this.tallies.set(probe, tally);
    }
    const limits = this.limitsOf(probe);
    tally.samples += 1;
    tally.consecutiveErrors = status === "error" ? tally.consecutiveErrors + 1 : 0;
    countStatus(tally, status);
    if (!sample.passed) this.failedSamples += 1;
    const breach = (kind, count, limit, what) => ({
      probe,
      kind,
      count,
      limit,
      at: sample.finishedAt,
      reason: `probe ${probe} ${what} ${count} time(s) (limit ${limit}); last: ${sample.message}`
    });
    if (!this.failed && status === "failed" && tally.failures >= limits.failureLimit)
      this.failed = breach("failed", tally.failures, limits.failureLimit, "failed");
    if (!this.failed && status === "error" && tally.consecutiveErrors >= limits.consecutiveErrorLimit)
      this.failed = breach(
        "error",
        tally.consecutiveErrors,
        limits.consecutiveErrorLimit,
        "could not be measured"
      );
    if (!this.inconclusive && status === "inconclusive" && tally.inconclusive >= limits.inconclusiveLimit)
      this.inconclusive = breach(
        "inconclusive",
        tally.inconclusive,
        limits.inconclusiveLimit,
        "returned no data"
      );
  }
  /** Where the analysis stands now; the tallies are a copy (one per probe), later samples do not change them. */
  verdict() {
    const tallies = new Map([...this.tallies].map(([probe, tally]) => [probe, { ...tally }]));
    const breach = this.failed ?? this.inconclusive;
    return { phase: this.failed ? "failed" : this.inconclusive ? "inconclusive" : "running", tallies, breach };
  }
};
function countStatus(tally, status) {
  switch (status) {
    case "passed":
      tally.passed += 1;
      return;
    case "failed":
      tally.failures += 1;
      return;
    case "error":
      tally.errors += 1;
      return;
    case "inconclusive":
      tally.inconclusive += 1;
      return;
  }
}
function finalVerdict(verdict2, probes, samples) {
  if (verdict2.phase !== "running") return { phase: verdict2.phase, breach: verdict2.breach };
  for (const probe of probes) {
    const tally = verdict2.tallies.get(probe) ?? emptyTally();
    if (tally.passed === 0) {
      return {
        phase: "inconclusive",
        breach: {
          probe,
          kind: "inconclusive",
          count: tally.samples - tally.passed,
          limit: tally.samples,
          at: samples.filter((s) => s.probe === probe).at(-1)?.finishedAt ?? samples.at(-1)?.finishedAt ?? "",
          reason: `probe ${probe} never produced a passing sample (${tally.inconclusive} without data, ${tally.errors} errors of ${tally.samples})`
        }
      };
    }
  }
  return { phase: "passed", breach: null };
}
function sampleSchedule(windowMs, intervalMs) {
  const rounds = Math.floor(windowMs / intervalMs) + 1;
  return Array.from({ length: rounds }, (_, i) => i * intervalMs);
}
function judgeValue(value, bounds) {
  if (bounds.max !== void 0 && value > bounds.max) return `${formatValue2(value)} > max ${bounds.max}`;
  if (bounds.min !== void 0 && value < bounds.min) return `${formatValue2(value)} < min ${bounds.min}`;
  return null;
}
function formatValue2(value) {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

// src/phases/analysis/measure.ts
async function measure(probes, schedule, sample, clock, onRound) {
  const limits = new Map(probes.map((p) => [p.id, p]));
  const limitsOf = (id) => limits.get(id);
  const start = clock.now().getTime();
  const end = schedule.at(-1) ?? 0;
  const samples = [];
  const running = new RunningAnalysis(limitsOf);
  let verdict2 = running.verdict();
  for (const [index, offset] of schedule.entries()) {
    const wait = start + offset - clock.now().getTime();
    if (wait > 0) await clock.sleep(wait);
    const round2 = await sampleRound(probes, start + offset, schedule, index, sample, clock);
    for (const taken of round2) {
      samples.push(taken);
      running.add(taken);
    }
    verdict2 = running.verdict();
    const elapsedMs = clock.now().getTime() - start;
    onRound(
      {
        elapsedMs,
        remainingMs: Math.max(0, end - elapsedMs),
        samples: samples.length,
        failures: running.failedSamples,
        round: index + 1,
        rounds: schedule.length
      },
      round2
    );
    if (verdict2.phase !== "running") break;
  }
  const final = finalVerdict(
    verdict2,
    probes.map((p) => p.id),
    samples
  );
  return { samples, phase: final.phase, breach: final.breach };
}
function roundSpread(schedule, index) {
  const next = schedule[index + 1];
  const current = schedule[index] ?? 0;
  if (next !== void 0) return next - current;
  const previous = schedule[index - 1];
  return previous !== void 0 ? current - previous : 0;
}
var MIN_START_GAP_MS = 50;
function probeStaggerMs(schedule, roundIndex, probeIndex, probes) {
  const spread = roundSpread(schedule, roundIndex);
  const groups = Math.max(1, Math.min(probes, Math.floor(spread / MIN_START_GAP_MS)));
  return Math.round(Math.floor(probeIndex * groups / probes) * spread / groups);
}
async function sampleRound(probes, roundStart, schedule, roundIndex, sample, clock) {
  const started = [];
  try {
    for (const [index, probe] of probes.entries()) {
      const wait = roundStart + probeStaggerMs(schedule, roundIndex, index, probes.length) - clock.now().getTime();
      if (wait > 0) await clock.sleep(wait);
      started.push(sample(probe, roundIndex + 1));
    }
  } catch (error2) {
    void Promise.allSettled(started);
    throw error2;
  }
  return Promise.all(started);
}

// src/phases/analysis/prometheus.ts
var SERIES_NAMED = 3;
var BODY_QUOTED = 120;
function instantQueryUrl(baseUrl, promql, time) {
  const base2 = baseUrl.replace(/\/+$/, "");
  const timeParam = time ? `&time=${time.getTime() / 1e3}` : "";
  return `${base2}/api/v1/query?query=${encodeURIComponent(promql)}${timeParam}`;
}
function parseInstantQuery(body, status) {
  const httpStatus = status === null ? "no HTTP status" : `HTTP ${status}`;
  if (body.trim() === "") return error(`Prometheus answered ${httpStatus} with an empty body`);
  let envelope;
  try {
    envelope = JSON.parse(body);
  } catch {
    return error(`Prometheus answered ${httpStatus} with a body that is not JSON: ${quote(body)}`);
  }
  if (!isRecord(envelope) || envelope.status !== "success" && envelope.status !== "error") {
    return error(
      `Prometheus answered ${httpStatus} with JSON that is not an API answer (no "status": "success" | "error"): ${quote(body)}`
    );
  }
  if (envelope.status === "error") {
    const errorType = typeof envelope.errorType === "string" ? envelope.errorType : "unknown error type";
    const message = typeof envelope.error === "string" ? envelope.error : "(no message)";
    return error(`Prometheus rejected the query (${httpStatus}) ${errorType}: ${message}`);
  }
  const data = envelope.data;
  if (!isRecord(data) || typeof data.resultType !== "string") {
    return error(`Prometheus answered ${httpStatus} "success" without data.resultType: ${quote(body)}`);
  }
  switch (data.resultType) {
    case "vector":
      return readVector(data.result);
    case "scalar":
      return readSample(data.result, 0, "the scalar");
    case "matrix":
      return error(
        "the query returned a range vector (resultType matrix), a range query result; use an instant vector, e.g. rate(x[5m]) instead of x[5m]"
      );
    case "string":
      return error("the query returned a string (resultType string); a condition needs a number");
    default:
      return error(`the query returned an unknown resultType ${JSON.stringify(data.resultType)}`);
  }
}
async function queryPrometheus(http2, baseUrl, promql, timeoutMs) {
  const response = await http2.request(instantQueryUrl(baseUrl, promql), { method: "GET", timeoutMs });
  if (!response.ok) {
    return {
      kind: "error",
      reason: response.error ?? "the request to Prometheus failed",
      latencyMs: response.latencyMs
    };
  }
  return { ...parseInstantQuery(response.body, response.status), latencyMs: response.latencyMs };
}
function readVector(result) {
  if (!Array.isArray(result)) return error("resultType vector without a result array");
  const series = result;
  const [only] = series;
  if (only === void 0) {
    return {
      kind: "no-data",
      reason: "the query returned no series: the metric may not exist yet or the label selector matches nothing"
    };
  }
  if (series.length > 1) {
    const named = series.slice(0, SERIES_NAMED).map(seriesName).join(", ");
    const more = series.length > SERIES_NAMED ? `, \u2026 ${series.length - SERIES_NAMED} more` : "";
    return error(
      `the query returned ${series.length} series (labels ${named}${more}); a condition needs exactly one: aggregate it, e.g. sum(...), max(...) or avg(...)`
    );
  }
  if (!isRecord(only)) return error("resultType vector with a sample that is not an object");
  return readSample(only.value, 1, `the series ${seriesName(only)}`);
}
function readSample(pair, series, what) {
  const text = Array.isArray(pair) ? pair[1] : void 0;
  if (typeof text !== "string") return error(`${what} has no [time, "value"] sample`);
  const value = sampleValue(text);
  if (value === null) return error(`${what} has the value ${JSON.stringify(text)}, which is not a number`);
  if (Number.isNaN(value)) {
    return { kind: "no-data", reason: `${what} is NaN: e.g. a ratio with no traffic, 0/0` };
  }
  return { kind: "value", value, series };
}
function sampleValue(text) {
  switch (text) {
    case "NaN":
      return NaN;
    case "+Inf":
      return Infinity;
    case "-Inf":
      return -Infinity;
  }
  const value = text.trim() === "" ? NaN : Number(text);
  return Number.isNaN(value) ? null : value;
}
function seriesName(sample) {
  const metric = isRecord(sample) && isRecord(sample.metric) ? sample.metric : {};
  const name = typeof metric.__name__ === "string" ? metric.__name__ : "";
  const labels = Object.entries(metric).filter(([label]) => label !== "__name__").map(([label, value]) => `${label}=${JSON.stringify(String(value))}`);
  return `${name}{${labels.join(",")}}`;
}
function quote(body) {
  const oneLine2 = body.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine2.length > BODY_QUOTED ? `${oneLine2.slice(0, BODY_QUOTED)}\u2026` : oneLine2);
}
function error(reason) {
  return { kind: "error", reason };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/phases/analysis/alertmanager.ts
var MAX_ALERTS_BODY_BYTES = 256 * 1024;
var ALERTS_RECORDED = 20;
var ALERTS_NAMED = 3;
var BODY_QUOTED2 = 120;
var inconclusive = (reason) => ({ kind: "inconclusive", reason });
function firingAlertsUrl(baseUrl, matchers) {
  const filters = matchers.map((m) => `&filter=${encodeURIComponent(formatAlertMatcher(m))}`).join("");
  return `${baseUrl.replace(/\/+$/, "")}/api/v2/alerts?active=true&silenced=false&inhibited=false${filters}`;
}
function parseFiringAlerts(body, status, matchers) {
  const httpStatus = status === null ? "no HTTP status" : `HTTP ${status}`;
  if (status === null || status < 200 || status > 299)
    return inconclusive(`Alertmanager answered ${httpStatus}: ${quote2(body)}`);
  if (new TextEncoder().encode(body).length >= MAX_ALERTS_BODY_BYTES)
    return inconclusive(
      `Alertmanager's answer reached ${MAX_ALERTS_BODY_BYTES / 1024} KiB and was cut off: narrow the matchers`
    );
  let alerts;
  try {
    alerts = JSON.parse(body);
  } catch {
    return inconclusive(`Alertmanager answered ${httpStatus} with a body that is not JSON: ${quote2(body)}`);
  }
  if (!Array.isArray(alerts))
    return inconclusive(
      `Alertmanager answered ${httpStatus} with JSON that is not a list of alerts: ${quote2(body)}`
    );
  const firing = [];
  let ignored = 0;
  for (const [index, item] of alerts.entries()) {
    const alert = readAlert(item);
    if (typeof alert === "string") return inconclusive(`alert ${index} of Alertmanager's answer ${alert}`);
    if (!matchesAll(matchers, alert.labels) || alert.state === "suppressed") ignored += 1;
    else firing.push(alert.firing);
  }
  return { kind: "alerts", firing, ignored };
}
async function readFiringAlerts(http2, baseUrl, matchers, timeoutMs) {
  const response = await http2.request(firingAlertsUrl(baseUrl, matchers), { method: "GET", timeoutMs });
  if (!response.ok) return inconclusive(response.error ?? "the request to Alertmanager failed");
  return parseFiringAlerts(response.body, response.status, matchers);
}
async function sampleFiringAlerts(http2, baseUrl, matchers, timeoutMs) {
  let result;
  try {
    result = await readFiringAlerts(http2, baseUrl, matchers, timeoutMs);
  } catch (error2) {
    result = inconclusive(messageOf(error2));
  }
  if (result.kind === "inconclusive") return { status: "inconclusive", value: null, message: result.reason };
  const ignoredNote = result.ignored > 0 ? ` (${result.ignored} other returned alert(s) silenced, inhibited or not matching)` : "";
  if (result.firing.length === 0)
    return { status: "passed", value: 0, message: `no matching alert firing${ignoredNote}` };
  const named = result.firing.slice(0, ALERTS_NAMED).map(
    (a) => `${JSON.stringify(a.alertname.slice(0, 80))} since ${a.startsAt} (fingerprint ${a.fingerprint})`
  );
  const more = result.firing.length > ALERTS_NAMED ? `, \u2026 ${result.firing.length - ALERTS_NAMED} more` : "";
  return {
    status: "failed",
    value: result.firing.length,
    message: `${result.firing.length} matching alert(s) firing: ${named.join(", ")}${more}${ignoredNote}`,
    alerts: result.firing.slice(0, ALERTS_RECORDED)
  };
}
function readAlert(item) {
  if (!isRecord2(item)) return "is not an object";
  const { labels, fingerprint, startsAt, status } = item;
  if (!isRecord2(labels) || !Object.values(labels).every((v) => typeof v === "string"))
    return 'has no "labels" object of strings';
  if (typeof fingerprint !== "string" || fingerprint === "") return 'has no "fingerprint"';
  if (typeof startsAt !== "string" || Number.isNaN(Date.parse(startsAt))) return 'has no "startsAt" time';
  if (!isRecord2(status)) return 'has no "status" object';
  const { state, silencedBy, inhibitedBy } = status;
  if (state !== "active" && state !== "suppressed" && state !== "unprocessed")
    return `has the status.state ${JSON.stringify(state)}, expected "active", "suppressed" or "unprocessed"`;
  if (!isStringList(silencedBy) || !isStringList(inhibitedBy))
    return 'has no "status.silencedBy" and "status.inhibitedBy" lists';
  if (state === "active" && (silencedBy.length > 0 || inhibitedBy.length > 0))
    return 'is "active" yet names a silence or an inhibiting alert';
  const stringLabels = labels;
  return {
    labels: stringLabels,
    state,
    firing: { alertname: stringLabels.alertname ?? "", labels: stringLabels, startsAt, fingerprint }
  };
}
function isStringList(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
function quote2(body) {
  const oneLine2 = body.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine2.length > BODY_QUOTED2 ? `${oneLine2.slice(0, BODY_QUOTED2)}\u2026` : oneLine2);
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/phases/analysis/probes.ts
function probeTarget(probe) {
  switch (probe.kind) {
    case "http":
      return probe.url;
    case "prometheus":
      return `${probe.query} @ ${probe.url}`;
    case "alertmanager":
      return `{${probe.matchers.map(formatAlertMatcher).join(", ")}} @ ${probe.url}`;
    case "command":
      return Array.isArray(probe.command) ? probe.command.join(" ") : probe.command;
  }
}
function probeThreshold(probe) {
  const bounds = [
    probe.min !== void 0 ? `\u2265 ${probe.min}` : null,
    probe.max !== void 0 ? `\u2264 ${probe.max}` : null
  ].filter(Boolean);
  switch (probe.kind) {
    case "http":
      return [
        `status ${probe.expectStatus}`,
        probe.maxLatencyMs !== void 0 ? `latency \u2264 ${probe.maxLatencyMs}ms` : null,
        ...Object.entries(probe.expectJson).map(([pointer, value]) => `${pointer} = ${JSON.stringify(value)}`)
      ].filter(Boolean).join(", ");
    case "prometheus":
      return `value ${bounds.join(" and ")}; no data is inconclusive`;
    case "alertmanager":
      return "no matching alert firing (active, not silenced, not inhibited); unreachable is inconclusive";
    case "command":
      return probe.value === "stdout" ? `printed number ${bounds.join(" and ") || "present"}` : "exit code 0";
  }
}
function probeAsUsed(probe, vars) {
  const { url, query, command, expectJson, matchers } = probe;
  const expected = expectJson;
  return {
    ...probe,
    ...typeof url === "string" ? { url: renderText(url, vars) } : {},
    ...typeof query === "string" ? { query: renderText(query, vars) } : {},
    // Split first, then substituted per word: a value never splits a word, as when the command runs.
    ...command !== void 0 ? { command: renderArgv(tokenizeCommand(command), vars) } : {},
    ...matchers ? { matchers: matchers.map((m) => ({ ...m, value: renderText(m.value, vars) })) } : {},
    ...expected ? {
      expectJson: Object.fromEntries(
        Object.entries(expected).map(([pointer, value]) => [
          pointer,
          typeof value === "string" ? renderText(value, vars) : value
        ])
      )
    } : {}
  };
}
function lastNumber(output) {
  const matches = output.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g);
  if (!matches) return null;
  const value = Number(matches.at(-1));
  return Number.isFinite(value) ? value : null;
}
function releaseProbeSampler(ctx, vars) {
  return realProbeSampler({
    http: ctx.http,
    runner: ctx.runner,
    builtins: ctx.builtins,
    now: () => ctx.clock.now(),
    vars,
    selfArgv: ctx.selfArgv
  });
}
async function warmProbeTargets(http2, probes, vars) {
  if (!http2.warm) return;
  const urls = probes.flatMap(
    (probe) => probe.kind === "http" || probe.kind === "prometheus" ? renderArgv([probe.url], vars) : []
  );
  if (urls.length > 0) await http2.warm(urls);
}
function realProbeSampler(deps) {
  const asUsed = /* @__PURE__ */ new Map();
  return async (configured, round2) => {
    let probe = asUsed.get(configured);
    if (!probe) asUsed.set(configured, probe = probeAsUsed(configured, deps.vars));
    const startedAt = deps.now();
    const record = (status, value, message) => ({
      probe: probe.id,
      round: round2,
      passed: status === "passed",
      status,
      value,
      startedAt: startedAt.toISOString(),
      finishedAt: deps.now().toISOString(),
      message
    });
    switch (probe.kind) {
      case "http": {
        const url = probe.url;
        const response = await deps.http.request(url, { method: "GET", timeoutMs: probe.timeoutMs });
        const judged = judgeHttpResponse(
          {
            id: probe.id,
            url,
            method: "GET",
            expectStatus: probe.expectStatus,
            expectHeaders: {},
            expectJson: probe.expectJson,
            ...probe.maxLatencyMs !== void 0 ? { maxLatencyMs: probe.maxLatencyMs } : {},
            timeoutMs: probe.timeoutMs
          },
          response,
          // Substituted already, with every placeholder, by probeAsUsed.
          null
        );
        return record(
          judged.passed ? "passed" : "failed",
          response.ok ? response.latencyMs : null,
          judged.message
        );
      }
      case "prometheus": {
        const outcome = await queryPrometheus(deps.http, probe.url, probe.query, probe.timeoutMs);
        if (outcome.kind === "error") return record("error", null, outcome.reason);
        if (outcome.kind === "no-data") return record("inconclusive", null, outcome.reason);
        const problem = judgeValue(outcome.value, probe);
        return record(
          problem ? "failed" : "passed",
          outcome.value,
          problem ?? `${formatValue2(outcome.value)}`
        );
      }
      case "alertmanager": {
        const read = await sampleFiringAlerts(deps.http, probe.url, probe.matchers, probe.timeoutMs);
        const sample = record(read.status, read.value, read.message);
        return read.alerts ? { ...sample, alerts: read.alerts } : sample;
      }
      case "command": {
        const { argv: argv2, runner } = commandRoute(probe.command, deps);
        const exec = await runner.run({
          name: probe.id,
          argv: argv2,
          timeoutMs: probe.timeoutMs,
          label: `probe ${probe.id}`,
          quiet: true
        });
        const lastLine = (exec.stderrTail || exec.stdoutTail).trim().split("\n").pop() ?? "";
        if (exec.status === "timeout" || exec.status === "error")
          return record("error", null, `${exec.status}: ${exec.error ?? lastLine}`);
        if (probe.value === "exit-code") {
          return exec.status === "success" ? record("passed", 0, "exit 0") : record("failed", exec.exitCode, `exit ${exec.exitCode ?? exec.signal}: ${lastLine}`.trim());
        }
        if (exec.status !== "success")
          return record("error", null, `exit ${exec.exitCode ?? exec.signal}: ${lastLine}`.trim());
        const value = lastNumber(exec.stdoutTail);
        if (value === null) return record("inconclusive", null, "the command printed no number");
        const problem = judgeValue(value, probe);
        return record(problem ? "failed" : "passed", value, problem ?? formatValue2(value));
      }
    }
  };
}
function summarizeProbes(probes, samples, vars) {
  return probes.map((configured) => {
    const p = vars ? probeAsUsed(configured, vars) : configured;
    const own = samples.filter((s) => s.probe === p.id);
    return {
      id: p.id,
      kind: p.kind,
      target: probeTarget(p),
      samples: own.length,
      failures: own.filter((s) => s.status === "failed").length,
      errors: own.filter((s) => s.status === "error").length,
      inconclusive: own.filter((s) => s.status === "inconclusive").length,
      threshold: probeThreshold(p)
    };
  });
}

// src/phases/rollout/run-analysis.ts
function analysisSchedule(analysis) {
  return Array.from({ length: analysis.count }, (_, i) => i * analysis.intervalMs);
}
function analysisProbes(ctx, analysis) {
  const all = [...ctx.config.metrics, ...ctx.config.health.probes];
  const ids = /* @__PURE__ */ new Set([...analysis.probes, ...analysis.compare.flatMap((m) => [m.baseline, m.canary])]);
  return [...ids].map((id) => all.find((p) => p.id === id));
}
function compareVerdict(analysis, samples) {
  const values = (probe) => samples.filter((s) => s.probe === probe && s.value !== null).map((s) => s.value);
  const comparison = scoreCanary(
    analysis.compare.map((m) => ({
      id: m.id,
      baseline: values(m.baseline),
      canary: values(m.canary),
      direction: m.direction,
      critical: m.critical,
      weight: m.weight,
      tolerance: m.tolerance
    })),
    {
      alpha: analysis.score.alpha,
      passThreshold: analysis.score.pass,
      marginalThreshold: analysis.score.marginal
    }
  );
  const failing = comparison.metrics.filter((m) => !m.pass).map((m) => m.reason);
  const scoreText = comparison.score === null ? "no score" : `score ${Math.round(comparison.score * 10) / 10}`;
  const reason = `canary ${comparison.verdict} (${scoreText}; pass \u2265 ${analysis.score.pass}, marginal \u2265 ${analysis.score.marginal})${failing.length > 0 ? `: ${failing.join("; ")}` : ""}`;
  const verdict2 = comparison.verdict === "pass" ? "passed" : comparison.verdict === "fail" ? "failed" : "inconclusive";
  return { comparison, verdict: verdict2, reason };
}
async function runAnalysis(ctx, analysis, environment, service, previous, sampler, extraVars = {}) {
  const probes = analysisProbes(ctx, analysis);
  const startedAt = ctx.clock.now().toISOString();
  const vars = { ...templateVars(ctx, environment, service, previous), ...extraVars };
  const probeSampler = sampler ?? releaseProbeSampler(ctx, vars);
  await warmProbeTargets(ctx.http, probes, vars);
  const result = await measure(
    probes,
    analysisSchedule(analysis),
    probeSampler,
    ctx.clock,
    (_progress, round2) => {
      for (const sample of round2.filter((s) => !s.passed))
        ctx.logger.warn(`  \u2718 ${sample.probe} (round ${sample.round}, ${sample.status}): ${sample.message}`);
    }
  );
  const finishedAt = ctx.clock.now().toISOString();
  let verdict2 = result.phase;
  let breach = result.breach;
  let comparison = null;
  if (analysis.compare.length > 0 && result.phase === "passed") {
    const scored = compareVerdict(analysis, result.samples);
    comparison = scored.comparison;
    verdict2 = scored.verdict;
    ctx.logger.info(`  ${service} | ${scored.reason}`);
    if (verdict2 !== "passed") {
      breach = {
        probe: analysis.compare.map((m) => m.id).join(", "),
        kind: verdict2 === "failed" ? "failed" : "inconclusive",
        count: comparison.metrics.filter((m) => !m.pass).length,
        limit: analysis.compare.length,
        at: finishedAt,
        reason: scored.reason
      };
    }
  }
  return {
    startedAt,
    finishedAt,
    intervalMs: analysis.intervalMs,
    count: analysis.count,
    verdict: verdict2,
    breach,
    probes: summarizeProbes(probes, result.samples, vars),
    samples: result.samples,
    comparison
  };
}

// src/phases/rollout/steps/analysis.ts
async function runAnalysisStep(state, step, current) {
  const { ctx, service } = state;
  const { record } = current;
  const analysis = await runAnalysis(
    ctx,
    step.analysis,
    state.environment,
    service.id,
    state.previous,
    state.sampler,
    {
      ...state.blueGreen ? { color: state.blueGreen.next } : {},
      step: String(current.number)
    }
  );
  record.analysis = analysis;
  record.finishedAt = analysis.finishedAt;
  if (analysis.verdict === "passed") {
    record.message = `passed: ${analysis.samples.length} samples`;
    ctx.logger.info(`  ${service.id} | analysis passed (${analysis.samples.length} samples)`);
    return null;
  }
  const why = analysis.breach?.reason ?? `analysis ${analysis.verdict}`;
  if (analysis.verdict === "inconclusive" && step.analysis.onInconclusive === "pause" && ctx.confirm) {
    const goOn = await ctx.confirm(
      `[ANALYSIS INCONCLUSIVE] ${service.id} step ${current.number}: ${why}. Continue the rollout? (yes/no)`
    );
    if (goOn) {
      record.message = `inconclusive (${why}); continued by a person at the prompt`;
      return null;
    }
  }
  record.status = "failed";
  record.message = `${analysis.verdict}: ${why}`;
  ctx.logger.error(
    `[ALERT] ${service.id} rollout aborted at step ${current.number} (${current.description}): ${why}`
  );
  return {
    reason: `${service.id}: rollout aborted at step ${current.number} (${current.description}): analysis ${analysis.verdict}: ${why}`,
    trigger: "rollout-analysis"
  };
}

// src/phases/rollout/steps/pause.ts
async function runPause(state, step, current) {
  await state.ctx.clock.sleep(step.durationMs);
  current.record.finishedAt = state.ctx.clock.now().toISOString();
  current.record.message = `paused ${formatDuration(step.durationMs)}`;
  return null;
}
async function runPauseForApproval(state, current) {
  const { ctx, service } = state;
  const { record } = current;
  const weightNow = state.records.filter((r) => r.weight !== null).map((r) => `${r.weight}%`).at(-1) ?? "not yet deployed";
  const prompt = `[ROLLOUT PAUSED] ${service.id} at step ${current.number}: ${weightNow} on ${ctx.tag}. Continue the rollout? (yes/no)`;
  ctx.logger.info(prompt);
  const goOn = ctx.confirm ? await ctx.confirm(prompt) : false;
  record.finishedAt = ctx.clock.now().toISOString();
  if (goOn) {
    record.message = "a person answered yes";
    return null;
  }
  record.status = "failed";
  record.message = ctx.confirm ? "a person answered no" : "nobody can answer here (no terminal)";
  return {
    reason: `${service.id}: rollout stopped at step ${current.number} (${current.description}): ${record.message}`,
    trigger: "rollout-stopped"
  };
}

// src/phases/rollout/steps/set-weight.ts
async function runSetWeight(state, step, current) {
  const { ctx, service } = state;
  const { record } = current;
  const vars = {
    ...templateVars(ctx, state.environment, service.id, state.previous),
    weight: String(step.weight),
    batch: step.batch !== void 0 ? String(step.batch) : "",
    step: String(current.number),
    unavailable: service.strategy.maxUnavailable ?? ""
  };
  const routed = state.progressive && service.strategy.type === "canary" ? haproxyRouterOf(ctx, service, state.environment) : null;
  const route = async (targets) => {
    if (!routed) return null;
    const moment = {
      service: service.id,
      environment: state.environment,
      step: current.number,
      action: "set-weight"
    };
    const { change, failure } = await shiftTraffic(ctx, routed.router, moment, targets);
    record.traffic = [...record.traffic ?? [], change];
    record.finishedAt = ctx.clock.now().toISOString();
    if (!failure) return null;
    record.status = "failed";
    record.message = failure;
    return {
      reason: `${service.id}: ${failure} at step ${current.number} (${current.description})`,
      trigger: "deploy-failure"
    };
  };
  if (step.weight === 100) {
    const allToCanary = await route({ canary: { weight: 100 }, stable: { weight: 0 } });
    if (allToCanary) return allToCanary;
  }
  const deploy = await runStep(ctx, service.deploy, vars, service.id);
  state.lastDeploy = deploy;
  record.exec = deploy;
  record.finishedAt = ctx.clock.now().toISOString();
  if (deploy.status !== "success") {
    record.status = "failed";
    record.message = `${service.deploy.name} ${describeExec(deploy)}`;
    return {
      reason: `${service.id}: ${service.deploy.name} ${describeExec(deploy)}${state.progressive ? ` at step ${current.number} (${current.description})` : ""}`,
      trigger: "deploy-failure"
    };
  }
  if (step.weight < 100) {
    const weighted = await route({ canary: { weight: step.weight }, stable: { weight: 100 - step.weight } });
    if (weighted) return weighted;
  }
  if (step.weight === 100 && service.verify) {
    const verify2 = await runStep(ctx, service.verify, vars, `${service.id} verify`);
    state.verify = verify2;
    if (verify2.status !== "success") {
      record.status = "failed";
      record.message = `${service.verify.name} ${describeExec(verify2)}`;
      return {
        reason: `${service.id}: ${service.verify.name} ${describeExec(verify2)}`,
        trigger: "deploy-failure"
      };
    }
  }
  if (step.weight === 100) {
    const backToStable = await route({ stable: { weight: 100 }, canary: { weight: 0 } });
    if (backToStable) return backToStable;
  }
  if (!routed && state.progressive && service.strategy.type === "canary") {
    const weightBefore = state.records.slice(0, -1).flatMap((r) => r.weight === null ? [] : [r.weight]).at(-1) ?? 0;
    record.traffic = [
      commandTrafficChange(
        ctx,
        { service: service.id, environment: state.environment, step: current.number, action: "set-weight" },
        { canary: weightBefore, stable: 100 - weightBefore },
        { canary: step.weight, stable: 100 - step.weight },
        `${service.deploy.name} ran with weight ${step.weight}`
      )
    ];
  }
  record.message = `${step.weight}% on ${ctx.tag}`;
  return null;
}

// src/phases/rollout/steps/index.ts
function runRolloutStep(state, step, current) {
  switch (step.kind) {
    case "set-weight":
      return runSetWeight(state, step, current);
    case "pause":
      return runPause(state, step, current);
    case "pause-for-approval":
      return runPauseForApproval(state, current);
    case "analysis":
      return runAnalysisStep(state, step, current);
    case "deploy-color":
    case "switch":
    case "retire":
      return runBlueGreenStep(state, step, current);
    default:
      return assertNever(step);
  }
}

// src/phases/rollout/runner.ts
async function runRollout(ctx, service, environment, previous, options) {
  const skipped = options.progressive && options.firstRelease && service.strategy.type === "canary" ? { reason: firstCanaryReason(environment), steps: service.strategy.steps.map(describeStep) } : null;
  const steps = options.progressive && !skipped ? service.strategy.steps : [{ kind: "set-weight", weight: 100 }];
  if (skipped)
    ctx.logger.info(`  ${service.id} | canary steps skipped: ${skipped.reason}; deploying ${ctx.tag} fully`);
  const strategy = options.progressive ? service.strategy.type : "all-at-once";
  const commands = options.progressive ? service.strategy.blueGreen : void 0;
  let blueGreen = null;
  if (commands) {
    const found = await detectColors(ctx, service, commands, environment, previous);
    if ("reason" in found) return outcomeOf(ctx, strategy, [], null, null, found);
    blueGreen = found;
  }
  const state = {
    ctx,
    service,
    environment,
    previous,
    progressive: options.progressive,
    sampler: options.sampler,
    blueGreen,
    records: [],
    lastDeploy: null,
    verify: null
  };
  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    const description = describeStep(step);
    const record = startRecord(ctx, step, number, description);
    state.records.push(record);
    if (options.progressive && !skipped)
      ctx.logger.info(`  ${service.id} | step ${number}/${steps.length}: ${description}`);
    const failure = await runRolloutStep(state, step, { number, description, record });
    if (failure)
      return withSkipped(
        outcomeOf(ctx, strategy, state.records, state.lastDeploy, state.verify, failure),
        skipped
      );
  }
  return withSkipped(outcomeOf(ctx, strategy, state.records, state.lastDeploy, state.verify, null), skipped);
}
function firstCanaryReason(environment) {
  return `first release in ${environment}: no release serves there, so there is no stable version to compare a canary with`;
}
function withSkipped(outcome, skipped) {
  return skipped ? { ...outcome, rollout: { ...outcome.rollout, skipped } } : outcome;
}
function startRecord(ctx, step, number, description) {
  const startedAt = ctx.clock.now().toISOString();
  return {
    step: number,
    kind: step.kind,
    description,
    weight: step.kind === "set-weight" ? step.weight : null,
    color: null,
    startedAt,
    finishedAt: startedAt,
    status: "completed",
    exec: null,
    analysis: null,
    message: ""
  };
}
function outcomeOf(ctx, strategy, records, lastDeploy, verify2, failure) {
  return {
    rollout: {
      strategy,
      status: failure ? "aborted" : "promoted",
      steps: records,
      abort: failure ? {
        step: records.length,
        description: records.at(-1)?.description ?? "",
        reason: failure.reason,
        at: records.at(-1)?.finishedAt ?? ctx.clock.now().toISOString()
      } : null
    },
    lastDeploy,
    verify: verify2,
    failure
  };
}

// src/phases/rollout/deploy-services.ts
async function deployServices(ctx, environment, previous, progressive = false, firstRelease = false) {
  const results = new Map(
    ctx.config.services.map((s) => [s.id, { service: s.id, status: "not-started", deploy: null, verify: null }])
  );
  let failure = null;
  for (const level of deployLevels(ctx.config.services)) {
    if (failure) break;
    await runLimited(level, ctx.config.concurrency, async (serviceId) => {
      const service = ctx.config.services.find((s) => s.id === serviceId);
      if (!service) throw new Error(`unknown service ${serviceId}`);
      const rolled = await runRollout(ctx, service, environment, previous, {
        progressive: progressive && service.strategy.type !== "all-at-once",
        firstRelease
      });
      results.set(service.id, {
        service: service.id,
        status: rolled.failure ? "failed" : "deployed",
        deploy: rolled.lastDeploy,
        verify: rolled.verify,
        ...rolled.rollout.strategy !== "all-at-once" ? { rollout: rolled.rollout } : {}
      });
      if (rolled.failure && !failure) failure = { service: service.id, ...rolled.failure };
    });
  }
  return { services: [...results.values()], failure };
}
async function runLimited(items, limit, work) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}

// src/core/records/health-window.ts
var STATUS_CODES = ["passed", "failed", "inconclusive", "error"];
function sampleColumns(samples, windowStartedAt) {
  const probeIds = /* @__PURE__ */ new Map();
  const messages = /* @__PURE__ */ new Map();
  const indexOf = (table, key) => {
    let index = table.get(key);
    if (index === void 0) table.set(key, index = table.size);
    return index;
  };
  const columns = {
    count: samples.length,
    probeIds: [],
    probe: [],
    round: [],
    status: [],
    value: [],
    startOffsetMs: [],
    durationMs: [],
    messages: [],
    message: [],
    alerts: []
  };
  let previousStart = Date.parse(windowStartedAt);
  samples.forEach((sample, index) => {
    const started = Date.parse(sample.startedAt);
    columns.probe.push(indexOf(probeIds, sample.probe));
    columns.round.push(sample.round);
    columns.status.push(STATUS_CODES.indexOf(sample.status));
    columns.value.push(sample.value);
    columns.startOffsetMs.push(started - previousStart);
    columns.durationMs.push(Date.parse(sample.finishedAt) - started);
    columns.message.push(indexOf(messages, sample.message));
    if (sample.alerts) columns.alerts.push({ sample: index, alerts: sample.alerts });
    previousStart = started;
  });
  columns.probeIds = [...probeIds.keys()];
  columns.messages = [...messages.keys()];
  return columns;
}
function samplesOfColumns(columns, windowStartedAt) {
  const alertsOf = new Map(columns.alerts.map((entry) => [entry.sample, entry.alerts]));
  const samples = [];
  let previousStart = Date.parse(windowStartedAt);
  for (let i = 0; i < columns.count; i++) {
    const started = previousStart + columns.startOffsetMs[i];
    const status = STATUS_CODES[columns.status[i]];
    const alerts = alertsOf.get(i);
    samples.push({
      probe: columns.probeIds[columns.probe[i]],
      round: columns.round[i],
      passed: status === "passed",
      status,
      value: columns.value[i],
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(started + columns.durationMs[i]).toISOString(),
      message: columns.messages[columns.message[i]],
      ...alerts ? { alerts } : {}
    });
    previousStart = started;
  }
  return samples;
}
function healthWindowFile(record) {
  const { samples, rollback, ...rest } = record;
  return {
    ...rest,
    schemaVersion: 2,
    sampleColumns: sampleColumns(samples, record.startedAt),
    rollback
  };
}
function healthWindowOfFile(file) {
  if (file.schemaVersion === 1) return file;
  const { sampleColumns: columns, rollback, ...rest } = file;
  return { ...rest, samples: samplesOfColumns(columns, file.startedAt), rollback };
}

// src/phases/shared/events.ts
var pendingCommunications = /* @__PURE__ */ new WeakMap();
function emitEvent(ctx, kind, summary, options = {}) {
  const event = {
    kind,
    tag: ctx.tag,
    environment: options.environment ?? ctx.config.approval.environment,
    summary,
    at: ctx.clock.now().toISOString(),
    ...options.phase ? { phase: options.phase } : {},
    ...options.details ? { details: options.details } : {}
  };
  const deliveries = send(ctx, event);
  queueCommunications(ctx, async (existing) => {
    const delivered = await deliveries;
    const heading = existing === void 0 ? "# Deployment communications\n\n## Timeline\n\n" : existing.includes("## Timeline\n") ? "" : "\n## Timeline\n\n";
    return `${heading}- ${event.at} **${kind}**${event.phase ? ` (${event.phase})` : ""}: ${inlineText(summary)}${delivered.length > 0 ? ` \u2014 ${inlineText(delivered.join("; "))}` : ""}
`;
  });
  return Promise.resolve();
}
function queueCommunications(ctx, text) {
  const previous = pendingCommunications.get(ctx.store) ?? Promise.resolve();
  const next = previous.then(async () => {
    try {
      const existing = await ctx.store.readText(ARTIFACTS.communications);
      await ctx.store.appendText(ARTIFACTS.communications, await text(existing));
    } catch (error2) {
      ctx.logger.warn(`[WARN] could not add to the communications timeline: ${error2.message}`);
    }
  });
  pendingCommunications.set(ctx.store, next);
}
async function settleCommunications(ctx) {
  await pendingCommunications.get(ctx.store);
}
async function send(ctx, event) {
  try {
    return ctx.events ? await ctx.events.send(event) : [];
  } catch (error2) {
    return [`notification error: ${error2.message}`];
  }
}

// src/phases/rollback/traffic.ts
async function returnTraffic(ctx, service, environment, deployment) {
  let routed;
  try {
    routed = haproxyRouterOf(ctx, service, environment);
  } catch (error2) {
    ctx.logger.error(`[ERROR] ${service.id}: traffic not returned: ${messageOf(error2)}`);
    return null;
  }
  if (!routed) return null;
  const moment = { service: service.id, environment, step: null, action: "return" };
  if (service.strategy.type === "canary") {
    const { change: change2 } = await shiftTraffic(ctx, routed.router, moment, {
      stable: { weight: 100 },
      canary: { weight: 0 }
    });
    return change2;
  }
  if (!deployment?.rollout) {
    ctx.logger.info(
      `  ${service.id} | traffic stays: no rollout of ${ctx.tag} is recorded in this bundle; the rollback command switches colours`
    );
    return null;
  }
  const steps = deployment.rollout.steps;
  const switched = steps.find((s) => s.kind === "switch");
  const newColor = steps.find((s) => s.kind === "deploy-color")?.color;
  if (!switched || !newColor) {
    ctx.logger.info(`  ${service.id} | traffic stays: this release's rollout did not switch colours`);
    return null;
  }
  if (steps.some((s) => s.kind === "retire" && s.status === "completed" && s.color !== null)) {
    ctx.logger.warn(
      `  ${service.id} | traffic stays on ${newColor}: the old colour was retired; the rollback command restores it`
    );
    return null;
  }
  const oldColor = idleColor(newColor);
  const { change } = await shiftTraffic(ctx, routed.router, moment, {
    [oldColor]: { state: "ready", weight: 100 },
    [newColor]: { weight: 0, state: "drain" }
  });
  return change;
}

// src/phases/rollback/execute.ts
function rollbackPlanProblem(ctx, target) {
  if (target) return null;
  const needTarget = ctx.config.services.filter((s) => usesPrevious(tokenizeCommand(s.rollback.command))).map((s) => s.id);
  if (needTarget.length === 0) return null;
  if (ctx.config.allowFirstRelease) return null;
  return `no previous release is known to roll back to (rollback of ${needTarget.join(", ")} uses \${previous}). Pass --previous <tag> with the release production serves now, or, for the very first release, set rollback.allow-first-release: true.`;
}
async function executeRollback(ctx, request) {
  const switchBack = request.switchedBack?.length ? { switchBack: request.switchedBack } : {};
  const startedAt = ctx.clock.now().toISOString();
  const order = rollbackOrder(deployLevels(ctx.config.services), request.services);
  const steps = [];
  const impossible = order.filter((id) => {
    const service = ctx.config.services.find((s) => s.id === id);
    return !request.target && service !== void 0 && usesPrevious(tokenizeCommand(service.rollback.command));
  });
  if (impossible.length > 0) {
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: "rollback-failed",
      note: `rollback not possible: no previous release known for ${impossible.join(", ")}`
    });
    ctx.logger.error(`[ERROR] Rollback not possible: no previous release known for ${impossible.join(", ")}.`);
    return {
      trigger: request.trigger,
      reason: request.reason,
      target: null,
      startedAt,
      finishedAt: ctx.clock.now().toISOString(),
      status: "not-possible",
      steps,
      ...switchBack
    };
  }
  await ctx.history.record({
    tag: ctx.tag,
    environment: request.environment,
    status: "rollback-started",
    target: request.target,
    note: request.reason
  });
  ctx.logger.info(
    `Rolling back ${order.join(", ")} in ${request.environment} to ${request.target ?? "(no target)"}: ${request.reason}`
  );
  await emitEvent(
    ctx,
    "rollback-started",
    `Rolling back ${order.join(", ")} in ${request.environment} to ${request.target ?? "(no target)"}: ${request.reason}`,
    { environment: request.environment, details: { trigger: request.trigger } }
  );
  const deployments = request.deployments ?? await recordedDeployments(ctx, request.environment);
  const traffic = [];
  for (const serviceId of order) {
    const service = ctx.config.services.find((s) => s.id === serviceId);
    if (!service) continue;
    const returned = await returnTraffic(
      ctx,
      service,
      request.environment,
      deployments.find((d) => d.service === service.id)
    );
    if (returned) traffic.push(returned);
    const exec = await runStep(
      ctx,
      service.rollback,
      templateVars(ctx, request.environment, service.id, request.target),
      `${service.id} rollback`
    );
    steps.push({ service: service.id, exec });
  }
  const status = steps.every((s) => s.exec.status === "success") ? "success" : "failure";
  await emitEvent(
    ctx,
    "rollback-finished",
    `Rollback of ${request.environment} to ${request.target ?? "(no target)"}: ${status}`,
    { environment: request.environment, details: { trigger: request.trigger, status } }
  );
  if (status === "success" && request.target) {
    await ctx.history.record({
      tag: request.target,
      environment: request.environment,
      status: "rollback-target",
      note: `rolled back from ${ctx.tag}: ${request.reason}`
    });
  } else if (status !== "success") {
    await ctx.history.record({
      tag: ctx.tag,
      environment: request.environment,
      status: "rollback-failed",
      note: `rollback ${status}: ${request.reason}`
    });
  }
  return {
    trigger: request.trigger,
    reason: request.reason,
    target: request.target,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    status,
    steps,
    ...traffic.length > 0 ? { traffic } : {},
    ...switchBack
  };
}
async function recordedDeployments(ctx, environment) {
  try {
    const report = await ctx.store.readJson(ARTIFACTS.productionDeployment);
    return report?.environment === environment ? report.services : [];
  } catch {
    return [];
  }
}

// src/phases/readiness/rehearsal.ts
async function runRehearsal(ctx, environment = "staging") {
  const startedAt = ctx.clock.now().toISOString();
  const previous = await rollbackTarget2(ctx, environment);
  const steps = [];
  ctx.logger.info(
    `[REHEARSAL] Rolling ${ctx.tag} back to ${previous ?? "(no previous release)"} on ${environment} and forward again...`
  );
  const step = async (name, work) => {
    const began = ctx.clock.now();
    const result = await work();
    const ended = ctx.clock.now();
    steps.push({
      name,
      startedAt: began.toISOString(),
      finishedAt: ended.toISOString(),
      durationMs: ended.getTime() - began.getTime(),
      ...result
    });
    ctx.logger.info(`  ${result.passed ? "\u2714" : "\u2718"} ${name}: ${result.message}`);
    return result.passed;
  };
  const deploy = async () => {
    const deployed = await deployServices(ctx, environment, previous);
    return {
      commands: deployed.services.flatMap(
        (s) => [s.deploy, s.verify].filter((e) => e !== null)
      ),
      checks: [],
      passed: deployed.failure === null,
      message: deployed.failure ? deployed.failure.reason : `${ctx.tag} deployed`
    };
  };
  const verify2 = (release) => async () => {
    const checks = [];
    for (const check of ctx.config.validation.staging)
      checks.push(await runHttpCheck(ctx.http, check, release, () => ctx.clock.now()));
    const failed = checks.filter((c) => !c.passed);
    return {
      commands: [],
      checks,
      passed: failed.length === 0,
      message: checks.length === 0 ? "no validation.staging checks configured: nothing proves which release serves" : failed.length === 0 ? `${release} serves (${checks.length} checks)` : failed.map((c) => `${c.id}: ${c.message}`).join("; ")
    };
  };
  let passed = false;
  if (!previous) {
    steps.push({
      name: "rollback",
      startedAt,
      finishedAt: startedAt,
      durationMs: 0,
      commands: [],
      checks: [],
      passed: false,
      message: `no previous release of ${environment} is known: there is nothing to roll back to (pass --previous <tag>)`
    });
  } else {
    passed = await step("deploy-candidate", deploy) && await step("rollback", async () => {
      const rollback = await executeRollback(ctx, {
        environment,
        target: previous,
        trigger: "rehearsal",
        reason: `rollback rehearsal of ${ctx.tag}`
      });
      return {
        commands: rollback.steps.map((s) => s.exec),
        checks: [],
        passed: rollback.status === "success",
        message: `rollback to ${previous}: ${rollback.status}`
      };
    }) && await step("verify-previous", verify2(previous)) && await step("redeploy-candidate", deploy) && await step("verify-candidate", verify2(ctx.tag));
    if (ctx.config.validation.staging.length === 0) passed = false;
  }
  const rollbackStep = steps.find((s) => s.name === "rollback");
  const rehearsal = {
    ...recordHeader(ARTIFACTS.rollbackRehearsal, ctx.tag, ctx.clock.now()),
    environment,
    previousRelease: previous,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
    passed,
    rollbackDurationMs: rollbackStep?.passed ? rollbackStep.durationMs : null,
    steps
  };
  await ctx.store.writeJson(ARTIFACTS.rollbackRehearsal, rehearsal);
  if (passed)
    ctx.logger.info(
      `[REHEARSAL] Rollback rehearsal passed: back to ${previous} in ${rehearsal.rollbackDurationMs}ms, and forward again.`
    );
  else
    ctx.logger.error(
      `[ERROR] Rollback rehearsal failed: ${steps.find((s) => !s.passed)?.message ?? "unknown"}. Gate 1 will refuse this release until a rehearsal passes.`
    );
  return rehearsal;
}

// src/entry/compose.ts
import { resolve as resolve2 } from "node:path";

// src/adapters/haproxy.ts
import { connect } from "node:net";
var MAX_ANSWER_BYTES = 1024 * 1024;
var ADMIN_MAINT = 1 | 2 | 4 | 32 | 64;
var ADMIN_DRAIN = 8 | 16;
function describeSocket(socket) {
  return "path" in socket ? socket.path : `${socket.host}:${socket.port}`;
}
function runtimeApiExchange(socket, commands, timeoutMs) {
  const where = describeSocket(socket);
  return new Promise((resolve8, reject) => {
    const chunks = [];
    let bytes = 0;
    let settled = false;
    const connection = "path" in socket ? connect(socket.path) : connect(socket.port, socket.host);
    const finish = (error2) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.destroy();
      if (error2) reject(error2);
      else resolve8(Buffer.concat(chunks).toString("utf8"));
    };
    const timer = setTimeout(
      () => finish(
        new TrafficRouterError(`HAProxy Runtime API at ${where}: no complete answer within ${timeoutMs}ms`)
      ),
      timeoutMs
    );
    connection.on("connect", () => connection.end(`${commands.join("; ")}
`));
    connection.on("data", (chunk) => {
      bytes += chunk.length;
      if (bytes > MAX_ANSWER_BYTES)
        return finish(
          new TrafficRouterError(
            `HAProxy Runtime API at ${where}: answer longer than ${MAX_ANSWER_BYTES} bytes`
          )
        );
      chunks.push(chunk);
    });
    connection.on(
      "error",
      (error2) => finish(new TrafficRouterError(`HAProxy Runtime API at ${where}: ${error2.code ?? error2.message}`))
    );
    connection.on("close", () => finish(null));
  });
}
function parseServersState(answer) {
  const lines = answer.split("\n").map((line) => line.trim());
  const header = lines.find((line) => line.startsWith("# "));
  if (!header)
    throw new TrafficRouterError(
      `unexpected answer to 'show servers state': ${answer.trim().slice(0, 200) || "(empty)"}`
    );
  const columns = header.slice(2).split(/\s+/);
  const at = (name2) => {
    const index = columns.indexOf(name2);
    if (index < 0) throw new TrafficRouterError(`'show servers state' has no column ${name2}`);
    return index;
  };
  const [name, weight, admin, operational] = [
    "srv_name",
    "srv_uweight",
    "srv_admin_state",
    "srv_op_state"
  ].map(at);
  return lines.filter((line) => line !== "" && !line.startsWith("#") && line.includes(" ")).map((line) => line.split(/\s+/)).map((fields) => ({
    server: fields[name] ?? "",
    weight: Number(fields[weight]),
    adminState: Number(fields[admin]),
    operationalState: Number(fields[operational])
  }));
}
function stateOf(line) {
  if (line.adminState & ADMIN_MAINT) return "maint";
  if (line.adminState & ADMIN_DRAIN) return "drain";
  return "ready";
}
var HaproxyRouter = class {
  constructor(spec) {
    this.spec = spec;
  }
  spec;
  async read() {
    const answer = await runtimeApiExchange(
      this.spec.socket,
      [`show servers state ${this.spec.backend}`],
      this.spec.timeoutMs
    );
    if (/^(No such|Can't find) backend/im.test(answer))
      throw new TrafficRouterError(
        `HAProxy has no backend '${this.spec.backend}' (${describeSocket(this.spec.socket)})`
      );
    const lines = parseServersState(answer);
    return this.roles().map(([role, server]) => {
      const line = lines.find((l) => l.server === server);
      if (!line)
        throw new TrafficRouterError(
          `HAProxy backend '${this.spec.backend}' has no server '${server}' (the ${role} server); it has: ${lines.map((l) => l.server).join(", ") || "none"}`
        );
      return { role, server: `${this.spec.backend}/${server}`, weight: line.weight, state: stateOf(line) };
    });
  }
  async apply(targets) {
    const before = await this.read();
    const commands = [];
    for (const [role, target] of this.targetsOf(targets))
      if (target.state === "ready") commands.push(`set server ${this.address(role)} state ready`);
    for (const [role, target] of this.targetsOf(targets))
      if (target.weight !== void 0)
        commands.push(`set server ${this.address(role)} weight ${target.weight}`);
    for (const [role, target] of this.targetsOf(targets))
      if (target.state === "drain") commands.push(`set server ${this.address(role)} state drain`);
    const answer = (await runtimeApiExchange(this.spec.socket, commands, this.spec.timeoutMs)).trim();
    if (answer !== "")
      throw new TrafficRouterError(
        `HAProxy refused '${commands.join("; ")}': ${answer.replace(/\s*\n\s*/g, " ")}`
      );
    const after = await this.read();
    const mismatches = this.targetsOf(targets).flatMap(([role, target]) => {
      const server = after.find((s) => s.role === role);
      return [
        ...target.weight !== void 0 && server.weight !== target.weight ? [`${server.server} weight ${server.weight}, expected ${target.weight}`] : [],
        ...target.state !== void 0 && server.state !== target.state ? [`${server.server} state ${server.state}, expected ${target.state}`] : []
      ];
    });
    if (mismatches.length > 0)
      throw new TrafficRouterError(
        `HAProxy read back ${mismatches.join("; ")} after '${commands.join("; ")}'`
      );
    return { before, after };
  }
  roles() {
    return Object.entries(this.spec.servers);
  }
  targetsOf(targets) {
    return Object.entries(targets);
  }
  address(role) {
    const server = this.spec.servers[role];
    if (!server)
      throw new TrafficRouterError(`no ${role} server is configured for backend '${this.spec.backend}'`);
    return `${this.spec.backend}/${server}`;
  }
};

// src/entry/command-hints.ts
function hintingAtPassEnv(runner, logger, sourceEnv, commandEnv) {
  let reminded = false;
  const hinted = /* @__PURE__ */ new Set();
  return {
    async run(request) {
      const record = await runner.run(request);
      if (request.quiet || record.status !== "failure") return record;
      const hint = withheldVariableHint(
        record.name,
        `${record.stdoutTail}
${record.stderrTail}`,
        sourceEnv,
        { ...commandEnv, ...request.env }
      );
      if (hint && !hinted.has(hint)) logger.warn(hint);
      else if (!hint && !reminded) logger.info(commandEnvironmentReminder(record.name));
      if (hint) hinted.add(hint);
      else reminded = true;
      return record;
    }
  };
}

// src/adapters/git/git-changes.ts
import { execFile } from "node:child_process";
import { randomBytes as randomBytes3 } from "node:crypto";
var GitCommandError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(" ")} failed (exit code ${code}): ${stderr.trim() || "no error output"}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
  name = "GitCommandError";
};
var MAX_GIT_OUTPUT_BYTES = 512 * 1024 * 1024;
var GIT_TIMEOUT_MS = 12e4;
function gitRunner(cwd) {
  return (args) => new Promise((resolve8, reject) => {
    execFile(
      "git",
      args,
      { cwd, encoding: "utf8", maxBuffer: MAX_GIT_OUTPUT_BYTES, timeout: GIT_TIMEOUT_MS },
      (error2, stdout, stderr) => {
        if (error2 === null) return resolve8({ code: 0, stdout, stderr });
        if (typeof error2.code === "number") return resolve8({ code: error2.code, stdout, stderr });
        reject(new Error(`cannot run git ${args.join(" ")} in ${cwd}: ${error2.message}`, { cause: error2 }));
      }
    );
  });
}
var GitChangeReader = class {
  constructor(runGit) {
    this.runGit = runGit;
  }
  runGit;
  /**
   * The commits in `previousTag..tag`: all of them, branch commits included, so that a `feat!:` inside a merged
   * pull request is seen; a merge commit's files are its diff against its first parent (what it brought in).
   */
  async rawCommits(previousTag, tag) {
    const notes = [];
    const tagExists = await this.tagExists(tag);
    if (!tagExists) notes.push(`tag ${tag} does not exist here yet; HEAD stands in for it`);
    const tipName = tagExists ? tag : "HEAD";
    const tipRef = tagExists ? `refs/tags/${tag}` : "HEAD";
    let baseRef = null;
    if (previousTag !== null) {
      if (await this.tagExists(previousTag)) baseRef = `refs/tags/${previousTag}`;
      else
        notes.push(
          `previous tag ${previousTag} does not exist here (fetch tags?); the range is the whole history of ${tipName}`
        );
    }
    const range = baseRef === null ? tipName : `${previousTag}..${tipName}`;
    const shallow = (await this.git(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
    if (shallow)
      notes.push("this is a shallow clone: older commits and tags are missing (fetch-depth: 0 fixes it)");
    const nonce = randomBytes3(8).toString("hex");
    const marker = `${nonce}`;
    const format = `%x1e${nonce}%x1f%H%x00%aN%x00%aE%x00%aI%x00%s%x00%b`;
    const log = await this.git([
      "log",
      "-z",
      "--no-color",
      "--no-show-signature",
      // Both sides of a rename: moving a file out of a service touches that service too.
      "--no-renames",
      "--no-relative",
      "--root",
      "--diff-merges=first-parent",
      "--encoding=UTF-8",
      `--format=${format}`,
      "--name-only",
      "--end-of-options",
      baseRef === null ? tipRef : `${baseRef}..${tipRef}`,
      "--"
    ]);
    return { range, tip: tagExists ? "tag" : "head", shallow, commits: parseLog(log.stdout, marker), notes };
  }
  /** The newest semver tag reachable from `tag` (HEAD if it does not exist yet) and older than it, or null. */
  async previousTag(tag) {
    const tipRef = await this.tagExists(tag) ? `refs/tags/${tag}` : "HEAD";
    const listed = await this.git(["tag", "--list", "--no-column", "--merged", tipRef]);
    return previousSemverTag(listed.stdout.split("\n").filter(Boolean), tag);
  }
  async tagExists(tag) {
    const args = ["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`];
    const result = await this.runGit(args);
    if (result.code === 0) return true;
    if (result.code === 1) return false;
    throw new GitCommandError(args, result.code, result.stderr);
  }
  async git(args) {
    const result = await this.runGit(args);
    if (result.code !== 0) throw new GitCommandError(args, result.code, result.stderr);
    return result;
  }
};
function parseLog(stdout, marker) {
  const tokens = stdout.split("\0");
  const commits = [];
  let current = null;
  let firstPath = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (token.startsWith(marker)) {
      const [author = "", email = "", date = "", subject = "", body = ""] = tokens.slice(i + 1, i + 6);
      current = {
        sha: token.slice(marker.length),
        author,
        email,
        date,
        subject,
        body: body.trimEnd(),
        files: []
      };
      commits.push(current);
      i += 5;
      firstPath = true;
    } else if (token !== "" && current !== null) {
      current.files.push(firstPath && token.startsWith("\n") ? token.slice(1) : token);
      firstPath = false;
    }
  }
  return commits;
}

// src/adapters/git/local-changes.ts
var LocalGitChanges = class {
  reader;
  constructor(cwd) {
    this.reader = new GitChangeReader(gitRunner(cwd));
  }
  async releaseCommits(tag) {
    try {
      const previousTag = await this.reader.previousTag(tag);
      const found = await this.reader.rawCommits(previousTag, tag);
      return {
        tagFound: found.tip === "tag",
        previousTag,
        range: found.range,
        commits: found.commits,
        notes: found.notes
      };
    } catch (error2) {
      return {
        tagFound: null,
        previousTag: null,
        range: "HEAD",
        commits: [],
        notes: [`the change set could not be read from git: ${messageOf(error2)}`]
      };
    }
  }
};

// src/adapters/retry.ts
var WEBHOOK_RETRY = {
  attempts: 3,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  beyondMaxDelay: "wait-max"
};
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "ABORT_ERR"
]);
function retryAfterMs(header, now) {
  if (header === null || header === void 0) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now.getTime());
}
function retryDecision(failure, attempt, policy, now = /* @__PURE__ */ new Date()) {
  if (attempt >= policy.attempts) return { retry: false, delayMs: 0, why: `gave up after ${attempt} tries` };
  const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  const header = (name) => {
    const value = failure.headers?.[name];
    return value === void 0 ? void 0 : String(value);
  };
  const requestedMs = () => {
    const asked = retryAfterMs(header("retry-after"), now);
    if (asked !== null) return asked;
    const reset = Number(header("x-ratelimit-reset"));
    if (header("x-ratelimit-remaining") === "0" && Number.isFinite(reset))
      return Math.max(0, reset * 1e3 - now.getTime());
    return null;
  };
  const waitFor = (why) => {
    const wanted = requestedMs();
    if (wanted === null) return { retry: true, delayMs: backoff, why };
    if (wanted > policy.maxDelayMs) {
      if (policy.beyondMaxDelay === "wait-max") return { retry: true, delayMs: policy.maxDelayMs, why };
      return {
        retry: false,
        delayMs: 0,
        why: `${why}; the server asks to wait ${Math.ceil(wanted / 1e3)}s, too long`
      };
    }
    return { retry: true, delayMs: Math.max(wanted, backoff), why };
  };
  const status = failure.status;
  if (status === 429) return waitFor("rate limited (429)");
  if (status === 403) {
    const limited = header("retry-after") !== void 0 || header("x-ratelimit-remaining") === "0" || /secondary rate limit|abuse detection/i.test(failure.message);
    return limited ? waitFor("rate limited (403)") : { retry: false, delayMs: 0, why: "forbidden (403)" };
  }
  if (status !== void 0 && status >= 500) return waitFor(`server error (${status})`);
  if (status === void 0 && failure.transient === false)
    return { retry: false, delayMs: 0, why: "not retryable" };
  if (status === void 0 && failure.transient === true)
    return { retry: true, delayMs: backoff, why: "network error" };
  if (failure.code && RETRYABLE_NETWORK_CODES.has(failure.code))
    return { retry: true, delayMs: backoff, why: `network error (${failure.code})` };
  if (status === void 0 && /fetch failed|socket hang up|network|timed? ?out|abort/i.test(failure.message))
    return { retry: true, delayMs: backoff, why: "network error" };
  return { retry: false, delayMs: 0, why: status ? `HTTP ${status}` : "not retryable" };
}
var CallFailedError = class extends Error {
  constructor(call, attempts, status, message, options) {
    super(message, options);
    this.call = call;
    this.attempts = attempts;
    this.status = status;
  }
  call;
  attempts;
  status;
  name = "CallFailedError";
};
async function withRetry(name, call, options) {
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1 && options.recover) {
        const recovered = await options.recover();
        if (recovered !== void 0) return recovered;
      }
      return await call();
    } catch (error2) {
      const failure = options.describe(error2);
      const decision = retryDecision(failure, attempt, options.policy, options.now?.() ?? /* @__PURE__ */ new Date());
      if (!decision.retry) {
        throw new CallFailedError(
          name,
          attempt,
          failure.status,
          `${name} failed${attempt > 1 ? ` after ${attempt} tries` : ""}: ${failure.status ? `HTTP ${failure.status}: ` : ""}${failure.message} (${decision.why})`,
          { cause: error2 }
        );
      }
      options.onRetry?.(
        `${name}: ${decision.why}; try ${attempt + 1} of ${options.policy.attempts} in ${Math.round(decision.delayMs)}ms`
      );
      await options.clock.sleep(decision.delayMs);
    }
  }
}

// src/adapters/webhooks/payloads.ts
var EVENT_PRESENTATION = {
  "phase-started": { emoji: "\u25B6\uFE0F", title: "Phase started" },
  "approval-requested": { emoji: "\u270B", title: "Approval requested" },
  "approval-decided": { emoji: "\u{1F5F3}\uFE0F", title: "Approval decided" },
  released: { emoji: "\u2705", title: "Released" },
  halted: { emoji: "\u26D4", title: "Halted" },
  alert: { emoji: "\u{1F6A8}", title: "Alert" },
  "rollback-started": { emoji: "\u21A9\uFE0F", title: "Rollback started" },
  "rollback-finished": { emoji: "\u21A9\uFE0F", title: "Rollback finished" }
};
function genericPayload(event) {
  return {
    source: "release-gate",
    version: 1,
    event: event.kind,
    tag: event.tag,
    environment: event.environment,
    phase: event.phase ?? null,
    summary: event.summary,
    details: sortedDetails(event.details),
    at: event.at,
    runUrl: event.runUrl ?? null
  };
}
var SLACK_HEADER_MAX = 150;
var SLACK_SECTION_MAX = 3e3;
var SLACK_FIELD_MAX = 2e3;
var SLACK_FIELDS_MAX = 10;
var SLACK_FALLBACK_MAX = 3e3;
function slackPayload(event) {
  const { emoji, title } = EVENT_PRESENTATION[event.kind];
  const heading = `${emoji} ${title}: ${event.tag} \u2192 ${event.environment}`;
  const detailEntries = Object.entries(sortedDetails(event.details));
  const shownDetails = detailEntries.slice(0, SLACK_FIELDS_MAX);
  const hiddenDetailCount = detailEntries.length - shownDetails.length;
  const section = {
    type: "section",
    text: { type: "mrkdwn", text: truncate(escapeMrkdwn(event.summary), SLACK_SECTION_MAX) }
  };
  if (shownDetails.length > 0) {
    section.fields = shownDetails.map(([name, value]) => ({
      type: "mrkdwn",
      text: truncate(`*${escapeMrkdwn(name)}*
${escapeMrkdwn(detailText(value))}`, SLACK_FIELD_MAX)
    }));
  }
  const contextParts = ["release-gate", escapeMrkdwn(event.environment)];
  if (event.phase) contextParts.push(`phase ${escapeMrkdwn(event.phase)}`);
  contextParts.push(escapeMrkdwn(event.at));
  if (hiddenDetailCount > 0) contextParts.push(`${hiddenDetailCount} more details in the run`);
  if (event.runUrl && isWebLink(event.runUrl)) contextParts.push(`<${escapeMrkdwn(event.runUrl)}|View run>`);
  return {
    text: truncate(escapeMrkdwn(`${heading} \u2014 ${event.summary}`), SLACK_FALLBACK_MAX),
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: truncate(heading, SLACK_HEADER_MAX), emoji: true }
      },
      section,
      { type: "context", elements: [{ type: "mrkdwn", text: contextParts.join(" \xB7 ") }] }
    ]
  };
}
function sortedDetails(details) {
  const sorted = {};
  for (const name of Object.keys(details ?? {}).sort()) sorted[name] = details?.[name] ?? null;
  return sorted;
}
function detailText(value) {
  return value === null ? "\u2014" : String(value);
}
function escapeMrkdwn(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function isWebLink(url) {
  return /^https?:\/\/[^\s|<>]+$/.test(url);
}
function truncate(text, max) {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("")}\u2026`;
}

// src/adapters/webhooks/notifier.ts
var NOTIFY_DEADLINE_MS = 3e4;
var WebhookNotifier = class {
  constructor(targets, deps, policy = WEBHOOK_RETRY, deadlineMs = NOTIFY_DEADLINE_MS) {
    this.targets = targets;
    this.deps = deps;
    this.policy = policy;
    this.deadlineMs = deadlineMs;
  }
  targets;
  deps;
  policy;
  deadlineMs;
  deliveryRecords = [];
  /**
   * Targets that gave no answer to every try of an earlier event: each later event gets one try within the target's
   * own timeout, so a receiver that hangs or is down costs a release one event's retries, not every event's.
   */
  unanswering = /* @__PURE__ */ new Set();
  /** Tells every subscribed target about `event`, in parallel; one record per target, never rejects. */
  async notify(event) {
    const subscribed = this.targets.filter(
      (target) => target.events.length === 0 || target.events.includes(event.kind)
    );
    if (subscribed.length === 0) return [];
    let redactedEvent;
    try {
      redactedEvent = this.redactEvent(event);
    } catch (error2) {
      return this.recordAll(
        subscribed.map(
          (target) => this.failedBeforeSending(target, event.kind, `redaction failed: ${messageOf(error2)}`)
        )
      );
    }
    const records = await Promise.all(subscribed.map((target) => this.deliver(target, redactedEvent)));
    return this.recordAll(records);
  }
  /** Every delivery record so far, oldest first. */
  deliveries() {
    return this.deliveryRecords.map((record) => ({ ...record }));
  }
  async deliver(target, event) {
    const at = this.safeNow();
    const body = JSON.stringify(target.format === "slack" ? slackPayload(event) : genericPayload(event));
    const degraded = this.unanswering.has(target.name);
    const deadlineMs = degraded ? Math.min(this.deadlineMs, target.timeoutMs) : this.deadlineMs;
    const policy = degraded ? { ...this.policy, attempts: 1 } : this.policy;
    let attempts = 0;
    let outcome = { ok: false, status: null, error: "not attempted" };
    const dropped = {
      ok: false,
      status: null,
      error: degraded ? `no outcome within ${deadlineMs}ms; dropped after one try (it answered no try of an earlier event)` : `no outcome within ${deadlineMs}ms; dropped`,
      retryable: false
    };
    const deadline = new AbortController();
    let deadlineTimer;
    const deadlinePassed = new Promise((resolve8) => {
      deadlineTimer = setTimeout(() => {
        deadline.abort();
        resolve8();
      }, deadlineMs);
    });
    const retries = withRetry(
      target.name,
      async () => {
        if (deadline.signal.aborted) throw new UndeliveredError(dropped);
        attempts += 1;
        outcome = await this.postOnce(target, body, deadline.signal);
        if (!outcome.ok) throw new UndeliveredError(outcome);
      },
      {
        policy,
        // A wait ends when the deadline passes; the next try then finds it passed.
        clock: {
          sleep: (ms) => interruptibleClock(this.deps.clock, deadline.signal).sleep(ms).catch(() => void 0)
        },
        describe: (error2) => describePostFailure(error2),
        now: () => this.safeNowDate()
      }
    ).catch(() => {
    });
    await Promise.race([retries, deadlinePassed]);
    clearTimeout(deadlineTimer);
    if (deadline.signal.aborted && !outcome.ok) outcome = dropped;
    if (outcome.ok) this.unanswering.delete(target.name);
    else if (outcome.status === null && attempts > 0) this.unanswering.add(target.name);
    const record = {
      target: target.name,
      event: event.kind,
      at,
      attempts,
      delivered: outcome.ok,
      status: outcome.status,
      error: outcome.ok ? null : this.safeRedact(outcome.error ?? `HTTP ${outcome.status ?? "no answer"}`)
    };
    if (!record.delivered) {
      const tries = attempts === 1 ? "1 try" : `${attempts} tries`;
      this.safeLog(`[WARN] notification to ${target.name} failed after ${tries}: ${record.error}`);
    }
    return record;
  }
  async postOnce(target, body, stop) {
    try {
      return await this.deps.post(target.url, body, target.timeoutMs, stop);
    } catch (error2) {
      return { ok: false, status: null, error: messageOf(error2) };
    }
  }
  redactEvent(event) {
    const redact = this.deps.redact;
    const redacted = {
      kind: event.kind,
      tag: redact(event.tag),
      environment: redact(event.environment),
      summary: redact(event.summary),
      at: redact(event.at)
    };
    if (event.phase !== void 0) redacted.phase = redact(event.phase);
    if (event.runUrl !== void 0) redacted.runUrl = redact(event.runUrl);
    if (event.details !== void 0) {
      const details = {};
      for (const [name, value] of Object.entries(event.details)) {
        details[redact(name)] = typeof value === "string" ? redact(value) : value;
      }
      redacted.details = details;
    }
    return redacted;
  }
  failedBeforeSending(target, kind, error2) {
    this.safeLog(`[WARN] notification to ${target.name} failed after 0 tries: ${error2}`);
    return {
      target: target.name,
      event: kind,
      at: this.safeNow(),
      attempts: 0,
      delivered: false,
      status: null,
      error: error2
    };
  }
  recordAll(records) {
    this.deliveryRecords.push(...records);
    return records.map((record) => ({ ...record }));
  }
  safeRedact(text) {
    try {
      return this.deps.redact(text);
    } catch {
      return "(error text withheld: redaction failed)";
    }
  }
  safeLog(line) {
    try {
      this.deps.log(line);
    } catch {
    }
  }
  safeNowDate() {
    try {
      return this.deps.clock.now();
    } catch {
      return /* @__PURE__ */ new Date();
    }
  }
  safeNow() {
    return this.safeNowDate().toISOString();
  }
};
var UndeliveredError = class extends Error {
  constructor(outcome) {
    super(outcome.error ?? `HTTP ${outcome.status ?? "no answer"}`);
    this.outcome = outcome;
  }
  outcome;
};
function describePostFailure(error2) {
  if (!(error2 instanceof UndeliveredError)) return { message: messageOf(error2) };
  const { outcome } = error2;
  return {
    ...outcome.status === null ? { transient: outcome.retryable !== false } : { status: outcome.status },
    headers: { "retry-after": outcome.retryAfter ?? void 0 },
    message: error2.message
  };
}
async function fetchPost(url, body, timeoutMs, stop) {
  const exchange = await httpExchange(url, {
    method: "POST",
    timeoutMs,
    body,
    headers: { "content-type": "application/json" },
    redirect: "error",
    ...stop ? { signal: stop } : {}
  });
  const { failure } = exchange;
  if (failure?.kind === "invalid-url")
    return {
      ok: false,
      status: null,
      error: "invalid webhook URL (expected http:// or https://)",
      retryable: false
    };
  if (failure?.kind === "redirect")
    return {
      ok: false,
      status: null,
      error: "the webhook answered with a redirect, which is not followed",
      retryable: false
    };
  if (failure || exchange.status === null)
    return { ok: false, status: null, error: failure?.detail ?? "no answer", retryable: true };
  const retryAfter = exchange.headers["retry-after"] ?? null;
  if (exchange.status >= 200 && exchange.status < 300)
    return { ok: true, status: exchange.status, error: null, retryAfter };
  return { ok: false, status: exchange.status, error: `HTTP ${exchange.status}`, retryAfter };
}

// src/adapters/webhooks/sink.ts
function webhookSink(config, deps) {
  if (config.notify.length === 0) return void 0;
  const unusable = [];
  const targets = [];
  for (const target of config.notify) {
    const url = target.url ?? (target.urlEnv ? deps.env[target.urlEnv] : void 0);
    if (!url) {
      unusable.push(`${target.name}: not sent (${target.urlEnv} is not set)`);
      continue;
    }
    targets.push({
      name: target.name,
      url,
      format: target.format,
      events: target.events,
      timeoutMs: target.timeoutMs
    });
  }
  const notifier = new WebhookNotifier(targets, {
    post: deps.post ?? fetchPost,
    clock: deps.clock,
    redact: deps.redact,
    log: deps.warn
  });
  return {
    async send(event) {
      const deliveries = await notifier.notify(event);
      return [
        ...deliveries.map(
          (d) => d.delivered ? `${d.target}: delivered` : `${d.target}: NOT delivered after ${d.attempts} ${d.attempts === 1 ? "try" : "tries"} (${d.error ?? `HTTP ${d.status}`})`
        ),
        ...unusable
      ];
    }
  };
}

// src/entry/compose.ts
function composeContext(config, options, logger, approval, selfArgv2, adapters = {}) {
  const cwd = process.cwd();
  const heldTokens = options.heldTokens ?? [];
  const redact = redactorFor(process.env, config.secretEnvNames, [
    ...options.knownSecrets ?? [],
    ...heldTokens
  ]);
  const commandEnv = commandEnvironment(process.env, {
    passEnv: [...config.passEnv, ...options.passEnv ?? []],
    secretNames: config.secretEnvNames,
    heldTokens
  });
  const runner = hintingAtPassEnv(
    new ProcessRunner(logger, redact, cwd, commandEnv, options.interrupt),
    logger,
    process.env,
    commandEnv
  );
  const clock = options.interrupt ? interruptibleClock(systemClock, options.interrupt) : systemClock;
  const events = webhookSink(config, {
    env: process.env,
    clock,
    ...options.interrupt ? { interrupt: options.interrupt } : {},
    redact,
    warn: (line) => logger.warn(line)
  });
  const http2 = new FetchHttpClient();
  return {
    ...events ? { events } : {},
    config,
    tag: options.tag,
    ...options.previous !== void 0 ? { previousOverride: options.previous } : {},
    ...options.uatApprover !== void 0 ? { uatApprover: options.uatApprover } : {},
    ...options.windowOverride ? { windowOverride: options.windowOverride } : {},
    ...options.requireTagInGit ? { requireTagInGit: true } : {},
    ...adapters.pullRequests ? { pullRequests: adapters.pullRequests } : {},
    ...adapters.confirm ? { confirm: adapters.confirm } : {},
    store: new FileEvidenceStore(
      resolve2(cwd, options.evidenceDir ?? config.evidenceDir),
      redact,
      options.sealSigner,
      options.runId
    ),
    schemas: projectSchemas,
    runner,
    http: http2,
    builtins: builtinChecks({ logger, redact, commandEnv, http: http2, interrupt: options.interrupt }),
    trafficRouter: (spec) => new HaproxyRouter(spec),
    clock,
    ...options.interrupt ? { interrupt: options.interrupt } : {},
    logger,
    approval,
    history: adapters.history ?? new FileReleaseHistory(resolve2(cwd, config.stateDir)),
    // The action reads them from the checkout too: a sign-off counts there once committed under the state dir.
    signoffs: new FileSignoffStore(resolve2(cwd, config.stateDir)),
    changes: adapters.changes ?? new LocalGitChanges(cwd),
    artifacts: new FileArtifactReader(),
    selfArgv: selfArgv2,
    configFileDigest: () => configFileDigest(config.sourcePath)
  };
}

// src/entry/config/paths.ts
async function confineFolders(config, override, workspace = process.cwd()) {
  const evidenceDir = override?.path ?? config.evidenceDir;
  const problems = [];
  const evidenceLabel = override?.label ?? "$.evidence-dir";
  const evidenceProblem = await workspaceFolderProblem(workspace, evidenceDir);
  if (evidenceProblem) problems.push({ label: evidenceLabel, problem: `the path ${evidenceProblem}` });
  else {
    const base2 = evidenceDir.replace(/[\\/]+$/, "");
    for (const [what, folder] of [
      ["archive", `${base2}-archive`],
      ["rollback bundles", `${base2}-rollbacks`]
    ]) {
      const folderProblem = await workspaceFileProblem(workspace, folder);
      if (folderProblem)
        problems.push({ label: evidenceLabel, problem: `its ${what} ${folder} ${folderProblem}` });
    }
  }
  const stateProblem = await workspaceFolderProblem(workspace, config.stateDir);
  if (stateProblem) problems.push({ label: "$.state-dir", problem: `the path ${stateProblem}` });
  const fromConfig = problems.filter((p) => p.label.startsWith("$."));
  const fromInput = problems.find((p) => !p.label.startsWith("$."));
  if (fromInput) throw new UsageError(`${fromInput.label}: ${fromInput.problem}.`);
  if (fromConfig.length > 0)
    throw new ConfigError(
      config.sourcePath,
      fromConfig.map((p) => `${p.label}: ${p.problem}`)
    );
}

// src/entry/cli/process.ts
import { realpathSync } from "node:fs";

// src/adapters/signals.ts
import { constants } from "node:os";
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
function interruptOnSignals(say) {
  const controller = new AbortController();
  let received = null;
  let count = 0;
  const handler = (signal) => {
    count++;
    if (count === 1) {
      received = signal;
      say(
        `[ERROR] Received ${signal}: stopping the running command and recording where the release stopped...`
      );
      controller.abort(signal);
    } else if (count === 2)
      say(`Received ${signal} again: still recording the evidence; a third signal exits at once.`);
    else process.exit(128 + (constants.signals[signal] ?? 1));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return {
    interrupt: controller.signal,
    exitCode: () => received ? 128 + (constants.signals[received] ?? 1) : null,
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, handler);
    }
  };
}

// src/entry/cli/process.ts
function selfArgv() {
  const script = process.argv[1];
  return script ? [process.execPath, realpathSync(script)] : [process.execPath];
}
var signals = null;
function stopOnSignals() {
  signals ??= interruptOnSignals((line) => process.stderr.write(line + "\n"));
  return signals.interrupt;
}
function signalExitCode() {
  return signals?.exitCode() ?? null;
}

// src/entry/cli/commands/rehearse.ts
async function rehearseCommand({
  command,
  values,
  logger,
  configPath
}) {
  const tag = validateTag(required(values, "tag", command));
  if (values.previous !== void 0) validateTag(values.previous, "--previous");
  const config = await loadConfig(configPath);
  const evidenceDir = evidenceDirFlag(values) ?? {
    path: join5(config.stateDir, "rehearsal"),
    label: "$.state-dir"
  };
  await confineFolders(config, evidenceDir);
  const approval = new LocalApprovalSource(void 0, void 0);
  const ctx = composeContext(
    config,
    {
      tag,
      evidenceDir: evidenceDir.path,
      interrupt: stopOnSignals(),
      passEnv: passEnvOf(values),
      ...values.previous !== void 0 ? { previous: values.previous } : {}
    },
    logger,
    approval,
    selfArgv()
  );
  const rehearsal = await runRehearsal(ctx);
  const output = values.output ?? config.prerequisites.find((p) => p.id === "rollback-rehearsal")?.path;
  if (output) {
    await writeFileAtomic(output, JSON.stringify(rehearsal, null, 2) + "\n");
    logger.info(`Rehearsal record: ${output}`);
  }
  printJson(values, {
    command,
    tag,
    passed: rehearsal.passed,
    output: output ?? ctx.store.path("rollback-rehearsal.json")
  });
  return rehearsal.passed ? 0 : EXIT.failed;
}

// src/entry/cli/commands/release.ts
import { userInfo as userInfo2 } from "node:os";
import { resolve as resolve3 } from "node:path";

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

// src/phases/production/approval-policy.ts
function judgeApproval(evidence, policy) {
  switch (evidence.kind) {
    case "answer": {
      const { answer } = evidence;
      if (answer.decision !== "approved") return answer;
      const notAllowed = approverProblem(answer.approver, policy);
      return notAllowed ? { ...answer, decision: "rejected", reason: notAllowed } : answer;
    }
    case "github-environment":
      return decideEnvironmentApproval({
        environment: evidence.environment,
        protection: evidence.protection,
        approvals: evidence.reviews,
        run: evidence.run,
        policy
      });
  }
}
function approverProblem(approver, policy) {
  if (policy.approvers.length === 0 || policy.approvers.includes(approver ?? "")) return null;
  return `${approver} is not an allowed approver (approval.approvers: ${policy.approvers.join(", ")})`;
}
function approvalWarnings(answer) {
  if (answer.decision !== "approved" || !answer.github) return [];
  const warnings = [];
  if (answer.github.selfApproval)
    warnings.push(`[WARNING] Self-approval: ${answer.approver} approved a run they started.`);
  if (answer.github.reviewersOptOut)
    warnings.push(
      `[WARNING] Environment '${answer.github.environment}' has no required reviewers; deploying on the opt-out.`
    );
  return warnings;
}
function sortedReviews(reviews) {
  return reviews.map((r) => ({
    login: r.user.login,
    id: r.user.id,
    state: r.state,
    environments: [...r.environments].sort(),
    comment: r.comment
  })).sort(
    (a, b) => compareText(a.login, b.login) || compareText(a.state, b.state) || compareText(a.environments.join(","), b.environments.join(","))
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function decideEnvironmentApproval(input) {
  const { environment, protection, run, policy } = input;
  const reviews = sortedReviews(input.approvals);
  const runActors = [.../* @__PURE__ */ new Set([...run.actors ?? [run.actor], ...run.tagger ? [run.tagger] : []])];
  const isRunActor = (login) => runActors.some((a) => a.toLowerCase() === login.toLowerCase());
  const ofEnvironment = reviews.filter((r) => r.environments.includes(environment));
  const rejection = ofEnvironment.find((r) => r.state === "rejected");
  const approvals = ofEnvironment.filter((r) => r.state === "approved");
  const selfApprovals = approvals.filter((r) => isRunActor(r.login));
  const review = rejection ?? approvals.find((r) => !isRunActor(r.login) && approverProblem(r.login, policy) === null) ?? approvals[0] ?? ofEnvironment[0];
  const approver = review?.login ?? null;
  const selfApproval = selfApprovals.length > 0;
  const github = {
    repository: run.repository,
    runId: run.runId,
    runAttempt: run.runAttempt,
    runUrl: run.runUrl,
    environment,
    state: review?.state ?? null,
    approverId: review?.id ?? null,
    triggeringActor: run.actor,
    runActors,
    selfApproval,
    reviewersRequired: protection?.hasReviewersRule ?? false,
    requiredReviewers: protection?.requiredReviewers ?? [],
    preventSelfReview: protection?.preventSelfReview ?? false,
    reviewersOptOut: false,
    reviews
  };
  const refuse2 = (reason) => ({
    decision: "rejected",
    approver,
    comment: review?.comment || null,
    source: "github-environment",
    reason,
    github
  });
  if (!protection) {
    return refuse2(
      `environment '${environment}' does not exist in ${run.repository}. Create it under Settings \u2192 Environments, add required reviewers, and name it in the production job`
    );
  }
  if (!protection.hasReviewersRule) {
    if (policy.requireReviewers) {
      return refuse2(
        `environment '${environment}' has no required reviewers, so nobody approved this deployment. Add reviewers under Settings \u2192 Environments \u2192 ${environment} \u2192 Required reviewers (private repositories need a plan that offers them), or set approval.require-reviewers: false to accept an unreviewed environment on the record`
      );
    }
    github.reviewersOptOut = true;
    return {
      decision: "approved",
      approver: run.actor,
      comment: null,
      source: "github-environment",
      reason: `environment '${environment}' has no required reviewers; accepted because approval.require-reviewers is false (the run was started by ${run.actor})`,
      github
    };
  }
  if (!review) {
    return refuse2(
      `no review of environment '${environment}' is recorded for run ${run.runId}: the job must name environment: ${environment} so that GitHub asks its reviewers`
    );
  }
  if (rejection) {
    return refuse2(
      `${rejection.login} rejected environment '${environment}' in this run; a rejection stands for the whole run, whatever a re-run was approved with. Start a new run to ask the reviewers again`
    );
  }
  if (review.state !== "approved")
    return refuse2(`the review of environment '${environment}' by ${approver} is ${review.state}`);
  const [selfApprover] = selfApprovals;
  if (selfApprover && policy.selfApproval === "refuse") {
    const tagged = run.tagger !== void 0 && run.tagger.toLowerCase() === selfApprover.login.toLowerCase();
    return refuse2(
      `${selfApprover.login} approved a ${tagged ? "release they tagged" : "run they started"} themselves (approval.self-approval: refuse; actors of the run: ${runActors.join(", ")}). Ask another reviewer to approve in a new run, or turn on "Prevent self-review" for environment '${environment}'`
    );
  }
  const notAllowed = approverProblem(approver, policy);
  if (notAllowed) return refuse2(notAllowed);
  return {
    decision: "approved",
    approver,
    comment: review.comment || null,
    source: "github-environment",
    reason: selfApproval && policy.selfApproval === "warn" ? `approved in GitHub by ${approver}, ${approver !== null && isRunActor(approver) ? "who also started the run" : `and by ${selfApprovals.map((r) => r.login).join(", ")}, who also started the run`} (self-approval, allowed with a warning)` : `approved in GitHub by ${approver} for environment '${environment}'`,
    github
  };
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

// src/core/signoffs.ts
function stakeholderRole(stakeholder) {
  return stakeholder.role ?? stakeholder.name;
}
function sameRole(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
function findStakeholder(stakeholders, role) {
  return stakeholders.find((s) => sameRole(stakeholderRole(s), role)) ?? null;
}
function stakeholderStatuses(stakeholders, signoffs, tag) {
  return stakeholders.map((stakeholder) => {
    const latest = signoffs.filter((s) => s.tag === tag && sameRole(s.role, stakeholderRole(stakeholder))).reduce((last, s) => last && last.signedAt > s.signedAt ? last : s, null);
    return {
      name: stakeholder.name,
      role: stakeholder.role ?? null,
      required: stakeholder.required,
      status: latest ? "signed" : "pending",
      signedBy: latest?.name ?? null,
      signedAt: latest?.signedAt ?? null,
      comment: latest?.comment ?? null
    };
  });
}
function missingSignoffs(statuses) {
  return statuses.filter((s) => s.required && s.status === "pending");
}
function signoffCommandText(tag, role) {
  const quoted = /^[\w.@/-]+$/.test(role) ? role : `'${role.replaceAll("'", `'\\''`)}'`;
  return `release-gate signoff --tag ${tag} --role ${quoted} --name <your name>`;
}
var SIGNOFF_TEXT_LIMITS = { name: 200, comment: 1e3 };
function signoffTextProblem(field, text) {
  const limit = SIGNOFF_TEXT_LIMITS[field];
  if (field === "name" && text.trim() === "") return `--${field} is empty: say who signs off`;
  if (text.length > limit) return `--${field} is ${text.length} characters long; at most ${limit}`;
  if (/[\u0000-\u001f\u007f]/.test(text))
    return `--${field} holds a line break or control character: give one line`;
  return null;
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
    } catch (error2) {
      const now = ctx.clock.now().toISOString();
      checks.push({
        id: `${step.name}-output`,
        kind: "command",
        passed: false,
        startedAt: now,
        finishedAt: now,
        durationMs: 0,
        message: `${step.name} wrote an unusable ${artifact}: ${messageOf(error2)}`
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
  const previous = await rollbackTarget2(ctx, environment);
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
import { isAbsolute as isAbsolute2, relative as relative3 } from "node:path";

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
      const argv2 = checklist.rollbackPlan.services.find((s) => s.service === id)?.argv ?? [];
      return `${i + 1}. ${inlineText(id)}: ${codeSpan(argv2.join(" "))}`;
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
  const base2 = {
    id: spec.id,
    path: spec.path,
    maxAgeMs: spec.maxAgeMs,
    ageMs: null,
    timestamp: null,
    timestampSource: null
  };
  const fail = (status, message, extra = {}) => ({
    ...base2,
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
    } catch (error2) {
      return fail("unparseable", `${spec.path} is not valid JSON: ${oneLine(error2.message)}`);
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
    ...base2,
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
var quote3 = (word) => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
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
      fencedCode(command ? command.argv.map(quote3).join(" ") : "# no rollback command", "sh"),
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
  const { prerequisites, rehearsals } = await checkPrerequisites(ctx, problems);
  const window = checkDeploymentWindow(ctx, problems);
  const commits = await ctx.changes.releaseCommits(ctx.tag);
  const missingTag = missingTagProblem(ctx, commits.tagFound);
  if (missingTag && ctx.requireTagInGit) problems.push(missingTag);
  else if (missingTag) ctx.logger.warn(`[WARNING] ${missingTag}; the change set runs up to HEAD instead.`);
  const stakeholders = await checkSignoffs(ctx);
  const target = await rollbackTarget2(ctx, environment);
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
      } catch (error2) {
        problems.push(
          `prerequisite ${spec.id}: cannot use schema ${spec.schemaPath}: ${error2.message}`
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
  return isAbsolute2(path) ? relative3(process.cwd(), path) : path.replace(/^\.\//, "");
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
  const { renderReportHtml } = await import("./cli-chunks/html-CIYRW2FM.js");
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
    } catch (error2) {
      evidence.unreadable.push(`${artifact}: ${messageOf(error2)}`);
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
    measured = await watchHealthWindow(health, probeSampler, ctx.clock, (progress, round2) => {
      taken.push(...round2);
      for (const failed of round2.filter((s) => !s.passed))
        ctx.logger.warn(`  \u2718 ${failed.probe} (round ${failed.round}): ${failed.message}`);
      ctx.logger.progress(
        `  health window: ${formatDuration(progress.remainingMs)} left, round ${progress.round}/${progress.rounds}, ${progress.samples} samples, ${progress.failures} failed`
      );
    });
  } catch (error2) {
    if (error2 instanceof InterruptedError)
      await ctx.store.writeJson(
        ARTIFACTS.healthWindow,
        healthWindowFile(windowRecord(taken, "inconclusive", null))
      );
    throw error2;
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
      } catch (error2) {
        if (error2 instanceof InterruptedError)
          await ctx.store.writeJson(ARTIFACTS.healthWindow, healthWindowFile(record));
        throw error2;
      }
    }
  }
  await ctx.store.writeJson(ARTIFACTS.healthWindow, healthWindowFile(record));
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
  const previous = await rollbackTarget2(ctx, STAGING);
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
  const base2 = {
    ...recordHeader(ARTIFACTS.uatConfirmation, ctx.tag, at),
    environment: STAGING,
    recordedAt: now
  };
  let uat;
  if (ctx.uatApprover) {
    uat = {
      ...base2,
      required: ctx.config.uatRequired,
      status: stagingPassed ? "signed-off" : "automated-fail",
      passed: stagingPassed,
      signedOffBy: ctx.uatApprover,
      basis: stagingPassed ? `signed off by ${ctx.uatApprover} (--uat-approve)` : "sign-off given, but staging validation failed"
    };
  } else if (ctx.config.uatRequired) {
    uat = {
      ...base2,
      required: true,
      status: "missing",
      passed: false,
      signedOffBy: null,
      basis: "UAT sign-off is required (staging.uat.required) but none was recorded: pass --uat-approve <name>"
    };
  } else {
    uat = {
      ...base2,
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
  const previous = environment === production ? deployment?.previousRelease ?? await rollbackTarget2(ctx, production).catch(() => null) : null;
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
  const state = released ? `${production} serves ${ctx.tag}, released: its health window passed${leftRunning.length > 0 ? `; the old colour${leftRunning.length > 1 ? "s" : ""} kept for keep-old still run${leftRunning.length > 1 ? "" : "s"}, not retired (${leftRunning.map((c) => `${c.service} ${c.color}`).join(", ")})` : ""}` : rollbackStopped ? `rollback interrupted: the rollback of ${production} from ${ctx.tag} to ${rollbackTo} was stopped part way, so ${production} may serve neither release (its services may be down)` : phase === "production" ? `${production} may serve ${ctx.tag} on some services or instances and ${previous ?? "the previous release"} on others: the rollout stopped part way` : phase === "stabilize" ? `${production} serves ${ctx.tag}; its health window did not finish, so the release is not proven` : phase === "staging" ? `staging may serve a mix of ${ctx.tag} and the release before it; ${production} was not touched` : `no environment was changed by the ${phase} phase`;
  const nextSteps = released ? leftRunning.map(
    (c) => `Retire ${c.service}'s old colour ${c.color} when it is no longer needed${c.command ? `: ${c.command}` : ""}`
  ) : rollbackStopped ? [
    `Finish the rollback of ${production} to ${rollbackTo}: ${rollbackCommand(production)}.`,
    `Until it succeeds, release-gate refuses to start another release of ${production}.`
  ] : environment === production ? [
    `Roll ${production} back to ${previous ?? "the previous release"}: ${rollbackCommand(production)}.`,
    `Then release ${ctx.tag} again from the start; until the rollback, release-gate refuses to start another release of ${production}.`
  ] : [`Run the release of ${ctx.tag} again from the start.`];
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
  } catch (error2) {
    return {
      problem: `The readiness checklist, which records the digest of the config ${file}, cannot be read (${error2.message})`,
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
    } catch (error2) {
      if (!(error2 instanceof InterruptedError)) throw error2;
      outcome = await recordInterruption(ctx, phase, error2);
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
    await runPhase(ctx, "report").catch((error2) => {
      ctx.logger.error(`[ERROR] Could not compile the release report: ${error2.message}`);
    });
  }
  return outcome;
}

// src/adapters/evidence/seal-keys.ts
import { createHash as createHash3, createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { open as open4 } from "node:fs/promises";
var MAX_KEY_FILE_BYTES = 64 * 1024;
function keyFingerprint(publicKey) {
  return createHash3("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}
function sealSignerFromPem(pem, source) {
  if (pem.includes("ENCRYPTED PRIVATE KEY"))
    throw new UsageError(
      `${source}: the private key is encrypted; release-gate takes it unencrypted, from a secret (openssl genpkey -algorithm ed25519 writes one).`
    );
  let privateKey;
  try {
    privateKey = createPrivateKey({ key: pem.trim(), format: "pem" });
  } catch {
    throw new UsageError(
      `${source}: not a PEM private key (value not shown). Expected an Ed25519 private key in PKCS#8 PEM, as openssl genpkey -algorithm ed25519 writes it.`
    );
  }
  requireEd25519(privateKey, source, "private");
  const publicKey = createPublicKey(privateKey);
  return {
    keyFingerprint: keyFingerprint(publicKey),
    sign: (payload) => sign(null, payload, privateKey).toString("base64"),
    verify: (payload, signature) => verify(null, payload, publicKey, Buffer.from(signature, "base64"))
  };
}
function sealVerifierFromPem(pem, source) {
  if (pem.includes("PRIVATE KEY"))
    throw new UsageError(
      `${source}: not a PEM public key but a private key (value not shown). Pass the signing key's public key (openssl pkey -in release-signing.pem -pubout -out release-signing.pub).`
    );
  let publicKey;
  try {
    publicKey = createPublicKey({ key: pem.trim(), format: "pem" });
  } catch {
    throw new UsageError(
      `${source}: not a PEM public key (value not shown). Pass the signing key's public key (openssl pkey -in release-signing.pem -pubout -out release-signing.pub).`
    );
  }
  requireEd25519(publicKey, source, "public");
  return {
    keyFingerprint: keyFingerprint(publicKey),
    verify: (payload, signature) => verify(null, payload, publicKey, Buffer.from(signature, "base64"))
  };
}
function requireEd25519(key, source, kind) {
  if (key.asymmetricKeyType !== "ed25519")
    throw new UsageError(
      `${source}: an ${key.asymmetricKeyType ?? "unknown"} key; expected an Ed25519 ${kind} key (openssl genpkey -algorithm ed25519 makes one).`
    );
}
async function readKeyFile(path, source) {
  let handle;
  try {
    handle = await open4(path, "r");
  } catch (error2) {
    throw new UsageError(`${source}: cannot be read (${error2.code ?? "error"}).`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`${source}: cannot be read (not a regular file).`);
    if (info.size > MAX_KEY_FILE_BYTES)
      throw new UsageError(
        `${source}: ${info.size} bytes; a PEM key file is far smaller (at most ${MAX_KEY_FILE_BYTES}).`
      );
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}

// src/entry/cli/signing-key.ts
var SIGNING_KEY_VARIABLE = "RELEASE_GATE_SIGNING_KEY";
async function signingKeyRequest(values, env, workspace = process.cwd()) {
  const path = values["signing-key-file"];
  if (path !== void 0) {
    const problem = workspacePathProblem(path) ?? await workspaceFileProblem(workspace, path);
    if (problem) throw new UsageError(`--signing-key-file: the path ${problem}.`);
    const source = `--signing-key-file ${path}`;
    const pem2 = await readKeyFile(path, source);
    return { sealSigner: sealSignerFromPem(pem2, source), heldTokens: [pem2] };
  }
  const pem = env[SIGNING_KEY_VARIABLE];
  if (!pem) return {};
  return { sealSigner: sealSignerFromPem(pem, SIGNING_KEY_VARIABLE), heldTokens: [pem] };
}
async function publicKeyOf(values) {
  const path = values["public-key"];
  if (path === void 0) return void 0;
  if (path.trim() === "")
    throw new UsageError("--public-key needs a file: the signing key's public key (PEM).");
  const source = `--public-key ${path}`;
  return sealVerifierFromPem(await readKeyFile(path, source), source);
}

// src/entry/cli/commands/release.ts
async function releaseCommand({
  command,
  values,
  rest,
  logger,
  configPath
}) {
  const phase = command === "phase" ? phaseNamed(rest[0]) : void 0;
  const tag = validateTag(required(values, "tag", command));
  if (values.previous !== void 0) validateTag(values.previous, "--previous");
  const approver = values.approve?.trim();
  if (values.approve !== void 0 && !approver)
    throw new UsageError(
      `--approve needs the approver's name, e.g. --approve dana (got ${JSON.stringify(values.approve)}).`
    );
  const signing = await signingKeyRequest(values, process.env);
  const config = await loadConfig(configPath);
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
    ...overrideReason ? { windowOverride: { by: userInfo2().username, reason: overrideReason } } : {},
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
  const outcome = await runHoldingLock(ctx, new ReleaseLock(resolve3(config.stateDir)), phase, logger);
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
  } catch (error2) {
    if (!(error2 instanceof ReleaseLockedError)) throw error2;
    logger.error(
      `[ERROR] ${phase ? `The ${phase} phase of ${ctx.tag}` : `Release ${ctx.tag}`} not started: ${error2.message}`
    );
    const gate = phase && phase in GATE_BEFORE ? GATE_BEFORE[phase] : 1;
    return { kind: "halted", gate, reasons: [error2.message] };
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
function phaseNamed(name) {
  if (!name || !PHASES.includes(name))
    throw new UsageError(`Unknown phase '${name ?? ""}'. Expected one of: ${PHASES.join(", ")}.`);
  return name;
}

// src/entry/cli/commands/report.ts
import { existsSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { join as join6, resolve as resolve4 } from "node:path";
async function reportCommand({ values, logger, configPath }) {
  if (!values.html)
    throw new UsageError(
      "release-gate report needs --html (the Markdown report is written by every release)."
    );
  const config = await loadConfig(configPath);
  const dir = values["evidence-dir"] ?? config.evidenceDir;
  const markdown = await readFile3(join6(dir, ARTIFACTS.deploymentReport), "utf8").catch(() => {
    throw new UsageError(
      `No ${ARTIFACTS.deploymentReport} in ${dir}. Run a release first, or pass --evidence-dir.`
    );
  });
  if (values.output === void 0) {
    const sealed = resolve4(dir, ARTIFACTS.deploymentReportHtml);
    if (!existsSync(sealed))
      throw new UsageError(
        `No ${ARTIFACTS.deploymentReportHtml} in ${dir} (a bundle from before the report phase wrote one). Pass --output <file> to render it outside the bundle.`
      );
    logger.info(`HTML report: ${sealed} (written and sealed by the report phase)`);
    return 0;
  }
  const output = values.output;
  const { renderReportHtml } = await import("./cli-chunks/html-CIYRW2FM.js");
  await writeFileAtomic(
    output,
    renderReportHtml(markdown, {
      title: `Deployment report (${dir})`,
      generatedAt: systemClock.now().toISOString()
    })
  );
  logger.info(`HTML report: ${output}`);
  return 0;
}

// src/entry/cli/commands/rollback.ts
import { resolve as resolve6 } from "node:path";

// src/phases/rollback/manual.ts
async function resolveRollback(history, request) {
  const ledger = await history.ledger(request.environment);
  const settled = ["serving", "rolled-back", "failed", "empty"].includes(ledger.state.kind);
  const current = settled ? serving(ledger) : ledger.state.release;
  const target = request.target ?? rollbackTarget(ledger);
  if (!target) {
    throw new UsageError(
      `No rollback target known for ${request.environment} (${describeState(ledger)}; no other release that passed its health window and was not rolled back since is recorded). Name the release to return to (--to / target-release).`
    );
  }
  const served = ledger.served;
  if (!served.includes(target)) {
    throw new UsageError(
      `Release ${target} was never deployed to ${request.environment}, so it cannot be a rollback target. ` + (served.length > 0 ? `The releases ${request.environment} has served: ${served.join(", ")}.` : `No release of ${request.environment} is recorded.`)
    );
  }
  return { current, target };
}
function releaseDeployments(record, tag, environment) {
  return record?.tag === tag && record.environment === environment ? record.services : void 0;
}
async function runManualRollback(ctx, request) {
  for (const id of request.services ?? []) {
    if (!ctx.config.services.some((s) => s.id === id)) {
      throw new UsageError(
        `Unknown service '${id}'. Known: ${ctx.config.services.map((s) => s.id).join(", ")}.`
      );
    }
  }
  const deployments = releaseDeployments(request.releaseRecord, ctx.tag, request.environment);
  const rollback = await executeRollback(ctx, {
    environment: request.environment,
    ...deployments ? { deployments } : {},
    target: request.target,
    trigger: "manual",
    reason: request.reason,
    ...request.services ? { services: request.services } : {}
  });
  const report = {
    ...recordHeader(ARTIFACTS.rollbackReport, ctx.tag, ctx.clock.now()),
    environment: request.environment,
    rollback,
    ...request.approval ? { rollbackApproval: request.approval } : {}
  };
  await ctx.store.writeJson(ARTIFACTS.rollbackReport, report);
  await settleCommunications(ctx);
  await ctx.store.seal("rollback", ctx.tag, ctx.clock.now());
  ctx.logger.info(
    `Rollback of ${request.environment} to ${request.target}: ${rollback.status}. Evidence: ${ctx.store.path(ARTIFACTS.rollbackReport)}`
  );
  return report;
}

// src/entry/release-record.ts
import { resolve as resolve5 } from "node:path";
async function releaseRecordIn(evidenceDir) {
  try {
    return await new FileEvidenceStore(resolve5(evidenceDir)).readJson(
      ARTIFACTS.productionDeployment
    );
  } catch {
    return void 0;
  }
}

// src/entry/cli/commands/rollback.ts
async function rollbackCommand2({
  command,
  values,
  logger,
  configPath
}) {
  const signing = await signingKeyRequest(values, process.env);
  const config = await loadConfig(configPath);
  await confineFolders(config, evidenceDirFlag(values));
  const environment = required(values, "env", command);
  const passEnv = passEnvOf(values);
  const approval = new LocalApprovalSource(void 0, void 0);
  const history = composeContext(config, { tag: "0.0.0" }, logger, approval, selfArgv()).history;
  const { current, target } = await resolveRollback(history, {
    environment,
    ...values.to !== void 0 ? { target: validateTag(values.to, "--to") } : {}
  });
  const runId = newRunId(/* @__PURE__ */ new Date());
  const releaseBundle = values["evidence-dir"] ?? config.evidenceDir;
  const ctx = composeContext(
    config,
    {
      tag: current ?? target,
      evidenceDir: rollbackBundleDir(releaseBundle, runId),
      runId,
      interrupt: stopOnSignals(),
      passEnv,
      ...signing
    },
    logger,
    approval,
    selfArgv()
  );
  const held = await new ReleaseLock(resolve6(config.stateDir)).acquire(`rollback ${environment}`);
  let report;
  try {
    report = await runManualRollback(ctx, {
      environment,
      target,
      reason: values.reason ?? "manual rollback (release-gate rollback)",
      releaseRecord: await releaseRecordIn(releaseBundle),
      ...values.service ? { services: new Set(values.service) } : {}
    });
  } finally {
    await held.release();
  }
  const status = report.rollback.status;
  printJson(values, { command, environment, target, status, exitCode: status === "success" ? 0 : 1 });
  return status === "success" ? 0 : EXIT.failed;
}

// src/entry/cli/commands/signoff.ts
import { relative as relative4, resolve as resolve7 } from "node:path";
async function signoffCommand({ command, values, logger, configPath }) {
  const tag = validateTag(required(values, "tag", command));
  const role = required(values, "role", command);
  const name = required(values, "name", command);
  const comment = values.comment ?? null;
  for (const problem of [
    signoffTextProblem("name", name),
    comment === null ? null : signoffTextProblem("comment", comment)
  ])
    if (problem) throw new UsageError(`${problem}.`);
  const config = await loadConfig(configPath);
  await confineFolders(config, void 0);
  const roles = config.stakeholders.map((s) => `'${stakeholderRole(s)}'`);
  if (roles.length === 0)
    throw new UsageError(
      `No stakeholders are configured in ${config.sourcePath}: list who signs off under stakeholders: (name, role) first.`
    );
  const stakeholder = findStakeholder(config.stakeholders, role);
  if (!stakeholder)
    throw new UsageError(
      `--role '${role}' is not a stakeholder role in ${config.sourcePath}. Configured roles: ${roles.join(", ")}.`
    );
  const signoff = {
    tag,
    role: stakeholderRole(stakeholder),
    name,
    comment,
    signedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  const store = new FileSignoffStore(resolve7(config.stateDir));
  await store.record(signoff);
  const file = relative4(process.cwd(), store.file);
  logger.info(
    `Recorded: ${name} signed off ${tag} for ${stakeholder.name} (${signoff.role}) at ${signoff.signedAt}, in ${file}. Phase 1 of ${tag} records it; it counts for no other release. In GitHub Actions, commit ${file} before tagging.`
  );
  printJson(values, { command, outcome: "recorded", exitCode: 0, ...signoff, file });
  return 0;
}

// src/adapters/evidence/bundle-files.ts
import { readdir as readdir2, readFile as readFile4, stat as stat2 } from "node:fs/promises";
import { join as join7, posix } from "node:path";
var MAX_BUNDLE_FILE_BYTES = 32 * 1024 * 1024;
var MAX_BUNDLE_BYTES = 128 * 1024 * 1024;
var MiB = 1024 * 1024;
var BundleTooLargeError = class extends Error {
  name = "BundleTooLargeError";
};
async function readBundle(path) {
  let info;
  try {
    info = await stat2(path);
  } catch {
    throw new UsageError(
      `Evidence bundle ${path} not found. Pass a directory such as .artifacts/deployment or an artifact .zip.`
    );
  }
  const files = /* @__PURE__ */ new Map();
  if (info.isDirectory()) {
    const notFiles = [];
    for (const entry of await readdir2(path, { withFileTypes: true })) {
      if (entry.isFile()) {
        if (!entry.name.endsWith(".tmp")) files.set(entry.name, await readFile4(join7(path, entry.name)));
      } else {
        const kind = entry.isSymbolicLink() ? "symbolic link" : entry.isDirectory() ? "directory" : "other";
        notFiles.push({ file: entry.name, kind });
      }
    }
    return { files, notFiles };
  }
  if (info.size > MAX_BUNDLE_BYTES)
    throw new BundleTooLargeError(
      `${path} is ${info.size} bytes; a bundle may be at most ${MAX_BUNDLE_BYTES} bytes (${MAX_BUNDLE_BYTES / MiB} MiB)`
    );
  const { default: zipReader } = await import("./cli-chunks/lib-UNJ7WVPR.js");
  let zip;
  try {
    zip = await zipReader.loadAsync(await readFile4(path));
  } catch (error2) {
    throw new UsageError(`${path} is neither a directory nor a readable zip: ${error2.message}`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  refuseDeclaredSizes(entries);
  const names = entries.map((f) => f.name);
  const folders = new Set(names.map((n) => n.includes("/") ? n.split("/")[0] : ""));
  const prefix = folders.size === 1 && !folders.has("") ? `${[...folders][0]}/` : "";
  let inflatedBytes = 0;
  for (const name of names) {
    const relative5 = prefix ? name.slice(prefix.length) : name;
    if (relative5.includes("/") || posix.isAbsolute(relative5) || relative5.split("/").includes(".."))
      throw new UsageError(`${path} holds ${name}, which is not a file of a flat evidence bundle`);
    const content = await inflateAtMost(zip.files[name], MAX_BUNDLE_FILE_BYTES);
    inflatedBytes += content.length;
    if (inflatedBytes > MAX_BUNDLE_BYTES) throw tooLargeTogether(`more than ${MAX_BUNDLE_BYTES}`);
    files.set(relative5, content);
  }
  return { files, notFiles: [] };
}
function refuseDeclaredSizes(entries) {
  let declaredTotal = 0;
  for (const entry of entries) {
    const declared = entry._data?.uncompressedSize ?? 0;
    if (declared > MAX_BUNDLE_FILE_BYTES) throw tooLargeFile(entry.name, `${declared}`);
    declaredTotal += declared;
  }
  if (declaredTotal > MAX_BUNDLE_BYTES) throw tooLargeTogether(`${declaredTotal}`);
}
function inflateAtMost(entry, limit) {
  return new Promise((resolve8, reject) => {
    const chunks = [];
    let inflated = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk) => {
      inflated += chunk.length;
      if (inflated <= limit) return void chunks.push(chunk);
      stream.pause();
      stream.removeAllListeners("data");
      reject(tooLargeFile(entry.name, `more than ${limit}`, "inflates to"));
    });
    stream.on("error", reject);
    stream.on("end", () => resolve8(Buffer.concat(chunks)));
  });
}
function tooLargeFile(name, bytes, verb = "is") {
  return new BundleTooLargeError(
    `${name} ${verb} ${bytes} bytes; a file of an evidence bundle may be at most ${MAX_BUNDLE_FILE_BYTES} bytes (${MAX_BUNDLE_FILE_BYTES / MiB} MiB)`
  );
}
function tooLargeTogether(bytes) {
  return new BundleTooLargeError(
    `the files of the zip are ${bytes} bytes together; a bundle may be at most ${MAX_BUNDLE_BYTES} bytes (${MAX_BUNDLE_BYTES / MiB} MiB)`
  );
}

// src/adapters/evidence/verify.ts
import { createHash as createHash4 } from "node:crypto";
var sha256 = (content) => createHash4("sha256").update(content).digest("hex");
function verifyBundle(files, options = {}) {
  const checks = [];
  const add = (check, problems, okDetail) => {
    checks.push({
      check,
      passed: problems.length === 0,
      detail: problems.length === 0 ? okDetail : problems.join("; ")
    });
  };
  const manifestBytes = files.get(MANIFEST_FILE);
  let manifest;
  if (!manifestBytes) add("manifest", [`${MANIFEST_FILE} is missing`], "");
  else {
    try {
      const parsed = JSON.parse(manifestBytes.toString("utf8"));
      assertValidEvidence(MANIFEST_FILE, parsed);
      manifest = parsed;
      add(
        "manifest",
        [],
        `${manifest.entries.length} sealed phase(s): ${manifest.entries.map((e) => e.phase).join(" \u2192 ")}`
      );
    } catch (error2) {
      add("manifest", [messageOf(error2)], "");
    }
  }
  const onDisk = [...files.entries()].filter(([name]) => name !== MANIFEST_FILE).map(([file, content]) => ({ file, bytes: content.length, sha256: sha256(content) }));
  if (manifest) {
    const problems = manifestProblems(manifest, onDisk, options.notFiles);
    add(
      "hash chain",
      problems.filter((p) => p.startsWith("entry ") || p.includes("no entries")),
      "every entry chains to the one before"
    );
    add(
      "file digests",
      problems.filter((p) => !p.startsWith("entry ") && !p.includes("no entries")),
      `${onDisk.length} file(s) match the digests of the last sealed phase`
    );
    add(
      "signatures",
      options.verifier ? sealSignatureProblems(manifest, options.verifier) : [],
      signaturesDetail(manifest, options.verifier)
    );
  }
  const json = /* @__PURE__ */ new Map();
  const schemaProblems = [];
  let unchecked = 0;
  for (const [name, content] of files) {
    if (!name.endsWith(".json") || name === MANIFEST_FILE) continue;
    if (!hasEvidenceSchema(name)) {
      unchecked++;
      continue;
    }
    try {
      const value = JSON.parse(content.toString("utf8"));
      assertValidEvidence(name, value);
      json.set(name, value);
    } catch (error2) {
      schemaProblems.push(`${name}: ${messageOf(error2)}`);
    }
  }
  add(
    "schemas",
    schemaProblems,
    `${json.size} JSON artifact(s) match their schemas${unchecked > 0 ? `; ${unchecked} other JSON file(s) have no release-gate schema (not checked)` : ""}`
  );
  const tags = new Set(
    [...json.values()].map((v) => v.tag).filter((t) => typeof t === "string")
  );
  if (manifest) tags.add(manifest.tag);
  add(
    "one release",
    tags.size > 1 ? [`artifacts of different releases: ${[...tags].join(", ")}`] : [],
    `all of ${[...tags][0] ?? "(none)"}`
  );
  add("protocol order", orderProblems(json, manifest), "each phase built on the evidence of the one before");
  if (manifest)
    add("writers", writerProblems(manifest), "each file was written by the phase the protocol assigns it");
  return checks;
}
var UNDETECTED_REWRITE = "without a key, a rewrite with the chain recomputed cannot be detected";
function signaturesDetail(manifest, verifier) {
  const { signed, total, keys } = sealSigners(manifest);
  if (verifier) return `every seal (${total}) signed by key ${verifier.keyFingerprint}`;
  if (signed === 0) return `the seals are not signed: ${UNDETECTED_REWRITE}`;
  return `${signed} of ${total} seals signed by key ${keys.join(", ")}; not checked: pass --public-key to check them (${UNDETECTED_REWRITE})`;
}
function orderProblems(json, manifest) {
  const problems = [];
  const checklist = json.get("deployment-readiness-checklist.json");
  const staging = json.get("staging-deployment-report.json");
  const validation = json.get("staging-validation-results.json");
  const approval = json.get("production-approval.json");
  const production = json.get("production-deployment-report.json");
  const at = (iso) => new Date(iso).getTime();
  if (staging && !checklist) problems.push("a staging deployment without a readiness checklist");
  if (staging && checklist && !checklist.passed)
    problems.push("a staging deployment although readiness (Gate 1) failed");
  if (production) {
    if (!approval) problems.push("a production deployment without production-approval.json");
    else {
      if (approval.decision !== "approved" || !approval.approver)
        problems.push(`a production deployment although the approval was ${approval.decision}`);
      if (at(approval.decidedAt) > at(production.startedAt))
        problems.push(
          `the approval (${approval.decidedAt}) is dated after the production deployment started (${production.startedAt})`
        );
    }
    if (!staging || !staging.passed)
      problems.push("a production deployment without a passed staging deployment");
    else if (approval && at(staging.finishedAt) > at(approval.decidedAt))
      problems.push(
        `the approval (${approval.decidedAt}) is dated before staging finished (${staging.finishedAt})`
      );
    if (!validation || !validation.passed)
      problems.push("a production deployment without a passed staging validation");
  }
  if (manifest) {
    const order = ["readiness", "staging", "production", "stabilize", "report"];
    const phases = manifest.entries.map((e) => e.phase).filter((p) => order.includes(p));
    phases.forEach((phase, i) => {
      const previous = phases[i - 1];
      if (previous && order.indexOf(phase) < order.indexOf(previous) && phase !== previous)
        problems.push(`the manifest seals ${phase} after ${previous}`);
    });
  }
  return problems;
}
async function verifyBundleAt(path, options = {}) {
  const [{ files, notFiles }] = await Promise.all([readBundle(path), loadPrecompiledValidators()]);
  return verifyBundle(files, { ...options, notFiles });
}

// src/entry/cli/commands/verify.ts
async function verifyCommand({ command, values, rest, logger }) {
  const target = rest[0];
  if (!target) throw new UsageError("release-gate verify needs a bundle: a directory or an artifact .zip.");
  const verifier = await publicKeyOf(values);
  const checks = await verifyTarget(target, verifier);
  for (const check of checks)
    (check.passed ? logger.info.bind(logger) : logger.error.bind(logger))(
      `${check.passed ? "\u2714" : "\u2718"} ${check.check}: ${check.detail}`
    );
  const passed = checks.every((c) => c.passed);
  logger.info(
    passed ? `Evidence bundle ${target} verified.` : `[ERROR] Evidence bundle ${target} failed verification.`
  );
  printJson(values, {
    command,
    bundle: target,
    passed,
    publicKeyFingerprint: verifier?.keyFingerprint ?? null,
    checks
  });
  return passed ? 0 : EXIT.failed;
}
async function verifyTarget(target, verifier) {
  try {
    return await verifyBundleAt(target, verifier ? { verifier } : {});
  } catch (error2) {
    if (!(error2 instanceof BundleTooLargeError)) throw error2;
    return [{ check: "bundle size", passed: false, detail: error2.message }];
  }
}

// src/entry/cli/commands/index.ts
var COMMANDS = /* @__PURE__ */ new Map([
  ["run", releaseCommand],
  ["phase", releaseCommand],
  ["rollback", rollbackCommand2],
  ["rehearse", rehearseCommand],
  ["signoff", signoffCommand],
  ["verify", verifyCommand],
  ["report", reportCommand],
  ["validate", checksCommand],
  ["collect-perf", checksCommand]
]);

// src/entry/cli/main.ts
async function main(argv2) {
  let parsed;
  try {
    parsed = parseArgs2({ args: argv2, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error2) {
    throw new UsageError(`${messageOf(error2)}. Run release-gate --help for usage.`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`release-gate ${VERSION}
`);
    return 0;
  }
  if (values.help || command === void 0 || command === "help") {
    process.stdout.write(HELP + "\n");
    return command === void 0 && !values.help ? EXIT.usage : 0;
  }
  const logger = new ConsoleLogger();
  const evidenceDirProblem = values["evidence-dir"] === void 0 ? null : workspacePathProblem(values["evidence-dir"]);
  if (evidenceDirProblem) throw new UsageError(`--evidence-dir: the path ${evidenceDirProblem}.`);
  const configPath = values.config ?? process.env.RELEASE_GATE_CONFIG ?? DEFAULT_CONFIG_PATH;
  const run = COMMANDS.get(command);
  if (!run)
    throw new UsageError(
      `Unknown command '${command}'. Expected run, phase, rollback, rehearse, signoff, verify, report, validate or collect-perf.`
    );
  return run({ command, values, rest, logger, configPath });
}
var argv = process.argv.slice(2);
function printFailureJson(outcome, exitCode, error2) {
  if (!argv.includes("--json")) return;
  const command = argv.find((arg) => !arg.startsWith("-")) ?? null;
  writeJsonLine({ command, outcome, exitCode, error: error2 });
}
main(argv).then(
  (code) => {
    const interrupted = signalExitCode();
    if (interrupted !== null) process.exit(interrupted);
    process.exitCode = code;
  },
  (error2) => {
    const interrupted = signalExitCode();
    if (error2 instanceof InterruptedError) {
      writeError(
        `[ERROR] ${error2.message}${error2.inFlight ? ` while ${error2.inFlight.name} ran (stopped)` : ""}. Nothing else was started; run the command again to finish.
`
      );
      printFailureJson("interrupted", interrupted ?? EXIT.failed, error2.message);
      process.exit(interrupted ?? EXIT.failed);
    }
    if (error2 instanceof UsageError) {
      writeError(`[ERROR] ${error2.message}
`);
      printFailureJson("usage-error", EXIT.usage, error2.message);
      process.exitCode = EXIT.usage;
    } else {
      writeError(`[ERROR] ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}
`);
      printFailureJson("error", EXIT.failed, messageOf(error2));
      process.exitCode = EXIT.failed;
    }
  }
);
function writeError(text) {
  process.stderr.write(inertToWorkflowCommands(text));
}
