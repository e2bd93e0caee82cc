import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { renderReportHtml } from '../../src/render/html.js'
import { cell, inlineText } from '../../src/render/escape.js'

// DEPLOYMENT-REPORT.html in a real headless Chromium (bash .ci/install-chromium.sh): the DOM the browser builds
// from the page, and a screenshot of it. Set REPORT_HTML_KEEP=1 to keep the page and the PNG for a look.

const BROWSERS = ['chromium', 'chromium-browser', 'chromium-headless-shell']
const BROWSER_TIMEOUT_MS = 60_000
// The chart's 2 px line across ~550 px, sampled at every other pixel in both directions (antialiased edges aside).
const CHART_LINE_PIXELS = 100

/** The first headless Chromium on PATH, or an error that says how to install one (this test never skips). */
function findChromium(): string {
  for (const name of BROWSERS) {
    for (const directory of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
      const candidate = join(directory, name)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not in this directory
      }
    }
  }
  throw new Error(
    `No headless Chromium found: looked for ${BROWSERS.join(', ')} on PATH (${process.env.PATH ?? ''}). ` +
      'Install it with: bash .ci/install-chromium.sh'
  )
}

/** A failed release that was rolled back, as report.ts writes it, with every construct the converter handles. */
// An approver's comment with a link: evidence text, so the page shows the link as text, not as a link.
const APPROVAL_COMMENT =
  'Staging evidence reviewed; see [run 4711](https://github.com/acme/shop/actions/runs/4711)'
