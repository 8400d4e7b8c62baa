#!/usr/bin/env python3
"""Generates str_cases.jsonl and unicode_cases.txt: expected results of str and bytes methods,
computed by CPython 3.11 itself. Run with python3.11 from this directory.

str_cases.jsonl: one call per line:
  {"type": "str"|"bytes", "method": name, "static": bool, "args": [...], "kwargs": {...},
   "result": value} or ... "error": [exception type, message]
  For instance methods args[0] is self; "__getitem__" means self[args[1]].
  Values: JSON strings/ints/bools/null/lists as themselves; {"float": repr}, {"bytes": hex},
  {"tuple": [...]}, {"dict": [[k, v], ...]}, {"slice": [start, stop, step]},
  {"range": [start, stop, step]}, {"u16": [code units]} for strings with lone surrogates.
unicode_cases.txt: per changed code point, hex code points of upper/lower/title/casefold;
  then per property-run boundary, the Python predicates of the code point.
"""
import json
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit('run with CPython 3.11')

rows = []


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            raw = v.encode('utf-16-le', 'surrogatepass')
            return {'u16': [raw[i] | (raw[i + 1] << 8) for i in range(0, len(raw), 2)]}
        return v
    if isinstance(v, bytes):
        return {'bytes': v.hex()}
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {'slice': [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, range):
        return {'range': [v.start, v.stop, v.step]}
    raise TypeError(type(v))


def call(self, method, *args, **kwargs):
    """Records type(self).method(self, *args, **kwargs)."""
    t = type(self)
    record(t.__name__, method, False, (self,) + args, kwargs,
           lambda: self[args[0]] if method == '__getitem__' else getattr(t, method)(self, *args, **kwargs))


def static(t, method, *args, **kwargs):
    record(t.__name__, method, True, args, kwargs, lambda: getattr(t, method)(*args, **kwargs))


def record(tname, method, is_static, args, kwargs, fn):
    row = {'type': tname, 'method': method, 'static': is_static, 'args': [enc(a) for a in args],
           'kwargs': {k: enc(v) for k, v in kwargs.items()}}
    try:
        row['result'] = enc(fn())
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        row['error'] = [type(e).__name__, str(e)]
    rows.append(row)


BIG = 2 ** 70
S = ['', 'a', 'abc', 'Hello World', '  spaced  out  ', 'a,b,,c', 'aaa', 'Mississippi', 'a😀b😀c', '😀',
     'ΣΑΣ ΟΔΟΣ', 'straße', 'ǅungla', '\t tab\n', 'İstanbul', 'ﬁnal ﬂow', "they're bill's", '-42', '+7',
     'ABC def GHI', '\xa0nbsp\u3000', '١٢٣', '²³', '½', 'Ⅻ', 'snake_case9', 'a\tb\tc']
LINES = 'l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12'


def str_cases():
    # Search.
    for s in S:
        for sub in ('a', 'b😀', '😀', 's', 'ss', '', 'xyz'):
            call(s, 'find', sub)
            call(s, 'rfind', sub)
            call(s, 'count', sub)
    for s in ('Mississippi', 'a😀b😀c', 'abcabc', ''):
        for start, end in ((1, None), (-3, None), (2, 5), (None, -1), (5, 2), (-100, 100), (BIG, None),
                           (-BIG, BIG), (True, False), (0, 0)):
            call(s, 'find', 's', start, end)
            call(s, 'rfind', 'c', start, end)
            call(s, 'count', 's', start, end)
            call(s, 'find', '', start, end)
            call(s, 'rfind', '', start, end)
            call(s, 'count', '', start, end)
            call(s, 'index', 'b', start, end)
            call(s, 'rindex', 'i', start, end)
            call(s, 'startswith', 'b', start, end)
            call(s, 'endswith', 'c', start, end)
            call(s, 'startswith', '', start, end)
    for bad in ((), (1,), (None,), ('a', 'x'), ('a', 1.5), ('a', 1, 2, 3), ('a', None, 'x')):
        for m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
            call('abc', m, *bad)
    call('abc', 'find', 'a', x=1)
    call('abc', 'count', sub='a')
    call('abc', 'index', 'z')
    call('abc', 'rindex', 'z')
    call('abc', 'index', '', 4)
    for s in ('hello.py', 'README.md', '', 'a😀'):
        for p in (('.py', '.md'), ('he', 'RE'), (), ('',), ('😀',), ('a😀',)):
            call(s, 'startswith', p)
            call(s, 'endswith', p)
    call('a', 'endswith', ('a', 1))
    call('a', 'endswith', ('b', 1))
    call('a', 'startswith', ['a'])
    call('a', 'startswith', (1,))
    for s in ('a=b=c', 'abc', '', '😀=😀', '==', 'a😀b'):
        for sep in ('=', '😀', 'abc', 'x'):
            call(s, 'partition', sep)
            call(s, 'rpartition', sep)
    for bad in ('', 1, None, b'='):
        call('a=b', 'partition', bad)
        call('a=b', 'rpartition', bad)
    call('a=b', 'partition')
    call('a=b', 'partition', '=', '=')
    for s in ('prefix_body_suffix', '', 'aaa', '😀x😀'):
        for a in ('prefix_', '_suffix', '', 'a', '😀', 'x', s):
            call(s, 'removeprefix', a)
            call(s, 'removesuffix', a)
    for bad in ((1,), (None,), (), ('a', 'b')):
        call('abc', 'removeprefix', *bad)
        call('abc', 'removesuffix', *bad)
    # replace
    for s in ('', 'abc', 'aaaa', 'Mississippi', 'a😀b😀c', '😀'):
        for old, new in (('a', 'X'), ('', '-'), ('ss', ''), ('😀', '<>'), ('aa', 'b'), ('', ''), ('i', 'ii'),
                         ('b', '😀'), (s, 'W')):
            call(s, 'replace', old, new)
            call(s, 'replace', old, new, 1)
            call(s, 'replace', old, new, 2)
            call(s, 'replace', old, new, 0)
            call(s, 'replace', old, new, -3)
    for bad in ((), ('a',), (1, 'a'), ('a', 1), ('a', None), ('a', 'b', 'c'), ('a', 'b', 1.0), ('a', 'b', BIG),
                ('a', 'b', 1, 2)):
        call('abc', 'replace', *bad)
    call('abc', 'replace', 'a', 'b', count=1)


def split_cases():
    ws = ['', '   ', 'a b c', '  a  b  c  ', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u1680m\u2000n\u200ao'
          '\u2028p\u2029q\u202fr\u205fs\u3000t\u200bu', 'one', ' 😀 x😀 ', 'a\u180eb', 'a\ufeffb']
    for s in ws:
        for maxsplit in (None, -1, 0, 1, 2, 10):
            if maxsplit is None:
                call(s, 'split')
                call(s, 'rsplit')
            else:
                call(s, 'split', None, maxsplit)
                call(s, 'rsplit', None, maxsplit)
        call(s, 'strip')
        call(s, 'lstrip')
        call(s, 'rstrip')
        call(s, 'isspace')
    for s in ('a,b,,c', ',a,', '', 'abc', 'aaa', 'a😀b😀😀c', 'x--y----z'):
        for sep in (',', 'aa', '😀', '--', 'abc', 'q'):
            for maxsplit in (-1, 0, 1, 2):
                call(s, 'split', sep, maxsplit)
                call(s, 'rsplit', sep, maxsplit)
    call('a b c', 'split', maxsplit=1)
    call('a,b,c', 'rsplit', sep=',', maxsplit=1)
    call('a,b,c', 'split', ',', maxsplit=1)
    call('a b c', 'rsplit', maxsplit=-1)
    for bad_args, bad_kwargs in (((',', 1, 2), {}), ((), {'x': 1}), ((',',), {'sep': ','}), ((), {'a': 1, 'b': 2, 'c': 3}),
                                 ((1,), {}), ((b',',), {}), (('',), {}), ((None, 'x'), {}), ((None, 1.5), {}),
                                 ((None, BIG), {}), ((), {'maxsplit': None}), ((), {'sep': 1})):
        call('a,b', 'split', *bad_args, **bad_kwargs)
        call('a,b', 'rsplit', *bad_args, **bad_kwargs)
    for s in (LINES, '', '\n', 'a\n\nb', 'no newline', 'trailing\n', '\r\n\r\n', 'a😀\n😀', 'x\r'):
        call(s, 'splitlines')
        call(s, 'splitlines', True)
        call(s, 'splitlines', keepends=True)
    for bad_args, bad_kwargs in (((1, 2), {}), ((), {'keepends': 'x'}), ((2.0,), {}), ((BIG,), {}), ((), {'x': 1})):
        call('a\nb', 'splitlines', *bad_args, **bad_kwargs)
    call('a\nb', 'splitlines', 5)
    call('a\nb', 'splitlines', None)
    # join
    for sep in ('', ', ', '😀'):
        for items in ([], ['a'], ['a', 'b', 'c'], ('x', 'y'), 'abc', ['', ''], ['😀', 'b'], {'k1': 1, 'k2': 2},
                      ['a', 1], [1], ['a', b'b'], ['a', None], 5, None, range(3)):
            call(sep, 'join', items)
    call(',', 'join')
    call(',', 'join', [], [])
    call(',', 'join', iterable=[])
    # strip with chars
    for s in ('xxhixx', 'hello', '', '😀a😀', '😁a😀', 'ab\u0301', '<<a>>'):
        for chars in ('x', 'hxo', '', '😀', 'a😀', '<>', None):
            call(s, 'strip', chars)
            call(s, 'lstrip', chars)
            call(s, 'rstrip', chars)
    for bad in ((1,), (b'x',), ('a', 'b')):
        call('abc', 'strip', *bad)
        call('abc', 'lstrip', *bad)
        call('abc', 'rstrip', *bad)
    call('abc', 'strip', chars='a')


CASE_SAMPLES = ['', 'hello world', 'HELLO', 'Hello World', 'hELLO wORLD', "they're bill's friends", 'a1b2 c3',
                'ǆ ǅ Ǆ ǈungla', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ΑΣ', 'Σ', 'aΣ.', 'aΣb', 'A\u0301Σ', 'A:Σ', 'A😀Σ',
                '\U00010400Σ', 'ʰΣ', 'ΣΣ', 'straße', 'ẞ', 'ﬁnal ﬂow ﬃ ﬆ', 'İstanbul', 'ıi', 'ſ', 'µ', 'ŉ', 'ǰ',
                'ΐ ΰ', 'ᾳ ᾼ ᾀ ᾈ ῳ ῼ', 'և ﬓ', 'ა ბ', 'Ꭰ ꭰ', 'ⓐ Ⓐ', 'ⅰ Ⅰ', '\U0001e900 \U0001e922', 'ÿ Ÿ',
                'K Å Ω', 'ƛ \U00010d70', '123', 'snake_case_name', 'éCOLE', '😀abc', 'a\u0345', 'ǅa', 'Aǅ',
                'Hello world', '1St', "O'Neil", 'x' * 3 + 'ß']


def case_cases():
    for s in CASE_SAMPLES:
        for m in ('lower', 'upper', 'casefold', 'capitalize', 'swapcase', 'title', 'islower', 'isupper', 'istitle'):
            call(s, m)
    for m in ('lower', 'upper', 'casefold', 'capitalize', 'swapcase', 'title', 'islower', 'isupper', 'istitle',
              'isalpha', 'isascii', 'isprintable'):
        call('abc', m, 1)
        call('abc', m, x=1)
    preds = ('isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isnumeric', 'isidentifier', 'isprintable',
             'isspace')
    samples = ['', 'abc', 'abc123', 'ABC', '123', '١٢٣', '²', '½', '一二', 'Ⅻ', 'ⅷ', '①', '⑩', '𝟘', '〇', 'ab c',
               ' \t\n', '\x1c\x1f', '\xa0', '\u200b', '\u2028', 'a\n', '\x7f', '\x80', '\xad', 'é', '😀',
               '\U0001e4d0', '\U00011f50', '\U0010ffff', '\ue000', '\u0378', '_', '_a1', '1a', 'a-b', '℘', '℮',
               'a·', '·', 'ﬁ', '$', 'class', 'ᵃ', 'ª', 'º', 'ℌ', 'a\u0301', '\u0e33', 'a\u0e33', '\u309b',
               'x\ud800', '\udcff', '\U000e0001', '\u061c']
    for s in samples:
        for m in preds:
            call(s, m)


def layout_cases():
    for s in ('', 'a', 'abc', 'ab', 'abcd', '😀', 'a😀b'):
        for width in (-1, 0, 3, 4, 5, 6, 7, 9):
            for fill in (None, '*', '😀'):
                for m in ('center', 'ljust', 'rjust'):
                    if fill is None:
                        call(s, m, width)
                    else:
                        call(s, m, width, fill)
    for bad in ((), (5, 'xy'), (5, ''), (5, 1), ('5',), (5.0,), (BIG,), (-BIG,), (5, '*', 1), (None,)):
        for m in ('center', 'ljust', 'rjust'):
            call('abc', m, *bad)
    call('abc', 'center', 5, fillchar='x')
    for s in ('', '42', '-42', '+42', '-', '+', 'abc', '😀', '--1', '0'):
        for width in (-1, 0, 1, 2, 3, 5):
            call(s, 'zfill', width)
    for bad in ((), ('a',), (1, 2), (BIG,), (None,)):
        call('42', 'zfill', *bad)
    call('42', 'zfill', width=5)
    for s in ('a\tb', '\t', 'ab\tc\tdef\tg', 'a\n\tb\r\tc', '😀\tx', '12345678\t9', 'no tabs', ''):
        call(s, 'expandtabs')
        for size in (0, 1, 2, 4, -1, 8):
            call(s, 'expandtabs', size)
        call(s, 'expandtabs', tabsize=3)
    for bad_args, bad_kwargs in ((('a',), {}), ((1, 2), {}), ((BIG,), {}), ((), {'tabsize': 'a'}), ((), {'x': 1}),
                                 ((2.0,), {}), ((2 ** 40,), {})):
        call('a\tb', 'expandtabs', *bad_args, **bad_kwargs)


def translate_cases():
    tables = [{97: 'A', 98: None, 99: 0x1F600}, {ord('😀'): 'smile'}, {97: 'xyz'}, {}, [None] * 98 + ['B'],
              ('x', None, 65), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 5, {97: 1.0}, {97: -1}, {97: 0x110000}, {97: BIG},
              {97: b'x'}, None, 1, {'a': 'b'}, {True: 'T'}, {97: 97}]
    for s in ('abcabc', '', 'a😀b', 'xyz', '\x00\x01'):
        for t in tables:
            call(s, 'translate', t)
    call('abc', 'translate')
    call('abc', 'translate', {}, {})
    call('abc', 'translate', table={})
    for args in (({'a': 'b', 98: 'x', 'c': None, '😀': 1},), ('abc', 'xyz'), ('abc', 'xyz', 'de'), ('', '', 'ab'),
                 ('a😀', 'b😁'), (1,), ({'ab': 1},), ({'': 1},), ({1.0: 1},), ('ab', 'c'), ('a', 'b', 1),
                 ('a', 1), ({'a': 'b'}, 'x'), (), ('a', 'b', 'c', 'd'), (None,), (b'a', b'b')):
        static(str, 'maketrans', *args)
    static(str, 'maketrans', x={})
    call('abc', 'maketrans', 'a', 'b')


def encode_cases():
    for s in ('', 'abc', 'é', 'aé€😀', 'éé', 'a\ud800b', '\ud800\udc00x'[1:], 'x\udcff', '\U0010ffff', 'naïve café'):
        for enc_name in ('utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin_1', 'iso-8859-1', 'us-ascii', 'L1', 'U8',
                         'latin', 'cp65001', 'utf 8', ' UTF-8 ', 'utf-8-sig', 'ansi_x3.4_1968'):
            call(s, 'encode', enc_name)
        for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
                       'surrogatepass', 'bogus'):
            for enc_name in ('utf-8', 'ascii', 'latin-1'):
                call(s, 'encode', enc_name, errors)
    call('abc', 'encode')
    call('abc', 'encode', encoding='ascii', errors='strict')
    call('abc', 'encode', errors='ignore')
    for bad_args, bad_kwargs in (((1,), {}), (('x',), {}), (('utf-8', 1), {}), ((None,), {}), (('utf-8', None), {}),
                                 (('utf-8', 'strict', 3), {}), ((), {'foo': 1}), (('',), {}),
                                 (('utf.8',), {}), (('ascii',), {'encoding': 'x'}), (('utf-8', 'strict'), {'x': 3})):
        call('abc', 'encode', *bad_args, **bad_kwargs)


