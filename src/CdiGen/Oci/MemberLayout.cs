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
        Slots.Add(new MemberSlot(field, null, null));
    }

    public void AddUnknown(string name, byte[] rawValue)
    {
        HasUnknownMembers = true;
        Slots.Add(new MemberSlot(-1, name, rawValue));
    }
}

/// <summary>One member of a read object: a modeled field id, or an unknown name and raw value.</summary>
internal readonly struct MemberSlot
{
    public MemberSlot(int field, string? name, byte[]? rawValue)
    {
        Field = field;
        Name = name;
        RawValue = rawValue;
    }

    public int Field { get; }

    public string? Name { get; }

    public byte[]? RawValue { get; }
}
