using System.Diagnostics;
using CdiGen.Model;
using CdiGen.Serialization;

namespace CdiGen.Reliability.Tests.Limits;

/// <summary>int64 (major, minor) and uint32 (fileMode, uid, gid) at and past their edges.</summary>
public sealed class NumberRangeTests
{
    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("1e3", 1000L)]
    [InlineData("0", 0L)]
    public void Json_int64_edges_read(string literal, long expected) =>
        Assert.Equal(expected, Spec.ReadJson(Documents.Json(major: literal)).Devices[0].ContainerEdits.DeviceNodes![0].Major);

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854780000")]
    [InlineData("1e400")]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    public void Json_int64_out_of_range_or_wrong_type_is_a_format_error(string literal) =>
        AssertFormatError(() => Spec.ReadJson(Documents.Json(major: literal)), "major");

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0640", 416L)]
    [InlineData("0o640", 416L)]
    [InlineData("0x1a0", 416L)]
    [InlineData("0b110100000", 416L)]
    [InlineData("1_000", 1000L)]
    [InlineData("1.0", 1L)]
    // Go tries octal, fails on the 9, then reads a float: 9. And -2^63-1 rounds to -2^63 in float64.
    [InlineData("09", 9L)]
    [InlineData("-9223372036854775809", long.MinValue)]
    public void Yaml_int64_edges_and_go_number_forms_read(string literal, long expected) =>
        Assert.Equal(expected, Spec.ReadYaml(Documents.Yaml(major: literal)).Devices[0].ContainerEdits.DeviceNodes![0].Major);

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854780000")]
    [InlineData("0x10000000000000000")]
    [InlineData("0o2000000000000000000000")]
    [InlineData("1.5")]
    [InlineData(".inf")]
    [InlineData("'1'")]
    public void Yaml_int64_out_of_range_or_wrong_type_is_a_format_error(string literal) =>
        AssertFormatError(() => Spec.ReadYaml(Documents.Yaml(major: literal)), "major");

    [Theory]
    [InlineData("4294967295", true)]
    [InlineData("0xffffffff", true)]
    [InlineData("037777777777", true)]
    [InlineData("4294967296", false)]
    [InlineData("0x100000000", false)]
    [InlineData("-1", false)]
    public void Yaml_uint32_edges(string literal, bool fits)
    {
        var yaml = Documents.Yaml().Replace("major: 1", $"major: 1\n      uid: {literal}", StringComparison.Ordinal);
        if (fits)
        {
            Assert.Equal(uint.MaxValue, Spec.ReadYaml(yaml).Devices[0].ContainerEdits.DeviceNodes![0].Uid);
        }
        else
        {
            AssertFormatError(() => Spec.ReadYaml(yaml), "uid");
        }
    }

    [Theory]
    [InlineData("0xFFFFFFFFFFFFFFFFFF")]
    [InlineData("18446744073709551616")]
    public void A_yaml_integer_beyond_64_bits_in_a_string_field_is_a_format_error(string literal)
    {
        // It used to escape as InvalidOperationException from Yaml11Scalar.ToGoString.
        // 18446744073709551616 is a float in YAML 1.1 (then the string "1.8446744e+19"), so only hex overflows.
        if (literal.StartsWith("0x", StringComparison.Ordinal))
        {
            AssertFormatError(() => Spec.ReadYaml(Documents.Yaml(annotationValue: literal)), "annotations");
        }
        else
        {
            Assert.Equal("1.8446744e+19", Spec.ReadYaml(Documents.Yaml(annotationValue: literal)).Annotations!["note"]);
        }
    }

    [Fact]
    public void A_megabyte_long_number_fails_fast_with_a_short_message()
    {
        // Parsed digit by digit this took minutes (quadratic BigInteger growth).
        var digits = "0x" + new string('f', 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(Documents.Yaml(major: digits)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(error.Message.Length < 500, $"message of {error.Message.Length} characters");
        Assert.Throws<CdiFormatException>(() => Spec.ReadYaml(Documents.Yaml(annotationValue: "1" + new string('0', 1024 * 1024))));
    }

    private static void AssertFormatError(Action read, string field)
    {
        var error = Assert.Throws<CdiFormatException>(read);
        Assert.Contains(field, error.DocumentPath ?? "", StringComparison.Ordinal);
        Assert.True(error.Line > 0, error.Message);
    }
}
