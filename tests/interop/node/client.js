// Interop client: drives a Monty server with @grpc/grpc-js, loading the protos at run time.
//
//   node client.js HOST:PORT                 run the checks; prints one line per check
//   node client.js --wait-health HOST:PORT S wait up to S seconds for grpc.health.v1 SERVING
//
// run.sh compares the printed lines with expected.txt, so the output must be deterministic.
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTOS = path.resolve(__dirname, '../../../protos');
const LOADER_OPTIONS = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

function load(file, includeDirs) {
  return grpc.loadPackageDefinition(protoLoader.loadSync(file, { ...LOADER_OPTIONS, includeDirs }));
}

// ---- Values: the typed oneof of monty/v1/value.proto, to and from JavaScript ----

// JavaScript values to wire values: null, booleans, integers (number or BigInt), other numbers
// as floats, strings, Buffers, arrays as lists, {tuple: [...]} as tuples, Maps as dicts.
function toValue(v) {
  if (v === null || v === undefined) return { none_value: {} };
  if (typeof v === 'boolean') return { bool_value: v };
  if (typeof v === 'bigint') {
    const fits = v >= -(2n ** 63n) && v < 2n ** 63n;
    return fits ? { int_value: v.toString() } : { big_int_value: v.toString() };
  }
  if (typeof v === 'number') return Number.isInteger(v) ? { int_value: String(v) } : { float_value: v };
  if (typeof v === 'string') return { str_value: v };
  if (Buffer.isBuffer(v)) return { bytes_value: v };
  if (Array.isArray(v)) return { list_value: { items: v.map(toValue) } };
  if (v instanceof Map) return { dict_value: { entries: [...v].map(([k, x]) => ({ key: toValue(k), value: toValue(x) })) } };
  if (v && Array.isArray(v.tuple)) return { tuple_value: { items: v.tuple.map(toValue) } };
  throw new Error(`cannot send ${typeof v}`);
}

// Wire values to JavaScript: ints as BigInt, so big ones stay exact.
function fromValue(v) {
  switch (v.kind) {
    case 'none_value': return null;
    case 'bool_value': return v.bool_value;
    case 'int_value': return BigInt(v.int_value);
    case 'big_int_value': return BigInt(v.big_int_value);
    case 'float_value': return v.float_value;
    case 'str_value': return v.str_value;
    case 'bytes_value': return Buffer.from(v.bytes_value);
    case 'list_value': return v.list_value.items.map(fromValue);
    case 'tuple_value': return { tuple: v.tuple_value.items.map(fromValue) };
    case 'set_value': return new Set(v.set_value.items.map(fromValue));
    case 'frozenset_value': return new Set(v.frozenset_value.items.map(fromValue));
    case 'dict_value': return new Map(v.dict_value.entries.map((e) => [fromValue(e.key), fromValue(e.value)]));
    case 'opaque_value': return { opaque: v.opaque_value.repr };
    default: throw new Error(`unknown value kind ${v.kind}`);
  }
}

// Python's repr of the values above, to compare results as a Python programmer would read them.
function repr(v) {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Buffer.isBuffer(v)) return "b'" + [...v].map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('') + "'";
  if (Array.isArray(v)) return '[' + v.map(repr).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ') + '}';
  if (v instanceof Set) return '{' + [...v].map(repr).join(', ') + '}';
  if (v && Array.isArray(v.tuple)) return '(' + v.tuple.map(repr).join(', ') + (v.tuple.length === 1 ? ',)' : ')');
  if (v && v.opaque) return v.opaque;
  return String(v);
}

// ---- A session: one bidirectional stream ----

