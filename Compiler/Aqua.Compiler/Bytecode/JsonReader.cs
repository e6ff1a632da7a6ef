using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Aqua.Compiler.Bytecode;

/// <summary>
/// A strict parser for the JSON dialect of ACODE.md 1.2, i.e. what Python <c>json.loads</c>
/// accepts. JSON values map onto <see cref="Constant"/>s: a number token without '.', 'e' or 'E'
/// is an int of any length, any other number (and <c>Infinity</c>, <c>-Infinity</c>, <c>NaN</c>)
/// is a float; objects keep insertion order, and a repeated key keeps its first position with
/// its last value (Python dict semantics).
/// </summary>
public static class JsonReader
{
    /// <summary>Nesting limit: real sections nest 4 deep; this keeps hostile input off the host stack.</summary>
    public const int MaxDepth = 512;

    /// <summary>The <see cref="JsonSyntaxException.Reason"/> when the bytes are not UTF-8.</summary>
    public const string InvalidUtf8Reason = "invalid UTF-8";

    /// <summary>
    /// Parses one JSON value that must fill <paramref name="utf8"/> (surrounding whitespace
    /// allowed). <paramref name="baseOffset"/> is added to every reported offset, so errors carry
    /// the position in the whole file.
    /// </summary>
    /// <exception cref="JsonSyntaxException">The text is not valid UTF-8 or not valid JSON.</exception>
    public static Constant Parse(ReadOnlySpan<byte> utf8, int baseOffset = 0)
    {
        // Python decodes the whole section before parsing, so bad UTF-8 anywhere wins over
        // any JSON error.
        int invalid = FirstInvalidUtf8(utf8);
        if (invalid >= 0)
            throw new JsonSyntaxException(InvalidUtf8Reason, baseOffset + invalid);

        var parser = new Parser(utf8, baseOffset);
        return parser.ParseDocument();
    }

    /// <summary>The index of the first byte of an invalid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (i < utf8.Length)
        {
            if (utf8[i] < 0x80) { i++; continue; }
            if (Rune.DecodeFromUtf8(utf8[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }
        return -1;
    }

    private ref struct Parser(ReadOnlySpan<byte> text, int baseOffset)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private readonly int _baseOffset = baseOffset;
        private int _pos;
        private int _depth;

        public Constant ParseDocument()
        {
            SkipWhitespace();
            var value = ParseValue();
            SkipWhitespace();
            if (_pos < _text.Length)
                throw Error("extra data after the JSON value");
            return value;
        }

        private Constant ParseValue()
        {
            if (_pos >= _text.Length)
                throw Error("expecting a value, found the end of the section");
            byte b = _text[_pos];
            switch (b)
            {
                case (byte)'{': return ParseObject();
                case (byte)'[': return ParseArray();
                case (byte)'"': return new StringConstant(ParseString());
                case (byte)'t': ExpectWord("true"); return new BoolConstant(true);
                case (byte)'f': ExpectWord("false"); return new BoolConstant(false);
                case (byte)'n': ExpectWord("null"); return NullConstant.Instance;
                case (byte)'N': ExpectWord("NaN"); return new FloatConstant(double.NaN);
                case (byte)'I': ExpectWord("Infinity"); return new FloatConstant(double.PositiveInfinity);
                case (byte)'-' when StartsWith("-Infinity"):
                    _pos += "-Infinity".Length;
                    return new FloatConstant(double.NegativeInfinity);
                default:
                    if (b == '-' || IsDigit(b)) return ParseNumber();
                    throw Error("expecting a value");
            }
        }

        private Constant ParseObject()
        {
            int start = _pos;
            Enter();
            _pos++; // '{'
            var entries = new List<KeyValuePair<string, Constant>>();
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                Leave();
                return new DictConstant(ImmutableArray<KeyValuePair<string, Constant>>.Empty);
            }
            while (true)
            {
                if (Peek() != '"')
                    throw Error("expecting a property name enclosed in double quotes");
                string key = ParseString();
                SkipWhitespace();
                if (Peek() != ':')
                    throw Error("expecting ':' after a property name");
                _pos++;
                SkipWhitespace();
                var value = ParseValue();
                // Python dict: a repeated key keeps its first position, the last value wins.
                if (positions.TryGetValue(key, out int at))
                    entries[at] = new(key, value);
                else
                {
                    positions.Add(key, entries.Count);
                    entries.Add(new(key, value));
                }
                SkipWhitespace();
                int next = Peek();
                _pos++;
                if (next == '}') break;
                if (next != ',')
                {
                    _pos--;
                    throw Error(next < 0
                        ? $"unterminated object (opened at byte {_baseOffset + start})"
                        : "expecting ',' or '}' in an object");
                }
                SkipWhitespace();
            }
            Leave();
            return new DictConstant(entries.ToImmutableArray());
        }

        private Constant ParseArray()
        {
            int start = _pos;
            Enter();
            _pos++; // '['
            var items = ImmutableArray.CreateBuilder<Constant>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                Leave();
                return new ListConstant(items.ToImmutable());
            }
            while (true)
            {
                items.Add(ParseValue());
                SkipWhitespace();
                int next = Peek();
                _pos++;
                if (next == ']') break;
                if (next != ',')
                {
                    _pos--;
                    throw Error(next < 0
                        ? $"unterminated array (opened at byte {_baseOffset + start})"
                        : "expecting ',' or ']' in an array");
                }
                SkipWhitespace();
            }
            Leave();
            return new ListConstant(items.ToImmutable());
        }

