import { describe, expect, it } from '@jest/globals'
import { REPORT_HTML_CSP, renderReportHtml } from '../../src/render/html.js'
import { cell } from '../../src/render/escape.js'

const options = { title: 'Deployment report: v1.4.0', generatedAt: '2026-11-25T10:00:00.000Z' }

/** The page's <main> only: what the Markdown became, without the head and footer. */
function bodyOf(markdown: string): string {
  const html = renderReportHtml(markdown, options)
  const match = /<main>\n([^]*)\n<\/main>/.exec(html)
  if (!match) throw new Error(`no <main> in the page:\n${html}`)
  return match[1] as string
}

// Markdown shaped like what src/protocol/report.ts and src/evidence/render.ts write.
const cases: { name: string; markdown: string; contains: string[]; excludes?: string[] }[] = [
  {
    name: 'a GitHub table with a header, body rows and status cells',
    markdown: [
      '| Gate | Verdict | Time | Notes |',
      '|---|---|---|---|',
      '| Gate 1: Readiness | passed | 2026-11-25T09:14:50.894Z |  |',
      '| Gate 4: Stabilization | **failed** | 2026-11-25T09:14:57.332Z | health window breached |'
    ].join('\n'),
    contains: [
      '<thead><tr><th>Gate</th><th>Verdict</th><th>Time</th><th>Notes</th></tr></thead>',
      '<td>Gate 1: Readiness</td><td class="status tone-good">passed</td>',
      '<td class="status tone-bad"><strong><span class="verdict tone-bad">failed</span></strong></td>',
      '<td><time>2026-11-25T09:14:50.894Z</time></td><td></td></tr>'
    ]
  },
  {
    name: 'escaped pipes inside cells, also inside code',
    markdown: [
      '| Check | Detail |',
      '|---|---|',
      '| grep \\| wc (command) | ran `a \\| b` then exit 0 |'
    ].join('\n'),
    contains: ['<td>grep | wc (command)</td><td>ran <code>a | b</code> then exit 0</td>'],
    excludes: ['\\|']
  },
  {
    name: 'the alignment of a delimiter row, and numbers flush right',
    markdown: ['| Step | Action | Bytes |', '|---:|:---:|---|', '| 1 | set weight | 2048 |'].join('\n'),
    contains: [
      '<th class="align-right">Step</th><th class="align-center">Action</th><th class="align-right">Bytes</th>',
      '<td class="align-right">1</td><td class="align-center">set weight</td><td class="align-right">2048</td>'
    ]
  },
  {
    name: 'rows shorter or longer than the header',
    markdown: ['| A | B |', '|---|---|', '| only one |', '| x | y | z |'].join('\n'),
    contains: ['<tr><td>only one</td><td></td></tr>', '<tr><td>x</td><td>y</td></tr>'],
    excludes: ['z']
  },
  {
    name: '<script> in a table cell stays text',
    markdown: ['| Commit | Description |', '|---|---|', '| `abc1234` | fix <script>alert(1)</script> |'].join(
      '\n'
    ),
    contains: ['<td>fix &lt;script&gt;alert(1)&lt;/script&gt;</td>']
  },
  {
    name: '<script> in a heading stays text',
    markdown: '# Deployment report: v1.0.0-<script>alert("x")</script>',
    contains: [
      '<h1 id="deployment-report-v100-scriptalertxscript">Deployment report: v1.0.0-&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>'
    ]
  },
  {
    name: 'HTML of any kind in text stays text, and entities read as GitHub reads them',
    markdown: 'A <img src=x onerror=alert(1)> and &amp; and &lt;b&gt; and <b>bold</b>',
    contains: [
      '<p>A &lt;img src=x onerror=alert(1)&gt; and &amp; and &lt;b&gt; and &lt;b&gt;bold&lt;/b&gt;</p>'
    ]
  },
  {
    name: 'headings at every level, with unique ids',
    markdown: [
      '# Deployment report: v1.4.0',
      '## Gates',
      '### Rollout of api (canary): aborted',
      '## Gates'
    ].join('\n'),
    contains: [
      '<h1 id="deployment-report-v140">Deployment report: v1.4.0</h1>',
      '<h2 id="gates">Gates</h2>',
      '<h3 id="rollout-of-api-canary-aborted">Rollout of api (canary): <span class="verdict tone-bad">aborted</span></h3>',
      '<h2 id="gates-1">Gates</h2>'
    ]
  },
  {
    name: 'the bold headline under the title as a banner coloured by the outcome',
    markdown: '# Deployment report: v1.4.0\n\n**FAILED: v1.4.0 needs attention (see failures below).**',
    contains: [
      '<p class="headline tone-bad"><strong><span class="verdict tone-bad">FAILED</span>: v1.4.0 needs attention (see failures below).</strong></p>'
    ]
  },
  {
    name: 'a rolled-back headline in the warning colour',
    markdown:
      '# Deployment report: v1.4.0\n\n**Rolled back: v1.4.0 reached production and was rolled back to v1.3.2.**',
    contains: ['<p class="headline tone-warn">']
  },
  {
    name: 'verdict words highlighted in prose, but not inside code or a column header',
    markdown: [
      'The release halted; `failed` is a status.',
      '',
      '| Probe | Failed |',
      '|---|---|',
      '| api | 2 |'
    ].join('\n'),
    contains: [
      '<p>The release <span class="verdict tone-warn">halted</span>; <code>failed</code> is a status.</p>',
      '<th class="align-right">Failed</th>'
    ]
  },
  {
    name: 'a bullet list',
    markdown: [
      '- Decision: **approved** by alice',
      '- Comment: —',
      '- Reason: approved with --approve alice'
    ].join('\n'),
    contains: [
      '<ul>\n<li>Decision: <strong>approved</strong> by alice</li>\n<li>Comment: —</li>\n<li>Reason: approved with --approve alice</li>\n</ul>'
    ]
  },
  {
    name: 'a numbered list, and one that does not start at 1',
    markdown: [
      '1. frontend: `bash rollback.sh`',
      '2. backend: `bash rollback.sh`',
      '',
      'Then:',
      '',
      '3. verify'
    ].join('\n'),
    contains: [
      '<ol>\n<li>frontend: <code>bash rollback.sh</code></li>\n<li>backend: <code>bash rollback.sh</code></li>\n</ol>',
      '<ol start="3">\n<li>verify</li>\n</ol>'
    ]
  },
  {
    name: 'a list item continued on the next line, and a nested list',
    markdown: ['- first item', '  continued here', '  - nested', '- second'].join('\n'),
    contains: ['<li>first item\ncontinued here\n<ul>\n<li>nested</li>\n</ul>\n</li>', '<li>second</li>']
  },
  {
    name: 'inline code, with HTML inside it escaped',
    markdown: 'Config: `release-gate.yml`, command `echo "<b>" && exit 1`, fence ``a ` b``',
    contains: [
      '<code>release-gate.yml</code>',
      '<code>echo &quot;&lt;b&gt;&quot; &amp;&amp; exit 1</code>',
      '<code>a ` b</code>'
    ]
  },
  {
    name: 'a SHA-256 digest as wrapping monospace',
    markdown: '`c4ff8008be7cfac34de01e0d12986f9ade17f9f6d3ca148144262fc6060b58c9`',
    contains: ['<code class="digest">c4ff8008be7cfac34de01e0d12986f9ade17f9f6d3ca148144262fc6060b58c9</code>']
  },
  {
    name: 'a fenced code block, verbatim and escaped',
    markdown: ['```sh', 'bash scripts/rollback.sh --env production --release "<v1>" | tee log', '```'].join(
      '\n'
    ),
    contains: [
      '<pre><code class="language-sh">bash scripts/rollback.sh --env production --release &quot;&lt;v1&gt;&quot; | tee log</code></pre>'
    ]
  },
  {
    name: 'a health chart as inline SVG, not as its Mermaid source',
    markdown: [
      '```mermaid',
      'xychart-beta',
      '  title "latency"',
      '  x-axis "round" [1, 2, 3]',
      '  line [120, 870, 130]',
      '  line [500, 500, 500]',
      '  %% breached rounds [2]',
      '```'
    ].join('\n'),
    contains: [
      '<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg"',
      '<title>latency</title>',
      '<polyline'
    ],
    excludes: ['xychart-beta', '<pre', 'line [']
  },
  {
    name: 'a probe id with markup in a chart title as text',
    markdown: [
      '```mermaid',
      'xychart-beta',
      '  title "<script>alert(1)</script>"',
      '  x-axis "round" [1, 2]',
      '  line [1, 2]',
      '```'
    ].join('\n'),
    contains: ['<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>'],
    excludes: ['<script']
  },
  {
    name: 'a Mermaid diagram that is not a health chart as its source in a chart box',
    markdown: ['```mermaid', 'flowchart TB', '  a["<b>"] --> b', '```'].join('\n'),
    contains: ['<pre class="chart">flowchart TB\n  a[&quot;&lt;b&gt;&quot;] --&gt; b</pre>'],
    excludes: ['<svg']
  },
  {
    name: 'Markdown inside a fence is not interpreted',
    markdown: ['```text', '| a | b |', '|---|---|', '**not bold** [x](y.md)', '```'].join('\n'),
    contains: ['<pre><code class="language-text">| a | b |\n|---|---|\n**not bold** [x](y.md)</code></pre>'],
    excludes: ['<table', '<strong>', '<a ']
  },
  {
    name: 'links to evidence files and to http(s) pages',
    markdown:
      'See [release-manifest.md](release-manifest.md), [health](health-window.json), [PR #12](https://github.com/o/r/pull/12) and [rehearsal](../rehearsal/rollback-rehearsal.json#steps).',
    contains: [
      '<a href="release-manifest.md">release-manifest.md</a>',
      '<a href="health-window.json">health</a>',
      '<a href="https://github.com/o/r/pull/12">PR #12</a>',
      '<a href="../rehearsal/rollback-rehearsal.json#steps">rehearsal</a>'
    ]
  },
  {
    name: 'a javascript: link becomes text',
    markdown: '[click me](javascript:alert(1)) and [again](JavaScript:alert(document.domain)//x.md)',
    contains: ['<span class="link-text">click me</span>', '<span class="link-text">again</span>'],
    excludes: ['href', 'javascript:alert']
  },
  {
    name: 'links to other schemes and files become text',
    markdown:
      '[a](data:text/html,x) [b](file:///etc/passwd) [c](//evil.example/x.md) [d](#gates) [e](run.sh) [f](mailto:a@b.c)',
    contains: ['<span class="link-text">a</span>', '<span class="link-text">f</span>'],
    excludes: ['href']
  },
  {
    name: 'a link target with an escaped quote cannot leave its attribute',
    markdown: '[x](https://example.com/a"onmouseover="alert(1))',
    contains: ['<a href="https://example.com/a%22onmouseover=%22alert(1)">x</a>'],
    excludes: ['onmouseover="', 'onmouseover=&quot;']
  },
  {
    name: 'entity-encoded and reference-style javascript: links as text',
    markdown:
      '[a](javascript&colon;alert(1)) [b](&#106;avascript:alert(1)//x.md) [c][ref]\n\n[ref]: javascript:alert(1)',
    contains: [
      '<span class="link-text">a</span>',
      '<span class="link-text">b</span>',
      '<span class="link-text">c</span>'
    ],
    excludes: ['href', 'javascript:alert']
  },
  {
    name: 'link targets with a tab or backslashes as text (checked as written, before percent-encoding)',
    markdown: '[t](<java\tscript:alert(1)//x.md>) [u](\\\\\\\\evil.example/x.md)',
    contains: ['<span class="link-text">t</span> <span class="link-text">u</span>'],
    excludes: ['href']
  },
  {
    name: 'autolinks and bare URLs of other schemes as text',
    markdown:
      '<javascript:alert(1)> <a@b.c> mailto:a@b.c //evil.example/x.md www.evil.example ftp://evil.example/x release-manifest.md',
    contains: ['&lt;javascript:alert(1)&gt; &lt;a@b.c&gt; mailto:a@b.c //evil.example/x.md www.evil.example'],
    excludes: ['href']
  },
  {
    name: 'a link title that cannot leave its attribute',
    markdown: '[x](release-manifest.md "a\\" onmouseover=\\"alert(1)")',
    contains: ['<a href="release-manifest.md" title="a&quot; onmouseover=&quot;alert(1)">x</a>']
  },
  {
    name: 'an image as a link, never an <img>',
    markdown: '![logo](https://evil.example/x.png) ![chart](javascript:alert(1))',
    contains: ['!<a href="https://evil.example/x.png">logo</a> !<span class="link-text">chart</span>'],
    excludes: ['<img']
  },
  {
    name: 'HTML blocks and comments at the start of a line as text',
    markdown: '<div onclick="alert(1)">\n<script>alert(1)</script>\n</div>\n\n<!-- hidden -->',
    contains: [
      '&lt;div onclick=&quot;alert(1)&quot;&gt;\n&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;/div&gt;',
      '&lt;!-- hidden --&gt;'
    ],
    excludes: ['<div', '<script', '<!--']
  },
  {
    name: 'bare http(s) URLs as links, without trailing punctuation',
    markdown: 'Probe http://127.0.0.1:18712/healthz. Run: <https://github.com/o/r/actions/runs/1>',
    contains: [
      '<a href="http://127.0.0.1:18712/healthz">http://127.0.0.1:18712/healthz</a>.',
      '<a href="https://github.com/o/r/actions/runs/1">https://github.com/o/r/actions/runs/1</a>'
    ]
  },
  {
    name: 'a block quote',
    markdown: 'Change set: `HEAD`.\n> tag v1.4.0 does not exist here yet; HEAD stands in for it',
    contains: [
      '<p>Change set: <code>HEAD</code>.</p>',
      '<blockquote>\n<p>tag v1.4.0 does not exist here yet; HEAD stands in for it</p>\n</blockquote>'
    ]
  },
  {
    name: 'backslash escapes and unclosed markers as literal text',
    markdown: 'a \\*literal\\* star, a lone ** and a lone ` tick, and [no link]',
    contains: ['<p>a *literal* star, a lone ** and a lone ` tick, and [no link]</p>']
  }
]