// Runs feeds one after another on one stream, answering host calls with `host`.
// Resolves with the printed lines and terminal messages once the server ends the stream.
function runSession(client, configure, feeds, host) {
  return new Promise((resolve, reject) => {
    const log = [];
    const call = client.OpenSession();
    let next = 0;
    const feedNext = () => {
      if (next < feeds.length) call.write({ feed: feeds[next++] });
      else call.end(); // half-close: the server ends the stream once nothing is running
    };
    call.on('data', (msg) => {
      switch (msg.kind) {
        case 'configured':
          log.push(`configured: max_duration_ms=${msg.configured.limits.max_duration_ms}`);
          feedNext();
          break;
        case 'output':
          for (const line of msg.output.text.split('\n').filter((l) => l.length > 0)) log.push(`${msg.output.stream}: ${line}`);
          break;
        case 'call_request': {
          const req = msg.call_request;
          const args = req.args.map(fromValue);
          const kwargs = Object.fromEntries(req.kwargs.map((k) => [k.name, fromValue(k.value)]));
          let result;
          try {
            result = { call_id: req.call_id, value: toValue(host[req.function_name](args, kwargs)) };
          } catch (e) {
            result = { call_id: req.call_id, error: { exception_type: e.pythonType || 'RuntimeError', message: e.message } };
          }
          call.write({ call_result: result });
          break;
        }
        case 'completed':
          log.push(`completed: ${repr(fromValue(msg.completed.value))}`);
          feedNext();
          break;
        case 'failed': {
          const f = msg.failed;
          const where = f.traceback.length ? ` at line ${f.traceback[f.traceback.length - 1].line}` : '';
          log.push(`failed: ${f.exception_type}: ${f.message} (${f.reason})${where}`);
          feedNext();
          break;
        }
        default:
          log.push(`unexpected message ${msg.kind}`);
      }
    });
    call.on('error', (e) => reject(e));
    call.on('end', () => resolve(log));
    call.write({ configure });
  });
}

// Sends `request` first and resolves with the gRPC status the server ends the stream with.
function expectStatus(client, request) {
  return new Promise((resolve) => {
    const call = client.OpenSession();
    call.on('data', () => {});
    call.on('error', (e) => resolve(`${grpc.status[e.code]}: ${e.details}`));
    call.on('end', () => resolve('OK'));
    call.write(request);
  });
}

class PythonError extends Error {
  constructor(type, message) {
    super(message);
    this.pythonType = type;
  }
}

const WEATHER = { Paris: { sky: 'sunny', temp: 21.5 }, Oslo: { sky: 'snow', temp: -3 } };

const HOST = {
  get_weather([city], { units }) {
    const w = WEATHER[city];
    if (!w) throw new PythonError('KeyError', city);
    return new Map([['sky', w.sky], ['temp', units === 'F' ? w.temp * 9 / 5 + 32 : w.temp]]);
  },
  add([a, b]) {
    return a + b;
  },
};

const SCRIPT = `
def describe(city):
    w = get_weather(city, units='C')
    return f"{city}: {w['sky']}, {w['temp']} C"

lines = [describe(c) for c in cities]
for line in lines:
    print(line)
total = add(2 ** 70, 5)
try:
    get_weather('Atlantis')
except KeyError as e:
    missing = str(e)
{'lines': len(lines), 'total': total, 'missing': missing, 'pair': (1, b'\\x00')}
`;

async function main(address) {
  const { monty } = load(path.join(PROTOS, 'monty/v1/session.proto'), [PROTOS]);
  const client = new monty.v1.MontyService(address, grpc.credentials.createInsecure());

  const configure = { script_name: 'interop.py', host_functions: ['get_weather', 'add'], limits: { max_duration_ms: 2000 } };
  const feeds = [
    { code: SCRIPT, inputs: { cities: toValue(['Paris', 'Oslo']) } },
    { code: 'len(lines) + 40' },
    { code: 'def boom():\n    return 1 / 0\nboom()' },
  ];
  const log = await runSession(client, configure, feeds, HOST);
  for (const line of log) console.log(line);

  console.log(`misuse: ${await expectStatus(client, { feed: { code: '1' } })}`);
  console.log(`empty: ${await expectStatus(client, {})}`);
  client.close();
}

function waitHealth(address, seconds) {
  const { grpc: { health } } = load(path.join(__dirname, 'health.proto'), [__dirname]);
  const client = new health.v1.Health(address, grpc.credentials.createInsecure());
  const deadline = Date.now() + seconds * 1000;
  const attempt = () => client.Check({ service: '' }, { deadline: Date.now() + 1000 }, (err, res) => {
    if (!err && res.status === 'SERVING') {
      client.close();
      return;
    }
    if (Date.now() > deadline) {
      console.error(`server at ${address} not healthy after ${seconds} s: ${err ? err.message : res.status}`);
      process.exit(1);
    }
    setTimeout(attempt, 200);
  });
  attempt();
}

const args = process.argv.slice(2);
if (args[0] === '--wait-health') {
  waitHealth(args[1], Number(args[2] || 30));
} else if (args.length === 1) {
  main(args[0]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  console.error('usage: node client.js HOST:PORT | --wait-health HOST:PORT SECONDS');
  process.exit(2);
}
