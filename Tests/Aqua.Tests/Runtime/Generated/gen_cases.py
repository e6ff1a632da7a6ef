#!/usr/bin/env python3
"""Generates the expected-value tables of the runtime tests from CPython 3.11 itself.

Run from this folder with python3 (3.11): writes *.g.cs beside it. The tests never call
Python; the generated files are committed.
"""
import math, random, struct, sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

def cs_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 0x20 <= o < 0x7f: out.append(ch)
        elif o <= 0xffff: out.append('\\u%04x' % o)
        else: out.append('\\U%08x' % o)
    return '"' + ''.join(out) + '"'

def cs_val(v):
    if v is None: return 'None'
    if v is True: return 'B(true)'
    if v is False: return 'B(false)'
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return 'I(%dL)' % v if v != -2**63 else 'I(long.MinValue)'
        return 'Big("%d")' % v
    if isinstance(v, float):
        if math.isnan(v): return 'F(double.NaN)'
        if math.isinf(v): return 'F(double.PositiveInfinity)' if v > 0 else 'F(double.NegativeInfinity)'
        return 'F(BitConverter.Int64BitsToDouble(%d))' % struct.unpack('<q', struct.pack('<d', v))[0] if repr(v) != repr(float(repr(v))) else 'F(%s)' % (repr(v) if ('e' in repr(v) or '.' in repr(v)) else repr(v) + '.0')
    if isinstance(v, str): return 'S(%s)' % cs_str(v)
    if isinstance(v, list): return 'L(%s)' % ', '.join(cs_val(x) for x in v)
    if isinstance(v, tuple): return 'T(%s)' % ', '.join(cs_val(x) for x in v)
    if isinstance(v, dict):
        return 'D(%s)' % ', '.join(cs_val(x) for kv in v.items() for x in kv)
    raise TypeError(v)

def tname(v): return type(v).__name__

def describe(v):
    """What the test compares: type name and repr."""
    return '%s %s' % (tname(v), repr(v))

OPS = {
    'Add': ('+', lambda a, b: a + b, lambda A, B, m: f'Cannot add {A} and {B}: {m}'),
    'Sub': ('-', lambda a, b: a - b, lambda A, B, m: f'Cannot subtract {B} from {A}: {m}'),
    'Mul': ('*', lambda a, b: a * b, lambda A, B, m: f'Cannot multiply {A} and {B}: {m}'),
    'Div': ('/', lambda a, b: a / b, lambda A, B, m: f'Cannot divide {A} by {B}: {m}'),
    'Mod': ('%', lambda a, b: a % b, lambda A, B, m: f'Cannot compute {A} % {B}: {m}'),
    'Pow': ('**', lambda a, b: a ** b, lambda A, B, m: f'Cannot compute {A} ** {B}: {m}'),
}

def expected_arith(op, a, b):
    sym, f, wrap = OPS[op]
    if op == 'Div' and b == 0:
        return '!ZeroDivisionError: Division by zero'
    try:
        r = f(a, b)
    except TypeError as e:
        return '!TypeError: ' + wrap(tname(a), tname(b), str(e))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return '!%s: %s' % (type(e).__name__, e)
    if isinstance(r, complex):
        return '!ValueError: complex numbers are not supported'
    return describe(r)

NUMS = [0, 1, -1, 2, 3, -3, 7, -7, 10, 2**31, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -(2**63), 2**63,
        -(2**63) - 1, 2**64 + 1, -(2**70) + 3, 10**30, -(10**30) - 7,
        True, False,
        0.0, -0.0, 0.5, 2.5, -7.5, 3.0, 0.1, 1e308, -1e308, 1e-310, float(2**53), float('inf'), float('-inf'), float('nan')]
OTHERS = ['ab', '', 'x', [1, 2], [], (1,), (), {'a': 1}, None]

