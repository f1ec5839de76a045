using CdiGen.Annotations;

namespace CdiGen.Runtime.Tests.Annotations;

public class KubernetesAnnotationsTests
{
    private static IReadOnlyList<string> Validate(params (string Key, string Value)[] pairs) =>
        KubernetesAnnotations.Validate(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));

    [Theory]
    [InlineData("a")]
    [InlineData("MyName")]
    [InlineData("my.name")]
    [InlineData("123-abc")]
    [InlineData("a_b")]
    [InlineData("example.com/MyName")]
    [InlineData("cdi.k8s.io/vendor.gpu_0")]
    [InlineData("a-b.c-d/x")]
    [InlineData("1.2.3/x")]
    public void Valid_qualified_names_pass(string name)
    {
        Assert.True(KubernetesAnnotations.IsQualifiedName(name));
        Assert.Empty(KubernetesAnnotations.ValidateQualifiedName(name));
    }

    [Theory]
    [InlineData("", "name part must be non-empty")]
    [InlineData("-a", "name part must consist of alphanumeric characters")]
    [InlineData("a-", "name part must consist of alphanumeric characters")]
    [InlineData("a b", "name part must consist of alphanumeric characters")]
    [InlineData("a:b", "name part must consist of alphanumeric characters")]
    [InlineData("/a", "prefix part must be non-empty")]
    [InlineData("a/", "name part must be non-empty")]
    [InlineData("a/b/c", "at most one optional DNS subdomain prefix")]
    [InlineData("Example.com/a", "prefix part must be a DNS-1123 subdomain")]
    [InlineData("-example.com/a", "prefix part must be a DNS-1123 subdomain")]
    [InlineData("example..com/a", "prefix part must be a DNS-1123 subdomain")]
    [InlineData("example.com./a", "prefix part must be a DNS-1123 subdomain")]
    [InlineData("ex_ample.com/a", "prefix part must be a DNS-1123 subdomain")]
    public void Invalid_qualified_names_fail_with_the_reason(string name, string reason)
    {
        Assert.False(KubernetesAnnotations.IsQualifiedName(name));
        Assert.Contains(KubernetesAnnotations.ValidateQualifiedName(name), p => p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Name_part_is_limited_to_63_characters_and_prefix_to_253()
    {
        Assert.True(KubernetesAnnotations.IsQualifiedName(new string('a', 63)));
        Assert.Equal(["name part must be no more than 63 characters"], KubernetesAnnotations.ValidateQualifiedName(new string('a', 64)));

        var prefix253 = string.Join(".", Enumerable.Repeat(new string('p', 62), 4)) + ".p";
        Assert.Equal(253, prefix253.Length);
        Assert.True(KubernetesAnnotations.IsQualifiedName(prefix253 + "/n"));
        Assert.Equal(["prefix part must be no more than 253 characters"], KubernetesAnnotations.ValidateQualifiedName(prefix253 + "p/n"));
    }

    [Fact]
    public void An_overlong_invalid_name_reports_both_problems()
    {
        var problems = KubernetesAnnotations.ValidateQualifiedName(new string('a', 64) + "-");
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Annotation_keys_are_checked_case_insensitively()
    {
        Assert.Empty(Validate(("Example.COM/MyName", "v")));
        Assert.Empty(KubernetesAnnotations.ValidateKey("CDI.K8S.IO/X"));
    }

    [Fact]
    public void Valid_annotations_give_no_errors()
    {
        Assert.Empty(Validate());
        Assert.Empty(Validate(("a", ""), ("example.com/b", "any value, even with spaces / and = signs")));
    }

    [Fact]
    public void Each_invalid_key_gives_an_error_naming_it()
    {
        var errors = Validate(("good", "1"), ("bad key", "2"), ("a/b/c", "3"));
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("invalid annotation key \"bad key\": name part must consist of", errors[0]);
        Assert.StartsWith("invalid annotation key \"a/b/c\": a qualified name must be", errors[1]);
    }

    [Fact]
    public void Total_size_is_limited_to_256_KiB_of_keys_and_values()
    {
        var atLimit = new string('v', KubernetesAnnotations.TotalSizeLimitBytes - 1);
        Assert.Empty(Validate(("k", atLimit)));

        var errors = Validate(("k", atLimit + "v"));
        Assert.Equal("annotations are too large: keys and values total 262145 bytes, at most 262144 (256 KiB) are allowed", Assert.Single(errors));
    }

    [Fact]
    public void Size_is_counted_in_utf8_bytes_across_all_pairs()
    {
        // 'é' is two UTF-8 bytes: 131071 of them plus the two one-byte keys come to 262144 bytes.
        var half = new string('é', 65535);
        Assert.Empty(Validate(("a", half), ("b", half + "é")));
        Assert.Single(Validate(("a", half), ("b", half + "éx")));
    }

    [Fact]
    public void Validate_rejects_null() => Assert.Throws<ArgumentNullException>(() => KubernetesAnnotations.Validate(null!));
}
