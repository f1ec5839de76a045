using System;
using System.Collections.Generic;

namespace CdiGen.Oci;

/// <summary>
/// How an object's members were laid out in the document it was read from: modeled
/// members by field id, unknown ones by name with their raw JSON value, all in order.
/// </summary>
internal sealed class MemberLayout
{
    public readonly List<MemberSlot> Slots = new();

    /// <summary>Bit i is set when modeled field i has a slot.</summary>
    public ulong SlottedFields;

    public bool HasUnknownMembers;

    public void AddField(int field)
    {
        ulong bit = 1UL << field;
        if ((SlottedFields & bit) != 0)
        {
            // A repeated key keeps its first position; the last value wins, as in Go.
            return;
        }

        SlottedFields |= bit;
        Slots.Add(new MemberSlot(field, null, 0));
    }

    /// <param name="member">The name (unescaped UTF-8) followed by the value (compact JSON).</param>
    /// <param name="nameLength">How many bytes of <paramref name="member"/> are the name.</param>
    public void AddUnknown(byte[] member, int nameLength)
    {
        HasUnknownMembers = true;
        Slots.Add(new MemberSlot(-1, member, nameLength));
    }
}

/// <summary>One member of a read object: a modeled field id, or an unknown member's name and raw value.</summary>
internal readonly struct MemberSlot
{
    private readonly byte[]? _member;
    private readonly int _nameLength;

    public MemberSlot(int field, byte[]? member, int nameLength)
    {
        Field = field;
        _member = member;
        _nameLength = nameLength;
    }

    /// <summary>The modeled field id, or -1 for an unknown member.</summary>
    public int Field { get; }

    /// <summary>An unknown member's name, unescaped UTF-8.</summary>
    public ReadOnlySpan<byte> Name => _member.AsSpan(0, _nameLength);

    /// <summary>An unknown member's value, compact JSON as read.</summary>
    public ReadOnlySpan<byte> Value => _member.AsSpan(_nameLength);
}