def arith_cases():
    cases = []
    for op in OPS:
        for a in NUMS:
            for b in NUMS:
                if op == 'Pow' and isinstance(a, int) and isinstance(b, int) and b > 2000: continue
                cases.append((op, a, b))
        for a in NUMS[:3] + [2.5, True, 10**30] + OTHERS:
            for b in [2, -1, 0, True, False, 2.5, 0.0, 10**30, 2**64] + OTHERS:
                if op == 'Mul' and isinstance(b, int) and abs(b) > 10**6 and isinstance(a, (str, list, tuple)) and not (isinstance(b, int) and abs(b) >= 2**63): continue
                if op == 'Mul' and isinstance(a, int) and abs(a) > 10**6 and isinstance(b, (str, list, tuple)) and not (abs(a) >= 2**63): continue
                if op == 'Mod' and isinstance(a, str): continue  # printf formatting: tested separately
                if op == 'Pow' and type(a) is int and abs(a) > 1 and type(b) is int and b > 2000: continue
                cases.append((op, a, b))
    extra = [
        ('Add', 2**63 - 1, 1), ('Sub', -(2**63), 1), ('Mul', -(2**63), -1), ('Sub', 0, -(2**63)),
        ('Mul', 2**32, 2**31), ('Mul', 2**32, 2**32), ('Mul', -(2**32), 2**31), ('Add', 2**64, -(2**64) + 5),
        ('Mul', 'ab', 3), ('Mul', 3, 'ab'), ('Mul', 'ab', True), ('Mul', [1, 'a'], 2), ('Mul', 2, (1,)), ('Mul', [0], -5),
        ('Mul', 'ab', 2**64), ('Mul', 'ab', -(2**64)), ('Mul', '', 2**63 - 1),
        ('Add', [1], [2, 3]), ('Add', (1,), (2, 3)), ('Add', 'a', 'b'),
        ('Mod', -7, 3), ('Mod', 10, -3), ('Mod', 7, -2.5), ('Mod', -7.5, 2), ('Mod', -(2**63), -1), ('Mod', 2**63 - 1, -(2**63)),
        ('Mod', 10**30, -7), ('Mod', -(10**30), 7), ('Mod', 5, -0.0), ('Mod', -0.0, 5), ('Mod', 1e308, 1e-308), ('Mod', -1e-320, 3.0),
        ('Div', 2**64 + 1, 3), ('Div', 10**30, 7), ('Div', 2**53 + 1, 1), ('Div', 2**53 + 3, 2), ('Div', -(2**53 + 1), 1),
        ('Div', 10**400, 10**399), ('Div', 1, 10**400), ('Div', -1, 10**400), ('Div', 10**400, 3), ('Div', 10**308 * 2, 1),
        ('Div', 0, -5), ('Div', 0, 10**30), ('Div', 3, 10**330), ('Div', 10**330, 10**20), ('Div', 2**1024 - 2**970, 1),
        ('Div', 2**1024 - 2**971, 1), ('Div', 2**1024, 2), ('Div', 1, 2**1074), ('Div', 1, 2**1075), ('Div', 3, 2**1076),
        ('Div', 1, 2**1075 - 1), ('Div', 2**63 - 1, 2**63 - 2), ('Div', 9007199254740993, 9007199254740992),
        ('Pow', 2, 100), ('Pow', -2, 63), ('Pow', -2, 64), ('Pow', 2, 63), ('Pow', 3, 40), ('Pow', 10, 30), ('Pow', 2, -1), ('Pow', 2, -1075),
        ('Pow', 10, -400), ('Pow', 0, 0), ('Pow', 0, -1), ('Pow', 0.0, -1), ('Pow', 0, -1.5), ('Pow', 4, 0.5), ('Pow', -8, 1 / 3),
        ('Pow', -1, 0.5), ('Pow', -2.0, 3.0), ('Pow', -2.0, 1e300), ('Pow', 2.0, 10000), ('Pow', 10.0, -400), ('Pow', 1.5, 10**400),
        ('Pow', 10**400, -1), ('Pow', 1, 10**400), ('Pow', -1, 10**400 + 1), ('Pow', 0, 10**400), ('Pow', True, True), ('Pow', False, -1),
        ('Pow', float('nan'), 0), ('Pow', 1.0, float('nan')), ('Pow', -1.0, float('inf')), ('Pow', -0.0, 3), ('Pow', -0.0, -3),
        ('Pow', float('-inf'), 3), ('Pow', float('-inf'), -3), ('Pow', float('-inf'), 2), ('Pow', 0.5, float('-inf')),
        ('Add', 10**400, 1.0), ('Mul', 10**400, 0.0), ('Sub', 2**53 + 1, 0.0), ('Add', 2**1024 - 2**970, 0.0), ('Add', 2**1024 - 2**971, 0.0),
    ]
    cases += extra
    return cases

