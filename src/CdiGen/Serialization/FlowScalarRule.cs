namespace CdiGen.Serialization;

/// <summary>
/// Plain (unquoted) values inside a flow collection (<c>[ ]</c> or <c>{ }</c>) that Go's YAML
/// 1.1 reader, which CDI runtimes use, refuses while YamlDotNet, closer to YAML 1.2, reads them:
/// a value that starts with <c>@ ` | &gt; % ? :</c>, or holds a <c>?</c> (which ends a plain value
/// in a flow collection there). Shared with the analyzers (netstandard2.0).
/// </summary>
internal static class FlowScalarRule
{
    /// <summary>Why Go refuses the plain value <paramref name="value"/> inside a flow collection, or <c>null</c> when it reads it.</summary>
    public static string? Check(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        char first = value[0];
        if (first is '@' or '`' or '|' or '>' or '%' or '?' or ':')
        {
            return $"'{first}' cannot start an unquoted value inside [ ] or {{ }} for Go's YAML reader, which CDI runtimes use; quote the value";
        }

        if (value.IndexOf('?') >= 0)
        {
            return "'?' ends an unquoted value inside [ ] or { } for Go's YAML reader, which CDI runtimes use; quote the value";
        }

        return null;
    }
}
