using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdiGen.Serialization.FastYaml;

/// <summary>Hands out events <see cref="FastYamlReader"/> read ahead, through YamlDotNet's parser interface.</summary>
internal sealed class BufferedParser(List<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next == events.Count)
        {
            Current = null;
            return false;
        }
        Current = events[_next++];
        return true;
    }
}