def emit_arith():
    lines = []
    seen = set()
    for op, a, b in arith_cases():
        key = (op, cs_val(a), cs_val(b))
        if key in seen: continue
        seen.add(key)
        lines.append('        { "%s", %s, %s, %s },' % (op, cs_val(a), cs_val(b), cs_str(expected_arith(op, a, b))))
    write('ArithmeticCases.g.cs', 'ArithmeticCases', 'TheoryData<string, Value, Value, string>', lines)

CMP = {'Eq': lambda a, b: a == b, 'Ne': lambda a, b: a != b, 'Lt': lambda a, b: a < b,
       'Gt': lambda a, b: a > b, 'Le': lambda a, b: a <= b, 'Ge': lambda a, b: a >= b}
SYM = {'Lt': '<', 'Gt': '>', 'Le': '<=', 'Ge': '>='}

def expected_cmp(op, a, b):
    try:
        return repr(CMP[op](a, b))
    except TypeError as e:
        return '!TypeError: Cannot compare %s %s %s: %s' % (tname(a), SYM[op], tname(b), e)

def emit_cmp():
    vals = [0, 1, -1, 2**53, 2**53 + 1, 2**63 - 1, -(2**63), 2**63, 10**30, -(10**30), 2**1024,
            True, False, 0.0, -0.0, 1.0, 0.5, -1.5, float(2**53), float(2**63), -float(2**63), 1e30, 1e300,
            float('inf'), float('-inf'), float('nan'),
            'a', 'b', 'ab', '', 'B', '\ue000', '\U0001F600', '\uffff', 'é',
            [1, 2], [1, 3], [1, 2, 3], [], [1, 'a'], [1, 2.0], (1, 2), (1,), (), (1, 'a'), {'a': 1}, {'a': 1.0}, {}, None]
    lines = []
    for op in CMP:
        for a in vals:
            for b in vals:
                lines.append('        { "%s", %s, %s, %s },' % (op, cs_val(a), cs_val(b), cs_str(expected_cmp(op, a, b))))
    write('ComparisonCases.g.cs', 'ComparisonCases', 'TheoryData<string, Value, Value, string>', lines)

def float_samples():
    rnd = random.Random(20240611)
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 2, 7 / 2, 2 ** 0.5, math.pi, math.e, 5e-324, -5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 1e16, 1e17, 1e15, 9999999999999998.0,
          1234567890123456.0, 12345678901234567.0, 1.2345678901234568e+16, 1e-4, 1e-5, 0.0001, 0.00012345, 1e-05, 3.333333333333333e+22,
          123.456, 1e22, 1e23, 5e-324 * 3, 100.0, 1e100, 1.5e-7, 0.5, 0.25, 4.35, 2.675, 1e21, 1e-7, 9.999999999999999e-05,
          9.999999999999999e+15, float(2**53), float(2**53 + 2), float(2**63), float(2**64), 1e308, 123456789.0, 0.3]
    for _ in range(150):
        bits = rnd.getrandbits(64)
        d = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if math.isnan(d) or math.isinf(d): continue
        xs.append(d)
    for _ in range(100):
        xs.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
    for _ in range(100):
        xs.append(rnd.uniform(0, 1) * 10 ** rnd.randint(-25, 25))
    for e in range(-8, 20):
        xs.append(10.0 ** e)
        xs.append(1.5 * 10.0 ** e)
    return xs