const COMMIT_SUBJECT = 'fix(api): escape <script>alert("pwned")</script> in greetings'
const REPORT_MARKDOWN = [
  '# Deployment report: v2.3.0',
  '',
  '**FAILED: v2.3.0 needs attention (see failures below).**',
  '',
  '## Gates',
  '',
  '| Gate | Verdict | Time | Notes |',
  '|---|---|---|---|',
  '| Gate 1: Readiness | passed | 2026-11-25T09:14:50.894Z |  |',
  '| Gate 2: Staging validation | passed | 2026-11-25T09:14:53.042Z |  |',
  '| Gate 3: Approval | passed | 2026-11-25T09:14:53.072Z |  |',
  `| Gate 3: Production launch | **failed** | 2026-11-25T09:15:10.290Z | ${cell('rollout of api aborted at step 3: error rate 4.2% | limit 1%')} |`,
  '| Gate 4: Stabilization | not reached | — |  |',
  '',
  '## Phases',
  '',
  '| Phase | Status | Started | Duration |',
  '|---|---|---|---|',
  '| readiness | passed | 2026-11-25T09:14:50.839Z | 55ms |',
  '| staging | passed | 2026-11-25T09:14:51.097Z | 1.9s |',
  '| production | failed | 2026-11-25T09:14:53.097Z | 17.2s |',
  '| stabilize | not-run | — | — |',
  '',
  '## Readiness',
  '',
  '| Prerequisite | Status | Detail |',
  '|---|---|---|',
  '| staging-validation | ok | 1.9s old (max 3d 0h) |',
  '| rollback-rehearsal | ok | 2h 4m old (max 7d 0h) |',
  '',
  'Rollback plan: executable — roll back to v2.2.1. See [release-manifest.md](release-manifest.md) and [rollback-plan.md](rollback-plan.md).',
  '',
  '**Deployment window OVERRIDDEN** by oncall at 2026-11-25T09:14:50.000Z: INC-4711: hotfix for the outage (outside the window mon-thu 09:00-16:00).',
  '',
  '> Commit under release: ' + COMMIT_SUBJECT,
  '',
  '## Approval',
  '',
  '- Decision: **approved** by alice at 2026-11-25T09:14:53.072Z (github-environment)',
  `- Comment: ${inlineText(APPROVAL_COMMENT)}`,
  '- Reason: approved in the production environment review',
  '',
  '## Production deployment',
  '',
  '| Service | Status | Command | Exit | Duration |',
  '|---|---|---|---|---|',
  '| db-migrations | deployed | bash scripts/migrate.sh --env production --release v2.3.0 | 0 | 2.1s |',
  '| api | failed | bash scripts/deploy_api.sh --env production --release v2.3.0 | 1 | 14.8s |',
  '',
  '### Rollout of api (canary): aborted',
  '',
  '**Aborted at step 3 (analysis for 2m) at 2026-11-25T09:15:10.000Z:** error rate 4.2% is over the 1% limit',
  '',
  '| Step | Action | Weight / colour | Result | Finished | Detail |',
  '|---:|---|---|---|---|---|',
  '| 1 | set weight 10% | 10% | completed | 2026-11-25T09:14:58.000Z | 1 of 10 replicas on v2.3.0 |',
  '| 2 | pause 30s | — | completed | 2026-11-25T09:15:05.000Z | paused |',
  '| 3 | analysis for 2m | 10% | **failed** (score 12) | 2026-11-25T09:15:10.000Z | error rate 4.2% > 1% |',
  '',
  '## Post-deployment checks: **failed**',
  '',
  '| Check | Result | Detail |',
  '|---|---|---|',
  `| ${cell('curl -fsS https://shop.example/healthz | jq .status')} (command) | failure | exit 1 in 2.4s |`,
  `| ${cell(COMMIT_SUBJECT)} | **fail** | ${cell('status 500, expected 200')} |`,
  '',
  'Availability 95.80%, error rate 4.20%.',
  '',
  '## Health window: skipped',
  '',
  'Probe latency per round (the health log has the details):',
  '',
  '```text',
  'api-latency ▁▂▃█  120–870 (latency ≤ 500ms)  not passed: 4:failed',
  '```',
  '',
  '```mermaid',
  'xychart-beta',
  '  title "api-latency"',
  '  x-axis "round" [1, 2, 3, 4]',
  '  line [120, 240, 310, 870]',
  '  line [500, 500, 500, 500]',
  '  %% breached rounds [4]',
  '```',
  '',
  '## Rollbacks',
  '',
  '| Trigger | Target | Status | Reason | Steps |',
  '|---|---|---|---|---|',
  `| rollout-analysis | v2.2.1 | failure | ${cell('rollout of api aborted at step 3 | error rate 4.2%')} | api: success, db-migrations: failure |`,
  '',
  '## Failures',
  '',
  '- Gate 3: Production launch: rollout of api aborted at step 3: error rate 4.2% is over the 1% limit',
  '- Gate 3: Production launch: rollback of db-migrations failed (exit 2)',
  '',
  '## Improvement actions',
  '',
  '1. Find why the release passed staging but failed in production; add a staging check that would have caught it.',
  '2. Rehearse the rollback: it did not complete when it was needed.',
  '3. Do not follow [this link](javascript:alert(document.cookie)).',
  '',
  '## Evidence',
  '',
  '| File | Bytes | SHA-256 |',
  '|---|---|---|',
  '| [production-deployment-report.json](production-deployment-report.json) | 2009 | `1dc71a13307a92aef8b3339207522b3462e19e7a6fc5a051bc7ef692d2695067` |',
  '| [release-manifest.md](release-manifest.md) | 7539 | `d40ea8f196ab487b69bdc5c86728c3e467ad2aa45aebdaddac8a72f50ca3edc1` |',
  '| [retrospective-inputs.json](retrospective-inputs.json) | 1550 | `5b55e462e752eae8d0a562c256e37865459e1f883f6cc5e9eb5e9fe761214dd0` |',
  '',
  'Downstream: Protocol 12 reads post-deployment-validation.json and deployment-health-log.md; Protocol 5 reads this report and retrospective-inputs.json.',
  ''
].join('\n')

interface BrowserRun {
  stdout: string
  stderr: string
  ms: number
}

/** Runs Chromium once, headless, bounded in time, with its own profile directory. */
function runChromium(chromium: string, profile: string, args: string[]): Promise<BrowserRun> {
  const started = Date.now()
  const argv = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    // Console messages (a blocked stylesheet, for one) go to stderr.
    '--enable-logging=stderr',
    '--v=0',
    ...args
  ]
  return new Promise((resolve, reject) => {
    execFile(
      chromium,
      argv,
      { timeout: BROWSER_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `${chromium} ${argv.join(' ')} failed after ${Date.now() - started}ms: ${error.message}\n${stderr.slice(-4000)}`
            )
          )
        else resolve({ stdout, stderr, ms: Date.now() - started })
      }
    )
  })
}