        /// <summary>Parses a string token starting at the opening quote.</summary>
        private string ParseString()
        {
            int start = _pos;
            _pos++; // '"'
            var sb = new StringBuilder();
            while (true)
            {
                if (_pos >= _text.Length)
                    throw Error($"unterminated string (opened at byte {_baseOffset + start})", start);
                byte b = _text[_pos];
                if (b == '"') { _pos++; return sb.ToString(); }
                if (b == '\\') { ParseEscape(sb); continue; }
                if (b < 0x20)
                    throw Error($"invalid control character 0x{b:x2} in a string");
                if (b < 0x80) { sb.Append((char)b); _pos++; continue; }
                // Valid UTF-8 was checked up front; a non-BMP rune becomes a surrogate pair.
                Rune.DecodeFromUtf8(_text[_pos..], out var rune, out int consumed);
                sb.Append(rune.ToString());
                _pos += consumed;
            }
        }

        private void ParseEscape(StringBuilder sb)
        {
            int start = _pos;
            _pos++; // '\'
            if (_pos >= _text.Length)
                throw Error("unterminated escape sequence", start);
            byte e = _text[_pos++];
            switch (e)
            {
                case (byte)'"': sb.Append('"'); break;
                case (byte)'\\': sb.Append('\\'); break;
                case (byte)'/': sb.Append('/'); break;
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'u':
                    // Each \uXXXX is one UTF-16 code unit, so an escaped surrogate pair lands in
                    // the .NET string as that same pair (Python joins it into one code point,
                    // which is the same text). A lone surrogate stays lone, as in Python.
                    if (_pos + 4 > _text.Length || !TryHex4(_text.Slice(_pos, 4), out char unit))
                        throw Error("invalid \\uXXXX escape", start);
                    sb.Append(unit);
                    _pos += 4;
                    break;
                default:
                    throw Error($"invalid escape '\\{(e < 0x80 && e >= 0x20 ? ((char)e).ToString() : $"x{e:x2}")}'", start);
            }
        }

        private static bool TryHex4(ReadOnlySpan<byte> hex, out char unit)
        {
            int value = 0;
            foreach (byte h in hex)
            {
                int digit = h switch
                {
                    >= (byte)'0' and <= (byte)'9' => h - '0',
                    >= (byte)'a' and <= (byte)'f' => h - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' => h - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0) { unit = '\0'; return false; }
                value = value * 16 + digit;
            }
            unit = (char)value;
            return true;
        }

        /// <summary>
        /// Python's number grammar: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?</c>.
        /// A token without fraction or exponent is an int (ACODE.md 1.2).
        /// </summary>
        private Constant ParseNumber()
        {
            int start = _pos;
            if (Peek() == '-') _pos++;
            if (!IsDigit(Peek()))
                throw Error("expecting a value", start);
            if (Peek() == '0') _pos++;
            else
                while (IsDigit(Peek())) _pos++;

            bool isFloat = false;
            if (Peek() == '.' && IsDigit(PeekAt(1)))
            {
                isFloat = true;
                _pos++;
                while (IsDigit(Peek())) _pos++;
            }
            if (Peek() is 'e' or 'E')
            {
                int sign = Peek(1) is '+' or '-' ? 1 : 0;
                if (IsDigit(PeekAt(1 + sign)))
                {
                    isFloat = true;
                    _pos += 1 + sign;
                    while (IsDigit(Peek())) _pos++;
                }
            }

            string token = Encoding.ASCII.GetString(_text[start.._pos]);
            if (isFloat)
                // .NET parsing is correctly rounded and gives ±Infinity on overflow, as Python's float() does.
                return new FloatConstant(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
            if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long small))
                return new IntConstant(small);
            return new BigIntConstant(BigInteger.Parse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        private void ExpectWord(string word)
        {
            if (!StartsWith(word))
                throw Error("expecting a value");
            _pos += word.Length;
        }

        private readonly bool StartsWith(string word)
        {
            if (_pos + word.Length > _text.Length) return false;
            for (int i = 0; i < word.Length; i++)
                if (_text[_pos + i] != word[i]) return false;
            return true;
        }

        private void Enter()
        {
            if (++_depth > MaxDepth)
                throw Error($"JSON nested more than {MaxDepth} levels deep");
        }

        private void Leave() => _depth--;

        private void SkipWhitespace()
        {
            // Python's json accepts exactly these four as whitespace.
            while (_pos < _text.Length && _text[_pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
                _pos++;
        }

        private readonly int Peek(int ahead = 0) => PeekAt(ahead);

        private readonly int PeekAt(int ahead) =>
            _pos + ahead < _text.Length ? _text[_pos + ahead] : -1;

        private static bool IsDigit(int b) => b is >= '0' and <= '9';

        private readonly JsonSyntaxException Error(string reason) => Error(reason, _pos);

        private readonly JsonSyntaxException Error(string reason, int at) =>
            new(reason, _baseOffset + at);
    }
}