def getitem_cases():
    for s in ('abc', '', 'a😀b😀c', 'Hello, World!', '😀'):
        for key in (0, 1, -1, -3, 2, 3, 5, -6, True, BIG, -BIG, 1.0, 'a', None, slice(None), slice(1, None),
                    slice(None, -1), slice(None, None, -1), slice(None, None, 2), slice(1, 4), slice(4, 1, -1),
                    slice(-100, 100), slice(BIG, None), slice(None, None, BIG), slice(None, None, -BIG),
                    slice(None, None, 0), slice('a', None), slice(None, None, 1.0), slice(1, 1), slice(-2, None),
                    slice(5, -5, -2), slice(None, 2, -1), slice(0, 10, 3), slice(True, None)):
            call(s, '__getitem__', key)


def bytes_cases():
    B = [b'', b'a', b'abc', b'Hello World', b'  spaced  out  ', b'a,b,,c', b'aaa', b'Mississippi', b'\x00\xff\x80',
         b'\t tab\n', b'-42', b'ABC def', b'a\x1cb', b'x\x0by\x0cz']
    for s in B:
        for sub in (b'a', b's', b'ss', b'', 97, 115, 0, b'\xff'):
            call(s, 'find', sub)
            call(s, 'rfind', sub)
            call(s, 'count', sub)
            call(s, 'index', sub)
            call(s, 'rindex', sub)
        for m in ('lower', 'upper', 'capitalize', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii', 'isdigit',
                  'islower', 'isupper', 'istitle', 'isspace', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip',
                  'splitlines', 'hex', 'expandtabs'):
            call(s, m)
    for start, end in ((1, None), (-3, None), (2, 5), (None, -1), (5, 2), (-100, 100), (BIG, None), (0, 0)):
        call(b'Mississippi', 'find', b's', start, end)
        call(b'Mississippi', 'rfind', 115, start, end)
        call(b'Mississippi', 'count', b'', start, end)
        call(b'Mississippi', 'startswith', b'i', start, end)
        call(b'Mississippi', 'endswith', (b'i', b'p'), start, end)
    for bad in ((), ('a',), (256,), (-1,), (BIG,), (1.0,), (None,), (b'a', 'x'), (b'a', 1, 2, 3)):
        for m in ('find', 'count', 'index', 'rfind', 'rindex', 'startswith', 'endswith'):
            call(b'abc', m, *bad)
    call(b'abc', 'find', b'a', x=1)
    call(b'a', 'endswith', (b'a', 1))
    call(b'a', 'endswith', (b'b', 1))
    call(b'a', 'startswith', (b'',))
    for s in (b'a=b=c', b'', b'abc'):
        for sep in (b'=', b'abc', b'x'):
            call(s, 'partition', sep)
            call(s, 'rpartition', sep)
    for bad in ((b'',), ('=',), (61,), (), (b'=', b'=')):
        call(b'a=b', 'partition', *bad)
        call(b'a=b', 'rpartition', *bad)
    for s in (b'', b'abc', b'aaaa', b'Mississippi'):
        for old, new in ((b'a', b'X'), (b'', b'-'), (b'ss', b''), (b'aa', b'b'), (b'', b''), (b'i', b'ii')):
            for count in (None, 0, 1, 2, -1):
                if count is None:
                    call(s, 'replace', old, new)
                else:
                    call(s, 'replace', old, new, count)
    for bad in ((), (b'a',), ('a', b'b'), (b'a', 'b'), (b'a', b'b', 'c'), (b'a', b'b', 1.5)):
        call(b'abc', 'replace', *bad)
    for s in (b'a,b,,c', b'', b'abc', b'aaa', b' a  b ', b'x--y----z'):
        for sep in (None, b',', b'aa', b'--'):
            for maxsplit in (-1, 0, 1, 2):
                call(s, 'split', sep, maxsplit)
                call(s, 'rsplit', sep, maxsplit)
    for bad_args, bad_kwargs in ((('a',), {}), ((b'',), {}), ((1,), {}), ((b',', 1, 2), {}), ((), {'x': 1}),
                                 ((None, 'x'), {})):
        call(b'a,b', 'split', *bad_args, **bad_kwargs)
        call(b'a,b', 'rsplit', *bad_args, **bad_kwargs)
    call(b'a,b,c', 'split', sep=b',', maxsplit=1)
    for s in (b'a\nb\r\nc\rd', b'a\x0bb\x0cc\x1cd', b'', b'\n', b'x\r'):
        call(s, 'splitlines')
        call(s, 'splitlines', True)
        call(s, 'splitlines', keepends=True)
    for sep in (b'', b', '):
        for items in ([], [b'a'], [b'a', b'b'], (b'x', b'y'), [b'a', 'b'], ['a'], [b'a', 1], b'ab', 5, [b'', b'']):
            call(sep, 'join', items)
    for s in (b'xxhixx', b'', b'\x00abc\x00', b' \t\n\x0b\x0c\rab\x1c '):
        for chars in (None, b'x', b'hx', b'', b'\x00'):
            call(s, 'strip', chars)
            call(s, 'lstrip', chars)
            call(s, 'rstrip', chars)
    for bad in (('a',), (1,), (b'a', b'b')):
        call(b'abc', 'strip', *bad)
    for s in (b'prefix_body', b''):
        for a in (b'prefix_', b'body', b'', b'x'):
            call(s, 'removeprefix', a)
            call(s, 'removesuffix', a)
    call(b'abc', 'removeprefix', 'a')
    call(b'abc', 'removesuffix')
    for s in (b'', b'a', b'abc', b'ab'):
        for width in (-1, 0, 3, 5, 6, 7):
            for m in ('center', 'ljust', 'rjust'):
                call(s, m, width)
                call(s, m, width, b'*')
    for bad in ((3, 'x'), (3, b'xy'), (3, 1), ('3',), (), (BIG,)):
        for m in ('center', 'ljust', 'rjust'):
            call(b'ab', m, *bad)
    for s in (b'42', b'-42', b'+', b'', b'abc'):
        for width in (0, 3, 5):
            call(s, 'zfill', width)
    call(b'42', 'zfill', 'a')
    call(b'42', 'zfill')
    for s in (b'a\tb', b'ab\tc\r\td', b'\t'):
        for size in (0, 2, 4, -1):
            call(s, 'expandtabs', size)
        call(s, 'expandtabs', tabsize=3)
    call(b'a\tb', 'expandtabs', x=1)
    # decode
    for s in (b'', b'abc', b'\xc3\xa9', b'\xff', b'\xff\xfe', b'\xe2\x82', b'\xe2\x82a', b'\xe2\x28\xa1',
              b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'a\xe2\x82', b'\x80abc\xc3', b'\xf0\x9f\x98',
              b'\xf0\x9f\x98\x80', b'\xf8\x88\x80\x80\x80', b'\xe0\x80\x80', b'\xef\xbf\xbf', b'\xf0\x80\x80\x80',
              b'\xf1\x80', b'\xf1\x80\x80', b'\xf1\x41', b'\xf1\x80\x41', b'\xf1\x80\x80\x41', b'\xe0\xa0',
              b'\xed\x9f\xbf', b'\xee\x80', b'\xc2', b'\xc2\x41', b'\xef\xbb\xbfabc', b'a\xed\xa0\x80b'):
        for enc_name in ('utf-8', 'ascii', 'latin-1', 'utf-8-sig'):
            for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass'):
                call(s, 'decode', enc_name, errors)
    call(b'\xff', 'decode', 'ascii', 'bogus')
    call(b'a', 'decode', 'ascii', 'bogus')
    call(b'\xff', 'decode', 'ascii', 'xmlcharrefreplace')
    call(b'abc', 'decode')
    call(b'abc', 'decode', errors='ignore')
    call(b'abc', 'decode', encoding='ascii')
    for bad_args, bad_kwargs in (((1,), {}), (('x',), {}), ((None,), {}), (('utf-8', 'strict', 1), {}),
                                 ((), {'foo': 1}), (('utf-8',), {'encoding': 'ascii'})):
        call(b'abc', 'decode', *bad_args, **bad_kwargs)
    # hex / fromhex
    for s in (b'', b'a', b'abc', b'abcdef', b'\x00\xff\x10'):
        for args in ((), (':',), (':', 2), (':', -2), (b'-', 4), (':', 0), ('_', 1), ('_', -1), (':', 100)):
            call(s, 'hex', *args)
    for bad_args, bad_kwargs in ((('::',), {}), ((1,), {}), (('é',), {}), ((None,), {}), (('',), {}),
                                 ((b'\xff',), {}), ((':', 'x'), {}), ((':', BIG), {}), ((':', 1, 2), {}),
                                 ((), {'sep': ':', 'bytes_per_sep': 2}), ((), {'bytes_per_sep': 2}), ((), {'x': 1})):
        call(b'abc', 'hex', *bad_args, **bad_kwargs)
    for text in ('', '61', '61 62\t63\n', ' 61 ', '6 1', 'zz', 'a', '0a 0', 'é', 'DEADbeef', '  ', '6', '61 6',
                 '\u3000 61', '٦١'):
        static(bytes, 'fromhex', text)
    for args in ((1,), (b'61',), (), ('61', '62')):
        static(bytes, 'fromhex', *args)
    static(bytes, 'fromhex', string='61')
    # translate / maketrans
    table = bytes(range(256))[::-1]
    for s in (b'abc', b'', b'\x00\xff'):
        call(s, 'translate', table)
        call(s, 'translate', None, b'b')
        call(s, 'translate', table, b'a\x00')
        call(s, 'translate', None, delete=b'c')
        call(s, 'translate', None)
    for bad_args, bad_kwargs in (((b'x',), {}), ((1,), {}), (('a' * 256,), {}), ((None, 'a'), {}), ((), {}),
                                 ((None,), {'x': 1}), ((None, b'a'), {'delete': b'b'}), ((None, b'a', b'b'), {})):
        call(b'abc', 'translate', *bad_args, **bad_kwargs)
    for args in ((b'abc', b'xyz'), (b'', b''), (b'a', b'bc'), ('a', b'b'), (b'a', 'b'), (b'a',), ()):
        static(bytes, 'maketrans', *args)
    for s in (b'abc', b'', b'\x00\xff'):
        for key in (0, -1, 2, 3, -4, BIG, True, 1.0, None, slice(None), slice(1, None), slice(None, None, -1),
                    slice(None, None, 2), slice(5, 0, -2), slice(None, None, 0), slice('a', None)):
            call(s, '__getitem__', key)
    for m in ('upper', 'isalpha', 'isascii', 'title'):
        call(b'abc', m, 1)
        call(b'abc', m, x=1)


