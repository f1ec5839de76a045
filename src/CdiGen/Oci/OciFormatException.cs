using System;

namespace CdiGen.Oci;

/// <summary>
/// Thrown when an OCI runtime spec document is not valid JSON or a modeled member has
/// the wrong type. The message names the line and column of the problem.
/// </summary>
public sealed class OciFormatException : FormatException
{
    /// <summary>Creates the exception for a problem at a known position.</summary>
    /// <param name="problem">What is wrong, without the position.</param>
    /// <param name="line">1-based line of the problem.</param>
    /// <param name="column">1-based column (in characters) of the problem.</param>
    /// <param name="byteOffset">0-based offset of the problem in the UTF-8 input.</param>
    /// <param name="inner">The reader error, when there is one.</param>
    public OciFormatException(string problem, long line, long column, long byteOffset, Exception? inner = null)
        : base($"invalid OCI runtime spec at line {line}, column {column}: {problem}", inner)
    {
        Problem = problem;
        Line = line;
        Column = column;
        ByteOffset = byteOffset;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>1-based line of the problem.</summary>
    public long Line { get; }

    /// <summary>1-based column, counted in characters (Unicode scalar values).</summary>
    public long Column { get; }

    /// <summary>0-based offset of the problem in the UTF-8 input.</summary>
    public long ByteOffset { get; }
}