def emit_float_repr():
    lines = []
    seen = set()
    for d in float_samples():
        bits = struct.unpack('<q', struct.pack('<d', d))[0]
        if bits in seen: continue
        seen.add(bits)
        lines.append('        { %dL, %s },' % (bits, cs_str(repr(d))))
    write('FloatReprCases.g.cs', 'FloatReprCases', 'TheoryData<long, string>', lines)

def emit_true_division():
    rnd = random.Random(77)
    pairs = []
    for _ in range(200):
        a = rnd.getrandbits(rnd.randint(50, 200)) * rnd.choice([1, -1])
        b = rnd.getrandbits(rnd.randint(1, 150)) or 1
        pairs.append((a, b))
    for _ in range(60):
        # near-halfway quotients: (2^53 + k) scaled
        k = rnd.randint(0, 4)
        s = rnd.randint(1, 80)
        pairs.append(((2**53 + k) * 2**s + rnd.choice([0, 1, 2**(s - 1), 2**(s - 1) + 1, 2**(s - 1) - 1 if s > 1 else 0]), 2**s))
    for _ in range(40):
        b = rnd.getrandbits(1100) | 1
        pairs.append((rnd.getrandbits(rnd.randint(1, 200)) + 1, b))
    lines = []
    for a, b in pairs:
        try:
            r = repr(a / b)
        except OverflowError as e:
            r = '!OverflowError: %s' % e
        lines.append('        { "%d", "%d", %s },' % (a, b, cs_str(r)))
    write('TrueDivisionCases.g.cs', 'TrueDivisionCases', 'TheoryData<string, string, string>', lines)

def emit_hash():
    vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**62, 2**63 - 1, -(2**63), 2**64, 10**30, -(10**30),
            0.5, -0.5, 1.5, 1e-300, 5e-324, 1e300, float(2**61), float(2**63), 1e22, float('inf'), float('-inf'), 3.141592653589793,
            True, False]
    lines = ['        { %s, %dL },' % (cs_val(v), hash(v)) for v in vals]
    write('HashCases.g.cs', 'HashCases', 'TheoryData<Value, long>', lines)

def emit_str_repr():
    samples = ["", "a", "it's", 'say "hi"', "both'\"", "tab\t", "nl\n", "cr\r", "back\\slash", "\x00\x01\x1f\x7f",
               "\x80\x9f\xa0\xa1\xad\xff", "é", "日本語", "😀", "a😀é", "\u2028\u2029", "\u200b\u200e\ufeff", "\ue000\uf8ff",
               "\U000f0000", "\U0010ffff", "\u0378", "\u3000", "\u00a0 ", "\u1680", "\U0001F9FF", "\U0001FAF8", "\u0600",
               "\u0085", "'", '"', "''\"", "\\'", "\U000E0001", "\u061c", "\u2066"]
    # Lone surrogates are tested by hand: xunit serialises string theory data as UTF-8.
    lines = ['        { %s, %s },' % (cs_str(s), cs_str(repr(s))) for s in samples]
    write('StrReprCases.g.cs', 'StrReprCases', 'TheoryData<string, string>', lines)

def write(filename, name, typ, lines):
    with open(filename, 'w', encoding='utf-8') as f:
        f.write('// <auto-generated> by gen_cases.py from CPython %s; do not edit. </auto-generated>\n' % sys.version.split()[0])
        f.write('using Aqua.Runtime;\nusing Xunit;\nusing static Aqua.Tests.Runtime.V;\n\nnamespace Aqua.Tests.Runtime;\n\n')
        f.write('internal static partial class Generated\n{\n')
        f.write('    public static %s %s => new()\n    {\n' % (typ, name))
        f.write('\n'.join(lines))
        f.write('\n    };\n}\n')

