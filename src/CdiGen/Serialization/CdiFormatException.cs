using System;
using System.Text;

namespace CdiGen.Serialization;

/// <summary>
/// A CDI spec document could not be read: bad syntax, a value of the wrong type or range,
/// an unknown or duplicated field. The message names the file, the line and column and the
/// path of the offending value inside the document, as far as they are known.
/// </summary>
public sealed class CdiFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without location (e.g. "unknown field \"envs\"").</param>
    /// <param name="filePath">The file that was read, when known.</param>
    /// <param name="documentPath">The path of the value in the document, e.g. <c>$.devices[0].name</c>.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public CdiFormatException(string reason, string? filePath, string? documentPath, long line, long column, Exception? innerException = null)
        : base(Format(reason, filePath, documentPath, line, column), innerException)
    {
        Reason = reason;
        FilePath = filePath;
        DocumentPath = documentPath;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file that was read, or <c>null</c> when the document did not come from a file.</summary>
    public string? FilePath { get; }

    /// <summary>The path of the offending value, e.g. <c>$.devices[0].containerEdits.env[1]</c>.</summary>
    public string? DocumentPath { get; }

    /// <summary>1-based line of the offending token, or 0 when unknown.</summary>
    public long Line { get; }

    /// <summary>1-based column of the offending token, or 0 when unknown.</summary>
    public long Column { get; }

    private static string Format(string reason, string? filePath, string? documentPath, long line, long column)
    {
        var text = new StringBuilder();
        text.Append(string.IsNullOrEmpty(filePath) ? "<input>" : filePath);
        if (line > 0)
        {
            text.Append('(').Append(line).Append(',').Append(column).Append(')');
        }
        text.Append(": ");
        if (!string.IsNullOrEmpty(documentPath))
        {
            text.Append(documentPath).Append(": ");
        }
        return text.Append(reason).ToString();
    }
}
