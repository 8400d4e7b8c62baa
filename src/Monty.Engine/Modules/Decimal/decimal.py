"""decimal: General Decimal Arithmetic as Python 3.11 offers it.

A finite value is sign * coefficient * 10 ** exponent with an int coefficient; infinities and NaNs
carry a kind instead. Every operation computes the exact result (or enough of it, plus a sticky
digit that keeps rounding honest) and then fits it into the context's precision and exponent
range in one place, _finish. Signals set the context's flags and raise when trapped, with the
conditions as the exception's argument list, as CPython's C implementation reports them."""

import math as _math
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# Named 'decimal.Decimal' in messages, like CPython's C types.
__c_types__ = ('Decimal', 'Context')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# --- signals ---------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order of the context's flag and trap listings, and the priority of a raised signal.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
# The order Context's repr lists them in (CPython's, from its C library's flag bits).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_INV10 = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


_POWERS_OF_TEN = [10 ** i for i in range(80)]


def _pow10(n):
    return _POWERS_OF_TEN[n] if n < 80 else 10 ** n


def _digits(n):
    """How many decimal digits the non-negative int n has (0 has one)."""
    if n < 1000000000000000000:
        return len(str(n))
    d = (n.bit_length() * 30103) // 100000
    while n >= 10 ** d:
        d += 1
    while d > 1 and n < 10 ** (d - 1):
        d -= 1
    return d


def _digit_string(n):
    """str(n) without the int-to-str digit limit: coefficients may be long."""
    if n < 10 ** 4000:
        return str(n)
    half = _digits(n) // 2
    high, low = divmod(n, 10 ** half)
    return _digit_string(high) + _digit_string(low).rjust(half, '0')


def _strip_zeros(coef, exp, limit):
    """coef * 10**exp without trailing zeros, raising exp no further than limit (coef != 0)."""
    step = 16
    while step:
        unit = _pow10(step)
        while exp + step <= limit and coef % unit == 0:
            coef //= unit
            exp += step
        step //= 2
    return coef, exp


def _round_off(sign, coef, drop, rounding):
    """coef with its last `drop` digits removed under `rounding`; and whether any were non-zero."""
    if drop <= 0:
        return coef, False
    if drop > _digits(coef) + 1:
        kept, rest, below_half, at_half = 0, coef, True, False
    else:
        unit = 10 ** drop
        kept, rest = divmod(coef, unit)
        half = unit // 2
        below_half, at_half = rest < half, rest == half
    if rest == 0:
        return kept, False
    if rounding == ROUND_HALF_EVEN:
        up = not below_half and (not at_half or kept & 1)
    elif rounding == ROUND_HALF_UP:
        up = not below_half
    elif rounding == ROUND_HALF_DOWN:
        up = not below_half and not at_half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = kept % 5 == 0
    return (kept + 1 if up else kept), True


# --- contexts --------------------------------------------------------------------------------

class _SignalDict:
    """A context's flags or traps: a mapping from signal class to bool with a fixed key set."""
    __slots__ = ('_values',)

    def __init__(self, enabled):
        self._values = {s: (s in enabled) for s in _SIGNALS}

    def __getitem__(self, key):
        try:
            return self._values[key]
        except (KeyError, TypeError):
            raise KeyError('invalid signal dict') from None

    def __setitem__(self, key, value):
        if key not in self._values:
            raise KeyError('invalid error flag')
        self._values[key] = bool(value)

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __contains__(self, key):
        return key in self._values

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def get(self, key, default=None):
        return self._values.get(key, default)

    def copy(self):
        return dict(self._values)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._values == other._values
        return self._values == other

    def __repr__(self):
        return '{' + ', '.join(f'{s!r}:{v}' for s, v in self._values.items()) + '}'

    def _enabled(self):
        return [s for s in _SIGNALS if self._values[s]]

    def _set_all(self, enabled):
        for s in _SIGNALS:
            self._values[s] = s in enabled


def _check_int(name, value, low, high):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not low <= value <= high:
        if name in ('capitals', 'clamp'):
            raise ValueError(f'valid values for {name} are 0 or 1')
        bounds = {'prec': '[1, MAX_PREC]', 'Emin': '[MIN_EMIN, 0]', 'Emax': '[0, MAX_EMAX]',
                  }[name]
        raise ValueError(f'valid range for {name} is {bounds}')
    return value


def _signal_list(value, what):
    if isinstance(value, (dict, _SignalDict)):
        return [s for s in _SIGNALS if value.get(s)]
    if isinstance(value, (list, tuple)):
        for s in value:
            if s not in _SIGNALS:
                raise KeyError('invalid error flag' if what == 'flags' else 'invalid signal dict')
        return list(value)
    raise TypeError(f'{what} must be a list of signals or a dict')


