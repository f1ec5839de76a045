using System.Globalization;
using CdiGen.Serialization;
using CsCheck;

namespace CdiGen.Runtime.Tests.Serialization;

public class Yaml11ScalarPropertyTests
{
    // Characters that steer the resolver into its number, word and float paths, so random
    // strings exercise more than the "first character rules it out" case.
    private static readonly Gen<string> ScalarLike =
        Gen.String[Gen.Char["0123456789+-._eExXoObBaAfFyYnNtTlLu~ :/="], 0, 24];

    [Fact]
    public void Every_long_in_decimal_resolves_to_that_int()
    {
        Gen.Long.Sample(number =>
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            var value = Yaml11Scalar.Resolve(text);
            Assert.Equal(Yaml11Kind.Int, value.Kind);
            Assert.True(value.TryGetInt64(out var parsed));
            Assert.Equal(number, parsed);
            Assert.Equal(text, Yaml11Scalar.ToGoString(value));
        });
    }

    [Fact]
    public void Every_ulong_in_hex_resolves_to_that_int()
    {
        Gen.ULong.Sample(number =>
        {
            var value = Yaml11Scalar.Resolve("0x" + number.ToString("x", CultureInfo.InvariantCulture));
            Assert.True(value.TryGetUInt64(out var parsed));
            Assert.Equal(number, parsed);
        });
    }

    [Fact]
    public void Every_finite_double_in_round_trip_form_resolves_to_that_float()
    {
        Gen.Double.Where(double.IsFinite).Sample(number =>
        {
            var text = number.ToString("E17", CultureInfo.InvariantCulture);
            var value = Yaml11Scalar.Resolve(text);
            Assert.Equal(Yaml11Kind.Float, value.Kind);
            Assert.Equal(number, value.FloatValue);
        });
    }

    [Fact]
    public void Every_string_that_resolves_to_a_string_round_trips_unchanged()
    {
        Gen.OneOf(Gen.String, ScalarLike).Sample(text =>
        {
            var value = Yaml11Scalar.Resolve(text);
            Assert.Equal(text, value.Text);
            if (value.Kind == Yaml11Kind.String)
            {
                Assert.Equal(text, Yaml11Scalar.ToGoString(value));
            }
        });
    }

    [Fact]
    public void Resolving_never_throws_and_only_overflowing_ints_lack_a_go_string()
    {
        Gen.OneOf(Gen.String, ScalarLike).Sample(text =>
        {
            var value = Yaml11Scalar.Resolve(text);
            Assert.Equal(value.Kind == Yaml11Kind.Int && value.IsOverflow, !Yaml11Scalar.TryToGoString(value, out _));
        });
    }
}
