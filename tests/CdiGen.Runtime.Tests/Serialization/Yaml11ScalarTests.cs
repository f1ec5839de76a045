using System.Numerics;
using CdiGen.Serialization;

namespace CdiGen.Runtime.Tests.Serialization;

public class Yaml11ScalarTests
{
    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    public void Null_words_resolve_to_null(string text)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Null, value.Kind);
        Assert.Equal(string.Empty, Yaml11Scalar.ToGoString(value));
    }

    [Theory]
    [InlineData("y", true)]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("YES", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("on", true)]
    [InlineData("On", true)]
    [InlineData("ON", true)]
    [InlineData("n", false)]
    [InlineData("N", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    [InlineData("NO", false)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("off", false)]
    [InlineData("Off", false)]
    [InlineData("OFF", false)]
    public void Yaml11_boolean_words_resolve_to_bool(string text, bool expected)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Bool, value.Kind);
        Assert.Equal(expected, value.BooleanValue);
        Assert.Equal(expected ? "true" : "false", Yaml11Scalar.ToGoString(value));
    }

    [Theory]
    [InlineData("yEs")]
    [InlineData("tRUE")]
    [InlineData("oN")]
    [InlineData("nO")]
    [InlineData("NUll")]
    [InlineData("nul")]
    [InlineData("yes ")]
    [InlineData("none")]
    [InlineData("t")]
    [InlineData("f")]
    [InlineData("~~")]
    public void Other_spellings_stay_strings(string text) => AssertString(text);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("-7", -7)]
    [InlineData("+7", 7)]
    [InlineData("-0", 0)]
    [InlineData("1_000", 1000)]
    [InlineData("1__0_", 10)]
    [InlineData("+_1", 1)]
    [InlineData("0640", 416)]
    [InlineData("0777", 511)]
    [InlineData("00", 0)]
    [InlineData("-0640", -416)]
    [InlineData("0o640", 416)]
    [InlineData("0O640", 416)]
    [InlineData("-0o17", -15)]
    [InlineData("0x1a0", 416)]
    [InlineData("0X1A0", 416)]
    [InlineData("0xff_ff", 65535)]
    [InlineData("-0x10", -16)]
    [InlineData("+0x10", 16)]
    [InlineData("0b101", 5)]
    [InlineData("0B101", 5)]
    [InlineData("-0b101", -5)]
    [InlineData("0b-101", -5)]
    [InlineData("0b+101", 5)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    public void Integers_resolve_as_go_parses_them(string text, long expected)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Int, value.Kind);
        Assert.True(value.TryGetInt64(out var actual));
        Assert.Equal(expected, actual);
        Assert.False(value.IsOverflow);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Yaml11Scalar.ToGoString(value));
    }

    [Theory]
    [InlineData("9223372036854775808", 9223372036854775808UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("0xffffffffffffffff", ulong.MaxValue)]
    [InlineData("01777777777777777777777", ulong.MaxValue)]
    public void Integers_beyond_long_fit_ulong(string text, ulong expected)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Int, value.Kind);
        Assert.False(value.TryGetInt64(out _));
        Assert.True(value.TryGetUInt64(out var actual));
        Assert.Equal(expected, actual);
        Assert.False(value.IsOverflow);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Yaml11Scalar.ToGoString(value));
    }

    [Theory]
    [InlineData("0x10000000000000000", "18446744073709551616")]
    [InlineData("0b11111111111111111111111111111111111111111111111111111111111111111", "36893488147419103231")]
    [InlineData("0o2000000000000000000000", "18446744073709551616")]
    public void Unsigned_prefixed_literals_beyond_64_bits_overflow(string text, string expected)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Int, value.Kind);
        Assert.True(value.IsOverflow);
        Assert.Equal(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.IntegerValue);
        Assert.False(value.TryGetInt64(out _));
        Assert.False(value.TryGetUInt64(out _));
        Assert.False(Yaml11Scalar.TryToGoString(value, out var goText));
        Assert.Equal(string.Empty, goText);
        Assert.Throws<InvalidOperationException>(() => Yaml11Scalar.ToGoString(value));
    }

    [Fact]
    public void A_decimal_too_large_even_for_a_double_overflows_as_an_integer()
    {
        var value = Yaml11Scalar.Resolve("1" + new string('0', 400));
        Assert.Equal(Yaml11Kind.Int, value.Kind);
        Assert.True(value.IsOverflow);
        Assert.Equal(BigInteger.Pow(10, 400), value.IntegerValue);
    }

    [Theory]
    // Signed or with invalid digits after the overflow: neither integer path accepts them.
    [InlineData("-0x10000000000000000")]
    [InlineData("+0x10000000000000000")]
    [InlineData("0x1ffffffffffffffffzz")]
    public void Overflowing_literals_that_no_path_accepts_stay_strings(string text) => AssertString(text);

    [Theory]
    [InlineData("1.0", 1.0, "1")]
    [InlineData("1.5", 1.5, "1.5")]
    [InlineData("-1.5", -1.5, "-1.5")]
    [InlineData("+1.5", 1.5, "1.5")]
    [InlineData("1.", 1.0, "1")]
    [InlineData("1e3", 1000.0, "1000")]
    [InlineData("1E3", 1000.0, "1000")]
    [InlineData("1.e3", 1000.0, "1000")]
    [InlineData("1e+3", 1000.0, "1000")]
    [InlineData("2.5e-3", 0.0025, "0.0025")]
    [InlineData("1e21", 1e21, "1e+21")]
    [InlineData("1e6", 1e6, "1e+06")]
    [InlineData("123456.0", 123456.0, "123456")]
    [InlineData("1234567.0", 1234567.0, "1.234567e+06")]
    [InlineData("0.0001", 0.0001, "0.0001")]
    [InlineData("0.00001", 0.00001, "1e-05")]
    [InlineData(".5", 0.5, "0.5")]
    [InlineData("-.5", -0.5, "-0.5")]
    [InlineData("+.5", 0.5, "0.5")]
    [InlineData(".5e1", 5.0, "5")]
    [InlineData(".5_5", 0.55, "0.55")]
    [InlineData("1_0.5", 10.5, "10.5")]
    [InlineData("08", 8.0, "8")]
    [InlineData("09.5", 9.5, "9.5")]
    [InlineData("0.1", 0.1, "0.1")]
    [InlineData("3.14159265358979", 3.14159265358979, "3.1415927")]
    [InlineData("16777217.0", 16777217.0, "1.6777216e+07")]
    [InlineData("1e300", 1e300, "+Inf")]
    [InlineData("1e-400", 0.0, "0")]
    [InlineData("99999999999999999999", 1e20, "1e+20")]
    [InlineData("-9223372036854775809", -9223372036854775809.0, "-9.223372e+18")]
    public void Floats_resolve_and_format_as_sigs_k8s_yaml_does(string text, double expected, string goText)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Float, value.Kind);
        Assert.Equal(expected, value.FloatValue);
        Assert.Equal(goText, Yaml11Scalar.ToGoString(value));
    }

    [Fact]
    public void Negative_zero_keeps_its_sign()
    {
        var value = Yaml11Scalar.Resolve("-0.0");
        Assert.True(double.IsNegative(value.FloatValue));
        Assert.Equal("-0", Yaml11Scalar.ToGoString(value));
    }

    [Theory]
    [InlineData(".inf", double.PositiveInfinity, "+Inf")]
    [InlineData(".Inf", double.PositiveInfinity, "+Inf")]
    [InlineData(".INF", double.PositiveInfinity, "+Inf")]
    [InlineData("+.inf", double.PositiveInfinity, "+Inf")]
    [InlineData("+.Inf", double.PositiveInfinity, "+Inf")]
    [InlineData("+.INF", double.PositiveInfinity, "+Inf")]
    [InlineData("-.inf", double.NegativeInfinity, "-Inf")]
    [InlineData("-.Inf", double.NegativeInfinity, "-Inf")]
    [InlineData("-.INF", double.NegativeInfinity, "-Inf")]
    [InlineData(".nan", double.NaN, "NaN")]
    [InlineData(".NaN", double.NaN, "NaN")]
    [InlineData(".NAN", double.NaN, "NaN")]
    public void Special_float_words_resolve(string text, double expected, string goText)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.Float, value.Kind);
        Assert.Equal(expected, value.FloatValue);
        Assert.Equal(goText, Yaml11Scalar.ToGoString(value));
    }

    [Theory]
    [InlineData(".iNf")]
    [InlineData("-.nan")]
    [InlineData("+.nan")]
    [InlineData(".infinity")]
    [InlineData("inf")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData(".")]
    [InlineData(".e3")]
    [InlineData(".5e")]
    [InlineData(".5e+")]
    [InlineData("._5")]
    [InlineData(".5_")]
    [InlineData(".5_e3")]
    [InlineData(".foo")]
    [InlineData(".5e999")]
    [InlineData("1e999")]
    [InlineData("-1e999")]
    [InlineData("0x")]
    [InlineData("0b")]
    [InlineData("0o")]
    [InlineData("0x1g")]
    [InlineData("0b102")]
    [InlineData("0o8")]
    [InlineData("-0b-101")]
    [InlineData("0x1.8p1")]
    [InlineData("1e")]
    [InlineData("1.2.3")]
    [InlineData("1,000")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("1 ")]
    [InlineData(" 1")]
    [InlineData("_1")]
    [InlineData("1:20")]
    [InlineData("2001-12-14")]
    [InlineData("2001-12-14t21:59:43.10-05:00")]
    [InlineData("1.0.0")]
    [InlineData("v1.0")]
    [InlineData("<<")]
    [InlineData("=")]
    [InlineData("vendor.com/gpu=0")]
    [InlineData("１")]
    public void Everything_else_is_a_string(string text) => AssertString(text);

    [Fact]
    public void CdiVersion_one_point_zero_reads_as_the_string_1()
    {
        Assert.Equal("1", Yaml11Scalar.ToGoString(Yaml11Scalar.Resolve("1.0")));
        Assert.Equal("0.6", Yaml11Scalar.ToGoString(Yaml11Scalar.Resolve("0.6")));
        Assert.Equal("0.6.0", Yaml11Scalar.ToGoString(Yaml11Scalar.Resolve("0.6.0")));
    }

    [Fact]
    public void Value_accessors_refuse_the_wrong_kind()
    {
        var text = Yaml11Scalar.Resolve("hello");
        Assert.Throws<InvalidOperationException>(() => text.BooleanValue);
        Assert.Throws<InvalidOperationException>(() => text.IntegerValue);
        Assert.Throws<InvalidOperationException>(() => text.FloatValue);
        Assert.False(text.TryGetInt64(out _));
        Assert.False(text.TryGetUInt64(out _));
        Assert.Equal("String (hello)", text.ToString());
        Assert.Equal("Int 416 (0640)", Yaml11Scalar.Resolve("0640").ToString());
    }

    [Fact]
    public void Resolve_rejects_null() => Assert.Throws<ArgumentNullException>(() => Yaml11Scalar.Resolve(null!));

    private static void AssertString(string text)
    {
        var value = Yaml11Scalar.Resolve(text);
        Assert.Equal(Yaml11Kind.String, value.Kind);
        Assert.Equal(text, value.Text);
        Assert.Equal(text, Yaml11Scalar.ToGoString(value));
    }
}