class Context:
    """Precision, rounding, exponent range and the signals raised or recorded."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = _inst.default if _inst is not None else None
        object.__setattr__(self, 'flags', _SignalDict(()))
        object.__setattr__(self, 'traps', _SignalDict(template.traps._enabled() if template else
                                                      (InvalidOperation, DivisionByZero, Overflow)))
        self.prec = prec if prec is not None else (template.prec if template else 28)
        self.rounding = rounding if rounding is not None else (template.rounding if template else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (template.Emin if template else -999999)
        self.Emax = Emax if Emax is not None else (template.Emax if template else 999999)
        self.capitals = capitals if capitals is not None else (template.capitals if template else 1)
        self.clamp = clamp if clamp is not None else (template.clamp if template else 0)
        if flags is not None:
            self.flags._set_all(_signal_list(flags, 'flags'))
        if traps is not None:
            self.traps._set_all(_signal_list(traps, 'traps'))

    def __setattr__(self, name, value):
        if name == 'prec':
            value = _check_int('prec', value, 1, MAX_PREC)
        elif name == 'Emin':
            value = _check_int('Emin', value, MIN_EMIN, 0)
        elif name == 'Emax':
            value = _check_int('Emax', value, 0, MAX_EMAX)
        elif name in ('capitals', 'clamp'):
            value = _check_int(name, value, 0, 1)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            getattr(self, name)._set_all(_signal_list(value, name))
            return
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags._values[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps._values[s])
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags._enabled(), self.traps._enabled())

    __copy__ = copy

    def clear_flags(self):
        self.flags._set_all(())

    def clear_traps(self):
        self.traps._set_all(())

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise([ConversionSyntax], _NAN_VALUE)
        value = Decimal(num, self)
        if value._kind >= _NAN:
            digits = _digits(value._coef)
            if digits > self.prec - self.clamp:
                return self._raise([ConversionSyntax], _NAN_VALUE)
            return value
        return _finish(value._sign, value._coef, value._exp, self)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _raise(self, conditions, result):
        """Records the conditions; raises the first trapped signal, else returns `result`."""
        signals = []
        for condition in conditions:
            signal = _CONDITION_SIGNAL.get(condition, condition)
            self.flags._values[signal] = True
            signals.append(signal)
        for signal in _SIGNALS:
            if signal in signals and self.traps._values[signal]:
                raise signal([c for c in conditions
                              if self.traps._values[_CONDITION_SIGNAL.get(c, c)]])
        return result

    # Arithmetic as context methods: the operand conversion is strict, like CPython's.
    def abs(self, a):
        return _operand(a, True)._abs(self)

    def add(self, a, b):
        return _add(_operand(a, True), _operand(b, True), self, False)

    def subtract(self, a, b):
        return _add(_operand(a, True), _operand(b, True), self, True)

    def multiply(self, a, b):
        return _multiply(_operand(a, True), _operand(b, True), self)

    def divide(self, a, b):
        return _divide(_operand(a, True), _operand(b, True), self)

    def divide_int(self, a, b):
        return _divmod(_operand(a, True), _operand(b, True), self, _QUOTIENT)[0]

    def remainder(self, a, b):
        return _divmod(_operand(a, True), _operand(b, True), self, _REMAINDER)[1]

    def divmod(self, a, b):
        return _divmod(_operand(a, True), _operand(b, True), self)

    def power(self, a, b, modulo=None):
        return _operand(a, True).__pow__(b, modulo, self)

    def plus(self, a):
        return _operand(a, True)._plus(self)

    def minus(self, a):
        return _operand(a, True)._minus(self)

    def sqrt(self, a):
        return _operand(a, True).sqrt(self)

    def exp(self, a):
        return _operand(a, True).exp(self)

    def ln(self, a):
        return _operand(a, True).ln(self)

    def log10(self, a):
        return _operand(a, True).log10(self)

    def quantize(self, a, b):
        return _operand(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _operand(a, True).compare(b, self)

    def max(self, a, b):
        return _operand(a, True).max(b, self)

    def min(self, a, b):
        return _operand(a, True).min(b, self)

    def normalize(self, a):
        return _operand(a, True).normalize(self)

    def to_integral_value(self, a):
        return _operand(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _operand(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _operand(a, True).__str__()

    def to_eng_string(self, a):
        return _operand(a, True).to_eng_string(self)

    def fma(self, a, b, c):
        return _operand(a, True).fma(b, c, self)

    def is_finite(self, a):
        return _operand(a, True).is_finite()

    def is_infinite(self, a):
        return _operand(a, True).is_infinite()

    def is_nan(self, a):
        return _operand(a, True).is_nan()

    def is_signed(self, a):
        return _operand(a, True).is_signed()

    def is_zero(self, a):
        return _operand(a, True).is_zero()


class _State:
    """The per-execution module state: the current context and the template for new ones.
    Held in the module's `_inst`, which snapshots carry with the execution."""

    def __init__(self):
        self.default = None
        self.current = None


_inst = None


def getcontext():
    return _inst.current


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is _inst.default or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _inst.current = context


class _ContextManager:
    def __init__(self, context):
        self._context = context
        self._saved = None

    def __enter__(self):
        self._saved = _inst.current
        _inst.current = self._context
        return self._context

    def __exit__(self, *exc):
        _inst.current = self._saved
        return False


def localcontext(ctx=None, **kwargs):
    context = (ctx if ctx is not None else getcontext()).copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        setattr(context, name, value)
    return _ContextManager(context)


def _context(context):
    if context is None:
        return _inst.current
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# --- the value type --------------------------------------------------------------------------

def _make(sign, coef, exp, kind=_FINITE):
    value = object.__new__(Decimal)
    value._sign = sign
    value._coef = coef
    value._exp = exp
    value._kind = kind
    return value


def _parse(text):
    """(sign, coef, exp, kind) for a numeric string, or None when it is not one."""
    s = text.strip()
    if '_' in s:
        if s.startswith('_') or s.endswith('_') or '__' in s:
            return None
        parts = s.split('_')
        for i in range(len(parts) - 1):
            if not (parts[i][-1:].isdigit() and parts[i + 1][:1].isdigit()):
                return None
        s = ''.join(parts)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('nan', _NAN), ('snan', _SNAN)):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if not (payload.isdigit() and payload.isascii() or payload.isdecimal()):
                return None
            return sign, int(payload), 0, kind
    exp = 0
    e_at = max(lower.find('e'), -1)
    if e_at >= 0:
        exponent = s[e_at + 1:]
        s = s[:e_at]
        digits = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not digits or not digits.isdecimal():
            return None
        exp = int(exponent)
    whole, dot, fraction = s.partition('.')
    if not (whole or fraction) or (whole and not whole.isdecimal()) or (fraction and not fraction.isdecimal()):
        return None
    return sign, int(whole + fraction), exp - len(fraction), _FINITE


