using System;
using System.Numerics;

namespace CdiGen.Serialization;

/// <summary>
/// A resolved plain YAML 1.1 scalar: its <see cref="Kind"/>, the text as written, and the
/// typed value. Made by <see cref="Yaml11Scalar.Resolve"/>.
/// </summary>
public readonly struct Yaml11Value
{
    private readonly bool _boolean;
    private readonly BigInteger _integer;
    private readonly double _float;

    private Yaml11Value(Yaml11Kind kind, string text, bool boolean = false, BigInteger integer = default, double @float = 0, bool isOverflow = false)
    {
        Kind = kind;
        Text = text;
        _boolean = boolean;
        _integer = integer;
        _float = @float;
        IsOverflow = isOverflow;
    }

    /// <summary>What the scalar resolved to.</summary>
    public Yaml11Kind Kind { get; }

    /// <summary>The scalar exactly as written (underscores and all).</summary>
    public string Text { get; }

    /// <summary>
    /// True for an <see cref="Yaml11Kind.Int"/> that fits neither a signed nor an unsigned 64-bit
    /// integer (only unsigned <c>0x</c>/<c>0o</c>/<c>0b</c> literals, or decimals too large even for a
    /// double, get here). gopkg.in/yaml.v2 2.4 reads such a scalar as a string; the yaml.v2 fork
    /// inside sigs.k8s.io/yaml reads it as a big integer, which then fits no Go field.
    /// </summary>
    public bool IsOverflow { get; }

    /// <summary>The value of a <see cref="Yaml11Kind.Bool"/>.</summary>
    /// <exception cref="InvalidOperationException">The scalar is not a boolean.</exception>
    public bool BooleanValue => Kind == Yaml11Kind.Bool ? _boolean : throw WrongKind(Yaml11Kind.Bool);

    /// <summary>The value of an <see cref="Yaml11Kind.Int"/>, whatever its size.</summary>
    /// <exception cref="InvalidOperationException">The scalar is not an integer.</exception>
    public BigInteger IntegerValue => Kind == Yaml11Kind.Int ? _integer : throw WrongKind(Yaml11Kind.Int);

    /// <summary>The value of a <see cref="Yaml11Kind.Float"/>.</summary>
    /// <exception cref="InvalidOperationException">The scalar is not a float.</exception>
    public double FloatValue => Kind == Yaml11Kind.Float ? _float : throw WrongKind(Yaml11Kind.Float);

    /// <summary>Gets an integer that fits a signed 64-bit value.</summary>
    /// <param name="value">The value, or 0.</param>
    /// <returns>True for an <see cref="Yaml11Kind.Int"/> within <see cref="long"/>'s range.</returns>
    public bool TryGetInt64(out long value)
    {
        var fits = Kind == Yaml11Kind.Int && _integer >= long.MinValue && _integer <= long.MaxValue;
        value = fits ? (long)_integer : 0;
        return fits;
    }

    /// <summary>Gets an integer that fits an unsigned 64-bit value.</summary>
    /// <param name="value">The value, or 0.</param>
    /// <returns>True for a non-negative <see cref="Yaml11Kind.Int"/> within <see cref="ulong"/>'s range.</returns>
    public bool TryGetUInt64(out ulong value)
    {
        var fits = Kind == Yaml11Kind.Int && _integer.Sign >= 0 && _integer <= ulong.MaxValue;
        value = fits ? (ulong)_integer : 0;
        return fits;
    }

    /// <summary>Formats the kind and value for test output and debugging.</summary>
    /// <returns>For example <c>Int 416 (0640)</c>.</returns>
    public override string ToString() => Kind switch
    {
        Yaml11Kind.Bool => $"Bool {(_boolean ? "true" : "false")} ({Text})",
        Yaml11Kind.Int => $"Int {_integer}{(IsOverflow ? " overflow" : string.Empty)} ({Text})",
        Yaml11Kind.Float => $"Float {_float.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} ({Text})",
        Yaml11Kind.Null => $"Null ({Text})",
        _ => $"String ({Text})",
    };

    internal static Yaml11Value Null(string text) => new(Yaml11Kind.Null, text);

    internal static Yaml11Value Bool(string text, bool value) => new(Yaml11Kind.Bool, text, boolean: value);

    internal static Yaml11Value Int(string text, BigInteger value) =>
        new(Yaml11Kind.Int, text, integer: value, isOverflow: value < long.MinValue || value > ulong.MaxValue);

    internal static Yaml11Value Float(string text, double value) => new(Yaml11Kind.Float, text, @float: value);

    internal static Yaml11Value String(string text) => new(Yaml11Kind.String, text);

    private InvalidOperationException WrongKind(Yaml11Kind wanted) =>
        new($"the YAML scalar {Text} resolved to {Kind}, not {wanted}");
}
