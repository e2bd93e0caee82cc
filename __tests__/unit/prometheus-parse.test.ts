import { describe, expect, it } from '@jest/globals'
import { instantQueryUrl, parseInstantQuery, queryPrometheus } from '../../src/phases/analysis/prometheus.js'
import type { InstantQueryResult } from '../../src/phases/analysis/prometheus.js'
import type { HttpClient, HttpResponse } from '../../src/core/ports.js'

// Bodies in the shapes of the Prometheus HTTP API documentation (`/api/v1/query`), as Prometheus 2.42 sends them.
const oneSample = JSON.stringify({
  status: 'success',
  data: {
    resultType: 'vector',
    result: [
      {
        metric: { __name__: 'up', job: 'prometheus', instance: 'localhost:9090' },
        value: [1435781451.781, '1']
      }
    ]
  }
})
const errorRatio = JSON.stringify({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: {}, value: [1435781451.781, '0.0125'] }] }
})
const emptyVector = '{"status":"success","data":{"resultType":"vector","result":[]}}'
const twoSeries = JSON.stringify({
  status: 'success',
  data: {
    resultType: 'vector',
    result: [
      {
        metric: { __name__: 'up', job: 'prometheus', instance: 'localhost:9090' },
        value: [1435781451.781, '1']
      },
      { metric: { __name__: 'up', job: 'node', instance: 'localhost:9100' }, value: [1435781451.781, '0'] }
    ]
  }
})
const scalar = '{"status":"success","data":{"resultType":"scalar","result":[1435781451.781,"0.5"]}}'
const nanVector = JSON.stringify({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: { job: 'api' }, value: [1435781451.781, 'NaN'] }] }
})
const nanScalar = '{"status":"success","data":{"resultType":"scalar","result":[1435781451.781,"NaN"]}}'
const plusInf = JSON.stringify({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: { job: 'api' }, value: [1435781451.781, '+Inf'] }] }
})
const minusInf = '{"status":"success","data":{"resultType":"scalar","result":[1435781451.781,"-Inf"]}}'
const matrix = JSON.stringify({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      {
        metric: { __name__: 'up', job: 'prometheus', instance: 'localhost:9090' },
        values: [
          [1435781430.781, '1'],
          [1435781445.781, '1'],
          [1435781460.781, '1']
        ]
      }
    ]
  }
})
const stringResult = '{"status":"success","data":{"resultType":"string","result":[1435781451.781,"hello"]}}'
const badData = JSON.stringify({
  status: 'error',
  errorType: 'bad_data',
  error: 'invalid parameter "query": 1:10: parse error: unclosed left parenthesis'
})
const timeout = JSON.stringify({
  status: 'error',
  errorType: 'timeout',
  error: 'query timed out in expression evaluation'
})
const proxy502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

