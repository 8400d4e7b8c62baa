// The same agent tool loop as ../csharp, from Node.js with @grpc/grpc-js: the protocol is the
// contract, any language with gRPC can host the tools. Prints the same lines as the C# example.
//   NODE_PATH=tests/interop/node/node_modules node examples/agent-loop/node/agent.js 127.0.0.1:50051
'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTOS = path.resolve(__dirname, '../../../protos');

// ---- Values: JavaScript to monty.v1.Value and back (ints arrive as strings: longs: String) ----

function toValue(v) {
  if (v === null || v === undefined) return { none_value: {} };
  if (typeof v === 'boolean') return { bool_value: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { int_value: String(v) } : { float_value: v };
  if (typeof v === 'string') return { str_value: v };
  if (Array.isArray(v)) return { list_value: { items: v.map(toValue) } };
  if (v.float !== undefined) return { float_value: v.float }; // a float even when integral
  return { dict_value: { entries: Object.entries(v).map(([k, x]) => ({ key: toValue(k), value: toValue(x) })) } };
}

function fromValue(v) {
  switch (v.kind) {
    case 'none_value': return null;
    case 'bool_value': return v.bool_value;
    case 'int_value': return Number(v.int_value);
    case 'float_value': return v.float_value;
    case 'str_value': return v.str_value;
    case 'list_value': return v.list_value.items.map(fromValue);
    case 'tuple_value': return v.tuple_value.items.map(fromValue);
    case 'dict_value': return Object.fromEntries(v.dict_value.entries.map((e) => [fromValue(e.key), fromValue(e.value)]));
    default: throw new Error(`unexpected value kind ${v.kind}`);
  }
}

const show = (v) => (typeof v === 'string' ? `"${v}"` : String(v));

// ---- The tools (deterministic stand-ins) ----

class PythonError extends Error {
  constructor(type, message) {
    super(message);
    this.pythonType = type;
  }
}

const WEATHER = { Paris: { temp_c: 21.5, sky: 'sunny' }, Oslo: { temp_c: -3.5, sky: 'snowy' } };
const round10 = (x) => Math.round(x * 1e10) / 1e10;

const TOOLS = {
  get_weather([city]) {
    if (!WEATHER[city]) throw new PythonError('KeyError', city);
    return WEATHER[city];
  },
  async search([query], { limit = 5 }) {
    await new Promise((r) => setTimeout(r, 5));
    const city = query.split(' ')[4];
    return ['guide', 'forum', 'blog'].slice(0, limit).map((kind) => ({
      title: `${city} ${kind}: ${query}`,
      url: `https://example.org/${city.toLowerCase()}/${kind}`,
    }));
  },
  calculator([op, a, b]) {
    const ops = { add: a + b, sub: a - b, mul: a * b };
    if (!(op in ops)) throw new PythonError('ValueError', `unknown operation '${op}'`);
    return { float: round10(ops[op]) };
  },
};

// ---- One session: configure, feed the script, serve calls by id as each finishes ----

function run(address, code) {
  const { monty } = grpc.loadPackageDefinition(protoLoader.loadSync(path.join(PROTOS, 'monty/v1/session.proto'),
    { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [PROTOS] }));
  const client = new monty.v1.MontyService(address, grpc.credentials.createInsecure());
  return new Promise((resolve, reject) => {
    const call = client.OpenSession();
    let pending = '';
    call.on('data', (msg) => {
      switch (msg.kind) {
        case 'configured':
          call.write({ feed: { code, inputs: { cities: toValue(['Paris', 'Oslo']) } } });
          break;
        case 'call_request': {
          const req = msg.call_request;
          const args = req.args.map(fromValue);
          const kwargs = Object.fromEntries(req.kwargs.map((k) => [k.name, fromValue(k.value)]));
          const shown = args.map(show).concat(Object.entries(kwargs).map(([k, v]) => `${k}=${show(v)}`));
          console.log(`[call ${req.call_id}] ${req.function_name}(${shown.join(', ')})`);
          // Each call is its own promise, answered by call id whenever it settles.
          Promise.resolve()
            .then(() => TOOLS[req.function_name](args, kwargs))
            .then((value) => ({ call_id: req.call_id, value: toValue(value) }),
              (e) => ({ call_id: req.call_id, error: { exception_type: e.pythonType || 'RuntimeError', message: e.message } }))
            .then((result) => call.write({ call_result: result }));
          break;
        }
        case 'output':
          pending += msg.output.text;
          for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            console.log(`[print] ${pending.slice(0, end)}`);
            pending = pending.slice(end + 1);
          }
          break;
        case 'completed':
          for (const city of fromValue(msg.completed.value)) console.log(`[result] ${city.city} ${city.temp_f} F: ${city.top}`);
          console.log(`[usage] ${msg.completed.usage.suspensions} host calls`);
          call.end();
          break;
        case 'failed':
          reject(new Error(msg.failed.formatted_traceback));
          call.end();
          break;
        default:
          break;
      }
    });
    call.on('error', reject);
    call.on('end', () => {
      client.close();
      resolve();
    });
    call.write({ configure: { script_name: 'agent.py', host_functions: Object.keys(TOOLS) } });
  });
}

const code = fs.readFileSync(path.join(__dirname, '../agent.py'), 'utf8');
run(process.argv[2] || '127.0.0.1:50051', code).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