/** The text of every `<tag …>…</tag>` in serialized HTML, tags removed and entities decoded. */
function textsOf(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([^]*?)</${tag}>`, 'g'))].map(match =>
    (match[1] as string)
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  )
}

/** Width, height and RGB pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes). */
function decodePng(png: Buffer): { width: number; height: number; rgbAt: (x: number, y: number) => number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true)
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const data = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      expect({ bitDepth: data[8], interlace: data[12] }).toEqual({ bitDepth: 8, interlace: 0 })
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0
      expect(channels).toBeGreaterThan(0)
    } else if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number
      const left = x >= channels ? (pixels[y * stride + x - channels] as number) : 0
      const up = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] as number) : 0
      let predictor = 0
      if (filter === 1) predictor = left
      else if (filter === 2) predictor = up
      else if (filter === 3) predictor = (left + up) >> 1
      else if (filter === 4) {
        const estimate = left + up - upLeft
        const [dl, du, dul] = [
          Math.abs(estimate - left),
          Math.abs(estimate - up),
          Math.abs(estimate - upLeft)
        ]
        predictor = dl <= du && dl <= dul ? left : du <= dul ? up : upLeft
      }
      pixels[y * stride + x] = (value + predictor) & 0xff
    }
  }
  return {
    width,
    height,
    rgbAt: (x, y) => pixels.readUIntBE(y * stride + x * channels, 3)
  }
}

let chromium: string
let workDir: string
let pagePath: string
let html: string

beforeAll(async () => {
  chromium = findChromium()
  workDir = await mkdtemp(join(tmpdir(), 'release-gate-report-html-'))
  pagePath = join(workDir, 'DEPLOYMENT-REPORT.html')
  html = renderReportHtml(REPORT_MARKDOWN, {
    title: 'Deployment report: v2.3.0',
    generatedAt: '2026-11-25T09:15:30.000Z'
  })
  await writeFile(pagePath, html)
})

afterAll(async () => {
  if (!workDir) return
  if (process.env.REPORT_HTML_KEEP) process.stdout.write(`report page and screenshot kept in ${workDir}\n`)
  else await rm(workDir, { recursive: true, force: true })
})

describe('DEPLOYMENT-REPORT.html in headless Chromium', () => {
  it(
    'builds the headings, tables and cells of the report, with hostile text as text',
    async () => {
      const run = await runChromium(chromium, join(workDir, 'profile-dom'), [
        '--dump-dom',
        pathToFileURL(pagePath).href
      ])
      const dom = run.stdout

      expect(textsOf(dom.split('</head>')[0] as string, 'title')).toEqual(['Deployment report: v2.3.0'])
      expect(textsOf(dom, 'h1')).toEqual(['Deployment report: v2.3.0'])
      expect(textsOf(dom, 'h2')).toEqual([
        'Gates',
        'Phases',
        'Readiness',
        'Approval',
        'Production deployment',
        'Post-deployment checks: failed',
        'Health window: skipped',
        'Rollbacks',
        'Failures',
        'Improvement actions',
        'Evidence'
      ])
      expect(textsOf(dom, 'h3')).toEqual(['Rollout of api (canary): aborted'])

      // The browser kept every table as written: as many rows and cells as the Markdown has.
      expect(dom.match(/<table>/g)).toHaveLength(8)
      expect(dom.match(/<tr>/g)).toHaveLength(html.match(/<tr>/g)?.length ?? -1)
      const cells = textsOf(dom, 'td')
      expect(cells).toHaveLength(html.match(/<td\b/g)?.length ?? -1)
      expect(cells).toEqual(
        expect.arrayContaining([
          'Gate 3: Production launch',
          'failed',
          'rollout of api aborted at step 3: error rate 4.2% | limit 1%',
          'not reached',
          'curl -fsS https://shop.example/healthz | jq .status (command)',
          COMMIT_SUBJECT,
          'rollout-analysis',
          'v2.2.1',
          'failure',
          'rollout of api aborted at step 3 | error rate 4.2%',
          'api: success, db-migrations: failure',
          '1dc71a13307a92aef8b3339207522b3462e19e7a6fc5a051bc7ef692d2695067'
        ])
      )
      expect(textsOf(dom, 'blockquote')).toEqual([`\nCommit under release: ${COMMIT_SUBJECT}\n`])

      // The commit subject's <script> is text in a cell, never an element; so is the javascript: link.
      expect(dom).not.toMatch(/<script/i)
      expect(dom).not.toMatch(/javascript:/i)
      expect(textsOf(dom, 'li')).toContain('Do not follow this link.')
      // Links in evidence text (the approver's comment, a command line) are text; the report's own links are links.
      expect(textsOf(dom, 'li')).toContain(`Comment: ${APPROVAL_COMMENT}`)
      expect(textsOf(dom, 'a')).toEqual([
        'release-manifest.md',
        'rollback-plan.md',
        'production-deployment-report.json',
        'release-manifest.md',
        'retrospective-inputs.json'
      ])
      expect(textsOf(dom, 'pre')).toEqual([
        'api-latency ▁▂▃█  120–870 (latency ≤ 500ms)  not passed: 4:failed'
      ])
      // The health chart is drawn, as SVG the browser built: its line through the four rounds, the threshold, the
      // breach marked; its Mermaid source is nowhere on the page.
      expect(dom).not.toContain('xychart-beta')
      const svgs = dom.match(/<svg\b[^]*?<\/svg>/g) ?? []
      expect(svgs).toHaveLength(1)
      const svg = svgs[0] as string
      expect(textsOf(svg, 'title')).toEqual(['api-latency', 'round 4: 870 (breach)'])
      expect(textsOf(svg, 'desc')).toEqual([
        '4 values, rounds 1–4, from 120 to 870; threshold max 500; 1 breach'
      ])
      const points = /<polyline\b[^>]*\bpoints="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? []
      expect(points).toHaveLength(4)
      expect(svg).toMatch(/<line class="threshold"/)
      expect(svg).toMatch(/<circle class="breach"/)
      // The Content-Security-Policy lets the page's own stylesheet through and nothing else was there to block.
      expect(run.stderr).not.toMatch(/Content Security Policy/)
    },
    BROWSER_TIMEOUT_MS + 10_000
  )

  it(
    'stops a script that got into the page anyway (its Content-Security-Policy works in the browser)',
    async () => {
      // The converter never writes a script; this plants one after the fact, and, as a control, in a copy of the
      // page without the policy, to show that the script would have run.
      const script = `<script>document.body.setAttribute('data-script-ran', 'yes')</script>`
      const planted = html.replace('</main>', `</main>\n${script}`)
      const withoutPolicy = planted.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '')
      expect(withoutPolicy).not.toBe(planted)
      await writeFile(join(workDir, 'planted.html'), planted)
      await writeFile(join(workDir, 'control.html'), withoutPolicy)
      const [protectedRun, controlRun] = await Promise.all([
        runChromium(chromium, join(workDir, 'profile-planted'), [
          '--dump-dom',
          pathToFileURL(join(workDir, 'planted.html')).href
        ]),
        runChromium(chromium, join(workDir, 'profile-control'), [
          '--dump-dom',
          pathToFileURL(join(workDir, 'control.html')).href
        ])
      ])
      expect(controlRun.stdout).toMatch(/<body data-script-ran="yes">/)
      expect(protectedRun.stdout).toMatch(/<body>/)
      expect(protectedRun.stderr).toMatch(
        /Executing inline script violates the following Content Security Policy/
      )
    },
    BROWSER_TIMEOUT_MS + 10_000
  )

  it(
    'takes a screenshot of the styled page',
    async () => {
      const screenshot = join(workDir, 'DEPLOYMENT-REPORT.png')
      const run = await runChromium(chromium, join(workDir, 'profile-screenshot'), [
        `--screenshot=${screenshot}`,
        '--window-size=1280,2600',
        pathToFileURL(pagePath).href
      ])
      expect(run.stderr).not.toMatch(/Content Security Policy/)
      const { size } = await stat(screenshot)
      // A blank 1280×2000 page compresses to about 12 KB (a taller one to little more); the report's text, tables and
      // chart make it many times that.
      expect(size).toBeGreaterThan(60 * 1024)

      const png = decodePng(await readFile(screenshot))
      expect({ width: png.width, height: png.height }).toEqual({ width: 1280, height: 2600 })
      const count = (rgb: number): number => {
        let matches = 0
        for (let y = 0; y < png.height; y += 2)
          for (let x = 0; x < png.width; x += 2) if (png.rgbAt(x, y) === rgb) matches++
        return matches
      }
      // The stylesheet applied: the FAILED banner and the failed status cells have the light red background,
      // and the table headers the grey one.
      expect(count(0xfdecea)).toBeGreaterThan(2000)
      expect(count(0xf6f8fa)).toBeGreaterThan(2000)
      // The health chart's line is drawn in its blue, a colour nothing else on the page has.
      expect(count(0x0969da)).toBeGreaterThan(CHART_LINE_PIXELS)
    },
    BROWSER_TIMEOUT_MS + 10_000
  )
})