describe('parseInstantQuery', () => {
  const cases: { name: string; body: string; status: number | null; expected: InstantQueryResult }[] = [
    {
      name: 'a vector with one sample gives its value',
      body: oneSample,
      status: 200,
      expected: { kind: 'value', value: 1, series: 1 }
    },
    {
      name: 'an aggregated vector without labels gives its value',
      body: errorRatio,
      status: 200,
      expected: { kind: 'value', value: 0.0125, series: 1 }
    },
    {
      name: 'a scalar gives its value from no series',
      body: scalar,
      status: 200,
      expected: { kind: 'value', value: 0.5, series: 0 }
    },
    {
      name: '+Inf is a number a condition can judge',
      body: plusInf,
      status: 200,
      expected: { kind: 'value', value: Infinity, series: 1 }
    },
    {
      name: '-Inf is a number a condition can judge',
      body: minusInf,
      status: 200,
      expected: { kind: 'value', value: -Infinity, series: 0 }
    }
  ]
  it.each(cases)('$name', ({ body, status, expected }) => {
    expect(parseInstantQuery(body, status)).toEqual(expected)
  })

  const notValues: {
    name: string
    body: string
    status: number | null
    kind: 'no-data' | 'error'
    reason: string[]
  }[] = [
    {
      name: 'an empty vector is no data: the metric may not exist yet',
      body: emptyVector,
      status: 200,
      kind: 'no-data',
      reason: ['returned no series', 'the metric may not exist yet or the label selector matches nothing']
    },
    {
      name: 'a NaN sample is no data (0/0 with no traffic), never a value',
      body: nanVector,
      status: 200,
      kind: 'no-data',
      reason: ['{job="api"} is NaN', '0/0']
    },
    {
      name: 'a NaN scalar is no data',
      body: nanScalar,
      status: 200,
      kind: 'no-data',
      reason: ['NaN']
    },
    {
      name: 'two series are an error that names them and asks to aggregate',
      body: twoSeries,
      status: 200,
      kind: 'error',
      reason: [
        'returned 2 series',
        'up{job="prometheus",instance="localhost:9090"}, up{job="node",instance="localhost:9100"}',
        'aggregate it, e.g. sum(...)'
      ]
    },
    {
      name: 'a matrix is an error: a range query result',
      body: matrix,
      status: 200,
      kind: 'error',
      reason: ['a range query result; use an instant vector']
    },
    {
      name: 'a string result is an error',
      body: stringResult,
      status: 200,
      kind: 'error',
      reason: ['a condition needs a number']
    },
    {
      name: 'an API error carries Prometheus errorType and message',
      body: badData,
      status: 400,
      kind: 'error',
      reason: [
        'HTTP 400',
        'bad_data: invalid parameter "query": 1:10: parse error: unclosed left parenthesis'
      ]
    },
    {
      name: 'a query timeout carries errorType timeout',
      body: timeout,
      status: 503,
      kind: 'error',
      reason: ['HTTP 503', 'timeout: query timed out in expression evaluation']
    },
    {
      name: "a proxy's HTML 502 is an error naming the status",
      body: proxy502,
      status: 502,
      kind: 'error',
      reason: ['HTTP 502', 'not JSON', '502 Bad Gateway']
    },
    {
      name: 'an empty body is an error naming the status',
      body: '',
      status: 200,
      kind: 'error',
      reason: ['HTTP 200 with an empty body']
    },
    {
      name: 'JSON that is not the API envelope is an error',
      body: '{"message":"Not Found"}',
      status: 404,
      kind: 'error',
      reason: ['HTTP 404', 'not an API answer']
    },
    {
      name: 'a sample value that is not a number is an error',
      body: '{"status":"success","data":{"resultType":"scalar","result":[1435781451.781,"many"]}}',
      status: 200,
      kind: 'error',
      reason: ['"many", which is not a number']
    }
  ]
  it.each(notValues)('$name', ({ body, status, kind, reason }) => {
    const result = parseInstantQuery(body, status)
    expect(result.kind).toBe(kind)
    for (const part of reason) expect(result.kind !== 'value' && result.reason).toContain(part)
  })

  it('names at most three series of many', () => {
    const result = JSON.parse(twoSeries) as { data: { result: unknown[] } }
    const series = Array.from({ length: 5 }, (_, i) => ({ metric: { pod: `api-${i}` }, value: [1, '1'] }))
    result.data.result = series
    const parsed = parseInstantQuery(JSON.stringify(result), 200)
    expect(parsed).toEqual({ kind: 'error', reason: expect.stringContaining('{pod="api-2"}, … 2 more') })
  })
})

describe('instantQueryUrl', () => {
  it.each([
    [
      'encodes the query',
      'http://prom:9090',
      'sum(rate(x{a="b"}[5m]))',
      undefined,
      'http://prom:9090/api/v1/query?query=sum(rate(x%7Ba%3D%22b%22%7D%5B5m%5D))'
    ],
    [
      'drops a trailing slash of the base',
      'http://prom:9090/',
      'up',
      undefined,
      'http://prom:9090/api/v1/query?query=up'
    ],
    [
      'keeps a path prefix',
      'https://example.com/prometheus',
      'a + b',
      undefined,
      'https://example.com/prometheus/api/v1/query?query=a%20%2B%20b'
    ],
    [
      'adds time as Unix seconds',
      'http://prom:9090',
      'up',
      new Date('2015-07-01T20:10:51.781Z'),
      'http://prom:9090/api/v1/query?query=up&time=1435781451.781'
    ]
  ])('%s', (_, base, promql, time, expected) => {
    expect(instantQueryUrl(base, promql, time)).toBe(expected)
  })
})

describe('queryPrometheus', () => {
  const answering = (response: Partial<HttpResponse>, seen: string[] = []): HttpClient => ({
    request: async url => {
      seen.push(url)
      return { ok: true, status: 200, headers: {}, body: '', latencyMs: 7, error: null, ...response }
    }
  })

  it('queries the instant-query URL and adds the latency to the parsed result', async () => {
    const seen: string[] = []
    const outcome = await queryPrometheus(
      answering({ body: oneSample }, seen),
      'http://prom:9090',
      'up',
      2000
    )
    expect(outcome).toEqual({ kind: 'value', value: 1, series: 1, latencyMs: 7 })
    expect(seen).toEqual(['http://prom:9090/api/v1/query?query=up'])
  })

  it('turns a connection failure into an error with the client text', async () => {
    const http = answering({
      ok: false,
      status: null,
      latencyMs: 1,
      error: 'GET http://prom:9090/api/v1/query?query=up failed: ECONNREFUSED'
    })
    const outcome = await queryPrometheus(http, 'http://prom:9090', 'up', 2000)
    expect(outcome).toEqual({
      kind: 'error',
      reason: 'GET http://prom:9090/api/v1/query?query=up failed: ECONNREFUSED',
      latencyMs: 1
    })
  })
})