def emit_percent():
    cases = [("%d", 2.7), ("%d", "a"), ("%x", 2.5), ("%f", "a"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%", 1),
             ("%c", "ab"), ("%c", 1114112), ("%(a)s", 1), ("%(a)s", {"b": 1}), ("%(a)s-%(b)r", {"a": 1, "b": "x"}), ("%.2f", 2.675),
             ("%e", 12345.678), ("%g", 1e-5), ("%g", 123456789.0), ("%#g", 1.0), ("%10.3s|", "abcdef"), ("%-5d|", 3),
             ("%+05d", 3), ("%x", -255), ("%#o", 8), ("%#x", 255), ("%#X", 255), ("%r", "a"), ("%a", "é😀"), ("%s", {"a": 1}), ("%d", True),
             ("%.0f", 0.5), ("%.0f", 1.5), ("%.0f", 2.5), ("%.2f", 0.125), ("%.1f", 0.25), ("%5.1f%%", 99.44), ("%*d", (5, 3)),
             ("%-*d|", (5, 3)), ("%*d|", (-5, 3)), ("%.*f", (2, 3.14159)), ("%i", 10**30), ("%f", 10**400), ("%g", float("nan")),
             ("%f", float("-inf")), ("%F", float("inf")), ("%05.1f", -2.5), ("%s", ()), ("%s %s", [1, 2]), ("abc", ()), ("abc", []),
             ("abc", {}), ("abc", 5), ("%d", 1e300), ("%d", float("inf")), ("%d", float("nan")), ("%c", "x"), ("%c", 65),
             ("%c", 128512), ("% d", 5), ("%X", 255), ("%e", 0.0), ("%G", 1e-10), ("%.3e", 1e100), ("%g", 0.0001), ("%g", 0.00001234),
             ("%g", 100000.0), ("%g", 1000000.0), ("%g", 1e16), ("%.3g", 1234.5), ("%.10g", 1 / 3), ("%#.3g", 1.0), ("%g", -0.0),
             ("%f", -0.0), ("%.2f", 1e22), ("%.20f", 0.1), ("%e", 5e-324), ("%.0e", 5.5), ("%.3f", -0.0005), ("%5s|%-5s|", ("a", "b")),
             ("%s and %r", ("x", "y")), ("%d%%", 50), ("%.3d", 7), ("%08.3f", 3.14159), ("%+.2e", 12.5), ("%o", 0), ("%x", 10**20),
             ("%s", None), ("%s", [1, "a"]), ("%s", True), ("%i", -7.9), ("%u", 3), ("%ld", 4), ("%5%|", ()), ("%.1s", "xyz"),
             ("%(a)s %s", {"a": 1}), ("%5%|", (1,)), ("%s %(a)s", {"a": 1}), ("%(a)s %(a)s", {"a": 1}), ("%5%", 1), ("%s", (None,)), ("%-08d|", 5), ("%d", 2**64), ("%.1f", 0.05), ("%.1f", 0.15), ("%.1f", 0.35),
             ("%.15g", 0.1), ("%.17g", 0.1), ("%r", 1.0), ("%s", 1e16), ("%g", 1e-4), ("%.0g", 123.0), ("%#.0f", 3.0), ("%#.0e", 3.0)]
    lines = []
    for f, a in cases:
        try:
            r = 'str ' + repr(f % a)
        except TypeError as e:
            r = '!TypeError: Cannot compute str %% %s: %s' % (tname(a), e)
        except Exception as e:
            r = '!%s: %s' % (type(e).__name__, e)
        lines.append('        { %s, %s, %s },' % (cs_str(f), cs_val(a), cs_str(r)))
    write('PercentFormatCases.g.cs', 'PercentFormatCases', 'TheoryData<string, Value, string>', lines)

emit_percent()
emit_arith()
emit_cmp()
emit_float_repr()
emit_true_division()
emit_hash()
emit_str_repr()
