using System.Text;
using CdiGen.Model;
using CdiGen.Reliability.Tests.Generators;

namespace CdiGen.Reliability.Tests.Properties;

/// <summary>Writing a spec and reading it back gives an equal spec, in JSON and in YAML.</summary>
public sealed class RoundTripProperties
{
    [Fact]
    public void Generated_specs_are_valid_at_their_declared_version()
    {
        // The other properties rely on the generator making valid specs; this keeps it honest.
        Property.Check(SpecGen.ValidSpec, spec =>
        {
            var errors = spec.Validate().Where(error => error.Code != "CDI008").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }, 300, Property.Show);
    }

    [Fact]
    public void Json_round_trip_is_lossless()
    {
        Property.Check(SpecGen.ValidSpec, spec =>
        {
            var json = spec.ToJson();
            Assert.Equal(spec, Spec.ReadJson(Encoding.UTF8.GetBytes(json)));
            // Compact output must read the same as indented output.
            Assert.Equal(spec, Spec.ReadJson(Encoding.UTF8.GetBytes(spec.ToJson(indented: false))));
        }, 500, Property.Show);
    }

    [Fact]
    public void Yaml_round_trip_is_lossless()
    {
        Property.Check(SpecGen.ValidSpec, spec =>
        {
            var yaml = spec.ToYaml();
            var back = Spec.ReadYaml(yaml);
            Assert.True(spec.Equals(back), "YAML read back differs:\n" + yaml + "\nread back as:\n" + back.ToJson());
        }, 500, Property.Show);
    }

    [Fact]
    public void Yaml_written_and_read_as_a_file_with_crlf_line_ends_is_unchanged()
    {
        // Windows editors save CRLF; line breaks inside quoted values must not change meaning.
        Property.Check(SpecGen.ValidSpec, spec =>
        {
            var yaml = spec.ToYaml().ReplaceLineEndings("\r\n");
            var back = Spec.ReadYaml(yaml);
            Assert.True(spec.Equals(back), "CRLF YAML read back differs:\n" + yaml + "\nread back as:\n" + back.ToJson());
        }, 200, Property.Show);
    }
}