def unicode_cases(path):
    import unicodedata
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write('# case: cp upper lower title casefold (hex code point sequences, "." joined)\n')
        h = lambda s: '.'.join('%X' % ord(c) for c in s)  # noqa: E731
        for cp in range(0x110000):
            c = chr(cp)
            if (c.upper(), c.lower(), c.title(), c.casefold()) != (c, c, c, c):
                f.write('C %X %s %s %s %s\n' % (cp, h(c.upper()), h(c.lower()), h(c.title()), h(c.casefold())))
        f.write('# props: cp alpha decimal digit numeric space printable lower upper title xidstart xidcontinue\n')
        prev = None
        for cp in range(0x110000):
            c = chr(cp)
            props = (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
                     c.islower(), c.isupper(), unicodedata.category(c) == 'Lt', c.isidentifier(),
                     ('a' + c).isidentifier())
            if props != prev:
                for q in {cp - 1, cp}:
                    if q >= 0:
                        d = chr(q)
                        p = (d.isalpha(), d.isdecimal(), d.isdigit(), d.isnumeric(), d.isspace(), d.isprintable(),
                             d.islower(), d.isupper(), unicodedata.category(d) == 'Lt', d.isidentifier(),
                             ('a' + d).isidentifier())
                        f.write('P %X %s\n' % (q, ''.join('1' if x else '0' for x in p)))
                prev = props


def main():
    str_cases()
    split_cases()
    case_cases()
    layout_cases()
    translate_cases()
    encode_cases()
    getitem_cases()
    bytes_cases()
    with open('str_cases.jsonl', 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=True) + '\n')
    unicode_cases('unicode_cases.txt')
    print(len(rows), 'cases')


main()