def _from_float(f):
    if f != f:
        return _make(0 if _math.copysign(1.0, f) > 0 else 1, 0, 0, _NAN)
    sign = 0 if _math.copysign(1.0, f) > 0 else 1
    if f in (float('inf'), float('-inf')):
        return _make(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


def _operand(value, strict=False):
    """The Decimal an operation sees for `value`; NotImplemented (or TypeError when strict)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool) or value is True or value is False:
        return _make(0 if value >= 0 else 1, abs(int(value)), 0)
    if strict:
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
    return NotImplemented


class Decimal:
    """A floating-point decimal number with exact, context-governed arithmetic."""
    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        ctx = _context(context)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                nan = ctx._raise([ConversionSyntax], _NAN_VALUE)
                sign, coef, exp, kind = nan._sign, nan._coef, nan._exp, nan._kind
            else:
                sign, coef, exp, kind = parsed
        elif isinstance(value, Decimal):
            sign, coef, exp, kind = value._sign, value._coef, value._exp, value._kind
        elif isinstance(value, int):
            sign, coef, exp, kind = (1 if value < 0 else 0), abs(int(value)), 0, _FINITE
        elif isinstance(value, float):
            ctx._raise([FloatOperation], None)
            source = _from_float(value)
            sign, coef, exp, kind = source._sign, source._coef, source._exp, source._kind
        elif isinstance(value, (tuple, list)):
            sign, coef, exp, kind = _from_tuple(value)
        else:
            raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
        self = object.__new__(cls)
        self._sign = sign
        self._coef = coef
        self._exp = exp
        self._kind = kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            value = _operand(f)
        elif isinstance(f, float):
            value = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return value if cls is Decimal else cls(value)

    # --- views -------------------------------------------------------------------------------
    def as_tuple(self):
        if self._kind == _FINITE:
            exp = self._exp
        else:
            exp = {_INF: 'F', _NAN: 'n', _SNAN: 'N'}[self._kind]
        digits = () if self._kind != _FINITE and self._coef == 0 and self._kind != _INF else \
            tuple(int(c) for c in _digit_string(self._coef))
        if self._kind == _INF:
            digits = (0,)
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _digits(self._coef) - 1

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() >= _context(context).Emin

    def is_subnormal(self, context=None):
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() < _context(context).Emin

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _operand(other, True)
        return _make(other._sign, self._coef, self._exp, self._kind)

    def same_quantum(self, other, context=None):
        other = _operand(other, True)
        if self._kind or other._kind:
            return (self._kind >= _NAN and other._kind >= _NAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _make(0, 0, 0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        ctx = _context(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.adjusted() < ctx.Emin else 'Normal')

    # --- text --------------------------------------------------------------------------------
    def __str__(self, eng=False, context=None):
        capitals = _context(context).capitals
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind >= _NAN:
            payload = _digit_string(self._coef) if self._coef else ''
            return sign + ('sNaN' if self._kind == _SNAN else 'NaN') + payload
        digits = _digit_string(self._coef)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            point = len(digits) + exp
            if exp == 0:
                return sign + digits
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        if not eng:
            lead = 1
        elif self._coef == 0:
            # An engineering zero keeps a multiple-of-three exponent by growing zeros after the point.
            mantissa = ('0', '0.00', '0.0')[adjusted % 3]
            return sign + mantissa + _exponent_text(adjusted + (0, 2, 1)[adjusted % 3], capitals)
        else:
            lead = adjusted % 3 + 1
            adjusted -= lead - 1
        if len(digits) > lead:
            mantissa = digits[:lead] + '.' + digits[lead:]
        else:
            mantissa = digits + '0' * (lead - len(digits))
        return sign + mantissa + (_exponent_text(adjusted, capitals) if adjusted else '')

    def __repr__(self):
        return "Decimal('" + self.__str__() + "')"

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __format__(self, spec):
        return _format(self, spec)

    # --- conversions -------------------------------------------------------------------------
    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def __int__(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        n = self._coef * 10 ** self._exp if self._exp >= 0 else self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _NAN:
            return float('-nan') if self._sign else float('nan')
        return float(self.__str__())

    def __floor__(self):
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        return int(self._integral(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._kind == _INF:
                raise OverflowError('cannot round an infinity')
            if self._kind != _FINITE:
                raise ValueError('cannot round a NaN')
            return int(self._integral(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    def _integral(self, rounding):
        if self._exp >= 0 or self._kind != _FINITE:
            return self
        coef, _ = _round_off(self._sign, self._coef, -self._exp, rounding)
        return _make(self._sign, coef, 0)

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._coef * pow(_HASH_INV10, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (Decimal, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # --- comparisons -------------------------------------------------------------------------
    def _compare_key(self, other, ordering):
        """(self, other) as Decimals for a comparison, None for NaN (after signalling), or
        NotImplemented."""
        ctx = _inst.current
        if isinstance(other, float):
            # Equality with a float only records the signal; ordering raises when it is trapped.
            if ordering:
                ctx._raise([FloatOperation], None)
            else:
                ctx.flags[FloatOperation] = True
            other = _from_float(other)
        elif _is_fraction(other):
            if self._kind != _FINITE:
                other = _make(0 if other >= 0 else 1, 1, 0)
            else:
                # Compare numerator against self * denominator exactly.
                scaled = _multiply_exact(self, other.denominator)
                return scaled, _operand(other.numerator)
        else:
            other = _operand(other)
            if other is NotImplemented:
                return NotImplemented
        if self._kind >= _NAN or other._kind >= _NAN:
            if ordering or self._kind == _SNAN or other._kind == _SNAN:
                ctx._raise([InvalidOperation], None)
            return None
        return self, other

    def __eq__(self, other):
        pair = self._compare_key(other, False)
        if pair is NotImplemented:
            return pair
        return pair is not None and _cmp(pair[0], pair[1]) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        pair = self._compare_key(other, True)
        return pair if pair is NotImplemented else pair is not None and _cmp(pair[0], pair[1]) < 0

    def __le__(self, other):
        pair = self._compare_key(other, True)
        return pair if pair is NotImplemented else pair is not None and _cmp(pair[0], pair[1]) <= 0

    def __gt__(self, other):
        pair = self._compare_key(other, True)
        return pair if pair is NotImplemented else pair is not None and _cmp(pair[0], pair[1]) > 0

    def __ge__(self, other):
        pair = self._compare_key(other, True)
        return pair if pair is NotImplemented else pair is not None and _cmp(pair[0], pair[1]) >= 0

    def compare(self, other, context=None):
        ctx = _context(context)
        other = _operand(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return _make(*{-1: (1, 1, 0), 0: (0, 0, 0), 1: (0, 1, 0)}[_cmp(self, other)])

    def compare_signal(self, other, context=None):
        ctx = _context(context)
        other = _operand(other, True)
        if self._kind >= _NAN or other._kind >= _NAN:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        return self.compare(other, ctx)

    def max(self, other, context=None):
        return _min_max(self, _operand(other, True), _context(context), 1)

    def min(self, other, context=None):
        return _min_max(self, _operand(other, True), _context(context), -1)

    # --- arithmetic --------------------------------------------------------------------------
    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _add(self, other, _context(context), False)

    def __radd__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _add(other, self, _inst.current, False)

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _add(self, other, _context(context), True)

    def __rsub__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _add(other, self, _inst.current, True)

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _multiply(self, other, _context(context))

    def __rmul__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _multiply(other, self, _inst.current)

    def __truediv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divide(self, other, _context(context))

    def __rtruediv__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divide(other, self, _inst.current)

    def __floordiv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divmod(self, other, _context(context), _QUOTIENT)[0]

    def __rfloordiv__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divmod(other, self, _inst.current, _QUOTIENT)[0]

    def __mod__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divmod(self, other, _context(context), _REMAINDER)[1]

    def __rmod__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divmod(other, self, _inst.current, _REMAINDER)[1]

    def __divmod__(self, other, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divmod(self, other, _context(context))

    def __rdivmod__(self, other):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _divmod(other, self, _inst.current)

    def __pow__(self, other, modulo=None, context=None):
        if type(other) is not Decimal:
            other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if modulo is not None:
            return _power_modulo(self, other, _operand(modulo, True), ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None):
        if type(other) is not Decimal:
            other = _operand(other)
        return other if other is NotImplemented else _power(other, self, _inst.current)

    def __neg__(self, context=None):
        return self._minus(_context(context))

    def __pos__(self, context=None):
        return self._plus(_context(context))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._abs(_context(context))

    def _plus(self, ctx):
        if self._kind >= _NAN:
            return _nan_result(self, None, ctx)
        if self._kind == _FINITE and self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            return _finish(0, 0, self._exp, ctx)
        return _finish(self._sign, self._coef, self._exp, ctx) if self._kind == _FINITE else self

    def _minus(self, ctx):
        if self._kind >= _NAN:
            return _nan_result(self, None, ctx)
        flipped = self.copy_negate()
        if self._kind == _FINITE and self._coef == 0 and ctx.rounding != ROUND_FLOOR:
            flipped = _make(0, 0, self._exp)
        return flipped._plus(ctx) if flipped._coef else _finish(flipped._sign, 0, flipped._exp, ctx)

    def _abs(self, ctx):
        if self._kind >= _NAN:
            return _nan_result(self, None, ctx)
        return self.copy_abs()._plus(ctx)

    def fma(self, other, third, context=None):
        ctx = _context(context)
        other = _operand(other, True)
        third = _operand(third, True)
        if self._kind or other._kind:
            return _add(_multiply(self, other, ctx), third, ctx, False)
        product = _make(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        return _add(product, third, ctx, False)

    # --- rounding and scaling -----------------------------------------------------------------
    def quantize(self, exp, rounding=None, context=None):
        ctx = _context(context)
        exp = _operand(exp, True)
        rounding = rounding if rounding is not None else ctx.rounding
        if self._kind or exp._kind:
            nan = _nan_result(self, exp, ctx)
            if nan is not None:
                return nan
            if self._kind == _INF and exp._kind == _INF:
                return self
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx.Emax:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        if self._coef == 0:
            return _make(self._sign, 0, target)
        if self.adjusted() > ctx.Emax or target - self._exp > 0 and \
                self._exp + _digits(self._coef) - target > ctx.prec:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        if target <= self._exp:
            coef, inexact = self._coef * 10 ** (self._exp - target), False
            dropped = False
        else:
            coef, inexact = _round_off(self._sign, self._coef, target - self._exp, rounding)
            dropped = True
        if _digits(coef) > ctx.prec:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        conditions = []
        if coef and target + _digits(coef) - 1 < ctx.Emin:
            conditions.append(Subnormal)
        if inexact:
            conditions.append(Inexact)
        if dropped and (inexact or self._coef % 10 ** (target - self._exp) == 0 and target > self._exp):
            conditions.append(Rounded)
        result = _make(self._sign, coef, target)
        return ctx._raise(conditions, result) if conditions else result

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return _nan_result(self, None, ctx)
        if self._kind == _INF or self._exp >= 0:
            return self
        return self._integral(rounding if rounding is not None else ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return _nan_result(self, None, ctx)
        if self._kind == _INF or self._exp >= 0:
            return self
        coef, inexact = _round_off(self._sign, self._coef, -self._exp,
                                   rounding if rounding is not None else ctx.rounding)
        result = _make(self._sign, coef, 0)
        return ctx._raise([Inexact, Rounded] if inexact else [Rounded], result)

    def normalize(self, context=None):
        ctx = _context(context)
        if self._kind >= _NAN:
            return _nan_result(self, None, ctx)
        if self._kind == _INF:
            return self
        value = _finish(self._sign, self._coef, self._exp, ctx)
        if value._kind != _FINITE:
            return value
        if value._coef == 0:
            return _make(value._sign, 0, 0)
        coef, exp = value._coef, value._exp
        limit = ctx.Etop() if ctx.clamp else ctx.Emax
        coef, exp = _strip_zeros(coef, exp, limit)
        return _make(value._sign, coef, exp)

    def scaleb(self, other, context=None):
        ctx = _context(context)
        other = _operand(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._kind or other._exp != 0:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        shift = -other._coef if other._sign else other._coef
        if self._kind == _INF:
            return self
        return _finish(self._sign, self._coef, self._exp + shift, ctx)

    # --- functions ---------------------------------------------------------------------------
    def sqrt(self, context=None):
        return _sqrt(self, _context(context))

    def exp(self, context=None):
        return _exp(self, _context(context))

    def ln(self, context=None):
        return _ln(self, _context(context), False)

    def log10(self, context=None):
        return _ln(self, _context(context), True)


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or isinstance(sign, bool):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _NAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = kinds[exp]
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for d in digits:
        if not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + d
    if kind == _INF:
        return sign, 0, 0, _INF
    if kind != _FINITE:
        return sign, coef, 0, kind
    return sign, coef, exp, _FINITE


def _exponent_text(adjusted, capitals):
    return ('E' if capitals else 'e') + ('+' if adjusted >= 0 else '-') + str(abs(adjusted))


def _is_fraction(value):
    return type(value).__name__ == 'Fraction' and type(value).__module__ == 'fractions'


def _multiply_exact(value, factor):
    return _make(value._sign, value._coef * factor, value._exp)


# --- fitting a result into a context -------------------------------------------------------------

def _finish(sign, coef, exp, ctx, conditions=None):
    """The Decimal sign * coef * 10**exp fitted to ctx's precision and exponent range."""
    prec = ctx.prec
    # The common case: a normal number that already fits; nothing to round or signal.
    if coef and not conditions and ctx.Emin <= exp <= ctx.Emax - prec + 1 and coef < _pow10(prec):
        return _make(sign, coef, exp)
    conditions = conditions if conditions is not None else []
    etiny = ctx.Emin - prec + 1
    if coef == 0:
        top = ctx.Emax - prec + 1 if ctx.clamp else ctx.Emax
        if exp > top:
            exp = top
            conditions.append(Clamped)
        elif exp < etiny:
            exp = etiny
            conditions.append(Clamped)
        result = _make(sign, 0, exp)
        return ctx._raise(conditions, result) if conditions else result
    digits = _digits(coef)
    if exp + digits - 1 < ctx.Emin:
        # Subnormal: the exponent cannot go below Etiny, so precision is lost from the right.
        conditions.append(Subnormal)
        if exp < etiny:
            coef, inexact = _round_off(sign, coef, etiny - exp, ctx.rounding)
            exp = etiny
            conditions.append(Rounded)
            if inexact:
                conditions.extend((Inexact, Underflow))
                if coef == 0:
                    conditions.append(Clamped)
            if coef and _digits(coef) > prec - 0 and exp + _digits(coef) - 1 >= ctx.Emin:
                conditions.remove(Subnormal)
        result = _make(sign, coef, exp)
        return ctx._raise(conditions, result)
    if digits > prec:
        coef, inexact = _round_off(sign, coef, digits - prec, ctx.rounding)
        exp += digits - prec
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        conditions.append(Rounded)
        if inexact:
            conditions.append(Inexact)
    if exp + _digits(coef) - 1 > ctx.Emax:
        conditions.extend((Overflow, Inexact, Rounded))
        return ctx._raise(conditions, _overflow_result(sign, ctx))
    if ctx.clamp and exp > ctx.Emax - prec + 1:
        top = ctx.Emax - prec + 1
        coef *= 10 ** (exp - top)
        exp = top
        conditions.append(Clamped)
    result = _make(sign, coef, exp)
    return ctx._raise(conditions, result) if conditions else result


def _overflow_result(sign, ctx):
    rounding = ctx.rounding
    to_infinity = rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
        (rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1)
    if to_infinity:
        return _make(sign, 0, 0, _INF)
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _nan_result(a, b, ctx):
    """The NaN an operation on a (and b) returns, signalling for sNaN; None when neither is NaN."""
    if a._kind == _SNAN:
        return ctx._raise([InvalidOperation], _quiet(a, ctx))
    if b is not None and b._kind == _SNAN:
        return ctx._raise([InvalidOperation], _quiet(b, ctx))
    if a._kind == _NAN:
        return _quiet(a, ctx)
    if b is not None and b._kind == _NAN:
        return _quiet(b, ctx)
    return None


def _quiet(nan, ctx):
    payload = nan._coef
    if payload and _digits(payload) > ctx.prec - ctx.clamp:
        payload = 0
    return _make(nan._sign, payload, 0, _NAN)


def _cmp(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._kind == _INF or b._kind == _INF:
        av = 0 if a._kind != _INF else (-1 if a._sign else 1)
        bv = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if av != bv:
            return -1 if av < bv else 1
        if av != 0:
            return 0
    if a._coef == 0 and b._coef == 0:
        return 0
    if a._coef == 0:
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    magnitude = _cmp_magnitude(a, b)
    return -magnitude if a._sign else magnitude


def _cmp_magnitude(a, b):
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a != adj_b:
        return 1 if adj_a > adj_b else -1
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    return (x > y) - (x < y)


def _min_max(a, b, ctx, direction):
    if a._kind >= _NAN or b._kind >= _NAN:
        if a._kind == _SNAN or b._kind == _SNAN:
            return _nan_result(a, b, ctx)
        if a._kind == _NAN and b._kind == _NAN:
            return _quiet(a, ctx)
        return (b if a._kind == _NAN else a)._plus(ctx)
    order = _cmp(a, b)
    if order == 0:
        # Equal values: prefer by sign, then by exponent, as the specification orders them.
        if a._sign != b._sign:
            order = -1 if a._sign else 1
        elif a._kind == _FINITE and b._kind == _FINITE and a._exp != b._exp:
            order = 1 if (a._exp > b._exp) != bool(a._sign) else -1
    chosen = a if order * direction >= 0 else b
    return chosen._plus(ctx)


# --- the operations ----------------------------------------------------------------------------

def _add(a, b, ctx, subtract):
    b_sign = b._sign ^ 1 if subtract else b._sign
    if a._kind or b._kind:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._kind == _INF:
            if b._kind == _INF and a._sign != b_sign:
                return ctx._raise([InvalidOperation], _NAN_VALUE)
            return a
        return _make(b_sign, 0, 0, _INF)
    exp = min(a._exp, b._exp)
    if a._coef == 0 and b._coef == 0:
        sign = a._sign & b_sign
        if a._sign != b_sign and ctx.rounding == ROUND_FLOOR:
            sign = 1
        return _finish(sign, 0, exp, ctx)
    if a._coef == 0 or b._coef == 0:
        # The non-zero operand gains trailing zeros towards the zero's exponent, up to prec digits.
        value, value_sign = (b, b_sign) if a._coef == 0 else (a, a._sign)
        room = ctx.prec - _digits(value._coef)
        zeros = max(0, min(value._exp - exp, room))
        # Zeros beyond the precision are discarded: Rounded, but exact.
        conditions = [Rounded] if value._exp - exp > max(room, 0) else None
        return _finish(value_sign, value._coef * 10 ** zeros, value._exp - zeros, ctx, conditions)
    a_coef, a_exp, b_coef, b_exp = a._coef, a._exp, b._coef, b._exp
    if abs(a_exp - b_exp) > ctx.prec + 2:
        # An operand entirely below the result's rounding digit only matters as a sticky digit.
        floor = max(a.adjusted(), b.adjusted()) - ctx.prec - 2
        if a_exp + _digits(a_coef) - 1 < floor and b_exp > floor:
            a_coef, a_exp = 1, floor - 1
        elif b_exp + _digits(b_coef) - 1 < floor and a_exp > floor:
            b_coef, b_exp = 1, floor - 1
    exp = min(a_exp, b_exp)
    x = a_coef * 10 ** (a_exp - exp)
    y = b_coef * 10 ** (b_exp - exp)
    total = (-x if a._sign else x) + (-y if b_sign else y)
    if total == 0:
        return _finish(1 if ctx.rounding == ROUND_FLOOR else 0, 0, exp, ctx)
    return _finish(1 if total < 0 else 0, abs(total), exp, ctx)


def _multiply(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if (a._kind == _INF and b._kind == _FINITE and b._coef == 0) or \
                (b._kind == _INF and a._kind == _FINITE and a._coef == 0):
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        return _make(sign, 0, 0, _INF)
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _divide(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._kind == _INF and b._kind == _INF:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        if a._kind == _INF:
            return _make(sign, 0, 0, _INF)
        return ctx._raise([Clamped], _make(sign, 0, ctx.Etiny()))
    if b._coef == 0:
        if a._coef == 0:
            return ctx._raise([DivisionUndefined], _NAN_VALUE)
        return ctx._raise([DivisionByZero], _make(sign, 0, 0, _INF))
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(sign, 0, ideal, ctx)
    shift = _digits(b._coef) - _digits(a._coef) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(a._coef * 10 ** shift, b._coef)
    else:
        q, r = divmod(a._coef, b._coef * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    return _finish(sign, q, exp, ctx)


_QUOTIENT, _REMAINDER, _BOTH = 1, 2, 3


def _divmod(a, b, ctx, which=_BOTH):
    """(a // b, a % b): the quotient truncated towards zero, the remainder with a's sign. Only
    the parts in `which` are computed, so that an unused remainder cannot signal."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan, nan
        if a._kind == _INF:
            quotient = invalid = None
            if b._kind == _INF or which & _REMAINDER:
                invalid = ctx._raise([InvalidOperation], _NAN_VALUE)
            if which & _QUOTIENT:
                quotient = invalid if b._kind == _INF else _make(sign, 0, 0, _INF)
            return quotient, invalid
        return _make(sign, 0, 0), (_finish(a._sign, a._coef, a._exp, ctx) if which & _REMAINDER else None)
    if b._coef == 0:
        if a._coef == 0:
            undefined = ctx._raise([DivisionUndefined], _NAN_VALUE)
            return undefined, undefined
        quotient = ctx._raise([DivisionByZero], _make(sign, 0, 0, _INF)) if which & _QUOTIENT else None
        remainder = ctx._raise([InvalidOperation], _NAN_VALUE) if which & _REMAINDER else None
        return quotient, remainder
    exp = min(a._exp, b._exp)
    if a._coef == 0:
        return _make(sign, 0, 0), (_finish(a._sign, 0, exp, ctx) if which & _REMAINDER else None)
    if a.adjusted() - b.adjusted() > ctx.prec:
        impossible = ctx._raise([DivisionImpossible], _NAN_VALUE)
        return impossible, impossible
    if a.adjusted() < b.adjusted() and a._exp <= b._exp:
        return _make(sign, 0, 0), (_finish(a._sign, a._coef, a._exp, ctx) if which & _REMAINDER else None)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _digits(q) > ctx.prec:
        impossible = ctx._raise([DivisionImpossible], _NAN_VALUE)
        return impossible, impossible
    return _make(sign, q, 0), (_finish(a._sign, r, exp, ctx) if which & _REMAINDER else None)


def _power_modulo(base, exponent, modulo, ctx):
    if base._kind >= _NAN or exponent._kind >= _NAN:
        return _nan_result(base, exponent, ctx)
    if modulo._kind >= _NAN:
        return _nan_result(modulo, None, ctx)
    integral = all(v._kind == _FINITE and (v._exp >= 0 or v._coef % _pow10(-v._exp) == 0)
                   for v in (base, exponent, modulo))
    if not integral or exponent._sign or modulo._coef == 0 or \
            _digits(modulo._coef) + modulo._exp > ctx.prec:
        return ctx._raise([InvalidOperation], _NAN_VALUE)
    magnitude = pow(abs(int(base)), int(exponent), abs(int(modulo)))
    sign = base._sign if int(exponent) % 2 == 1 else 0
    return _make(sign if magnitude else 0, magnitude, 0)


def _power(base, exponent, ctx):
    if base._kind >= _NAN or exponent._kind >= _NAN:
        return _nan_result(base, exponent, ctx)
    integral_exponent = exponent._kind == _FINITE and (
        exponent._exp >= 0 or exponent._coef % 10 ** -exponent._exp == 0)
    n = int(exponent) if integral_exponent else None
    negative_result = base._sign == 1 and n is not None and n % 2 == 1
    sign = 1 if negative_result else 0
    if base._kind == _FINITE and base._coef == 0:
        if exponent._kind == _FINITE and exponent._coef == 0:
            return ctx._raise([InvalidOperation], _NAN_VALUE)
        if exponent._sign:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 0, 0)
    if base._sign and not integral_exponent:
        return ctx._raise([InvalidOperation], _NAN_VALUE)
    if base._kind == _INF:
        if exponent._kind == _FINITE and exponent._coef == 0:
            return _make(0, 1, 0)
        if exponent._sign:
            return _make(sign, 0, 0)
        return _make(sign, 0, 0, _INF)
    if exponent._kind == _INF:
        magnitude = _cmp_magnitude(base, _ONE)
        if magnitude == 0:
            return ctx._raise([Inexact, Rounded], _make(0, 10 ** (ctx.prec - 1), 1 - ctx.prec))
        grows = (magnitude > 0) != bool(exponent._sign)
        return _make(0, 0, 0, _INF) if grows else _make(0, 0, 0)
    if exponent._coef == 0:
        return _finish(0, 1, 0, ctx)
    if _is_unit(base):
        return _power_of_one(base, exponent, n, sign, ctx)
    beyond = _power_beyond_range(base, exponent, sign, ctx)
    if beyond is not None:
        return beyond
    if n is not None:
        return _power_integral(base, n, sign, ctx)
    exact = _power_exact(base, exponent, ctx)
    if exact is not None:
        return exact
    return _power_general(base, exponent, ctx)


def _is_unit(x):
    """Whether |x| is exactly one (1, 1.0, 1.00...); very long forms are left to the general path."""
    return -5000 < x._exp <= 0 and x._coef == 10 ** -x._exp


def _power_of_one(base, exponent, n, sign, ctx):
    """(±1.00...) ** y: exactly one, with as many trailing zeros as an integral power gives."""
    if n is None:
        return _power_exact(base, exponent, ctx)
    zeros = -base._exp * n
    if zeros <= 0:
        return _make(sign, 1, 0)
    kept = min(zeros, ctx.prec - 1)
    result = _make(sign, 10 ** kept, -kept)
    return ctx._raise([Rounded], result) if kept < zeros else result


def _ln_magnitude_floor(x):
    """A cheap lower bound on the adjusted exponent of ln(|x|), for |x| != 1."""
    t = x.adjusted()
    if t > 0:
        return _digits(t) - 1
    if t < -1:
        return _digits(-(t + 1)) - 1
    distance = _minus_one(x.copy_abs()).adjusted()
    return distance - 2 if t == 0 else distance - 1


def _minus_one(x):
    """x - 1 exactly, for a finite x (no context: nothing is rounded)."""
    exp = min(x._exp, 0)
    value = (-x._coef if x._sign else x._coef) * _pow10(x._exp - exp) - _pow10(-exp)
    return _make(1 if value < 0 else 0, abs(value), exp)


def _power_beyond_range(base, exponent, sign, ctx):
    """The result when x ** y certainly overflows or underflows the context, else None; decided
    from exponents alone, before any logarithm is computed."""
    grows = (base.adjusted() < 0) == bool(exponent._sign)
    bound = _digits(ctx.Emax) if grows else _digits(-ctx.Etiny())
    if bound >= _ln_magnitude_floor(base) + exponent.adjusted():
        return None
    return _finish(sign, 1, ctx.Emax + 1 if grows else ctx.Etiny() - 1, ctx)


def _power_integral(base, n, sign, ctx):
    size = _digits(base._coef) * abs(n)
    if size <= 4 * ctx.prec + 1000:
        if n > 0:
            return _finish(sign, base._coef ** n, base._exp * n, ctx)
        denominator = _make(0, base._coef ** -n, base._exp * -n)
        return _divide(_make(sign, 1, 0), denominator, ctx)
    return _power_general(base.copy_abs(), _make(0 if n > 0 else 1, abs(n), 0), ctx, sign)


def _power_exact(base, exponent, ctx):
    """x ** y when y = p/q with small q and x an exact q-th power: CPython returns it padded to
    the precision, like 4 ** 0.5 == 2.000...0."""
    numerator, denominator = exponent.as_integer_ratio()
    if denominator > 64 or base._sign:
        return None
    n, d = base.as_integer_ratio()
    root_n = _integer_root(n, denominator)
    root_d = _integer_root(d, denominator)
    if root_n is None or root_d is None or abs(numerator) > 4 * ctx.prec:
        return None
    if numerator < 0:
        root_n, root_d = root_d, root_n
        numerator = -numerator
    top, bottom = root_n ** numerator, root_d ** numerator
    if top % bottom and not _terminates(bottom):
        return None
    quotient = _divide(_operand(top), _operand(bottom), ctx)
    digits = _digits(quotient._coef)
    pad = ctx.prec - digits
    if pad > 0:
        return _make(quotient._sign, quotient._coef * 10 ** pad, quotient._exp - pad)
    return quotient


def _terminates(d):
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1


def _integer_root(n, k):
    if n < 0:
        return None
    if k == 1:
        return n
    guess = int(round(n ** (1.0 / k))) if n < 2 ** 1000 else None
    if guess is None:
        return None
    for candidate in (guess - 1, guess, guess + 1):
        if candidate >= 0 and candidate ** k == n:
            return candidate
    return None


# --- transcendental functions: fixed-point integer series, then one rounding ------------------

def _sqrt(x, ctx):
    if x._kind >= _NAN:
        return _nan_result(x, None, ctx)
    if x._kind == _INF:
        return ctx._raise([InvalidOperation], _NAN_VALUE) if x._sign else x
    ideal = x._exp // 2
    if x._coef == 0:
        return _finish(x._sign, 0, ideal, ctx)
    if x._sign:
        return ctx._raise([InvalidOperation], _NAN_VALUE)
    coef, exp = x._coef, x._exp
    if exp % 2:
        coef *= 10
        exp -= 1
    shift = max(0, ctx.prec + 1 - (_digits(coef) + 1) // 2)
    scaled = coef * 10 ** (2 * shift)
    root = _math.isqrt(scaled)
    exp = exp // 2 - shift
    if root * root == scaled:
        root, exp = _strip_zeros(root, exp, ideal)
        return _finish(0, root, exp, ctx)
    if root % 5 == 0:
        root += 1
    saved = ctx.rounding
    object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)
    try:
        return _finish(0, root, exp, ctx)
    finally:
        object.__setattr__(ctx, 'rounding', saved)


def _atanh_inverse(k, scale):
    """atanh(1/k) * 10**scale, truncated."""
    one = 10 ** scale
    power = one // k
    k2 = k * k
    total, n = power, 3
    while power:
        power //= k2
        total += power // n
        n += 2
    return total


def _ln2(scale):
    return 2 * _atanh_inverse(3, scale)


def _ln10(scale):
    return 3 * _ln2(scale) + 2 * _atanh_inverse(9, scale)


def _ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) * 10**scale for a positive value, with a few units of error."""
    guard = scale + 10
    one = 10 ** guard
    digits = _digits(coef)
    # Write the value as m * 10**tens with m in [1, 10), then m as r * 2**twos with r near 1.
    tens = exp + digits - 1
    if digits - 1 <= guard:
        m = coef * 10 ** (guard - digits + 1)
    else:
        m = coef // 10 ** (digits - 1 - guard)
    twos = 0
    while m > one * 4 // 3:
        m = m // 2
        twos += 1
    # ln(r) = 2 * atanh((r - 1) / (r + 1)), a fast series for r in [2/3, 4/3].
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    term, total, n = z, z, 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
    if m < one:
        total = -total
    result = 2 * total + twos * _ln2(guard) + tens * _ln10(guard)
    return result // 10 ** 10


def _exp_fixed(value, scale):
    """exp(value / 10**scale) as (coef, exp) with about `scale` correct digits; value may be
    any int. Returns a coefficient with a few units of error in its last digits."""
    guard = scale + 10
    one = 10 ** guard
    v = value * 10 ** 10
    ln10 = _ln10(guard)
    tens = v // ln10
    r = v - tens * ln10  # 0 <= r < ln10
    halvings = 0
    while r > one // 8:
        r //= 2
        halvings += 1
    term, total, n = one, one, 0
    while term:
        n += 1
        term = term * r // (one * n)
        total += term
    for _ in range(halvings):
        total = total * total // one
    return total, tens - guard


def _exp(x, ctx):
    if x._kind >= _NAN:
        return _nan_result(x, None, ctx)
    if x._kind == _INF:
        return _make(0, 0, 0) if x._sign else x
    if x._coef == 0:
        return _make(0, 1, 0)
    prec = ctx.prec
    adjusted = x.adjusted()
    # Far outside the exponent range the result overflows or underflows without computing it.
    if adjusted > len(str(max(ctx.Emax, -ctx.Etiny()))) + 1:
        if x._sign:
            return _underflow_to_zero(0, ctx)
        return _rounded_half_even(0, 1, ctx.Emax + 1, ctx)
    if adjusted < -prec - 2:
        # exp(x) is 1 + x to well beyond the precision: a sticky digit decides the rounding.
        coef = 10 ** (prec + 2) + (-1 if x._sign else 1)
        return _rounded_half_even(0, coef, -(prec + 2), ctx)
    scale = prec + max(0, adjusted) + 12
    value = x._coef * 10 ** (scale + x._exp) if scale + x._exp >= 0 else x._coef // 10 ** -(scale + x._exp)
    coef, exp = _exp_fixed(-value if x._sign else value, scale)
    return _rounded_half_even(0, coef * 10 + 1, exp - 1, ctx)


def _underflow_to_zero(sign, ctx):
    """A result far below the smallest subnormal: zero, whatever the rounding, as CPython does."""
    return ctx._raise([Underflow, Subnormal, Inexact, Rounded, Clamped], _make(sign, 0, ctx.Etiny()))


def _rounded_half_even(sign, coef, exp, ctx):
    saved = ctx.rounding
    object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)
    try:
        return _finish(sign, coef, exp, ctx)
    finally:
        object.__setattr__(ctx, 'rounding', saved)


def _ln(x, ctx, base10):
    if x._kind >= _NAN:
        return _nan_result(x, None, ctx)
    if x._kind == _FINITE and x._coef == 0:
        return _make(1, 0, 0, _INF)
    if x._sign:
        return ctx._raise([InvalidOperation], _NAN_VALUE)
    if x._kind == _INF:
        return x
    if base10:
        # Exact powers of ten have exact logarithms.
        coef, exp = x._coef, x._exp
        coef, exp = _strip_zeros(coef, exp, exp + _digits(coef))
        if coef == 1:
            return _finish(1 if exp < 0 else 0, abs(exp), 0, ctx)
    elif x._coef == 1 and x._exp == 0:
        return _make(0, 0, 0)
    prec = ctx.prec
    magnitude = max(1, _digits(abs(x.adjusted())) + 1)
    scale = prec + magnitude + 12
    if _is_unit(x):
        return _make(0, 0, 0)
    if -1 <= x.adjusted() <= 0:
        # Values near 1 have logarithms near 0: keep enough digits for their leading zeros.
        distance = _minus_one(x).adjusted()
        if distance < -3:
            scale -= distance
    value = _ln_fixed(x._coef, x._exp, scale)
    if base10:
        value = value * 10 ** (scale + 10) // _ln10(scale + 10)
    sign = 1 if value < 0 else 0
    return _rounded_half_even(sign, abs(value) * 10 + 1, -scale - 1, ctx)


def _power_general(base, exponent, ctx, sign=0):
    """base ** exponent = exp(exponent * ln(base)), computed with guard digits."""
    prec = ctx.prec
    magnitude = _digits(abs(exponent.adjusted())) + _digits(abs(base.adjusted()) + 1)
    scale = prec + magnitude + max(0, exponent.adjusted()) + 15
    ln_base = _ln_fixed(base._coef, base._exp, scale)
    product = ln_base * exponent._coef
    product = product * 10 ** exponent._exp if exponent._exp >= 0 else product // 10 ** -exponent._exp
    if exponent._sign:
        product = -product
    coef, exp = _exp_fixed(product, scale)
    if exp + _digits(coef) < ctx.Etiny() - 1:
        return _underflow_to_zero(sign, ctx)
    return _finish(sign, coef * 10 + 1, exp - 1, ctx)


# --- format() ------------------------------------------------------------------------------------

def _parse_spec(spec):
    fill, align, i = ' ', None, 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i:i + 1] == 'z':
        no_neg_zero = True
        i += 1
    if spec[i:i + 1] == '0':
        if align is None:
            fill, align = '0', '='
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ''
    if spec[i:i + 1] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = spec[i:]
    if len(kind) > 1 or (kind and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    return fill, align, sign, no_neg_zero, width, grouping, precision, kind


def _format(value, spec):
    fill, align, sign_mode, no_neg_zero, width, grouping, precision, kind = _parse_spec(spec)
    ctx = _inst.current
    if kind == '' and precision is not None:
        kind = 'G' if ctx.capitals else 'g'
    sign = value._sign
    if value._kind != _FINITE:
        body = 'Infinity' if value._kind == _INF else ('sNaN' if value._kind == _SNAN else 'NaN')
        if value._kind >= _NAN and value._coef:
            body += _digit_string(value._coef)
        body += '%' if kind == '%' else ''
        if fill == '0' and align == '=':
            fill, align = ' ', '>'
    else:
        coef, exp = value._coef, value._exp
        if kind == '%':
            exp += 2
        rounding = ctx.rounding
        if precision is not None:
            if kind in ('e', 'E'):
                keep = precision + 1
                if _digits(coef) > keep:
                    drop = _digits(coef) - keep
                    coef, _ = _round_off(sign, coef, drop, rounding)
                    exp += drop
                    if _digits(coef) > keep:
                        coef //= 10
                        exp += 1
                elif coef:
                    coef *= 10 ** (keep - _digits(coef))
                    exp -= keep - _digits(value._coef)
            elif kind in ('f', 'F', '%'):
                if exp < -precision:
                    coef, _ = _round_off(sign, coef, -precision - exp, rounding)
                    exp = -precision
                else:
                    coef *= 10 ** (exp + precision)
                    exp = -precision
            else:
                keep = max(precision, 1)
                if _digits(coef) > keep:
                    drop = _digits(coef) - keep
                    coef, _ = _round_off(sign, coef, drop, rounding)
                    exp += drop
                    if _digits(coef) > keep:
                        coef //= 10
                        exp += 1
        if coef == 0 and no_neg_zero:
            sign = 0
        digits = _digit_string(coef)
        if coef == 0 and precision is not None and kind in ('e', 'E'):
            digits = '0' * (precision + 1)
        leftdigits = exp + len(digits)
        if kind in ('e', 'E'):
            dotplace = 1
        elif kind in ('f', 'F', '%'):
            dotplace = leftdigits
        elif kind in ('g', 'G', 'n') or kind == '':
            if exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            integer, fraction = '0', '0' * -dotplace + digits
        elif dotplace > len(digits):
            integer = '0' if coef == 0 else digits + '0' * (dotplace - len(digits))
            fraction = ''
        else:
            integer, fraction = digits[:dotplace] or '0', digits[dotplace:]
        point = '.' if fraction else ''
        exponent = leftdigits - dotplace
        if kind in ('e', 'E') or kind in ('g', 'G', 'n') or kind == '':
            if exponent != 0 or kind in ('e', 'E'):
                letter = 'E' if kind in ('E', 'G') or (kind == '' and ctx.capitals) else 'e'
                tail = letter + ('+' if exponent >= 0 else '-') + str(abs(exponent))
            else:
                tail = ''
        else:
            tail = ''
        if kind == '%':
            tail = '%'
        if grouping or (fill == '0' and align == '='):
            integer = _group(integer, grouping, width, fill, align, sign, sign_mode, point + fraction + tail)
        body = integer + point + fraction + tail
    prefix = '-' if sign else ('+' if sign_mode == '+' else (' ' if sign_mode == ' ' else ''))
    return _pad(prefix, body, fill, align or '>', width)


def _group(integer, separator, width, fill, align, sign, sign_mode, rest):
    zero_pad = fill == '0' and align == '='
    if zero_pad:
        has_sign = sign or sign_mode in '+ '
        target = width - len(rest) - (1 if has_sign else 0)
        if separator:
            while len(_insert_groups(integer, separator)) < target:
                integer = '0' + integer
        else:
            integer = integer.rjust(target, '0')
    return _insert_groups(integer, separator) if separator else integer


def _insert_groups(integer, separator):
    groups = []
    while len(integer) > 3:
        groups.append(integer[-3:])
        integer = integer[:-3]
    groups.append(integer)
    return separator.join(reversed(groups))


def _pad(prefix, body, fill, align, width):
    text = prefix + body
    gap = width - len(text)
    if gap <= 0:
        return text
    if align == '<':
        return text + fill * gap
    if align == '^':
        return fill * (gap // 2) + text + fill * (gap - gap // 2)
    if align == '=':
        return prefix + fill * gap + body
    return fill * gap + text


# --- module state ------------------------------------------------------------------------------

_NAN_VALUE = _make(0, 0, 0, _NAN)
_ONE = _make(0, 1, 0)

_inst = _State()
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
_inst.default = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])
_inst.current = DefaultContext.copy()
