namespace CdiGen.Serialization;

/// <summary>What a plain YAML 1.1 scalar resolves to, as Go's gopkg.in/yaml.v2 decides it.</summary>
public enum Yaml11Kind
{
    /// <summary>Empty, <c>~</c>, <c>null</c>, <c>Null</c> or <c>NULL</c>.</summary>
    Null,

    /// <summary>One of the YAML 1.1 boolean words: y/n, yes/no, true/false, on/off in three casings.</summary>
    Bool,

    /// <summary>A decimal, hex (<c>0x</c>), octal (<c>0</c> or <c>0o</c>) or binary (<c>0b</c>) integer.</summary>
    Int,

    /// <summary>A decimal floating-point number, or <c>.inf</c>/<c>.nan</c> in their YAML spellings.</summary>
    Float,

    /// <summary>Anything else: the text itself.</summary>
    String,
}