/** A tag with its (escaped, double-quoted) attribute values emptied: what is left are names. */
const withoutValues = (tag: string): string => tag.replace(/"[^"]*"/g, '""')

/**
 * Every element the converter may write: no script, img, link, iframe, object or form; in a chart only SVG's
 * drawing elements (no `use`, `image`, `foreignObject`, `a` or `style`).
 */
const PAGE_TAGS = new Set(
  'html head meta title style body main footer p h1 h2 h3 h4 h5 h6 ul ol li table thead tbody tr th td div span strong code pre a blockquote hr br time figure svg desc g line polyline circle path text'.split(
    ' '
  )
)

describe('DEPLOYMENT-REPORT.html converter', () => {
  it.each(cases)('renders $name', ({ markdown, contains, excludes = [] }) => {
    const body = bodyOf(markdown)
    for (const fragment of contains) expect(body).toContain(fragment)
    for (const fragment of excludes) expect(body).not.toContain(fragment)
  })

  it.each(cases)('puts no script and no remote resource in the page for $name', ({ markdown }) => {
    const html = renderReportHtml(markdown, options)
    expect(html).not.toMatch(/<script/i)
    // Text is escaped, so every `<` left in the page opens a tag the converter wrote.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? []
    for (const tag of tags) expect(withoutValues(tag)).not.toMatch(/\son[a-z]+\s*=/i)
    const tagNames = new Set(
      tags.map(tag => (/^<([a-z0-9]+)/i.exec(tag) as RegExpExecArray)[1]?.toLowerCase())
    )
    expect([...tagNames].filter(name => !PAGE_TAGS.has(name as string))).toEqual([])
    for (const href of html.match(/\shref="[^"]*"/g) ?? [])
      expect(href).toMatch(/^ href="(https?:\/\/[^"]+|[^":]+\.(md|json)(#[^"]*)?)"$/)
    for (const tag of tags.filter(t =>
      /^<(link|img|script|iframe|object|embed|source|video|audio)\b/i.test(t)
    ))
      expect(tag).not.toMatch(/\b(src|href|srcset)\s*=\s*["']?\s*(https?:)?\/\//i)
  })

  const hostile = [
    '<script>alert(1)</script>',
    '"><script>alert(1)</script>',
    "'><svg onload=alert(1)>",
    '<img src=https://evil.example/x.png onerror=alert(1)>',
    '<link rel=stylesheet href=https://evil.example/a.css>',
    '</code></pre></td><script>alert(1)</script>',
    '<style>body{background:url(https://evil.example/)}</style>',
    '<!-- x --><iframe src=//evil.example>',
    '<https://evil.example/"><script>alert(1)</script>>',
    'javascript:alert(1)'
  ]
  const positions: [string, (text: string) => string][] = [
    ['a heading', text => `## ${text}`],
    ['a table cell', text => `| Commit | Description |\n|---|---|\n| \`abc\` | ${cell(text)} |`],
    ['a list item', text => `- ${text}`],
    ['bold text', text => `**${text}**`],
    ['inline code', text => `\`${text}\``],
    ['a fenced block', text => `\`\`\`sh\n${text}\n\`\`\``],
    ['a Mermaid block', text => `\`\`\`mermaid\n${text}\n\`\`\``],
    ['a link text', text => `[${text}](release-manifest.md)`],
    ['a link target', text => `[label](${text})`],
    ['a block quote', text => `> ${text}`]
  ]
  it.each(positions)('keeps hostile text in %s inert', (_position, place) => {
    for (const text of hostile) {
      const html = renderReportHtml(place(text), { title: text, generatedAt: text })
      expect(html).not.toMatch(/<(script|svg|img|link|iframe)/i)
      expect(html.match(/<style>/g)).toHaveLength(1)
      const tags = html.match(/<[a-z][^>]*>/gi) ?? []
      for (const tag of tags) expect(withoutValues(tag)).not.toMatch(/\son[a-z]+\s*=/i)
      expect(html).not.toMatch(/href="(javascript:|\/\/)/i)
    }
  })

  it('writes one HTML5 document with a title, a generator and a script-forbidding Content-Security-Policy', () => {
    const html = renderReportHtml('# Deployment report: v1.4.0', {
      title: 'Deployment report: <v1.4.0>',
      generatedAt: '2026-11-25T10:00:00.000Z'
    })
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true)
    expect(html).toContain('<meta name="generator" content="release-gate">')
    expect(html).toContain('<title>Deployment report: &lt;v1.4.0&gt;</title>')
    expect(html).toContain('<time datetime="2026-11-25T10:00:00.000Z">2026-11-25T10:00:00.000Z</time>')
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]
    expect(csp?.replace(/&#39;/g, "'")).toBe(REPORT_HTML_CSP)
    expect(REPORT_HTML_CSP).toContain("default-src 'none'")
    expect(REPORT_HTML_CSP).toContain("script-src 'none'")
    expect(REPORT_HTML_CSP).not.toContain('unsafe-inline')
  })

  it('allows exactly its own stylesheet, by hash', async () => {
    const { createHash } = await import('node:crypto')
    const html = renderReportHtml('text', options)
    const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map(match => match[1] as string)
    expect(styles).toHaveLength(1)
    const hash = createHash('sha256')
      .update(styles[0] as string)
      .digest('base64')
    expect(REPORT_HTML_CSP).toContain(`style-src 'sha256-${hash}'`)
  })

  it('loads nothing from outside the page: no external stylesheet, font, image or import', () => {
    const html = renderReportHtml('# Report\n\n[a](https://example.com/x.md)', options)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/@import|@font-face|url\(/i)
    expect(html).not.toMatch(/<img\b/i)
  })

  it('renders a whole report: every table row, and no Markdown syntax left over', () => {
    const markdown = [
      '# Deployment report: v1.4.0',
      '',
      '**Released: v1.4.0 is serving in production and passed its health window.**',
      '',
      '## Gates',
      '',
      '| Gate | Verdict | Time | Notes |',
      '|---|---|---|---|',
      '| Gate 1: Readiness | passed | 2026-11-25T09:14:50.894Z |  |',
      '| Gate 2: Staging validation | passed | 2026-11-25T09:14:53.042Z |  |',
      '',
      '## Evidence',
      '',
      '| File | Bytes | SHA-256 |',
      '|---|---|---|',
      '| [health-window.json](health-window.json) | 4168 | `ac6547003bac80ee4b182e8f341b506ab0ef9f74f647a5565d644d33ce3b15b4` |',
      ''
    ].join('\n')
    const body = bodyOf(markdown)
    // Two header rows and three body rows.
    expect(body.match(/<tr>/g)).toHaveLength(5)
    expect(body).toContain('<p class="headline tone-good">')
    expect(body).not.toMatch(/\*\*|\|---|^#/m)
  })
})
